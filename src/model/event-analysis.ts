import { z } from 'zod';
import { EventFilterValueSchema, EventPeriodSchema, EventSplitSchema, PlaceLevelSchema } from './event-query.js';

/** Results of the event analyses, as the CLI prints them and the API returns them. */

/**
 * Events the selection holds whose date is unknown (precision `unknown`): they lie in no period, so
 * every analysis by period leaves them out, and says how many it left out.
 */
export const UndatedEventsSchema = z.number().int().nonnegative();

/** One point of a count series. */
export const SeriesPointSchema = z.object({ period: z.string(), events: z.number(), fatalities: z.number() });
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

/** One series per split value (key null when unsplit). */
export const KeyedSeriesSchema = z.object({ key: z.string().nullable(), points: z.array(SeriesPointSchema) });
export type KeyedSeries = z.infer<typeof KeyedSeriesSchema>;

/** Change from the previous point: absolute and percent (null when the previous is zero). */
export const ChangePointSchema = SeriesPointSchema.extend({ change: z.number().nullable(), changePercent: z.number().nullable() });
export type ChangePoint = z.infer<typeof ChangePointSchema>;

/** Two series on one period axis (e.g. a group's attacks against its losses). */
export const DualPointSchema = z.object({ period: z.string(), a: z.number(), b: z.number() });
export type DualPoint = z.infer<typeof DualPointSchema>;

/** One month of the year across the years of a monthly series. */
export const SeasonalMonthSchema = z.object({
  month: z.number().int(),
  name: z.string(),
  /** Events in this month summed over the years. */
  events: z.number(),
  fatalities: z.number(),
  /** Years in which this month is observed. */
  years: z.number(),
  /** Mean events in this month per observed year. */
  meanEvents: z.number(),
  /** This month's share of all events (0–1). */
  share: z.number(),
});
export type SeasonalMonth = z.infer<typeof SeasonalMonthSchema>;

export const SeasonalitySchema = z.object({
  profile: z.array(SeasonalMonthSchema),
  peakMonth: z.number().int(),
  /** The run of consecutive months above the monthly average (wrapping the year end) around the peak month. */
  peakSeason: z.object({ startMonth: z.number(), endMonth: z.number(), label: z.string(), share: z.number(), months: z.number() }),
  /** Each year's busiest month. */
  peakMonthByYear: z.array(z.object({ year: z.string(), month: z.number(), events: z.number() })),
});
export type Seasonality = z.infer<typeof SeasonalitySchema>;

export const EventSeasonalityResultSchema = SeasonalitySchema.extend({ filter: EventFilterValueSchema, undatedEvents: UndatedEventsSchema });
export type EventSeasonalityResult = z.infer<typeof EventSeasonalityResultSchema>;

export const AnomalyPointSchema = SeriesPointSchema.extend({
  /** Mean and standard deviation of the preceding baseline periods (null before enough history). */
  baselineMean: z.number().nullable(),
  baselineSd: z.number().nullable(),
  /** (events − mean) / sd; with a flat baseline, sd is taken as √mean (Poisson) or 1. */
  z: z.number().nullable(),
  /** P(X ≥ events) for X ~ Poisson(baseline mean): how surprising the count is. */
  poissonTail: z.number().nullable(),
  isAnomaly: z.boolean(),
});
export type AnomalyPoint = z.infer<typeof AnomalyPointSchema>;

/** One row of `events count`/`events trend`: a period (and split value), with change and moving average for trends. */
export const EventPeriodRowSchema = z.object({
  period: z.string(),
  /** The split value; null when unsplit. */
  key: z.string().nullable(),
  events: z.number(),
  fatalities: z.number(),
  /** Change from the period before in the same series (trend only; null for the first). */
  change: z.number().nullable(),
  changePercent: z.number().nullable(),
  /** Trailing moving average of the total (trend of an unsplit series with a window only). */
  movingAverage: z.number().nullable(),
});
export type EventPeriodRow = z.infer<typeof EventPeriodRowSchema>;

/** Events per period: the continuous series (for charts) and the rows (periods without events left out unless filled). */
export const EventCountResultSchema = z.object({
  by: EventPeriodSchema,
  split: EventSplitSchema.nullable(),
  filter: EventFilterValueSchema,
  series: z.array(KeyedSeriesSchema),
  /** Over the total of all series, when asked. */
  movingAverage: z.array(z.number().nullable()).nullable(),
  rows: z.array(EventPeriodRowSchema),
  undatedEvents: UndatedEventsSchema,
});
export type EventCountResult = z.infer<typeof EventCountResultSchema>;

/** Events and fatalities at each place, most events first. */
export const PlaceCountRowSchema = z.object({
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  place: z.string().nullable(),
  events: z.number(),
  fatalities: z.number(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type PlaceCountRow = z.infer<typeof PlaceCountRowSchema>;

/** One source in the store: a dataset by name, or "reports", with its count and date range. */
export const EventSourceSchema = z.object({
  source: z.string(),
  events: z.number(),
  first: z.string().nullable(),
  last: z.string().nullable(),
});
export type EventSource = z.infer<typeof EventSourceSchema>;

/** One side of a likely duplicate pair. */
const DuplicateSideSchema = z.object({
  eventId: z.string(),
  source: z.string(),
  datasetEventId: z.string().nullable(),
  place: z.string().nullable(),
});

/** A likely duplicate across sources: the copy left out of counts and the event kept. */
export const DuplicatePairSchema = z.object({
  date: z.string(),
  country: z.string().nullable(),
  type: z.string(),
  duplicate: DuplicateSideSchema,
  kept: DuplicateSideSchema,
});
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;

/** `events top`: the places with most events at one level. */
export const EventTopResultSchema = z.object({
  level: PlaceLevelSchema,
  filter: EventFilterValueSchema,
  places: z.array(PlaceCountRowSchema),
  /** How many places the filter covers in all (the list stops at the limit). */
  totalPlaces: z.number().int().optional(),
});
export type EventTopResult = z.infer<typeof EventTopResultSchema>;

/** `events anomaly`: each period against its rolling baseline (only the anomalies when asked). */
export const EventAnomalyResultSchema = z.object({
  by: EventPeriodSchema,
  filter: EventFilterValueSchema,
  points: z.array(AnomalyPointSchema),
  undatedEvents: UndatedEventsSchema,
});
export type EventAnomalyResult = z.infer<typeof EventAnomalyResultSchema>;

/** `events compare`: the two selections on one period axis, and each one's undated events left out. */
export const EventCompareResultSchema = z.object({
  points: z.array(DualPointSchema),
  undatedEvents: z.object({ a: UndatedEventsSchema, b: UndatedEventsSchema }),
});
export type EventCompareResult = z.infer<typeof EventCompareResultSchema>;
