import { z } from 'zod';
import { IdSchema } from './id.js';
import { FuzzyDateSchema } from './date-precision.js';
import { HedgeSchema } from './hedge.js';
import { TlpMarkingSchema } from './marking.js';
import { InformationCredibilitySchema, SourceReliabilitySchema } from './reliability.js';

/**
 * What an analyst changes in a claim. `predicate` is the relation type of a relation claim or
 * the attribute name of an attribute claim; `value` the attribute value, or the name of a name
 * claim. Omitted fields keep their value; null clears a hedge or a valid-time bound.
 */
export const ClaimChangesSchema = z
  .strictObject({
    predicate: z.string().min(1).max(200).optional(),
    value: z.union([z.string().min(1).max(2000), z.number(), z.boolean()]).optional(),
    hedge: HedgeSchema.nullable().optional(),
    validFrom: FuzzyDateSchema.nullable().optional(),
    validTo: FuzzyDateSchema.nullable().optional(),
    marking: TlpMarkingSchema.optional(),
    sourceReliability: SourceReliabilitySchema.optional(),
    informationCredibility: InformationCredibilitySchema.optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, 'no changes given');
export type ClaimChanges = z.input<typeof ClaimChangesSchema>;

/**
 * An edit of one claim. The original is kept: it is set to rejected, and an accepted claim by
 * the analyst takes its place with the same evidence and the changes applied; its author's
 * `version` reads `edit of <original id>`.
 */
export const EditClaimInputSchema = z.strictObject({
  id: IdSchema.transform((id) => id.toLowerCase()),
  changes: ClaimChangesSchema,
  /** Who edits (the claim's author; the viewer's name by default). */
  analyst: z.string().min(1).max(200).optional(),
});
export type EditClaimInput = z.input<typeof EditClaimInputSchema>;

export const EditClaimResultSchema = z.object({
  /** The original claim, now rejected. */
  originalId: IdSchema,
  /** The accepted claim that replaces it. */
  claimId: IdSchema,
});
export type EditClaimResult = z.infer<typeof EditClaimResultSchema>;

/** The prefix of an edited claim's author version, followed by the original claim's id. */
export const EDIT_OF_PREFIX = 'edit of ';
