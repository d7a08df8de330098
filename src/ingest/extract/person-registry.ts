import { foldedKey, GIVEN_NAME_KEYS } from '../reference/index.js';
import { GIVEN_NAMES, HONORIFICS, KUNYA_OPENERS, NAME_PARTICLES, TITLES } from './genre-lexicon.js';
import { boundedMemo } from './bounded-memo.js';

/** Files `person` under `key`. (A function of the module, not a helper made at each word indexed.) */
function addUnder(map: Map<string, Set<number>>, key: string, person: number): void {
  const set = map.get(key);
  if (set) set.add(person);
  else map.set(key, new Set([person]));
}

/** Each word's vowel-folded key, made once per word in a process rather than once per comparison (reports name the same people). */
const foldOf = boundedMemo(foldedKey);

/**
 * The people named so far in one document, so that a later partial mention ("Qasimi",
 * "Abu Talha") joins the person first named in full ("Abu Talha Qasimi").
 */
export class PersonRegistry {
  /** Each person's key and significant words, in the order first named. */
  private readonly people: { key: string; words: string[] }[] = [];
  private readonly indexOfKey = new Map<string, number>();
  /**
   * The people (by index) holding a word, under each of the word's prefixes of four letters or
   * more that leave at most two letters off ("qasimi" under "qasi", "qasim", "qasimi"): one
   * look-up finds the words equal to a word or that word plus a short ending.
   */
  private readonly byPrefix = new Map<string, Set<number>>();
  /** The people (by index) holding a word of five letters or more, under its vowel-folded key. */
  private readonly byFold = new Map<string, Set<number>>();
  /** The words that identify a person: honorifics, titles, kunya openers, particles and initials dropped. */
  static significantWords(keys: readonly string[]): string[] {
    return keys.filter(
      (k) => k.length > 1 && !HONORIFICS.has(k) && !TITLES.has(k) && !KUNYA_OPENERS.has(k) && !NAME_PARTICLES.has(k),
    );
  }

  add(key: string, keys: readonly string[]): void {
    const words = PersonRegistry.significantWords(keys);
    const known = this.indexOfKey.get(key);
    if (known !== undefined) {
      const person = this.people[known] as { key: string; words: string[] };
      for (const w of words) {
        if (person.words.includes(w)) continue;
        person.words.push(w);
        this.index(w, known);
      }
    } else {
      const at = this.people.length;
      this.people.push({ key, words });
      this.indexOfKey.set(key, at);
      for (const w of words) this.index(w, at);
    }
  }

  private index(word: string, person: number): void {
    addUnder(this.byPrefix, word, person);
    for (let len = Math.max(4, word.length - 2); len < word.length; len++) addUnder(this.byPrefix, word.slice(0, len), person);
    if (word.length >= 5) addUnder(this.byFold, foldOf(word), person);
  }

  /** The people holding a word written alike to `w` (isSameNameWord). */
  private holding(w: string): Set<number> {
    const out = new Set<number>(this.byPrefix.get(w));
    // the person's word equal to `w` or a prefix of it at most two letters shorter (four letters or more)
    for (let len = Math.max(4, w.length - 2); len < w.length; len++) {
      for (const i of this.byPrefix.get(w.slice(0, len)) ?? []) {
        if ((this.people[i] as { words: string[] }).words.includes(w.slice(0, len))) out.add(i);
      }
    }
    if (w.length >= 5) {
      const f = foldOf(w);
      for (const i of this.byFold.get(f) ?? []) {
        // (and opening alike: "Bakura" folds as "Abubakar" does)
        if ((this.people[i] as { words: string[] }).words.some((x) => x.length >= 5 && foldOf(x) === f && opensAlike(x, w))) out.add(i);
      }
    }
    return out;
  }

  /**
   * The person whose name holds every significant word of `keys` (latest named first),
   * or null; `single` words must be distinctive (4+ letters).
   */
  find(keys: readonly string[]): string | null {
    const words = PersonRegistry.significantWords(keys);
    if (words.length === 0) return null;
    if (words.length === 1 && (words[0] as string).length < 4) return null;
    // a common given name alone ("Ahmed") names many people: the surname carries the reference
    if (words.length === 1 && GIVEN_NAMES.has(words[0] as string) && !KUNYA_OPENERS.has(keys[0] as string)) return null;
    // ("Meir" after "Meir Ettinger" is no reference to him: a given name of the broader lexicon alone joins only a person
    // who holds it after the first word of the name, as a surname: "Moussa" after "Yahya Moussa")
    const givenOnly = words.length === 1 && GIVEN_NAME_KEYS.has(words[0] as string) && !KUNYA_OPENERS.has(keys[0] as string);
    let hits: Set<number> | null = null;
    for (const w of words) {
      const holding = this.holding(w);
      if (hits === null) hits = holding;
      else for (const i of hits) if (!holding.has(i)) hits.delete(i);
      if (hits.size === 0) return null;
    }
    if (hits === null || hits.size === 0) return null;
    if (givenOnly) {
      for (const i of hits) if (!(this.people[i] as { words: string[] }).words.slice(1).includes(words[0] as string)) hits.delete(i);
      if (hits.size === 0) return null;
    }
    // one word shared by two different people is ambiguous
    if (words.length === 1 && hits.size > 1) return null;
    return (this.people[Math.max(...hits)] as { key: string }).key;
  }

  /** Whether the first significant word of the person's name under `key` is written alike to `word` ("Meir" for "Meir Ettinger"). */
  opensWith(key: string, word: string): boolean {
    const at = this.indexOfKey.get(key);
    const first = at === undefined ? undefined : (this.people[at] as { words: string[] }).words[0];
    return first !== undefined && isSameNameWord(first, word, foldOf);
  }

  hasWord(key: string): boolean {
    const holding = this.byPrefix.get(key);
    if (!holding) return false;
    for (const i of holding) if ((this.people[i] as { words: string[] }).words.includes(key)) return true;
    return false;
  }
}

/** Two words of a name written alike: equal, one the other plus a short ending (Qasim/Qasimi), or equal once vowels fold. */
export function isSameNameWord(a: string, b: string, fold: (word: string) => string = foldedKey): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) <= 2 && (a.startsWith(b) || b.startsWith(a))) {
    return true;
  }
  return a.length >= 5 && b.length >= 5 && fold(a) === fold(b) && opensAlike(a, b);
}

/** Two spellings of a name word open alike: on the same letter, or both on a vowel (Usama, Osama). */
function opensAlike(a: string, b: string): boolean {
  const vowel = /^[aeiouy]/;
  return a[0] === b[0] || (vowel.test(a) && vowel.test(b)) || fold1(a[0]) === fold1(b[0]);
}

/** The fold of one opening letter (q is k, w is v). */
function fold1(c: string | undefined): string {
  return c === 'q' ? 'k' : c === 'w' ? 'v' : (c ?? '');
}
