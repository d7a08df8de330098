/**
 * The one parser of calendar dates written as data (filters, metadata, dataset columns):
 * YYYY, YYYY-MM, YYYY-MM-DD (a time may follow), D/M/YYYY or M/D/YYYY (as the source orders
 * them), "23 February 2022", "February 23, 2022" and "February 2022". Prose dates with hedges
 * ("early August 2018") are the extractor's (ingest/extract/find-dates.ts).
 */
export interface CalendarDate {
  year: number;
  /** 1–12, or null for a year. */
  month: number | null;
  /** 1–31, or null for a month or a year. */
  day: number | null;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** The last day of a month (28–31). */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether year-month-day is a day of the calendar (no 31 February). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** The date `text` writes, or null when it is none (or not a day of the calendar). */
export function parseCalendarDate(text: string, options: { order?: 'day-first' | 'month-first' } = {}): CalendarDate | null {
  const v = text.trim();
  let m: RegExpExecArray | null;
  let date: CalendarDate | null = null;
  if ((m = /^(\d{4})$/.exec(v))) date = { year: Number(m[1]), month: null, day: null };
  else if ((m = /^(\d{4})-(\d{2})$/.exec(v))) date = { year: Number(m[1]), month: Number(m[2]), day: null };
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(v))) date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    date = options.order === 'month-first' ? { year: Number(m[3]), month: a, day: b } : { year: Number(m[3]), month: b, day: a };
  } else if ((m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/.exec(v))) {
    date = { year: Number(m[3]), month: MONTHS[m[2]!.toLowerCase()] ?? 0, day: Number(m[1]) };
  } else if ((m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(v))) {
    date = { year: Number(m[3]), month: MONTHS[m[1]!.toLowerCase()] ?? 0, day: Number(m[2]) };
  } else if ((m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(v))) {
    date = { year: Number(m[2]), month: MONTHS[m[1]!.toLowerCase()] ?? 0, day: null };
  }
  if (date === null) return null;
  if (date.month !== null && (date.month < 1 || date.month > 12)) return null;
  if (date.day !== null && !isCalendarDay(date.year, date.month!, date.day)) return null;
  return date;
}

/**
 * The day `text` writes as ISO YYYY-MM-DD, or null when it writes no whole day of the calendar
 * (a month, a year, 31 February, not a date): dataset date columns and list dates.
 */
export function parseCalendarDay(text: string, options: { order?: 'day-first' | 'month-first' } = {}): string | null {
  const date = parseCalendarDate(text, options);
  if (date === null || date.month === null || date.day === null) return null;
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
