import type { EntityType, RelationType } from '../../model/index.js';

/** The kinds of entity each end of a relation may be. */
export interface RelationSignature {
  source: readonly EntityType[];
  target: readonly EntityType[];
}

const ACTORS: readonly EntityType[] = ['person', 'group', 'organization'];
const BODIES: readonly EntityType[] = ['group', 'organization'];
const ANY: readonly EntityType[] = ['person', 'group', 'organization', 'media', 'location'];

/**
 * Which entity types may stand at either end of each relation type: a person leads a group,
 * an outlet is published by a group, anything is located in a place.
 */
export const RELATION_SIGNATURES: Readonly<Record<RelationType, RelationSignature>> = {
  member_of: { source: ['person', 'group'], target: BODIES },
  leader_of: { source: ['person'], target: BODIES },
  merged_with: { source: BODIES, target: BODIES },
  pledged_allegiance_to: { source: ACTORS, target: ['group', 'person'] },
  allied_with: { source: BODIES, target: BODIES },
  rival_of: { source: ACTORS, target: ACTORS },
  split_from: { source: ['person', 'group'], target: BODIES },
  directed: { source: ACTORS, target: ['person', 'group'] },
  recruited: { source: ACTORS, target: ['person'] },
  funded: { source: ACTORS, target: ACTORS },
  claimed: { source: ['group', 'media', 'person'], target: ANY },
  published_by: { source: ['media'], target: ['group', 'organization', 'person', 'media'] },
  communicated_with: { source: ['person', 'group'], target: ['person', 'group'] },
  located_in: { source: ANY, target: ['location'] },
  criticized: { source: ANY, target: ANY },
  affiliated_with: { source: ['person', 'group', 'organization', 'media'], target: ['group', 'organization', 'media'] },
};

/** Whether a relation of `type` may go from an entity of type `source` to one of type `target`. */
export function fitsSignature(type: RelationType, source: EntityType, target: EntityType): boolean {
  const signature = RELATION_SIGNATURES[type];
  return signature.source.includes(source) && signature.target.includes(target);
}

/**
 * The ends of a relation put right: as given when they fit the type's signature, swapped when
 * only the reverse fits ("ISKP leader_of Ghafari" → "Ghafari leader_of ISKP"), else null.
 */
export function orientRelation(type: RelationType, source: EntityType, target: EntityType): 'keep' | 'swap' | null {
  if (fitsSignature(type, source, target)) return 'keep';
  if (fitsSignature(type, target, source)) return 'swap';
  return null;
}
