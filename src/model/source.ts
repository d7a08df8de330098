import { z } from 'zod';
import { IdSchema } from './id.js';
import { FuzzyDateSchema } from './date-precision.js';
import { SourceReliabilitySchema } from './reliability.js';
import { TlpMarkingSchema } from './marking.js';

/** The formats a document can be read from. */
export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export const DocumentFormatSchema = z.enum(DOCUMENT_FORMATS);

/** A sentence of a document's body with the endnote numbers it carries. */
export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  citedNotes: z.array(z.number().int().positive()),
});
export type Sentence = z.infer<typeof SentenceSchema>;

/** A work a document cites in a numbered endnote. */
export const CitedWorkSchema = z.object({
  noteNumber: z.number().int().positive(),
  /** The endnote as printed. */
  text: z.string(),
  authors: z.array(z.string()),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: FuzzyDateSchema.nullable(),
  /** Language the note declares, e.g. "Tajik" from "(in Tajik)". */
  language: z.string().nullable(),
  url: z.string().nullable(),
});
export type CitedWork = z.infer<typeof CitedWorkSchema>;

/** A document in the store: its text, where it came from, how far it is trusted. */
export const DocumentSchema = z.object({
  id: IdSchema,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'sha-256 hex'),
  path: z.string(),
  format: DocumentFormatSchema,
  title: z.string().nullable(),
  /** Plain text as extracted; evidence spans index into it. */
  text: z.string(),
  /** Where the body ends and the endnotes begin (text.length when there are none). */
  bodyEnd: z.number().int().nonnegative(),
  published: FuzzyDateSchema.nullable(),
  sourceReliability: SourceReliabilitySchema,
  marking: TlpMarkingSchema,
  ingestedAt: z.iso.datetime(),
});
export type Document = z.infer<typeof DocumentSchema>;
