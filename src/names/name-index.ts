import { comparePreparedNames, MATCH_THRESHOLD } from './match-names.js';
import { prepareName, type MatchKind, type PreparedName } from './prepare-name.js';

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
const SHORTLIST = 12;
/** Candidate names kept parsed between lookups. */
const PREPARED_CACHE = 10_000;
/** Posting entries a lookup reads at most (beyond its rarest key). */
const SCAN_BUDGET = 60_000;
/** Lists longer than this add no new candidates once some are found; they re-rank. */
const OPEN_LIST = 5_000;

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
      if (word.key.length >= 6) {
        // typo fallbacks: a misspelt long word still shares its first or last four letters
        put('p', word.key.slice(0, 4), word.weight, `k:${word.key}`);
        put('x', word.key.slice(-4), word.weight, `k:${word.key}`);
      }
    }
    if (form.acronym) put('a', form.acronym, 1);
    for (const initials of form.initials) put('a', initials, 1);
  }
  return [...out.values()];
}

/**
 * An in-memory index over entity names, for linking a mention to ranked candidates on every
 * mention: words are posted under spelling-tolerant keys (variant key, consonant skeleton,
 * four-letter prefix and suffix, acronym and initials); a lookup gathers candidates from the
 * rarest keys first, ranks them by shared-key weight, and scores a shortlist with `matchNames`.
 */
export class NameIndex {
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly types: (string | undefined)[] = [];
  private readonly alive: boolean[] = [];
  private readonly rowsById = new Map<string, number[]>();
  private readonly postings = new Map<string, number[]>();
  private liveCount = 0;
  private scratch = new Float32Array(1024);
  private readonly prepared = new Map<number, PreparedName>();

  constructor(entries: Iterable<NameIndexEntry> = []) {
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
    const existing = this.rowsById.get(entry.id);
    if (existing?.some((row) => this.names[row] === name && this.types[row] === entry.type)) return;
    const row = this.ids.length;
    this.ids.push(entry.id);
    this.names.push(name);
    this.types.push(entry.type);
    this.alive.push(true);
    this.liveCount += 1;
    if (existing) existing.push(row);
    else this.rowsById.set(entry.id, [row]);
    const prepared = prepareName(name, kindOfEntityType(entry.type));
    for (const { key } of keysOf(prepared)) {
      const list = this.postings.get(key);
      if (list) list.push(row);
      else this.postings.set(key, [row]);
    }
  }

  /** Removes every name of an entity, or one of its names. Returns how many were removed. */
  remove(id: string, name?: string): number {
    const rows = this.rowsById.get(id);
    if (!rows) return 0;
    let removed = 0;
    const kept: number[] = [];
    for (const row of rows) {
      if (name === undefined || this.names[row] === name.trim()) {
        if (this.alive[row]) {
          this.alive[row] = false;
          this.liveCount -= 1;
          removed += 1;
        }
      } else kept.push(row);
    }
    if (kept.length === 0) this.rowsById.delete(id);
    else this.rowsById.set(id, kept);
    return removed;
  }

  /** Whether an entity has any name in the index. */
  has(id: string): boolean {
    return this.rowsById.has(id);
  }

  /** The names indexed for an entity. */
  namesOf(id: string): string[] {
    return (this.rowsById.get(id) ?? []).map((row) => this.names[row]!);
  }

  /** Every live entry (for rebuilding or copying an index). */
  *namesOfAll(): Generator<NameIndexEntry> {
    for (let row = 0; row < this.ids.length; row += 1) {
      if (!this.alive[row]) continue;
      const type = this.types[row];
      yield { id: this.ids[row]!, name: this.names[row]!, ...(type === undefined ? {} : { type }) };
    }
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
      typeFilter && typeFilter.size === 1 ? kindOfEntityType([...typeFilter][0]) : undefined;
    const query = prepare(queryKind);
    const keys = keysOf(query, true)
      // a word found as written needs no typo fallback: its prefix and suffix lists are long and add little
      .filter((k) => k.anchor === null || !this.postings.has(k.anchor))
      // a fallback read because its word is nowhere as written stands for the whole word
      .map((k) => ({ ...k, weight: k.anchor === null ? k.weight : k.weight / KEY_WEIGHT[k.kind], list: this.postings.get(k.key) }))
      .filter((k): k is typeof k & { list: number[] } => k.list !== undefined)
      .sort((a, b) => a.list.length - b.list.length);
    if (keys.length === 0) return [];

    if (this.scratch.length < this.ids.length) this.scratch = new Float32Array(Math.max(this.ids.length, this.scratch.length * 2));
    const acc = this.scratch;
    const touched: number[] = [];
    const total = Math.max(1, this.liveCount);
    let scanned = 0;
    for (const k of keys) {
      // rarest keys first, within a budget of posting entries: a name made only of common words is
      // still found where its words' lists meet, and a common word alone never scans half the index
      if (scanned > 0 && scanned + k.list.length > SCAN_BUDGET) continue;
      scanned += k.list.length;
      const idf = Math.log(1 + total / k.list.length);
      const gain = k.weight * idf;
      const list = k.list;
      if (touched.length === 0 || list.length <= OPEN_LIST) {
        for (let i = 0; i < list.length; i += 1) {
          const row = list[i]!;
          if (acc[row] === 0) touched.push(row);
          acc[row] = acc[row]! + gain;
        }
      } else {
        // a common key only re-ranks the candidates the rarer keys found
        for (let i = 0; i < list.length; i += 1) {
          const row = list[i]!;
          if (acc[row] !== 0) acc[row] = acc[row]! + gain;
        }
      }
    }
    // shortlist: the best-ranked live rows of the wanted type (a bounded insertion list, not a full sort)
    const shortlist: number[] = [];
    let floor = -1;
    for (const row of touched) {
      const score = acc[row]!;
      if (shortlist.length >= SHORTLIST && score <= floor) continue;
      if (!this.alive[row]) continue;
      if (typeFilter && !typeFilter.has(this.types[row] ?? '')) continue;
      let at = shortlist.length;
      while (at > 0 && acc[shortlist[at - 1]!]! < score) at -= 1;
      shortlist.splice(at, 0, row);
      if (shortlist.length > SHORTLIST) shortlist.pop();
      if (shortlist.length >= SHORTLIST) floor = acc[shortlist[shortlist.length - 1]!]!;
    }
    for (const row of touched) acc[row] = 0;

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
      const query = prepare(kind ?? queryKind);
      const result = comparePreparedNames(query, candidate, MATCH_THRESHOLD, false);
      if (result.score < minScore) continue;
      const id = this.ids[row]!;
      const had = best.get(id);
      if (!had || had.score < result.score) best.set(id, { id, row, query, candidate, score: result.score });
    }
    // explain only what is returned
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit)
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
  }
}
