import { comparePreparedNames, MATCH_THRESHOLD } from './match-names.js';
import { prepareName, type MatchKind, type PreparedName } from './prepare-name.js';
import { PostingLists } from './posting-lists.js';
import { explainAliasSet, type ReferenceAliases } from './reference-aliases.js';
import type { AliasSet } from './alias-set.js';

/** One name of an entity (an entity with aliases is added once per alias). */
export interface NameIndexEntry {
  id: string;
  name: string;
  /** Entity type ("person", "group", "organization", "media", "location"). */
  type?: string;
}

export interface NameLookupOptions {
  /** Only entries of this type (or these types). */
  type?: string | readonly string[];
  /** Most candidates returned (default 10). */
  limit?: number;
  /** Least score returned (default 0.5). */
  minScore?: number;
  /**
   * Only entries this accepts (e.g. names the reader may see): rejected entries are never scored,
   * so they neither match nor crowd out the ones accepted.
   */
  accept?: (id: string, name: string) => boolean;
  /** Person or organisation rules for the mention, when its type is known but not used as a filter. */
  kind?: MatchKind;
  /** Leave out the reference alias sets for this lookup (`names link --no-reference`). */
  noReference?: boolean;
}

export interface NameIndexOptions {
  /**
   * Known alias sets (the reference pack, an analyst's file): a mention and an indexed name that
   * are names of one set link at score 1, with the set's source in the explanation.
   */
  reference?: ReferenceAliases;
}

export interface NameCandidate {
  id: string;
  /** The entry's name that matched best. */
  name: string;
  type?: string;
  score: number;
  isMatch: boolean;
  explanation: string[];
}

/** Key kinds and how much a shared key says, before the real comparison. */
const KEY_WEIGHT = { k: 1, s: 0.7, p: 0.4, x: 0.4, a: 1 } as const;
type KeyKind = keyof typeof KEY_WEIGHT;
/** Candidates scored in full per lookup. */
const SHORTLIST = 10;
/** Candidate names kept parsed between lookups. */
const PREPARED_CACHE = 2_000;
/** Posting entries a lookup reads at most (beyond its rarest key). */
const SCAN_BUDGET = 20_000;
/** Lists longer than this add no new candidates once some are found; they re-rank. */
const OPEN_LIST = 2_000;
/** Posting entries (or binary-search probes) a lookup spends at most re-ranking with common keys. */
const RERANK_BUDGET = 60_000;
/** A binary-search probe into a long list costs about this many entries read through in order (cache misses). */
const PROBE_COST = 6;
/** Shortlisted candidates sharing less than this part of the best one's key weight are dropped. */
const SHORTLIST_SHARE = 0.6;

/** How much a word one letter away from a query word says, against the word itself. */
const NEIGHBOUR_WEIGHT = 0.8;
/** Shorter words have too many neighbours one letter away to stand in for them. */
const MIN_NEIGHBOUR_KEY = 5;
/** The letters variant keys are written in (see name-key.ts: folded spellings). */
const KEY_LETTERS = 'abdefijklmnprstuvzSCH';

/**
 * Keys one letter away from a variant key, as posting keys: a letter dropped or added (a changed
 * letter is left to the skeleton and prefix/suffix keys: it would triple the look-ups).
 */
function neighbourKeys(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i += 1) out.push(`k:${key.slice(0, i)}${key.slice(i + 1)}`);
  for (let i = 0; i <= key.length; i += 1) {
    const head = `k:${key.slice(0, i)}`;
    const tail = key.slice(i);
    for (let l = 0; l < KEY_LETTERS.length; l += 1) out.push(head + KEY_LETTERS[l]! + tail);
  }
  return out;
}

export function kindOfEntityType(type: string | undefined): MatchKind | undefined {
  if (type === undefined) return undefined;
  return type === 'person' ? 'person' : 'organization';
}

interface IndexKey {
  key: string;
  kind: KeyKind;
  weight: number;
  /** The word's own variant key, for the fallback keys (p, x) of that word. */
  anchor: string | null;
}

