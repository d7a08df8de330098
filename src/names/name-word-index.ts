/**
 * The words of a text as search-as-you-type reads them: runs of letters, marks and digits of any
 * script, in lower case ("ISIS-K" is "isis" and "k"). The store's full-text prefix query is built
 * from the same words (store/search.ts prefixQuery).
 */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The first index of `sorted` whose word is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A name as the index keeps it; callers may keep more on it (whose name it is, who may see it). */
export interface NameWordEntry {
  readonly name: string;
}

interface Kept<T> {
  entry: T;
  words: string[];
  /** The last search that reached it (a name is under several words of one run). */
  seenBy: number;
}

/**
 * Names found by the starts of their words, in memory: each typed word must start a word of the
 * name (as the store's full-text prefix query finds them). The distinct words are kept sorted, so
 * the names under a typed word are one binary search and a run of neighbours; the typed word that
 * starts the fewest names gives the candidates, and the other typed words check them.
 */
export class NameWordIndex<T extends NameWordEntry> {
  /** Per word, the names that have it (a word stays listed when its last name leaves). */
  private readonly byWord = new Map<string, Kept<T>[]>();
  private readonly byEntry = new Map<T, Kept<T>>();
  private sorted: string[] = [];
  /** Words added since the sorted list was last brought up to date. */
  private pending: string[] = [];
  private searches = 0;

  /** Adds a name (an entry already added is left as it is). */
  add(entry: T): void {
    if (this.byEntry.has(entry)) return;
    const kept: Kept<T> = { entry, words: [...new Set(searchWords(entry.name))], seenBy: 0 };
    this.byEntry.set(entry, kept);
    for (const word of kept.words) {
      const list = this.byWord.get(word);
      if (list !== undefined) list.push(kept);
      else {
        this.byWord.set(word, [kept]);
        this.pending.push(word);
      }
    }
  }

  /** Removes an entry added before. */
  remove(entry: T): void {
    const kept = this.byEntry.get(entry);
    if (kept === undefined) return;
    this.byEntry.delete(entry);
    for (const word of kept.words) {
      const list = this.byWord.get(word)!;
      list.splice(list.indexOf(kept), 1);
    }
  }

  /**
   * The entries whose names have, for every typed word, a word starting with it (each once);
   * none when nothing searchable was typed. `isKept` is asked before an entry is checked further
   * (e.g. whether the reader may see it).
   */
  find(text: string, isKept: (entry: T) => boolean = () => true): T[] {
    const typed = [...new Set(searchWords(text))];
    if (typed.length === 0) return [];
    this.settle();
    const runs = typed.map((word) => {
      const from = lowerBound(this.sorted, word);
      let to = from;
      let names = 0;
      for (; to < this.sorted.length && this.sorted[to]!.startsWith(word); to += 1) names += this.byWord.get(this.sorted[to]!)!.length;
      return { word, from, to, names };
    });
    runs.sort((a, b) => a.names - b.names);
    const [first, ...rest] = runs;
    const search = ++this.searches;
    const found: T[] = [];
    for (let i = first!.from; i < first!.to; i += 1) {
      for (const kept of this.byWord.get(this.sorted[i]!)!) {
        if (kept.seenBy === search) continue;
        kept.seenBy = search;
        if (!isKept(kept.entry)) continue;
        if (rest.length > 0 && !rest.every((run) => kept.words.some((w) => w.startsWith(run.word)))) continue;
        found.push(kept.entry);
      }
    }
    return found;
  }

  /** Brings the sorted word list up to date: a few new words are inserted in place, many sort it again. */
  private settle(): void {
    if (this.pending.length === 0) return;
    if (this.pending.length > 1_000) {
      for (const word of this.pending) this.sorted.push(word);
      this.sorted.sort();
    } else {
      for (const word of this.pending) this.sorted.splice(lowerBound(this.sorted, word), 0, word);
    }
    this.pending = [];
  }
}
