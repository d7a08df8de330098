import { z } from 'zod';

/**
 * Names matched against the store through the HTTP API (`tessera screen --list store`, `tessera
 * names link --kb store` with `--server`): the CLI reads the query file and sends it a batch at a
 * time; the server matches against the lists and entities the caller may read.
 */

/** At most this many query names in one request (the CLI sends larger files in batches). */
export const NAME_QUERY_BATCH = 1000;

const QueryTypeSchema = z.union([z.string().min(1).max(100), z.array(z.string().min(1).max(100)).max(20)]);

/** One name to screen: its line in the caller's file, the caller's id, the name, the rules it is read with. */
export const ScreenQuerySchema = z.strictObject({
  line: z.number().int().min(1),
  queryId: z.string().max(500).nullable(),
  name: z.string().min(1).max(1000),
  type: QueryTypeSchema.optional(),
});

/** `POST /api/v1/screen`: names against the watch lists imported into the workspace. */
export const ScreenRequestSchema = z.strictObject({
  queries: z.array(ScreenQuerySchema).min(1).max(NAME_QUERY_BATCH),
  minScore: z.number().min(0).max(1).optional(),
  top: z.number().int().min(1).max(100).optional(),
  /** Also match through the built-in reference pack of known aliases (default true). */
  reference: z.boolean().default(true),
});
export type ScreenRequest = z.input<typeof ScreenRequestSchema>;

export const ListedEntitySchema = z.object({
  id: z.string(),
  list: z.string(),
  externalId: z.string(),
  reference: z.string().nullable(),
  primaryName: z.string(),
  type: z.string(),
});

export const ScreenMatchSchema = z.object({
  line: z.number().int(),
  queryId: z.string().nullable(),
  queryName: z.string(),
  rank: z.number().int(),
  listed: ListedEntitySchema,
  matchedName: z.string(),
  score: z.number(),
  isMatch: z.boolean(),
  explanation: z.array(z.string()),
});
export const ScreenMatchListSchema = z.object({ items: z.array(ScreenMatchSchema) });

/** `POST /api/v1/names/link`: query names against the workspace's entities, their accepted aliases and merges. */
export const LinkRequestSchema = z.strictObject({
  queries: z
    .array(z.strictObject({ qid: z.string().min(1).max(500), name: z.string().min(1).max(1000), type: z.string().max(100).optional() }))
    .min(1)
    .max(NAME_QUERY_BATCH),
  top: z.number().int().min(1).max(100).default(10),
  minScore: z.number().min(0).max(1).default(0.5),
  reference: z.boolean().default(true),
});
export type LinkRequest = z.input<typeof LinkRequestSchema>;

export const LinkRowSchema = z.object({ qid: z.string(), rank: z.number().int(), id: z.string(), score: z.number(), explanation: z.array(z.string()) });
export const LinkRowListSchema = z.object({ items: z.array(LinkRowSchema) });
