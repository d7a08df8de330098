import type { Claim, EntityType, Id } from '../model/index.js';
import type { ReferenceAliases } from '../names/index.js';
import { REFERENCE_ID_ATTRIBUTE, type ExtractedEntity } from '../ingest/index.js';
import { EntityNameIndex, listClaims, type Store } from '../store/index.js';

/** What one committed document added that the linker should know from then on. */
export interface WrittenKnowledge {
  claims: readonly Claim[];
  /** The type of each entity the document's claims are about. */
  entityTypes: ReadonlyMap<Id, EntityType>;
}

/**
 * Links extracted entities to entities already in the store: first by the reference-pack or
 * gazetteer entry they were both linked to, then by name through the store's name index
 * (same type, a strong match, and no conflicting reference entry). Kept current as documents
 * are written, so the second report of a batch finds the first one's entities.
 */
export class EntityLinker {
  private constructor(
    private readonly byReference: Map<string, Id>,
    private readonly referenceOf: Map<Id, string>,
    private readonly names: EntityNameIndex,
    private readonly threshold: number,
  ) {}

  static async load(store: Store, threshold: number, reference: ReferenceAliases | null = null): Promise<EntityLinker> {
    const byReference = new Map<string, Id>();
    const referenceOf = new Map<Id, string>();
    const claims = await listClaims(store, { kind: 'attribute', predicate: REFERENCE_ID_ATTRIBUTE });
    for (const claim of claims) {
      if (claim.kind !== 'attribute' || claim.status === 'rejected' || typeof claim.value !== 'string') continue;
      if (!byReference.has(claim.value)) byReference.set(claim.value, claim.entityId);
      referenceOf.set(claim.entityId, claim.value);
    }
    return new EntityLinker(byReference, referenceOf, await EntityNameIndex.load(store, { reference }), threshold);
  }

  resolve(entity: ExtractedEntity): Id | null {
    if (entity.referenceId !== null) {
      const known = this.byReference.get(entity.referenceId);
      if (known !== undefined) return known;
    }
    for (const name of [entity.name, ...entity.names.filter((n) => n.span !== null).map((n) => n.value)]) {
      const best = this.names.lookup(name, { type: entity.type, limit: 1, minScore: this.threshold })[0];
      if (best === undefined || !best.isMatch || best.score < this.threshold) continue;
      if (this.names.typeOf(best.matchedEntityId) !== entity.type) continue;
      const theirs = this.referenceOf.get(best.id);
      if (entity.referenceId !== null && theirs !== undefined && theirs !== entity.referenceId) continue;
      return best.id;
    }
    return null;
  }

  /** Takes in what a committed document added. */
  learn(written: WrittenKnowledge): void {
    for (const claim of written.claims) {
      if (claim.kind === 'name') {
        const type = written.entityTypes.get(claim.entityId);
        if (type === undefined) continue;
        this.names.applyName({
          claimId: claim.id,
          entityId: claim.entityId,
          entityType: type,
          value: claim.name.value,
          status: claim.status,
          marking: claim.marking,
        });
      } else if (claim.kind === 'attribute' && claim.attribute === REFERENCE_ID_ATTRIBUTE && typeof claim.value === 'string') {
        if (!this.byReference.has(claim.value)) this.byReference.set(claim.value, claim.entityId);
        this.referenceOf.set(claim.entityId, claim.value);
      }
    }
  }
}
