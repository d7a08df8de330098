import { z } from 'zod';
import { IdSchema } from './id.js';
import { ReviewStatusSchema } from './claim.js';
import { FuzzyDateSchema } from './date-precision.js';
import { SourceReliabilitySchema } from './reliability.js';
import { TlpMarkingSchema } from './marking.js';
import { CitedWorkSchema, DocumentFormatSchema } from './source.js';
import { ReviewItemSchema } from './review.js';
import { PagePositionSchema, PageQuerySchema } from './page.js';

/** One row of the document list, with how many claims were read from it. */
export const DocumentSummarySchema = z.object({
  id: IdSchema,
  path: z.string(),
  title: z.string().nullable(),
  format: z.string(),
  ingestedAt: z.string(),
  claimCount: z.number().int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** `documents`: a page of the list; current versions only unless every version is asked for. */
export const DocumentListQuerySchema = PageQuerySchema.extend({
  allVersions: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]).default(false),
});
export type DocumentListQuery = z.input<typeof DocumentListQuerySchema>;

/** A page of the document list and where it stands in the whole list. */
export const DocumentListPageSchema = PagePositionSchema.extend({ items: z.array(DocumentSummarySchema) });
export type DocumentListPage = z.infer<typeof DocumentListPageSchema>;

/** One document by id, or by a path that matches one stored document (absolute, relative or file name). */
export const DocumentViewInputSchema = z.strictObject({
  ref: z.string().trim().min(1),
  /** Only claims of this status; every status but rejected when omitted. */
  status: ReviewStatusSchema.optional(),
});
export type DocumentViewInput = z.input<typeof DocumentViewInputSchema>;

/** A sentence of the body with its span, the endnotes it cites and the claims read from it. */
export const DocumentSentenceSchema = z.object({
  index: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  citedNotes: z.array(z.number().int()),
  claims: z.array(ReviewItemSchema),
});
export type DocumentSentence = z.infer<typeof DocumentSentenceSchema>;

/** A document with its text, sentences, cited works and the claims read from each sentence. */
export const DocumentViewSchema = z.object({
  document: z.object({
    id: IdSchema,
    path: z.string(),
    title: z.string().nullable(),
    format: DocumentFormatSchema,
    published: FuzzyDateSchema.nullable(),
    sourceReliability: SourceReliabilitySchema,
    marking: TlpMarkingSchema,
    ingestedAt: z.string(),
    /** Plain text as extracted; spans index into it. */
    text: z.string(),
    /** Where the body ends and the endnotes begin. */
    bodyEnd: z.number().int(),
  }),
  sentences: z.array(DocumentSentenceSchema),
  citedWorks: z.array(CitedWorkSchema),
  /** Claims whose evidence lies in no sentence (e.g. in the endnotes). */
  otherClaims: z.array(ReviewItemSchema),
});
export type DocumentView = z.infer<typeof DocumentViewSchema>;