function keysOf(prepared: PreparedName, forQuery = false): IndexKey[] {
  const out = new Map<string, IndexKey>();
  const put = (kind: KeyKind, key: string, weight: number, anchor: string | null = null): void => {
    const full = `${kind}:${key}`;
    const w = KEY_WEIGHT[kind] * weight;
    const had = out.get(full);
    if (!had || had.weight < w) out.set(full, { key: full, kind, weight: w, anchor });
  };
  for (const form of prepared.forms) {
    for (const word of form.words) {
      if (word.role === 'legal' || word.role === 'kunya_marker') continue;
      if (word.key.length === 0) continue;
      put('k', word.key, word.weight);
      // two-consonant skeletons are shared by thousands of names: for a Latin word, a fallback only
      if (word.skeleton.length >= 3 || (word.skeleton.length === 2 && word.isVowelless)) put('s', word.skeleton, word.weight);
      else if (word.skeleton.length === 2) put('s', word.skeleton, word.weight, forQuery ? `k:${word.key}` : null);
      if (word.key.length >= 5) {
        // typo fallbacks: a misspelt long word still shares its first or last four letters
        put('p', word.key.slice(0, 4), word.weight, `k:${word.key}`);
        put('x', word.key.slice(-4), word.weight, `k:${word.key}`);
      }
    }
    if (form.acronym) put('a', form.acronym, 1);
    // ISKP: a trailing P is Province, often left out of the expansion
    if (forQuery && form.acronym && form.acronym.length >= 4 && form.acronym.endsWith('p')) put('a', form.acronym.slice(0, -1), 0.8);
    for (const initials of form.initials) put('a', initials, 1);
  }
  return [...out.values()];
}

/**
 * An in-memory index over entity names, for linking a mention to ranked candidates on every
 * mention: words are posted under spelling-tolerant keys (variant key, consonant skeleton,
 * four-letter prefix and suffix, acronym and initials) in typed-array posting lists; a lookup
 * opens the rarest keys first within a budget, lets common keys only re-rank what those found
 * (by binary search when that is less work), stands the words one letter away in for a word
 * found nowhere, and scores a shortlist with `matchNames`.
 */
export class NameIndex {
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly types: (string | undefined)[] = [];
  private alive = new Uint8Array(1024);
  /** An entity's rows: one number for the usual single name, an array for aliases. */
  private readonly rowsById = new Map<string, number | number[]>();
  private readonly postings = new PostingLists();
  private liveCount = 0;
  private scratch = new Float32Array(1024);
  private touched = new Int32Array(1024);
  private readonly prepared = new Map<number, PreparedName>();
  private readonly reference: ReferenceAliases | undefined;
  /** Rows whose name is a name of a reference alias set. */
  private readonly rowsBySet = new Map<AliasSet, number[]>();

  constructor(entries: Iterable<NameIndexEntry> = [], options: NameIndexOptions = {}) {
    this.reference = options.reference;
    for (const entry of entries) this.add(entry);
  }

  /** Names indexed (aliases count one each). */
  get size(): number {
    return this.liveCount;
  }

  /** Adds one name of an entity; the same id may be added under many names. */
  add(entry: NameIndexEntry): void {
    const name = entry.name.trim();
    if (name === '') return;
    const existing = this.rowsOf(entry.id);
    if (existing.some((row) => this.names[row] === name && this.types[row] === entry.type)) return;
    const row = this.ids.length;
    this.ids.push(entry.id);
    this.names.push(name);
    this.types.push(entry.type);
    if (row >= this.alive.length) {
      const alive = new Uint8Array(this.alive.length * 2);
      alive.set(this.alive);
      this.alive = alive;
    }
    this.alive[row] = 1;
    this.liveCount += 1;
    this.rowsById.set(entry.id, existing.length === 0 ? row : [...existing, row]);
    const prepared = prepareName(name, kindOfEntityType(entry.type));
    for (const { key } of keysOf(prepared)) this.postings.add(key, row);
    for (const set of this.reference?.resolve(name) ?? []) {
      const rows = this.rowsBySet.get(set);
      if (rows) rows.push(row);
      else this.rowsBySet.set(set, [row]);
    }
  }

  private rowsOf(id: string): number[] {
    const rows = this.rowsById.get(id);
    return rows === undefined ? [] : typeof rows === 'number' ? [rows] : rows;
  }

  /** Removes every name of an entity, or one of its names. Returns how many were removed. */
  remove(id: string, name?: string): number {
    const rows = this.rowsOf(id);
    if (rows.length === 0) return 0;
    let removed = 0;
    const kept: number[] = [];
    for (const row of rows) {
      if (name === undefined || this.names[row] === name.trim()) {
        if (this.alive[row] === 1) {
          this.alive[row] = 0;
          this.liveCount -= 1;
          removed += 1;
        }
      } else kept.push(row);
    }
    if (kept.length === 0) this.rowsById.delete(id);
    else this.rowsById.set(id, kept.length === 1 ? kept[0]! : kept);
    return removed;
  }

  /** Whether an entity has any name in the index. */
  has(id: string): boolean {
    return this.rowsById.has(id);
  }

  /** The names indexed for an entity. */
  namesOf(id: string): string[] {
    return this.rowsOf(id).map((row) => this.names[row]!);
  }

