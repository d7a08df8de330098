import { z } from 'zod';

/** Typed links between two entities. */
export const RELATION_TYPES = [
  'member_of',
  'leader_of',
  'merged_with',
  'pledged_allegiance_to',
  'allied_with',
  'rival_of',
  'split_from',
  'directed',
  'recruited',
  'funded',
  'claimed',
  'published_by',
  'communicated_with',
  'located_in',
  'criticized',
  'affiliated_with',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const RelationTypeSchema = z.enum(RELATION_TYPES);

/** Relations that read the same in both directions. */
export const SYMMETRIC_RELATION_TYPES: readonly RelationType[] = [
  'merged_with',
  'allied_with',
  'rival_of',
  'communicated_with',
  'affiliated_with',
];
