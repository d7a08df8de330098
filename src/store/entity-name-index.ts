import { markingRank, SYSTEM_VIEWER, TLP_MARKINGS, type EntityType, type Id, type Viewer } from '../model/index.js';
import { NameIndex, NameWordIndex, type NameCandidate, type NameLookupOptions, type ReferenceAliases } from '../names/index.js';
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
  /**
   * Keep the answer until the index changes, and answer the same lookup from it (searches: people
   * type the same prefixes again and again). Off for one-off lookups, which would only crowd it.
   */
  isRemembered?: boolean;
}

/** Answers kept for `isRemembered` lookups and word searches at most; the one used longest ago goes first. */
const MAX_REMEMBERED_ANSWERS = 2_000;

/** An entity found by the starts of its name's words (searchNames). */
export interface NameWordHit {
  entityId: Id;
  type: EntityType;
  /** The name or alias that matched. */
  value: string;
  /** 0 exact, 1 prefix, 2 a later word starts with it, 3 elsewhere inside (as searchEntityNames ranks). */
  rank: number;
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
  /** The same names by the starts of their words, with the lowest rank of the claims giving each. */
  private readonly words = new NameWordIndex<WordEntry>();
  private readonly wordEntries = new Map<string, WordEntry>();
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
  /**
   * Remembered answers by clearance rank and arguments: what a lookup finds depends on nothing
   * else (the names and links a rank may see), and any change to a name or a link drops them all.
   */
  private readonly answers = new Map<string, readonly (NameWordHit | EntityCandidate)[]>();

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
    this.answers.clear();
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
        this.words.remove(this.wordEntries.get(key)!);
        this.wordEntries.delete(key);
      }
    } else {
      if (claims.size === 0) {
        this.names.add({ id: record.entityId, name: record.value, type: record.entityType });
        const entry: WordEntry = { name: record.value, entityId: record.entityId, lower: record.value.toLowerCase(), length: characterCount(record.value), rank: 0 };
        this.wordEntries.set(key, entry);
        this.words.add(entry);
      }
      claims.set(record.claimId, markingRank(record.marking));
      this.claimsByName.set(key, claims);
      this.nameOfClaim.set(record.claimId, { entityId: record.entityId, value: record.value });
    }
    const rank = lowestRank(claims);
    const entry = this.wordEntries.get(key);
    if (entry !== undefined && rank !== null) entry.rank = rank;
    this.countName(record.entityId, hadRank, rank);
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
    this.answers.clear();
    if (link.status === 'accepted') this.links.set(link.claimId, { link, rank: markingRank(link.marking) });
    else this.links.delete(link.claimId);
    this.groups.clear();
  }

  /**
   * The answer remembered under `key` (null: not remembered), else `answer()`, remembered. Each
   * caller gets an array of its own; the hits in it are shared and not to be changed.
   */
  private remembered<T extends NameWordHit | EntityCandidate>(key: string | null, answer: () => T[]): T[] {
    if (key === null) return answer();
    const kept = this.answers.get(key) as readonly T[] | undefined;
    if (kept !== undefined) {
      // used again: last to go
      this.answers.delete(key);
      this.answers.set(key, kept);
      return [...kept];
    }
    const fresh = answer();
    if (this.answers.size >= MAX_REMEMBERED_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, fresh);
    return [...fresh];
  }

  private rankOf(viewer: Viewer | undefined): number {
    return markingRank((viewer ?? this.loadedBy).clearance);
  }

  /** Whether a claim the rank may see gives the entity this name (`key`: entity id, NUL, name). */
  private isNameVisible(key: string, rank: number): boolean {
    const claims = this.claimsByName.get(key);
    const lowest = claims ? lowestRank(claims) : null;
    return lowest !== null && lowest <= rank;
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
   * Entities with a name whose words start with the typed words, as the store's searchEntityNames
   * finds them in the claims (same words, ranks and order), here from memory: only names given by
   * claims the viewer may see, each entity once by its best name; ranked exact, prefix, a later
   * word's prefix, elsewhere, then shorter names, then by name and id.
   */
  searchNames(text: string, options: { limit: number; viewer?: Viewer; isRemembered?: boolean }): NameWordHit[] {
    const rank = this.rankOf(options.viewer);
    const key = options.isRemembered === true ? JSON.stringify(['words', rank, options.limit, text]) : null;
    return this.remembered(key, () => this.findNameWords(text, rank, options.limit));
  }

  private findNameWords(text: string, rank: number, limit: number): NameWordHit[] {
    const typed = text.toLowerCase();
    const laterWord = ` ${typed}`;
    // the best `limit` hits, best first, each entity once by its best name: a typed prefix matches
    // a thousand names at 100,000 entities, and most are turned away by one look at the last kept
    // hit instead of being sorted with the rest (an entity's name that loses here loses to `limit`
    // other entities' names, so its entity's better name, if any, is still judged on its own)
    const top: { entry: WordEntry; rank: number }[] = [];
    if (limit <= 0) return [];
    for (const entry of this.words.find(text, (e) => e.rank <= rank)) {
      const hit = { entry, rank: entry.lower === typed ? 0 : entry.lower.startsWith(typed) ? 1 : entry.lower.includes(laterWord) ? 2 : 3 };
      if (top.length === limit && compareWordHits(hit, top[limit - 1]!) >= 0) continue;
      const had = top.findIndex((t) => t.entry.entityId === entry.entityId);
      if (had >= 0) {
        if (compareWordHits(hit, top[had]!) >= 0) continue;
        top.splice(had, 1);
      }
      let at = top.length;
      while (at > 0 && compareWordHits(hit, top[at - 1]!) < 0) at -= 1;
      top.splice(at, 0, hit);
      if (top.length > limit) top.pop();
    }
    return top.map(({ entry, rank }) => ({ entityId: entry.entityId, type: this.types.get(entry.entityId)!, value: entry.name, rank }));
  }

  /**
   * Ranked entities for a mention, best per same-as group: only names given by claims the
   * viewer may see are matched, and groups are formed by the links they may see.
   */
  lookup(mention: string, options: EntityLookupOptions = {}): EntityCandidate[] {
    const { viewer, isRemembered, ...nameOptions } = options;
    const rank = this.rankOf(viewer);
    // an `accept` function cannot be told apart from another: such lookups are not remembered
    const key = isRemembered === true && nameOptions.accept === undefined ? JSON.stringify(['names', rank, mention, nameOptions]) : null;
    return this.remembered(key, () => this.findCandidates(mention, rank, viewer, nameOptions));
  }

  private findCandidates(mention: string, rank: number, viewer: Viewer | undefined, nameOptions: NameLookupOptions): EntityCandidate[] {
    const limit = nameOptions.limit ?? 10;
    const isVisible = (id: string, name: string) => this.isNameVisible(`${id}\u0000${name}`, rank);
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

/** A name in the word index: whose it is, its lower case and length, and the lowest rank of the claims giving it. */
interface WordEntry {
  readonly name: string;
  readonly entityId: Id;
  readonly lower: string;
  readonly length: number;
  rank: number;
}

/** Name hits in searchEntityNames's order: rank, then shorter names, then by name. */
function compareNameHits(a: { entry: WordEntry; rank: number }, b: { entry: WordEntry; rank: number }): number {
  return a.rank - b.rank || a.entry.length - b.entry.length || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0);
}

/** Name hits in searchEntityNames's order, then by entity id (a total order: an entity gives a name once). */
function compareWordHits(a: { entry: WordEntry; rank: number }, b: { entry: WordEntry; rank: number }): number {
  return compareNameHits(a, b) || (a.entry.entityId < b.entry.entityId ? -1 : a.entry.entityId > b.entry.entityId ? 1 : 0);
}

/** Characters of a text as PostgreSQL's length() counts them (code points, not UTF-16 units). */
function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) count -= 1;
  }
  return count;
}

/** The lowest rank among a name's claims (null when none is left). */
function lowestRank(claims: ReadonlyMap<Id, number>): number | null {
  let lowest: number | null = null;
  for (const rank of claims.values()) if (lowest === null || rank < lowest) lowest = rank;
  return lowest;
}
