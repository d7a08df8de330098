import { newId, type EntityType, type Id, type SameAsClaim } from '../model/index.js';
import { MATCH_THRESHOLD } from '../names/index.js';
import { EntityNameIndex, insertClaims, listNameRecords, listSameAsLinks, type Store } from '../store/index.js';

/** Two entities that are possibly one, with the names that matched and why. */
export interface DuplicateCandidate {
  entityId: Id;
  otherEntityId: Id;
  type: EntityType;
  name: string;
  otherName: string;
  /** The matcher's score for the best pair of names, 0–1. */
  confidence: number;
  reasons: string[];
}

export interface FindDuplicatesOptions {
  type?: EntityType;
  /** Least score proposed (default: the matcher's threshold). */
  minScore?: number;
  /** Record each pair as a proposed same_as claim (an analyst then merges or rejects it). */
  shouldPropose?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const pairKey = (a: Id, b: Id): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Proposes "possibly the same as" pairs: every name of every entity is looked up in the name
 * index, and a match on another entity of the same type that is neither merged with it nor was
 * ever split from it (a rejected same-as) is proposed with its confidence and reasons.
 */
export async function findDuplicateEntities(store: Store, options: FindDuplicatesOptions = {}): Promise<DuplicateCandidate[]> {
  const minScore = options.minScore ?? MATCH_THRESHOLD;
  const index = await EntityNameIndex.load(store);
  const names = (await listNameRecords(store)).filter((n) => options.type === undefined || n.entityType === options.type);
  const links = await listSameAsLinks(store);
  const decided = new Set(links.filter((l) => l.status === 'rejected').map((l) => pairKey(l.entityId, l.targetEntityId)));
  const proposed = new Set(links.filter((l) => l.status === 'proposed').map((l) => pairKey(l.entityId, l.targetEntityId)));
  const best = new Map<string, DuplicateCandidate>();
  let done = 0;
  for (const record of names) {
    const candidates = index.lookup(record.value, { type: record.entityType, minScore, limit: 5 });
    for (const c of candidates) {
      if (index.representativeOf(record.entityId) === c.id) continue;
      const key = pairKey(record.entityId, c.matchedEntityId);
      if (decided.has(key)) continue;
      const had = best.get(key);
      if (had && had.confidence >= c.score) continue;
      const [entityId, otherEntityId, name, otherName] =
        record.entityId < c.matchedEntityId
          ? [record.entityId, c.matchedEntityId, record.value, c.name]
          : [c.matchedEntityId, record.entityId, c.name, record.value];
      best.set(key, { entityId, otherEntityId, type: record.entityType, name, otherName, confidence: c.score, reasons: c.explanation });
    }
    done += 1;
    if (done % 100 === 0 || done === names.length) options.onProgress?.(done, names.length);
  }
  const pairs = [...best.values()].sort((a, b) => b.confidence - a.confidence || a.entityId.localeCompare(b.entityId));
  if (options.shouldPropose) {
    const recordedAt = new Date().toISOString();
    const claims: SameAsClaim[] = pairs.filter((p) => !proposed.has(pairKey(p.entityId, p.otherEntityId))).map((p) => ({
      id: newId(),
      kind: 'same_as',
      entityId: p.entityId,
      targetEntityId: p.otherEntityId,
      evidence: null,
      sourceReliability: 'F',
      informationCredibility: 3,
      hedge: null,
      author: { kind: 'extractor', name: 'tessera-duplicates', version: '0.1.0' },
      status: 'proposed',
      marking: 'TLP:CLEAR',
      validFrom: null,
      validTo: null,
      recordedAt,
      confidence: p.confidence,
    }));
    await insertClaims(store, claims);
  }
  return pairs;
}
