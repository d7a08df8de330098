import { z } from 'zod';
import { IdSchema } from './id.js';
import { EventTypeSchema } from './event-type.js';
import { EventDateSchema } from './date-precision.js';
import { TlpMarkingSchema } from './marking.js';

export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2');

/** ACLED-style geo precision: 1 exact place, 2 near/part of a region, 3 admin area only. */
export const GeoPrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const EventLocationSchema = z.object({
  country: CountryCodeSchema.nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  place: z.string().nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  geoPrecision: GeoPrecisionSchema.nullable(),
});
export type EventLocation = z.infer<typeof EventLocationSchema>;

export const EventActorSchema = z.object({
  /** The actor as the source names it. */
  text: z.string().min(1),
  /** The entity it resolved to, when it did. */
  entityId: IdSchema.nullable(),
  /** Dataset role, normalised (actor-side.ts): "actor1", "assoc_actor1", "side_a", "perpetrator", "target"… */
  role: z.string().nullable(),
});
export type EventActor = z.infer<typeof EventActorSchema>;

export const EventCountsSchema = z.object({
  fatalities: z.number().int().nonnegative().nullable(),
  wounded: z.number().int().nonnegative().nullable(),
  arrested: z.number().int().nonnegative().nullable(),
});
export type EventCounts = z.infer<typeof EventCountsSchema>;

/** Where an event row came from: a dataset row (idempotent by its own id) or a document. */
export const EventOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dataset'), dataset: z.string().min(1), datasetEventId: z.string().min(1) }),
  z.object({ kind: z.literal('document'), documentId: IdSchema }),
]);
export type EventOrigin = z.infer<typeof EventOriginSchema>;

export const EventSchema = z.object({
  id: IdSchema,
  type: EventTypeSchema,
  datasetType: z.string().nullable(),
  datasetSubtype: z.string().nullable(),
  /** When it happened; `unknown` (no interval) when the source tells it without anything that places it in time. */
  date: EventDateSchema,
  location: EventLocationSchema,
  actors: z.array(EventActorSchema),
  counts: EventCountsSchema,
  summary: z.string().nullable(),
  notes: z.string().nullable(),
  /** The sources the dataset names for the row, or the citation in a report. */
  sourceText: z.string().nullable(),
  origin: EventOriginSchema,
  /** TLP 2.0: an event read from a document takes the document's marking; a dataset import, the import's. */
  marking: TlpMarkingSchema,
});
export type Event = z.infer<typeof EventSchema>;
