import { z } from 'zod';

/** What `POST /imports/:kind` takes: reports, event files, watch lists, STIX bundles. */
export const IMPORT_KINDS = ['reports', 'events', 'watchlist', 'stix'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** A background import as the API reports it (and the workbench's ingest view reads it). */
export const ImportJobSchema = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  workspace: z.string(),
  state: z.enum(IMPORT_STATES),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The uploaded files by their original names (metadata only: they are stored under generated names). */
  files: z.array(z.object({ name: z.string(), bytes: z.number().int() })),
  progress: z.object({ done: z.number(), total: z.number().nullable(), unit: z.string(), message: z.string().nullable() }),
  /** The job's result (the same shape the CLI's JSON output has) once done. */
  result: z.unknown().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;
