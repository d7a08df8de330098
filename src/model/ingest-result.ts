import { z } from 'zod';
import { ItemErrorSchema } from './errors.js';

/** One file of an ingest, as `tessera ingest` prints it and a reports import (`POST …/imports/reports`) ends with. */
export const IngestFileResultSchema = z.object({
  path: z.string(),
  ok: z.boolean(),
  documentId: z.string().optional(),
  title: z.string().nullable().optional(),
  claims: z.number().int().optional(),
  entities: z.number().int().optional(),
  events: z.number().int().optional(),
  skipped: z.literal('duplicate').optional(),
  newVersionOf: z.object({ documentId: z.string(), superseded: z.number().int(), carried: z.number().int() }).optional(),
  warnings: z.array(z.string()).optional(),
  error: ItemErrorSchema.optional(),
});

/** What a reports import ends with: one result per file. */
export const IngestReportsResultSchema = z.object({ files: z.array(IngestFileResultSchema) });