  /** Every live entry (for rebuilding or copying an index). */
  *namesOfAll(): Generator<NameIndexEntry> {
    for (let row = 0; row < this.ids.length; row += 1) {
      if (this.alive[row] !== 1) continue;
      const type = this.types[row];
      yield { id: this.ids[row]!, name: this.names[row]!, ...(type === undefined ? {} : { type }) };
    }
  }

  /**
   * The query's keys that have postings, rarest first. A word's fallbacks (prefix, suffix, short
   * skeleton) and the indexed words one letter away from it are read when the word is nowhere as
   * written, standing for the whole word.
   */
  private queryKeys(query: PreparedName): { weight: number; list: number; length: number }[] {
    const out: { weight: number; list: number; length: number }[] = [];
    const postings = this.postings;
    const seen = new Set<number>();
    const put = (list: number, weight: number): void => {
      if (seen.has(list)) return;
      seen.add(list);
      out.push({ weight, list, length: postings.length(list) });
    };
    for (const k of keysOf(query, true)) {
      const list = postings.find(k.key);
      if (list < 0) continue;
      if (k.anchor === null) {
        put(list, k.weight);
        continue;
      }
      // a fallback read because its word is nowhere as written stands for the whole word
      if (postings.find(k.anchor) < 0) put(list, k.weight / KEY_WEIGHT[k.kind]);
    }
    // a word found as written nowhere may be misspelt by a letter: the indexed words one letter
    // away (a letter dropped or added) stand in for it
    for (const form of query.forms) {
      for (const word of form.words) {
        if (word.role === 'legal' || word.role === 'kunya_marker' || word.key.length < MIN_NEIGHBOUR_KEY || word.hasDigit) continue;
        if (postings.find(`k:${word.key}`) >= 0) continue;
        for (const neighbour of neighbourKeys(word.key)) {
          const list = postings.find(neighbour);
          if (list >= 0) put(list, word.weight * NEIGHBOUR_WEIGHT);
        }
      }
    }
    return out.sort((a, b) => a.length - b.length);
  }

