import type { RelationClaim } from '../../model/index.js';
import { claimToStix } from './claim-to-stix.js';
import { claimedObjectBase } from './entity-to-stix.js';
import type { StixObject } from './stix-object.js';
import type { StixRefs } from './stix-refs.js';
import { TESSERA_KNOWLEDGE_EXTENSION_ID } from './tessera-extension.js';

/** STIX's own relationship types where one means the same; Tessera's other types travel hyphenated. */
const STIX_RELATIONSHIP_TYPES: Partial<Record<RelationClaim['relationType'], string>> = {
  affiliated_with: 'affiliated-with',
  located_in: 'located-at',
  published_by: 'authored-by',
};

export function stixRelationshipType(relationType: RelationClaim['relationType']): string {
  return STIX_RELATIONSHIP_TYPES[relationType] ?? relationType.replace(/_/g, '-');
}

/**
 * A relation claim as a STIX relationship, with start_time/stop_time from its valid time and
 * confidence from its credibility or hedge; null when an end is not in the export (above the
 * reader's marking). A stop_time must come after start_time, so a relation that starts and ends in
 * one period keeps both only in the extension.
 */
export function relationToStix(claim: RelationClaim, refs: StixRefs): StixObject | null {
  const source = refs.entity(claim.entityId);
  const target = refs.entity(claim.targetEntityId);
  if (source === null || target === null) return null;
  const object = claimedObjectBase('relationship', refs.relation(claim.id), claim.recordedAt, [claim]);
  // the base carries the claim's confidence; the rest follows in the order it was always written
  object.relationship_type = stixRelationshipType(claim.relationType);
  object.source_ref = source;
  object.target_ref = target;
  const start = claim.validFrom === null ? undefined : `${claim.validFrom.start}T00:00:00.000Z`;
  const stop = claim.validTo === null ? undefined : `${claim.validTo.end}T23:59:59.999Z`;
  if (start !== undefined) object.start_time = start;
  if (stop !== undefined && (start === undefined || stop > start)) object.stop_time = stop;
  object.extensions = { [TESSERA_KNOWLEDGE_EXTENSION_ID]: { extension_type: 'property-extension', claims: [claimToStix(claim, refs)] } };
  return object;
}
