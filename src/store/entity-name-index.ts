import type { EntityType, Id } from '../model/index.js';
import { NameIndex, type NameCandidate, type NameLookupOptions } from '../names/index.js';
import { listNameRecords, listSameAsLinks, storeClock, type NameRecord, type SameAsLink } from './identity.js';
import type { Store } from './store.js';

/** A candidate entity for a mention, with the entities merged into it. */
export interface EntityCandidate extends NameCandidate {
  /** The entity the mention links to: the representative of its same-as group. */
  id: Id;
  /** The entity whose name matched (a member of the group). */
  matchedEntityId: Id;
  /** Every entity of the group (one when nothing was merged). */
  memberIds: Id[];
}

export interface EntityNameIndexOptions {
  /** Only names of entities imported from these watch lists. */
  lists?: readonly string[];
}

/**
 * The name index over every name and alias claim in the store, grouped by accepted same-as
 * claims. Built from the store at start (`load`) and kept current: `refresh` reads the claims
 * recorded or reviewed since the last sync, and `applyName`/`applyLink` take claims a caller
 * has just written. A rejected name claim or a withdrawn same-as link leaves the index.
 */
export class EntityNameIndex {
  readonly names = new NameIndex();
  private readonly claimsByName = new Map<string, Set<Id>>();
  private readonly nameOfClaim = new Map<Id, { entityId: Id; value: string }>();
  private readonly types = new Map<Id, EntityType>();
  private readonly links = new Map<Id, SameAsLink>();
  private groups: Map<Id, Id> | null = null;
  private syncedAt: string | null = null;

  constructor(private readonly options: EntityNameIndexOptions = {}) {}

  static async load(store: Store, options: EntityNameIndexOptions = {}): Promise<EntityNameIndex> {
    const index = new EntityNameIndex(options);
    await index.refresh(store);
    return index;
  }

  /** Reads what changed in the store since the last sync; returns how many claims were applied. */
  async refresh(store: Store): Promise<number> {
    const clock = await storeClock(store);
    const since = this.syncedAt === null ? {} : { changedSince: this.syncedAt };
    const names = await listNameRecords(store, { ...since, ...(this.options.lists ? { lists: this.options.lists } : {}) });
    for (const record of names) this.applyName(record);
    const links = await listSameAsLinks(store, since);
    for (const link of links) this.applyLink(link);
    this.syncedAt = clock;
    return names.length + links.length;
  }

  /** Adds, keeps or (when rejected) removes one name claim. */
  applyName(record: Pick<NameRecord, 'claimId' | 'entityId' | 'entityType' | 'value' | 'status'>): void {
    const key = `${record.entityId}\u0000${record.value}`;
    this.types.set(record.entityId, record.entityType);
    const claims = this.claimsByName.get(key) ?? new Set<Id>();
    if (record.status === 'rejected') {
      claims.delete(record.claimId);
      this.nameOfClaim.delete(record.claimId);
      if (claims.size === 0) {
        this.claimsByName.delete(key);
        this.names.remove(record.entityId, record.value);
      }
      return;
    }
    if (claims.size === 0) this.names.add({ id: record.entityId, name: record.value, type: record.entityType });
    claims.add(record.claimId);
    this.claimsByName.set(key, claims);
    this.nameOfClaim.set(record.claimId, { entityId: record.entityId, value: record.value });
  }

  /** Takes an accepted same-as link into the groups, or drops a withdrawn one. */
  applyLink(link: Pick<SameAsLink, 'claimId' | 'entityId' | 'targetEntityId' | 'status'>): void {
    if (link.status === 'accepted') this.links.set(link.claimId, link as SameAsLink);
    else this.links.delete(link.claimId);
    this.groups = null;
  }

  private representatives(): Map<Id, Id> {
    if (this.groups) return this.groups;
    const parent = new Map<Id, Id>();
    const find = (id: Id): Id => {
      let root = id;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    for (const link of this.links.values()) {
      const ra = find(link.entityId);
      const rb = find(link.targetEntityId);
      // the smaller id represents the group, so the choice does not depend on link order
      if (ra !== rb) {
        if (ra < rb) parent.set(rb, ra);
        else parent.set(ra, rb);
      }
    }
    const groups = new Map<Id, Id>();
    for (const id of parent.keys()) groups.set(id, find(id));
    this.groups = groups;
    return groups;
  }

  /** The representative of an entity's same-as group (itself when unmerged). */
  representativeOf(entityId: Id): Id {
    return this.representatives().get(entityId) ?? entityId;
  }

  /** Every entity of an entity's group. */
  membersOf(entityId: Id): Id[] {
    const root = this.representativeOf(entityId);
    const members = [...this.representatives().entries()].filter(([, r]) => r === root).map(([id]) => id);
    return members.length === 0 ? [entityId] : members.sort();
  }

  typeOf(entityId: Id): EntityType | undefined {
    return this.types.get(entityId);
  }

  /** Ranked entities for a mention, best per same-as group. */
  lookup(mention: string, options: NameLookupOptions = {}): EntityCandidate[] {
    const limit = options.limit ?? 10;
    const raw = this.names.lookup(mention, { ...options, limit: limit * 3 });
    const best = new Map<Id, EntityCandidate>();
    for (const candidate of raw) {
      const root = this.representativeOf(candidate.id);
      if (best.has(root)) continue;
      best.set(root, { ...candidate, id: root, matchedEntityId: candidate.id, memberIds: this.membersOf(root) });
    }
    return [...best.values()].slice(0, limit);
  }
}
