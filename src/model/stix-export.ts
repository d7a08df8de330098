import { z } from 'zod';

/** `tessera export stix` and `POST /api/v1/exports/stix`: what a STIX bundle carries. */
export const StixExportInputSchema = z
  .object({
    /** Proposed claims too, not only accepted ones (default: accepted only). */
    includeProposed: z.boolean().default(false),
    /** Leave out event-dataset rows (ACLED, UCDP, GTD…), whose terms may forbid redistribution. */
    includeDatasetEvents: z.boolean().default(false),
  })
  .strict();
export type StixExportInput = z.input<typeof StixExportInputSchema>;

/** What an export wrote, by STIX type. */
export const StixExportResultSchema = z.object({
  objects: z.number().int().nonnegative(),
  byType: z.record(z.string(), z.number().int().nonnegative()),
});
export type StixExportResult = z.infer<typeof StixExportResultSchema>;
