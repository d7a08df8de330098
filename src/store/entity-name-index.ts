import { markingRank, SYSTEM_VIEWER, TLP_MARKINGS, type EntityType, type Id, type Viewer } from '../model/index.js';
import { NameIndex, type NameCandidate, type NameLookupOptions, type ReferenceAliases } from '../names/index.js';
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
  /** Known alias sets (the reference pack, an analyst's file): two names of one set link. */
  reference?: ReferenceAliases | null;
}

/** Lookup options, with whom the candidates are for (default: whoever loaded the index). */
export interface EntityLookupOptions extends NameLookupOptions {
  viewer?: Viewer;
}

/** What one name or link claim needs in the index: its marking decides who finds it. */
type NameClaimRef = Pick<NameRecord, 'claimId' | 'entityId' | 'entityType' | 'value' | 'status' | 'marking'>;
type LinkClaimRef = Pick<SameAsLink, 'claimId' | 'entityId' | 'targetEntityId' | 'status' | 'marking'>;

/**
 * The name index over every name and alias claim in the store, grouped by accepted same-as
 * claims. Built from the store at start (`load`) and kept current: `refresh` reads the claims
 * recorded or reviewed since the last sync, and `applyName`/`applyLink` take claims a caller
 * has just written. A rejected name claim or a withdrawn same-as link leaves the index.
 *
 * It holds what the viewer who loaded it may see (a server loads it once as the system viewer)
 * and keeps each claim's marking: a lookup for another viewer finds an entity only by a name
 * some claim visible to them gives it, and groups it only by same-as links visible to them, so
 * suggestions never leak a name, an entity or a merge above their clearance.
 */
export class EntityNameIndex {
  readonly names: NameIndex;
  /** Per entity and name: the rank (model/access.ts) of each claim giving it. */
  private readonly claimsByName = new Map<string, Map<Id, number>>();
  private readonly nameOfClaim = new Map<Id, { entityId: Id; value: string }>();
  private readonly types = new Map<Id, EntityType>();
  /** Per entity: how many names it has at each rank, so an entity's visibility is one look-up. */
  private readonly namesByRank = new Map<Id, number[]>();
  private readonly links = new Map<Id, { link: LinkClaimRef; rank: number }>();
  /** Same-as groups per clearance rank, built when first asked for. */
  private readonly groups = new Map<number, Map<Id, Id>>();
  private syncedAt: string | null = null;
  private loadedBy: Viewer = SYSTEM_VIEWER;

  constructor(private readonly options: EntityNameIndexOptions = {}) {
    this.names = new NameIndex([], options.reference ? { reference: options.reference } : {});
  }

