import { z } from 'zod';
import { IdSchema } from './id.js';
import { EntityTypeSchema } from './entity-type.js';

/** A search over the workspace: entities by any name in any script, documents, events. */
export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'search text is empty').max(200),
  /** Most results of each kind. */
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** Skip this many results of each kind first (the next page). */
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
export type SearchQuery = z.input<typeof SearchQuerySchema>;

export const EntityHitSchema = z.object({
  id: IdSchema,
  /** The entity's label (the name it was created under). */
  name: z.string(),
  type: EntityTypeSchema,
  /** The name or alias that matched the query. */
  matchedName: z.string(),
  /** 0–1: 1 for an exact name, less for a prefix, substring or fuzzy match. */
  score: z.number(),
});
export type EntityHit = z.infer<typeof EntityHitSchema>;

export const DocumentHitSchema = z.object({
  id: IdSchema,
  title: z.string().nullable(),
  path: z.string(),
  /** A stretch of text around the first match (or the opening when the match was in the title or path). */
  snippet: z.string(),
});
export type DocumentHit = z.infer<typeof DocumentHitSchema>;

export const EventHitSchema = z.object({
  id: IdSchema,
  type: z.string(),
  /** The day (or first day) the event is dated to; null when its date is unknown. */
  date: z.string().nullable(),
  country: z.string().nullable(),
  place: z.string().nullable(),
  summary: z.string().nullable(),
});
export type EventHit = z.infer<typeof EventHitSchema>;

export const SearchResultSchema = z.object({
  entities: z.array(EntityHitSchema),
  documents: z.array(DocumentHitSchema),
  events: z.array(EventHitSchema),
  /** Whether more results of each kind follow this page (`offset` + the page's length). */
  more: z.object({ entities: z.boolean(), documents: z.boolean(), events: z.boolean() }).optional(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
