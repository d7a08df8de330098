import { z } from 'zod';
import { IdSchema } from './id.js';
import { EvidenceSchema } from './evidence.js';
import { SourceReliabilitySchema, InformationCredibilitySchema } from './reliability.js';
import { HedgeSchema } from './hedge.js';
import { TlpMarkingSchema } from './marking.js';
import { FuzzyDateSchema } from './date-precision.js';
import { NameSchema } from './entity.js';
import { RelationTypeSchema } from './relation-type.js';
import { QuantitySchema } from './quantity.js';

/** What kind of assertion a claim makes. */
export const CLAIM_KINDS = ['name', 'attribute', 'relation', 'event', 'same_as', 'quantity'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * A claim's review status. 'superseded': proposed from a version of a document that a later
 * version replaced (ingest sets it; no analyst decides it).
 */
export const REVIEW_STATUSES = ['proposed', 'accepted', 'rejected', 'superseded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);

/** What an analyst may set a claim to: accept, reject, or reopen as proposed. */
export const REVIEW_DECISIONS = ['proposed', 'accepted', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const ReviewDecisionSchema = z.enum(REVIEW_DECISIONS);

/** Who made a claim: a program (extractor, importer) with its version, or an analyst. */
export const AuthorSchema = z.object({
  kind: z.enum(['extractor', 'importer', 'analyst']),
  name: z.string().min(1),
  version: z.string().nullable(),
});
export type Author = z.infer<typeof AuthorSchema>;

const ClaimBaseSchema = z.object({
  id: IdSchema,
  evidence: EvidenceSchema.nullable(),
  sourceReliability: SourceReliabilitySchema,
  informationCredibility: InformationCredibilitySchema,
  hedge: HedgeSchema.nullable(),
  author: AuthorSchema,
  status: ReviewStatusSchema,
  marking: TlpMarkingSchema,
  /** When the asserted state of affairs held (valid time). */
  validFrom: FuzzyDateSchema.nullable(),
  validTo: FuzzyDateSchema.nullable(),
  /** When Tessera learned it (transaction time). */
  recordedAt: z.iso.datetime(),
  /** The author's confidence in 0–1, for machine claims and same-as links. */
  confidence: z.number().min(0).max(1).nullable(),
});

/** An entity is called this (a primary name, alias, acronym, former name, rendering). */
export const NameClaimSchema = ClaimBaseSchema.extend({
  kind: z.literal('name'),
  entityId: IdSchema,
  name: NameSchema,
});

/** An entity has an attribute: nationality, role, status ("killed"), birth year… */
export const AttributeClaimSchema = ClaimBaseSchema.extend({
  kind: z.literal('attribute'),
  entityId: IdSchema,
  attribute: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]),
});

/** A typed link from one entity to another. */
export const RelationClaimSchema = ClaimBaseSchema.extend({
  kind: z.literal('relation'),
  entityId: IdSchema,
  relationType: RelationTypeSchema,
  targetEntityId: IdSchema,
});

/** An event happened (the event row holds its fields; `field` narrows the claim to one of them). */
export const EventClaimSchema = ClaimBaseSchema.extend({
  kind: z.literal('event'),
  eventId: IdSchema,
  field: z.string().nullable(),
});

/** Two entities are one. Accepted, it merges them; withdrawn (rejected), it splits them again. */
export const SameAsClaimSchema = ClaimBaseSchema.extend({
  kind: z.literal('same_as'),
  entityId: IdSchema,
  targetEntityId: IdSchema,
});

/** A stated figure, about an entity when the text ties it to one. */
export const QuantityClaimSchema = ClaimBaseSchema.extend({
  kind: z.literal('quantity'),
  entityId: IdSchema.nullable(),
  quantity: QuantitySchema,
});

export const ClaimSchema = z.discriminatedUnion('kind', [
  NameClaimSchema,
  AttributeClaimSchema,
  RelationClaimSchema,
  EventClaimSchema,
  SameAsClaimSchema,
  QuantityClaimSchema,
]);
export type Claim = z.infer<typeof ClaimSchema>;
export type NameClaim = z.infer<typeof NameClaimSchema>;
export type AttributeClaim = z.infer<typeof AttributeClaimSchema>;
export type RelationClaim = z.infer<typeof RelationClaimSchema>;
export type EventClaim = z.infer<typeof EventClaimSchema>;
export type SameAsClaim = z.infer<typeof SameAsClaimSchema>;
export type QuantityClaim = z.infer<typeof QuantityClaimSchema>;