  static async load(store: Store, options: EntityNameIndexOptions = {}): Promise<EntityNameIndex> {
    const index = new EntityNameIndex(options);
    index.loadedBy = store.viewer;
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
  applyName(record: NameClaimRef): void {
    const key = `${record.entityId}\u0000${record.value}`;
    this.types.set(record.entityId, record.entityType);
    const claims = this.claimsByName.get(key) ?? new Map<Id, number>();
    const hadRank = lowestRank(claims);
    if (record.status === 'rejected') {
      claims.delete(record.claimId);
      this.nameOfClaim.delete(record.claimId);
      if (claims.size === 0) {
        this.claimsByName.delete(key);
        this.names.remove(record.entityId, record.value);
      }
    } else {
      if (claims.size === 0) this.names.add({ id: record.entityId, name: record.value, type: record.entityType });
      claims.set(record.claimId, markingRank(record.marking));
      this.claimsByName.set(key, claims);
      this.nameOfClaim.set(record.claimId, { entityId: record.entityId, value: record.value });
    }
    this.countName(record.entityId, hadRank, lowestRank(claims));
  }

  /** Keeps `namesByRank` in step when the lowest rank giving one of an entity's names changes. */
  private countName(entityId: Id, before: number | null, after: number | null): void {
    if (before === after) return;
    const counts = this.namesByRank.get(entityId) ?? TLP_MARKINGS.map(() => 0);
    if (before !== null) counts[before] = counts[before]! - 1;
    if (after !== null) counts[after] = counts[after]! + 1;
    if (counts.every((n) => n === 0)) this.namesByRank.delete(entityId);
    else this.namesByRank.set(entityId, counts);
  }

  /** Takes an accepted same-as link into the groups, or drops a withdrawn one. */
  applyLink(link: LinkClaimRef): void {
    if (link.status === 'accepted') this.links.set(link.claimId, { link, rank: markingRank(link.marking) });
    else this.links.delete(link.claimId);
    this.groups.clear();
  }

  private rankOf(viewer: Viewer | undefined): number {
    return markingRank((viewer ?? this.loadedBy).clearance);
  }

  /** Whether a name of the entity is visible at this rank (an entity is found only by such names). */
  private hasVisibleName(entityId: Id, rank: number): boolean {
    const counts = this.namesByRank.get(entityId);
    return counts !== undefined && counts.some((n, r) => n > 0 && r <= rank);
  }

  private representatives(rank: number): Map<Id, Id> {
    const cached = this.groups.get(rank);
    if (cached) return cached;
    const parent = new Map<Id, Id>();
    const find = (id: Id): Id => {
      let root = id;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    for (const { link, rank: linkRank } of this.links.values()) {
      if (linkRank > rank) continue;
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
    this.groups.set(rank, groups);
    return groups;
  }

  /** The representative of an entity's same-as group (itself when unmerged), by the links the viewer may see. */
  representativeOf(entityId: Id, viewer?: Viewer): Id {
    return this.representatives(this.rankOf(viewer)).get(entityId) ?? entityId;
  }

  /** Every entity of an entity's group, by the links the viewer may see. */
  membersOf(entityId: Id, viewer?: Viewer): Id[] {
    const groups = this.representatives(this.rankOf(viewer));
    const root = groups.get(entityId) ?? entityId;
    const members = [...groups.entries()].filter(([, r]) => r === root).map(([id]) => id);
    return members.length === 0 ? [entityId] : members.sort();
  }

  /** The entity's type, when a name of it is visible to the viewer. */
  typeOf(entityId: Id, viewer?: Viewer): EntityType | undefined {
    return this.hasVisibleName(entityId, this.rankOf(viewer)) ? this.types.get(entityId) : undefined;
  }

  /**
   * Ranked entities for a mention, best per same-as group: only names given by claims the
   * viewer may see are matched, and groups are formed by the links they may see.
   */
  lookup(mention: string, options: EntityLookupOptions = {}): EntityCandidate[] {
    const { viewer, ...nameOptions } = options;
    const rank = this.rankOf(viewer);
    const limit = nameOptions.limit ?? 10;
    const isVisible = (id: string, name: string) => {
      const claims = this.claimsByName.get(`${id}\u0000${name}`);
      const lowest = claims ? lowestRank(claims) : null;
      return lowest !== null && lowest <= rank;
    };
    const raw = this.names.lookup(mention, {
      ...nameOptions,
      limit: limit * 3,
      ...(rank < TLP_MARKINGS.length - 1 ? { accept: isVisible } : {}),
    });
    const best = new Map<Id, EntityCandidate>();
    for (const candidate of raw) {
      const root = this.representativeOf(candidate.id, viewer);
      if (best.has(root)) continue;
      best.set(root, { ...candidate, id: root, matchedEntityId: candidate.id, memberIds: this.membersOf(root, viewer) });
    }
    return [...best.values()].slice(0, limit);
  }
}

/** The lowest rank among a name's claims (null when none is left). */
function lowestRank(claims: ReadonlyMap<Id, number>): number | null {
  let lowest: number | null = null;
  for (const rank of claims.values()) if (lowest === null || rank < lowest) lowest = rank;
  return lowest;
}
