import {
  newId,
  type Claim,
  type Document,
  type Entity,
  type Event,
  type NameClaim,
  type RelationClaim,
} from '../src/model/index.js';
import { createHash } from 'node:crypto';

const now = () => new Date().toISOString();

export function buildEntity(overrides: Partial<Entity> = {}): Entity {
  return { id: newId(), type: 'person', label: 'Abu Usama Noraki', createdAt: now(), ...overrides };
}

export function buildDocument(overrides: Partial<Document> = {}): Document {
  const text = overrides.text ?? 'Katibat al-Tawhid wal-Jihad reportedly swore allegiance to Islamic State Khorasan.1\n\n1 A note.';
  return {
    id: newId(),
    contentHash: createHash('sha256').update(text).update(newId()).digest('hex'),
    path: 'report.txt',
    format: 'txt',
    title: 'A report',
    text,
    bodyEnd: text.indexOf('\n\n') >= 0 ? text.indexOf('\n\n') : text.length,
    published: null,
    sourceReliability: 'B',
    marking: 'TLP:CLEAR',
    ingestedAt: now(),
    ...overrides,
  };
}

const claimBase = () => ({
  id: newId(),
  evidence: null,
  sourceReliability: 'B' as const,
  informationCredibility: 3 as const,
  hedge: null,
  author: { kind: 'extractor' as const, name: 'tessera-rules', version: '0.1.0' },
  status: 'proposed' as const,
  marking: 'TLP:CLEAR' as const,
  validFrom: null,
  validTo: null,
  recordedAt: now(),
  confidence: null,
});

export function buildNameClaim(entityId: string, overrides: Partial<NameClaim> = {}): NameClaim {
  return {
    ...claimBase(),
    kind: 'name',
    entityId,
    name: { value: 'Abu Osama Noraki', kind: 'alias', script: 'latin', language: null },
    ...overrides,
  };
}

export function buildRelationClaim(entityId: string, targetEntityId: string, overrides: Partial<RelationClaim> = {}): RelationClaim {
  return { ...claimBase(), kind: 'relation', entityId, relationType: 'member_of', targetEntityId, ...overrides };
}

export function buildClaim(overrides: Partial<Claim> & { entityId: string }): Claim {
  return buildNameClaim(overrides.entityId, overrides as Partial<NameClaim>);
}

export function buildEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: newId(),
    type: 'attack',
    datasetType: null,
    datasetSubtype: null,
    date: { start: '2018-07-29', end: '2018-07-29', precision: 'day' },
    location: {
      country: 'TJ',
      admin1: 'Khatlon',
      admin2: null,
      place: 'Danghara District',
      latitude: 38.1,
      longitude: 69.3,
      geoPrecision: 2,
    },
    actors: [{ text: 'Islamic State', entityId: null, role: 'perpetrator' }],
    counts: { fatalities: 4, wounded: 2, arrested: null },
    summary: 'vehicle and knife attack on cyclists',
    notes: null,
    sourceText: null,
    origin: { kind: 'dataset', dataset: 'test', datasetEventId: newId() },
    marking: 'TLP:CLEAR',
    ...overrides,
  };
}