  /** Ranked candidates for a mention, best per entity. */
  lookup(mention: string, options: NameLookupOptions = {}): NameCandidate[] {
    const limit = options.limit ?? 10;
    const minScore = options.minScore ?? 0.5;
    const typeFilter =
      options.type === undefined ? null : new Set(typeof options.type === 'string' ? [options.type] : options.type);
    const preparedByKind = new Map<MatchKind | undefined, PreparedName>();
    const prepare = (kind: MatchKind | undefined): PreparedName => {
      let p = preparedByKind.get(kind);
      if (!p) {
        p = prepareName(mention, kind);
        preparedByKind.set(kind, p);
      }
      return p;
    };
    const queryKind =
      options.kind ?? (typeFilter && typeFilter.size === 1 ? kindOfEntityType([...typeFilter][0]) : undefined);
    const query = prepare(queryKind);
    const known = this.referenceCandidates(mention, typeFilter, options);
    const keys = this.queryKeys(query);
    if (keys.length === 0) return known.slice(0, limit);

    if (this.scratch.length < this.ids.length) this.scratch = new Float32Array(Math.max(this.ids.length, this.scratch.length * 2));
    const acc = this.scratch;
    const pool = this.postings.pool;
    // the rows found, in a buffer kept between lookups (a lookup may touch thousands)
    let touched = this.touched;
    let touchedCount = 0;
    const total = Math.max(1, this.liveCount);
    let scanned = 0;
    let reranked = 0;
    for (const k of keys) {
      const length = k.length;
      const from = this.postings.start(k.list);
      const to = from + length;
      const gain = k.weight * Math.log(1 + total / length);
      // rarest keys first, within a budget of posting entries: a name made only of common words is
      // still found where its words' lists meet, and a common word alone never scans half the index
      const opens = touchedCount === 0 || (length <= OPEN_LIST && scanned + length <= SCAN_BUDGET);
      if (opens) {
        scanned += length;
        if (touchedCount + length > touched.length) {
          const grown = new Int32Array(Math.max(touchedCount + length, touched.length * 2));
          grown.set(touched.subarray(0, touchedCount));
          touched = grown;
          this.touched = grown;
        }
        for (let i = from; i < to; i += 1) {
          const row = pool[i]!;
          if (acc[row] === 0) touched[touchedCount++] = row;
          acc[row] = acc[row]! + gain;
        }
        continue;
      }
      // a common key only re-ranks the candidates the rarer keys found: by looking each one up in
      // the (ascending) list, or by reading the list through, whichever is less work; within a budget
      const lookups = touchedCount * Math.ceil(Math.log2(length + 1)) * PROBE_COST;
      const cost = Math.min(lookups, length);
      if (reranked + cost > RERANK_BUDGET) continue;
      reranked += cost;
      if (lookups < length) {
        for (let t = 0; t < touchedCount; t += 1) {
          const row = touched[t]!;
          if (this.postings.includes(k.list, row)) acc[row] = acc[row]! + gain;
        }
      } else {
        for (let i = from; i < to; i += 1) {
          const row = pool[i]!;
          if (acc[row] !== 0) acc[row] = acc[row]! + gain;
        }
      }
    }
    // shortlist: the best-ranked live rows of the wanted type (a bounded insertion list, not a full sort)
    const shortlist: number[] = [];
    let floor = -1;
    for (let t = 0; t < touchedCount; t += 1) {
      const row = touched[t]!;
      const score = acc[row]!;
      if (shortlist.length >= SHORTLIST && score <= floor) continue;
      if (this.alive[row] !== 1) continue;
      if (typeFilter && !typeFilter.has(this.types[row] ?? '')) continue;
      if (options.accept && !options.accept(this.ids[row]!, this.names[row]!)) continue;
      let at = shortlist.length;
      while (at > 0 && acc[shortlist[at - 1]!]! < score) at -= 1;
      shortlist.splice(at, 0, row);
      if (shortlist.length > SHORTLIST) shortlist.pop();
      if (shortlist.length >= SHORTLIST) floor = acc[shortlist[shortlist.length - 1]!]!;
    }

    // candidates sharing much less than the best one are not worth scoring in full
    const floorShare = shortlist.length > 0 ? acc[shortlist[0]!]! * SHORTLIST_SHARE : 0;
    while (shortlist.length > 1 && acc[shortlist[shortlist.length - 1]!]! < floorShare) shortlist.pop();
    for (let t = 0; t < touchedCount; t += 1) acc[touched[t]!] = 0;
    const best = new Map<string, { id: string; row: number; query: PreparedName; candidate: PreparedName; score: number }>();
    for (const row of shortlist) {
      const type = this.types[row];
      const kind = kindOfEntityType(type);
      let candidate = this.prepared.get(row);
      if (candidate === undefined) {
        candidate = prepareName(this.names[row]!, kind);
        // a bounded cache: mentions of the same entities recur through a document
        if (this.prepared.size >= PREPARED_CACHE) this.prepared.clear();
        this.prepared.set(row, candidate);
      }
      // an untyped mention against an organisation: read it with organisation rules too (acronyms)
      const query = prepare(kind ?? queryKind ?? (candidate.kind === 'organization' ? 'organization' : undefined));
      const result = comparePreparedNames(query, candidate, MATCH_THRESHOLD, false);
      if (result.score < minScore) continue;
      const id = this.ids[row]!;
      const had = best.get(id);
      if (!had || had.score < result.score) best.set(id, { id, row, query, candidate, score: result.score });
    }
    // explain only what is returned; an entity both names of a reference set name wins outright
    const knownIds = new Set(known.map((c) => c.id));
    const matched = [...best.values()]
      .filter((b) => !knownIds.has(b.id))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, Math.max(0, limit - known.length))
      .map(({ id, row, query, candidate }) => {
        const result = comparePreparedNames(query, candidate, MATCH_THRESHOLD, true);
        const type = this.types[row];
        return {
          id,
          name: this.names[row]!,
          ...(type === undefined ? {} : { type }),
          score: result.score,
          isMatch: result.isMatch,
          explanation: result.explanation,
        };
      });
    return [...known.slice(0, limit), ...matched];
  }

  /** Indexed names that belong to a reference alias set the mention belongs to. */
  private referenceCandidates(
    mention: string,
    typeFilter: Set<string> | null,
    options: NameLookupOptions,
  ): NameCandidate[] {
    if (!this.reference || options.noReference) return [];
    const out = new Map<string, NameCandidate>();
    for (const set of this.reference.resolve(mention)) {
      for (const row of this.rowsBySet.get(set) ?? []) {
        if (this.alive[row] !== 1) continue;
        if (typeFilter && !typeFilter.has(this.types[row] ?? '')) continue;
        const id = this.ids[row]!;
        const name = this.names[row]!;
        if (out.has(id) || (options.accept && !options.accept(id, name))) continue;
        const type = this.types[row];
        out.set(id, {
          id,
          name,
          ...(type === undefined ? {} : { type }),
          score: 1,
          isMatch: true,
          explanation: [explainAliasSet(set, mention.trim(), name)],
        });
      }
    }
    return [...out.values()];
  }
}
