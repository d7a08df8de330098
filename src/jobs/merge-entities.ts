import {
  MergeEntitiesInputSchema,
  newId,
  parseInput,
  SplitEntitiesInputSchema,
  TesseraError,
  type Id,
  type MergeEntitiesInput,
  type MergeResult,
  type SameAsClaim,
  type SplitEntitiesInput,
  type SplitResult,
} from '../model/index.js';
import { appendAudit, getEntity, insertClaims, listSameAsLinks, setClaimStatus, type Store } from '../store/index.js';

async function requireEntities(store: Store, a: Id, b: Id): Promise<void> {
  if (a === b) throw new TesseraError('invalid_input', `entities merge: ${a} is the same entity on both sides`);
  for (const id of [a, b]) {
    if ((await getEntity(store, id)) === null) throw new TesseraError('not_found', `entity ${id}: not in this workspace`);
  }
}

/**
 * Records that A and B are one entity: an accepted same_as claim (accepting a proposed one when
 * there is one). Nothing else changes, so a split restores both exactly.
 */
export async function mergeEntities(store: Store, input: MergeEntitiesInput): Promise<MergeResult> {
  const { a, b, ...options } = parseInput(MergeEntitiesInputSchema, input, 'entities merge');
  return store.transaction(async (tx) => {
    await requireEntities(tx, a, b);
    const links = await listSameAsLinks(tx, { between: [a, b] });
    const accepted = links.find((l) => l.status === 'accepted');
    if (accepted) return { claimId: accepted.claimId, action: 'unchanged' };
    const proposed = links.find((l) => l.status === 'proposed');
    if (proposed) {
      await setClaimStatus(tx, { ids: [proposed.claimId] }, 'accepted');
      await appendAudit(tx, {
        action: 'entity.merge',
        targetIds: [a, b, proposed.claimId],
        before: { sameAs: proposed.claimId, status: 'proposed' },
        after: { sameAs: proposed.claimId, status: 'accepted' },
      });
      return { claimId: proposed.claimId, action: 'accepted' };
    }
    const claim: SameAsClaim = {
      id: newId(),
      kind: 'same_as',
      entityId: a,
      targetEntityId: b,
      evidence: null,
      sourceReliability: 'B',
      informationCredibility: 2,
      hedge: null,
      author: { kind: 'analyst', name: options.analyst ?? store.viewer.name, version: null },
      status: 'accepted',
      marking: 'TLP:CLEAR',
      validFrom: null,
      validTo: null,
      recordedAt: new Date().toISOString(),
      confidence: options.confidence,
    };
    await insertClaims(tx, [claim]);
    await appendAudit(tx, {
      action: 'entity.merge',
      targetIds: [a, b, claim.id],
      before: null,
      after: { sameAs: claim.id, status: 'accepted', confidence: claim.confidence },
    });
    return { claimId: claim.id, action: 'created' };
  });
}

/** Withdraws the accepted same-as claim(s) between A and B; both entities are as they were before. */
export async function splitEntities(store: Store, input: SplitEntitiesInput): Promise<SplitResult> {
  const { a, b } = parseInput(SplitEntitiesInputSchema, input, 'entities split');
  return store.transaction(async (tx) => {
    await requireEntities(tx, a, b);
    const accepted = (await listSameAsLinks(tx, { between: [a, b], status: 'accepted' })).map((l) => l.claimId);
    if (accepted.length === 0) {
      throw new TesseraError('not_found', `entities ${a} and ${b}: no accepted merge between them to split`);
    }
    await setClaimStatus(tx, { ids: accepted }, 'rejected');
    await appendAudit(tx, {
      action: 'entity.split',
      targetIds: [a, b, ...accepted],
      before: { sameAs: accepted, status: 'accepted' },
      after: { sameAs: accepted, status: 'rejected' },
    });
    return { withdrawn: accepted };
  });
}
