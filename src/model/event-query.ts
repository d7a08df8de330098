import { z } from 'zod';
import { ACTOR_SIDES } from './actor-side.js';
import { isCountryCode } from './country-code.js';
import { toDateBound } from './date-bound.js';

/** The periods event counts are grouped by. */
export const EVENT_PERIODS = ['year', 'quarter', 'month', 'week', 'day'] as const;
export type EventPeriod = (typeof EVENT_PERIODS)[number];
export const EventPeriodSchema = z.enum(EVENT_PERIODS);

/** The dimensions a count can be split by (one series per value). */
export const EVENT_SPLITS = ['country', 'admin1', 'type', 'dataset_type', 'actor', 'source'] as const;
export type EventSplit = (typeof EVENT_SPLITS)[number];
export const EventSplitSchema = z.enum(EVENT_SPLITS);

/** The place levels events are counted at. */
export const PLACE_LEVELS = ['country', 'admin1', 'admin2', 'place'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export const PlaceLevelSchema = z.enum(PLACE_LEVELS);

/** What a figure or a comparison measures. */
export const EVENT_MEASURES = ['events', 'fatalities'] as const;
export type EventMeasure = (typeof EVENT_MEASURES)[number];
export const EventMeasureSchema = z.enum(EVENT_MEASURES);

const dateBound = (side: 'from' | 'to') =>
  z
    .string()
    .describe(`${side === 'from' ? 'first' : 'last'} day: YYYY, YYYY-MM or YYYY-MM-DD`)
    .transform((value, ctx) => {
      const bound = toDateBound(value, side);
      if (bound === null) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
        return z.NEVER;
      }
      return bound;
    });

/**
 * Which events an analysis reads. Dates are ISO days, inclusive (YYYY and YYYY-MM widen to the
 * first or last day); text compares case-insensitively.
 */
