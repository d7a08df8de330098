import { z } from 'zod';
import { ItemErrorSchema } from './errors.js';

/** The dataset formats Tessera reads; `csv` is Tessera's own plain CSV (docs/events-csv.md). */
export const EVENT_FORMATS = ['acled', 'ucdp', 'gtd', 'csv'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
export const EventFormatSchema = z.enum(EVENT_FORMATS);

/** `events import`: event files on this machine (the server passes the paths of uploaded files). */
export const ImportEventsInputSchema = z.strictObject({
  paths: z.array(z.string().min(1)).min(1),
  /** Format of every file; detected from each file's header when omitted. */
  format: EventFormatSchema.optional(),
  /** Dataset name for Tessera CSV files without a `dataset` column (default: the file name). */
  dataset: z.string().min(1).max(100).optional(),
  /** Stop at the first bad row and leave the store exactly as before (all files in one transaction). */
  strict: z.boolean().default(false),
});
export type ImportEventsInput = z.input<typeof ImportEventsInputSchema>;

/** One bad row: where and why. */
export const RowErrorSchema = z.object({ line: z.number().int(), message: z.string() });
export type RowError = z.infer<typeof RowErrorSchema>;

/** What importing one event file did, or why it failed. */
export const ImportFileResultSchema = z.discriminatedUnion('ok', [
  z.object({
    path: z.string(),
    ok: z.literal(true),
    format: EventFormatSchema,
    datasets: z.array(z.string()),
    rows: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    /** The first bad rows, as `file line N: reason`. */
    errors: z.array(RowErrorSchema),
  }),
  z.object({ path: z.string(), ok: z.literal(false), error: ItemErrorSchema }),
]);
export type ImportFileResult = z.infer<typeof ImportFileResultSchema>;

export const ImportEventsResultSchema = z.object({
  files: z.array(ImportFileResultSchema),
  /** Sources whose duplicate flags changed. */
  duplicateSourcesChanged: z.array(z.string()),
});
export type ImportEventsResult = z.infer<typeof ImportEventsResultSchema>;
