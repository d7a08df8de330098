import { z } from 'zod';
import { lastDayOfMonth } from './calendar-date.js';

/**
 * How precisely a date is known. A `FuzzyDate` is always an interval of whole days
 * [start, end] plus the precision the source gave: "29 July 2018" (day), "July 2018" (month),
 * "2018" (year), "summer 2019" (season), "early August 2018", "mid-2021" or
 * "between March and April 2024" (range). An event's date may also be `unknown`
 * (`UnknownDate`): the text tells the occasion but nothing places it in time ("on Wednesday"
 * in a story with no year anywhere).
 */
export const KNOWN_DATE_PRECISIONS = ['day', 'month', 'year', 'season', 'range'] as const;
export type KnownDatePrecision = (typeof KNOWN_DATE_PRECISIONS)[number];
export const DATE_PRECISIONS = [...KNOWN_DATE_PRECISIONS, 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const FuzzyDateSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema,
    precision: z.enum(KNOWN_DATE_PRECISIONS),
    /** The words the source used, when the date came from text. */
    text: z.string().optional(),
  })
  .refine((d) => d.start <= d.end, { message: 'start must not be after end' });
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;

/**
 * A date nothing places in time: no interval, precision `unknown`. `text` keeps the words the
 * source used ("on Wednesday", "Jan 7" with no year anywhere), never a year it did not give.
 */
export const UnknownDateSchema = z.object({
  start: z.null(),
  end: z.null(),
  precision: z.literal('unknown'),
  text: z.string().optional(),
});
export type UnknownDate = z.infer<typeof UnknownDateSchema>;

/** An event's date: an interval with its precision, or unknown. */
export const EventDateSchema = z.union([FuzzyDateSchema, UnknownDateSchema]);
export type EventDate = FuzzyDate | UnknownDate;

/** An unknown date, with the words the source used when it gave any. */
export function unknownDate(text?: string): UnknownDate {
  return { start: null, end: null, precision: 'unknown', ...(text === undefined ? {} : { text }) };
}

/** Whether a date is placed in time (not `unknown`). */
export function isKnownDate(date: EventDate): date is FuzzyDate {
  return date.precision !== 'unknown';
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A whole day, month or year as a FuzzyDate. */
export function fuzzyDateOf(year: number, month?: number, day?: number, text?: string): FuzzyDate {
  const withText = text === undefined ? {} : { text };
  if (month === undefined) {
    return { start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31`, precision: 'year', ...withText };
  }
  if (day === undefined) {
    const last = lastDayOfMonth(year, month);
    return {
      start: `${pad(year, 4)}-${pad(month)}-01`,
      end: `${pad(year, 4)}-${pad(month)}-${pad(last)}`,
      precision: 'month',
      ...withText,
    };
  }
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { start: iso, end: iso, precision: 'day', ...withText };
}

/** The interval covering both dates, with precision `range` unless they are the same. */
export function spanDates(from: FuzzyDate, to: FuzzyDate, text?: string): FuzzyDate {
  if (from.start === to.start && from.end === to.end) return from;
  return {
    start: from.start <= to.start ? from.start : to.start,
    end: from.end >= to.end ? from.end : to.end,
    precision: 'range',
    ...(text === undefined ? {} : { text }),
  };
}

/**
 * The most precise calendar label that still covers the whole interval:
 * `YYYY-MM-DD` for a day, `YYYY-MM` when it lies in one month, `YYYY` when in one year,
 * otherwise the start year. This is the shape exports and the measurement output use.
 */
export function formatFuzzyDate(date: FuzzyDate): string {
  if (date.precision === 'day' || date.start === date.end) return date.start;
  if (date.start.slice(0, 7) === date.end.slice(0, 7)) return date.start.slice(0, 7);
  return date.start.slice(0, 4);
}

/** `formatFuzzyDate` for an event's date: the empty string when it is unknown. */
export function formatEventDate(date: EventDate): string {
  return isKnownDate(date) ? formatFuzzyDate(date) : '';
}