export const EventFilterSchema = z
  .strictObject({
    /** ISO 3166 alpha-2 codes. */
    countries: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z]{2}$/, 'not an ISO 3166 alpha-2 code')
          .refine(isCountryCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 3166 alpha-2 country code` })
          .transform((c) => c.toUpperCase()),
      )
      .optional(),
    admin1: z.string().min(1).optional(),
    /** A Tessera type, else a dataset's own type ("Explosions/Remote violence"), else its sub-type. */
    type: z.string().min(1).optional(),
    /** Part of an actor's name as the source writes it. */
    actor: z.string().min(1).optional(),
    /**
     * The side `actor` must be on (model/actor-side.ts): initiator (ACLED actor1 and associates,
     * UCDP side A, GTD perpetrator), target (actor2 and associates, side B, GTD target) or any.
     */
    actorSide: z.enum(ACTOR_SIDES).optional(),
    from: dateBound('from').optional(),
    to: dateBound('to').optional(),
    /** Datasets by name ("acled", "ucdp", "gtd", …) and "reports" for events read from documents. */
    sources: z
      .array(
        z
          .string()
          .min(1)
          .transform((s) => s.toLowerCase()),
      )
      .optional(),
  })
  .superRefine((filter, ctx) => {
    if (filter.actorSide !== undefined && filter.actorSide !== 'any' && filter.actor === undefined) {
      ctx.addIssue({ code: 'custom', path: ['actorSide'], message: `actor side ${filter.actorSide} needs an actor name` });
    }
    if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `the last day ${filter.to} is before the first day ${filter.from}` });
    }
  });
export type EventFilterInput = z.input<typeof EventFilterSchema>;

/** A filter as EventFilterSchema leaves it (ISO days, upper-case countries, lower-case sources): for results, no transforms. */
export const EventFilterValueSchema = z.object({
  countries: z.array(z.string()).optional(),
  admin1: z.string().optional(),
  type: z.string().optional(),
  actor: z.string().optional(),
  actorSide: z.enum(ACTOR_SIDES).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  sources: z.array(z.string()).optional(),
});
export type EventFilter = z.infer<typeof EventFilterValueSchema>;

const filterField = () => EventFilterSchema.prefault({});

/** `events count` and `events trend`: events and fatalities per period, split or not. */
export const EventCountInputSchema = z.strictObject({
  by: EventPeriodSchema.default('year'),
  /** One series per value of this dimension. */
  split: EventSplitSchema.nullable().default(null),
  filter: filterField(),
  /** Keep periods without events (true) or leave them out. */
  fill: z.boolean().default(true),
  /** Trailing moving average over this many periods (trend only). */
  movingAverage: z.number().int().min(1).max(1000).optional(),
});
export type EventCountInput = z.input<typeof EventCountInputSchema>;

/** `events seasonality`: the month-of-year profile. */
export const EventSeasonalityInputSchema = z.strictObject({ filter: filterField() });
export type EventSeasonalityInput = z.input<typeof EventSeasonalityInputSchema>;

/** `events top`: the places with most events. */
export const EventTopInputSchema = z.strictObject({
  level: PlaceLevelSchema.default('admin1'),
  filter: filterField(),
  limit: z.number().int().min(1).max(10_000).default(20),
});
export type EventTopInput = z.input<typeof EventTopInputSchema>;

/** `events anomaly`: periods standing out against the rolling baseline. */
export const EventAnomalyInputSchema = z.strictObject({
  by: EventPeriodSchema.default('month'),
  filter: filterField(),
  /** Preceding periods in the baseline. */
  baseline: z.number().int().min(1).max(1000).default(12),
  /** Least z-score flagged. */
  zThreshold: z.number().positive().default(2),
  /** Largest Poisson tail probability flagged. */
  pThreshold: z.number().positive().max(1).default(0.01),
  /** Only the anomalous periods. */
  onlyAnomalies: z.boolean().default(false),
});
export type EventAnomalyInput = z.input<typeof EventAnomalyInputSchema>;

/** One side of a comparison. */
export const EventSeriesSpecSchema = z.strictObject({
  filter: filterField(),
  measure: EventMeasureSchema.default('events'),
  label: z.string().min(1).max(200),
});

/** `events compare`: two selections on one time axis. */
export const EventCompareInputSchema = z.strictObject({
  by: EventPeriodSchema.default('month'),
  a: EventSeriesSpecSchema,
  b: EventSeriesSpecSchema,
});
export type EventCompareInput = z.input<typeof EventCompareInputSchema>;
export type EventCompareQuery = z.output<typeof EventCompareInputSchema>;

/** `events duplicates`: flag likely duplicates across sources and list them. */
export const EventDuplicatesInputSchema = z.strictObject({ limit: z.number().int().min(1).max(100_000).default(100) });
export type EventDuplicatesInput = z.input<typeof EventDuplicatesInputSchema>;

/** `events export` and GeoJSON: the selected events. */
export const EventSelectionInputSchema = z.strictObject({ filter: filterField() });
export type EventSelectionInput = z.input<typeof EventSelectionInputSchema>;

/** `events top --geojson`: every place of a level as choropleth-ready GeoJSON. */
export const EventPlacesGeoJsonInputSchema = z.strictObject({
  level: PlaceLevelSchema.default('admin1'),
  filter: filterField(),
  limit: z.number().int().min(1).max(100_000).default(10_000),
});
export type EventPlacesGeoJsonInput = z.input<typeof EventPlacesGeoJsonInputSchema>;

/** How an analysis is drawn (the chart jobs take an analysis result and these). */
export const EventChartOptionsSchema = z.strictObject({
  format: z.enum(['svg', 'png']).default('svg'),
  title: z.string().min(1).max(300).optional(),
  /** What bars show (count, trend and top charts). */
  measure: EventMeasureSchema.default('events'),
});
export type EventChartOptions = z.input<typeof EventChartOptionsSchema>;
