import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * One version of a document. A report is identified by its source (its path or URL, else its
 * title and date) as well as by its content: a changed report ingested again is a new version
 * of the same document, and only the current version's events count.
 */
export const DocumentVersionSchema = z.object({
  id: IdSchema,
  /** 1 for the first version ingested. */
  version: z.number().int().min(1),
  path: z.string(),
  title: z.string().nullable(),
  contentHash: z.string(),
  ingestedAt: z.iso.datetime(),
  previousVersionId: IdSchema.nullable(),
  supersededBy: IdSchema.nullable(),
  isCurrent: z.boolean(),
  /** The claims whose evidence is in this version, by review status. */
  claims: z.object({
    proposed: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    superseded: z.number().int(),
  }),
  /** Events read from this version (counted only while it is current). */
  events: z.number().int(),
});
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;
