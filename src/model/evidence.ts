import { z } from 'zod';
import { IdSchema } from './id.js';

/** Where a claim was read: a span of a stored document and the endnotes that sentence cites. */
export const EvidenceSchema = z
  .object({
    documentId: IdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The sentence (or clause) the claim rests on, as written. */
    quote: z.string(),
    citedNotes: z.array(z.number().int().positive()),
  })
  .refine((e) => e.start <= e.end, { message: 'span start must not be after its end' });
export type Evidence = z.infer<typeof EvidenceSchema>;
