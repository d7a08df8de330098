import { z } from 'zod';
import { IdSchema } from './id.js';
import { CLAIM_KINDS, REVIEW_STATUSES, ReviewDecisionSchema, ReviewStatusSchema } from './claim.js';
import { EntityTypeSchema } from './entity-type.js';
import { EventSchema } from './event.js';
import { HedgeSchema } from './hedge.js';
import { CitedWorkSchema } from './source.js';

/** Which claims to list or decide on: every field narrows. */
export const ReviewSelectionSchema = z.strictObject({
  ids: z.array(IdSchema.transform((id) => id.toLowerCase())).optional(),
  /** A document id, or its path (absolute, relative or file name). */
  document: z.string().min(1).optional(),
  /** Claims about this entity (as subject or target): its id or a name it is known by. */
  entity: z.string().min(1).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  /** Case-insensitive text of the evidence quote. */
  contains: z.string().optional(),
  limit: z.number().int().min(1).max(100_000).optional(),
  offset: z.number().int().min(0).optional(),
});
export type ReviewSelection = z.input<typeof ReviewSelectionSchema>;

/**
 * A review decision: accept, reject (or reopen as proposed) the claims named by id, or every
 * claim a filter covers (proposed ones unless a status is given).
 */
export const ReviewDecisionInputSchema = ReviewSelectionSchema.omit({ limit: true, offset: true }).extend({
  decision: ReviewDecisionSchema,
});
export type ReviewDecisionInput = z.input<typeof ReviewDecisionInputSchema>;

export const ReviewDecisionResultSchema = z.object({
  decision: ReviewDecisionSchema,
  /** How many claims changed status. */
  changed: z.number().int(),
  /**
   * The claims named (by id) or covered by the filter in another status that did not change,
   * by their status: `{ accepted: 1 }` for accepting a claim already accepted.
   */
  unchanged: z.object({
    proposed: z.number().int().optional(),
    accepted: z.number().int().optional(),
    rejected: z.number().int().optional(),
    superseded: z.number().int().optional(),
  }),
  /** Ids named that are not claims of the workspace (or not visible to the viewer). */
  notFound: z.number().int(),
});
export type ReviewDecisionResult = z.infer<typeof ReviewDecisionResultSchema>;

export const EntityRefSchema = z.object({ id: IdSchema, type: EntityTypeSchema, label: z.string() });
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** One claim as an analyst reviews it: what it asserts, on which words, citing which works. */
export const ReviewItemSchema = z.object({
  id: IdSchema,
  kind: z.enum(CLAIM_KINDS),
  status: ReviewStatusSchema,
  /** The claim in one line: "Jamaat Ansarullah pledged_allegiance_to Islamic State Khorasan". */
  assertion: z.string(),
  subject: EntityRefSchema.nullable(),
  predicate: z.string().nullable(),
  object: z.string().nullable(),
  target: EntityRefSchema.nullable(),
  event: EventSchema.nullable(),
  hedge: HedgeSchema.nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  author: z.string(),
  document: z.object({ id: IdSchema, path: z.string(), title: z.string().nullable() }).nullable(),
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  quote: z.string().nullable(),
  citedNotes: z.array(z.number().int()),
  /** The endnotes the evidence sentence carries, read as cited works. */
  citations: z.array(CitedWorkSchema),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

/** `GET /api/v1/claims`: a page of claims and how many the filters select in all. */
export const ReviewItemPageSchema = z.object({ items: z.array(ReviewItemSchema), total: z.number().int().min(0) });
