import { newId, TesseraError, type Id, type SameAsClaim } from '../model/index.js';
import { getEntity, insertClaims, listSameAsLinks, setClaimStatus, type Store } from '../store/index.js';

export interface MergeOptions {
  /** Who decides (recorded as the claim's author). */
  analyst?: string;
  /** The analyst's confidence that the two are one, 0–1 (default 1). */
  confidence?: number;
}

export interface MergeResult {
  claimId: Id;
  /** created: a new same-as claim; accepted: a proposed one was accepted; unchanged: already merged. */
  action: 'created' | 'accepted' | 'unchanged';
}

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
export async function mergeEntities(store: Store, a: Id, b: Id, options: MergeOptions = {}): Promise<MergeResult> {
  return store.transaction(async (tx) => {
    await requireEntities(tx, a, b);
    const links = await listSameAsLinks(tx, { between: [a, b] });
    const accepted = links.find((l) => l.status === 'accepted');
    if (accepted) return { claimId: accepted.claimId, action: 'unchanged' };
    const proposed = links.find((l) => l.status === 'proposed');
    if (proposed) {
      await setClaimStatus(tx, { ids: [proposed.claimId] }, 'accepted');
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
      author: { kind: 'analyst', name: options.analyst ?? 'analyst', version: null },
      status: 'accepted',
      marking: 'TLP:CLEAR',
      validFrom: null,
      validTo: null,
      recordedAt: new Date().toISOString(),
      confidence: options.confidence ?? 1,
    };
    await insertClaims(tx, [claim]);
    return { claimId: claim.id, action: 'created' };
  });
}

export interface SplitResult {
  /** The same-as claims withdrawn (set to rejected). */
  withdrawn: Id[];
}

/** Withdraws the accepted same-as claim(s) between A and B; both entities are as they were before. */
export async function splitEntities(store: Store, a: Id, b: Id): Promise<SplitResult> {
  return store.transaction(async (tx) => {
    await requireEntities(tx, a, b);
    const accepted = (await listSameAsLinks(tx, { between: [a, b], status: 'accepted' })).map((l) => l.claimId);
    if (accepted.length === 0) {
      throw new TesseraError('not_found', `entities ${a} and ${b}: no accepted merge between them to split`);
    }
    await setClaimStatus(tx, { ids: accepted }, 'rejected');
    return { withdrawn: accepted };
  });
}
