import {
  FindDuplicatesInputSchema,
  newId,
  parseInput,
  type DuplicateCandidate,
  type FindDuplicatesInput,
  type Id,
  type SameAsClaim,
} from '../model/index.js';
import { MATCH_THRESHOLD } from '../names/index.js';
import { appendAudit, EntityNameIndex, insertClaims, listNameRecords, listSameAsLinks, type Store } from '../store/index.js';

export interface FindDuplicatesOptions {
  onProgress?: (done: number, total: number) => void;
}

const pairKey = (a: Id, b: Id): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Proposes "possibly the same as" pairs: every name of every entity is looked up in the name
 * index, and a match on another entity of the same type that is neither merged with it nor was
 * ever split from it (a rejected same-as) is proposed with its confidence and reasons.
 */
export async function findDuplicateEntities(
  store: Store,
  input: FindDuplicatesInput = {},
  options: FindDuplicatesOptions = {},
): Promise<DuplicateCandidate[]> {
  const query = parseInput(FindDuplicatesInputSchema, input, 'entities duplicates');
  const minScore = query.minScore ?? MATCH_THRESHOLD;
  const index = await EntityNameIndex.load(store);
  const names = (await listNameRecords(store)).filter((n) => query.type === undefined || n.entityType === query.type);
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
  if (query.propose) {
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
    if (claims.length > 0) {
      await store.transaction(async (tx) => {
        await insertClaims(tx, claims);
        await appendAudit(tx, { action: 'entity.propose_duplicates', targetIds: claims.map((c) => c.id), after: { status: 'proposed', claims: claims.length } });
      });
    }
  }
  return pairs;
}
