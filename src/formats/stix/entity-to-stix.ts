import { markingRank, type AttributeClaim, type Claim, type Entity, type NameClaim, type TlpMarking } from '../../model/index.js';
import { claimToStix, stixConfidence, strictestMarking } from './claim-to-stix.js';
import { stixTimestamp } from './stix-id.js';
import type { StixObject } from './stix-object.js';
import type { EntityStixType, StixRefs } from './stix-refs.js';
import { TESSERA_CHANNEL_EXTENSION_ID, TESSERA_IDENTITY_ID, TESSERA_KNOWLEDGE_EXTENSION_ID } from './tessera-extension.js';
import { TLP2_MARKING_IDS } from './tlp-marking-objects.js';

/** An entity with the claims the export shows about it (its names and attributes). */
export interface StixEntityRecord {
  entity: Entity;
  names: NameClaim[];
  attributes: AttributeClaim[];
  /** A person who acts for a group or in attacks travels as a threat-actor; anyone else as an identity. */
  isAdversary: boolean;
}

/** The STIX type an entity travels as. */
export function entityStixType(record: Pick<StixEntityRecord, 'entity' | 'isAdversary'>): EntityStixType {
  switch (record.entity.type) {
    case 'group':
      return 'threat-actor';
    case 'person':
      return record.isAdversary ? 'threat-actor' : 'identity';
    case 'organization':
      return 'identity';
    case 'media':
      return 'channel';
    case 'location':
      return 'location';
  }
}

/** The common properties of an object built from some claims: times, marking, confidence, extension. */
export function claimedObjectBase(
  type: string,
  id: string,
  createdAt: string,
  claims: readonly Claim[],
  ownMarkings: readonly TlpMarking[] = [],
): StixObject {
  let latestRecorded: string | null = null;
  let confidence: number | undefined;
  let strictest = strictestMarking(ownMarkings);
  for (const claim of claims) {
    if (latestRecorded === null || claim.recordedAt > latestRecorded) latestRecorded = claim.recordedAt;
    const claimConfidence = stixConfidence(claim);
    if (claimConfidence !== undefined && (confidence === undefined || claimConfidence > confidence)) confidence = claimConfidence;
    if (markingRank(claim.marking) > markingRank(strictest)) strictest = claim.marking;
  }
  const created = stixTimestamp(createdAt);
  const latest = latestRecorded === null ? created : stixTimestamp(latestRecorded);
  // built property by property (in the order they are written), not spread: an export builds one per object
  const base: StixObject = { type, spec_version: '2.1', id, created_by_ref: TESSERA_IDENTITY_ID, created, modified: latest > created ? latest : created };
  if (confidence !== undefined) base.confidence = confidence;
  base.object_marking_refs = [TLP2_MARKING_IDS[strictest]];
  return base;
}

function knowledgeExtension(claims: readonly Claim[], refs: StixRefs, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const knowledge: Record<string, unknown> = { extension_type: 'property-extension' };
  for (const key in extra) knowledge[key] = extra[key];
  knowledge.claims = claims.map((claim) => claimToStix(claim, refs));
  return { [TESSERA_KNOWLEDGE_EXTENSION_ID]: knowledge };
}

/** The name an entity is shown under: its primary name claim, else the label it was created under. */
function primaryName(record: StixEntityRecord): string {
  return record.names.find((claim) => claim.name.kind === 'primary')?.name.value ?? record.entity.label;
}

function attribute(record: StixEntityRecord, name: string): string | number | boolean | undefined {
  return record.attributes.find((claim) => claim.attribute === name)?.value;
}

/**
 * An entity as STIX: groups as threat-actor (terrorist, organization), adversary persons as
 * threat-actor (individual), other persons and organizations as identity, locations as location,
 * media as channel. Names become `name` and `aliases`; every claim rides in the knowledge extension.
 */
export function entityToStix(record: StixEntityRecord, refs: StixRefs): StixObject {
  const type = entityStixType(record);
  const id = refs.registerEntity(record.entity.id, type);
  const claims: Claim[] = [...record.names, ...record.attributes];
  const name = primaryName(record);
  const aliases = [...new Set(record.names.map((claim) => claim.name.value))].filter((alias) => alias !== name);
  const object = claimedObjectBase(type, id, record.entity.createdAt, claims);
  const entityFields = { entity: { entity_id: record.entity.id, entity_type: record.entity.type, label: record.entity.label, created_at: record.entity.createdAt } };
  const extensions = knowledgeExtension(claims, refs, entityFields);
  // properties set one by one onto the base, in the order they are written (no spread copies)
  object.name = name;
  switch (type) {
    case 'threat-actor':
      object.threat_actor_types = ['terrorist'];
      object.resource_level = record.entity.type === 'person' ? 'individual' : 'organization';
      if (aliases.length > 0) object.aliases = aliases;
      object.extensions = extensions;
      return object;
    case 'identity':
      object.identity_class = record.entity.type === 'person' ? 'individual' : 'organization';
      if (aliases.length > 0) object.description = `Also known as: ${aliases.join('; ')}`;
      object.extensions = extensions;
      return object;
    case 'channel':
      object.channel_types = ['media-outlet'];
      if (aliases.length > 0) object.aliases = aliases;
      object.extensions = { [TESSERA_CHANNEL_EXTENSION_ID]: { extension_type: 'new-sdo' }, ...extensions };
      return object;
    case 'location': {
      const country = attribute(record, 'country');
      const latitude = attribute(record, 'latitude');
      const longitude = attribute(record, 'longitude');
      const level = attribute(record, 'level');
      const hasPoint = typeof latitude === 'number' && typeof longitude === 'number';
      if (typeof country === 'string' && /^[A-Z]{2}$/.test(country)) object.country = country;
      if (level === 'admin1') object.administrative_area = name;
      if (level === 'city') object.city = name;
      if (hasPoint) {
        object.latitude = latitude;
        object.longitude = longitude;
      }
      // STIX needs a region, a country or a point; a place known only by name keeps its name as region
      if (typeof country !== 'string' && !hasPoint) object.region = name;
      object.extensions = extensions;
      return object;
    }
  }
}
