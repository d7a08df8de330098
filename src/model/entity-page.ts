import { z } from 'zod';
import { IdSchema } from './id.js';
import { EntitySchema, NameKindSchema, ScriptSchema } from './entity.js';
import { EntityTypeSchema } from './entity-type.js';
import { ReviewStatusSchema } from './claim.js';
import { EventSchema } from './event.js';
import { EntityRefSchema, ReviewItemSchema } from './review.js';

/** One entity by id, or by a name it is known by. */
export const EntityRefInputSchema = z.strictObject({ ref: z.string().trim().min(1) });

/** An entity page: the view over its claims (accepted only, unless proposed ones are asked for too). */
export const EntityViewInputSchema = EntityRefInputSchema.extend({
  /** Also show proposed claims (the CLI's `entities show` does; the workbench shows accepted facts). */
  includeProposed: z.boolean().default(false),
});
export type EntityViewInput = z.input<typeof EntityViewInputSchema>;

/** Where a name or attribute was stated: a document, or the program or analyst that recorded it. */
export const ClaimSourceSchema = z.object({
  documentId: IdSchema.nullable(),
  /** The document's title or path, else the author ("un-sanctions", "analyst"). */
  label: z.string(),
});
export type ClaimSource = z.infer<typeof ClaimSourceSchema>;

export const EntityNameSchema = z.object({
  value: z.string(),
  kind: NameKindSchema,
  script: ScriptSchema,
  language: z.string().nullable(),
  /** How many claims use the name. */
  claims: z.number().int(),
  statuses: z.array(ReviewStatusSchema),
  sources: z.array(ClaimSourceSchema),
});
export type EntityName = z.infer<typeof EntityNameSchema>;

export const EntityAttributeSchema = z.object({
  attribute: z.string(),
  value: z.string(),
  claims: z.number().int(),
  statuses: z.array(ReviewStatusSchema),
  sources: z.array(ClaimSourceSchema),
});
export type EntityAttribute = z.infer<typeof EntityAttributeSchema>;

export const EntityViewSchema = z.object({
  entity: EntitySchema,
  /** Every name claimed for it, by script then by how many claims use it. */
  names: z.array(EntityNameSchema),
  /** Each attribute value once, with how many claims state it. */
  attributes: z.array(EntityAttributeSchema),
  /** Relations it is the subject or the target of. */
  relations: z.array(ReviewItemSchema),
  /** Events it is an actor of. */
  events: z.array(EventSchema),
  /** Entities an accepted same_as claim makes one with it (split undoes it). */
  sameAs: z.array(EntityRefSchema.extend({ claimId: IdSchema })),
});
export type EntityView = z.infer<typeof EntityViewSchema>;

/** A page of the entity list. */
export const EntityListQuerySchema = z.strictObject({
  type: EntityTypeSchema.optional(),
  /** Case-insensitive part of the label. */
  contains: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type EntityListQuery = z.input<typeof EntityListQuerySchema>;

export const EntityListPageSchema = z.object({
  items: z.array(EntitySchema),
  limit: z.number().int(),
  offset: z.number().int(),
  /** Whether a page follows this one. */
  hasMore: z.boolean(),
  /** How many entities the whole list holds. */
  total: z.number().int(),
});
export type EntityListPage = z.infer<typeof EntityListPageSchema>;

/** Merge A and B: an accepted same_as claim (accepting a proposed one when there is one). */
export const MergeEntitiesInputSchema = z.strictObject({
  a: IdSchema,
  b: IdSchema,
  /** Who decides (recorded as the claim's author; the viewer's name by default). */
  analyst: z.string().min(1).max(200).optional(),
  /** The analyst's confidence that the two are one, 0–1. */
  confidence: z.number().min(0).max(1).default(1),
});
export type MergeEntitiesInput = z.input<typeof MergeEntitiesInputSchema>;

export const MergeResultSchema = z.object({
  claimId: IdSchema,
  /** created: a new same-as claim; accepted: a proposed one was accepted; unchanged: already merged. */
  action: z.enum(['created', 'accepted', 'unchanged']),
});
export type MergeResult = z.infer<typeof MergeResultSchema>;

/** Split A and B: withdraw the accepted same_as claim(s) between them. */
export const SplitEntitiesInputSchema = z.strictObject({ a: IdSchema, b: IdSchema });
export type SplitEntitiesInput = z.input<typeof SplitEntitiesInputSchema>;

export const SplitResultSchema = z.object({
  /** The same-as claims withdrawn (set to rejected). */
  withdrawn: z.array(IdSchema),
});
export type SplitResult = z.infer<typeof SplitResultSchema>;

/** `entities duplicates`: pairs of entities that are possibly one. */
export const FindDuplicatesInputSchema = z.strictObject({
  type: EntityTypeSchema.optional(),
  /** Least confidence proposed (default: the matcher threshold). */
  minScore: z.number().min(0).max(1).optional(),
  /** Record each pair as a proposed same_as claim for review. */
  propose: z.boolean().default(false),
});
export type FindDuplicatesInput = z.input<typeof FindDuplicatesInputSchema>;

/** Two entities that are possibly one, with the names that matched and why. */
export const DuplicateCandidateSchema = z.object({
  entityId: IdSchema,
  otherEntityId: IdSchema,
  type: EntityTypeSchema,
  name: z.string(),
  otherName: z.string(),
  /** The matcher's score for the best pair of names, 0–1. */
  confidence: z.number(),
  reasons: z.array(z.string()),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidateSchema>;

/** `GET|POST /api/v1/entities/duplicates`: the pairs, best first as the job lists them. */
export const DuplicateCandidateListSchema = z.object({ items: z.array(DuplicateCandidateSchema) });
