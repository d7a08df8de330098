import { z } from 'zod';
import { TlpMarkingSchema } from './marking.js';

/** `tessera import stix FILE` and the STIX import job: how a bundle enters the workspace. */
export const StixImportInputSchema = z
  .object({
    /** The marking of objects that carry no TLP marking (default: the workspace's default marking). */
    marking: TlpMarkingSchema.optional(),
    /**
     * The review status of the claims made from other producers' objects (threat actors, identities,
     * locations, relationships): proposed by default, for an analyst to review. Tessera's own bundles
     * keep each claim's status as exported.
     */
    foreignStatus: z.enum(['proposed', 'accepted']).default('proposed'),
  })
  .strict();
export type StixImportInput = z.input<typeof StixImportInputSchema>;

/** What became of the objects of one STIX type. */
export const StixImportTypeCountSchema = z.object({
  /** Became Tessera knowledge (entities, events, documents, claims). */
  imported: z.number().int().nonnegative(),
  /** Stored as sent, so TAXII and re-export serve them unchanged (every object of another producer). */
  keptRaw: z.number().int().nonnegative(),
  /** Neither: Tessera's own header objects (re-created by every export) and objects that could not be read. */
  skipped: z.number().int().nonnegative(),
});
export type StixImportTypeCount = z.infer<typeof StixImportTypeCountSchema>;

/** One thing an import noticed about an object: a converted country, a dangling ref, a revoked object… */
export const StixImportWarningSchema = z.object({ id: z.string(), message: z.string() });
export type StixImportWarning = z.infer<typeof StixImportWarningSchema>;

/** What a STIX import read and wrote. Importing the same bundle twice writes nothing the second time. */
export const StixImportResultSchema = z.object({
  file: z.string(),
  objects: z.number().int().nonnegative(),
  byType: z.record(z.string(), StixImportTypeCountSchema),
  /** Custom properties (x_…) and extensions met on other producers' objects, by name: kept in the raw objects. */
  customProperties: z.record(z.string(), z.number().int().nonnegative()),
  /** Rows this import added (0 everywhere when the bundle was already imported). */
  written: z.object({
    documents: z.number().int().nonnegative(),
    entities: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    rawObjects: z.number().int().nonnegative(),
  }),
  warnings: z.array(StixImportWarningSchema),
});
export type StixImportResult = z.infer<typeof StixImportResultSchema>;
