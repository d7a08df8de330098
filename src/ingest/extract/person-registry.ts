import { foldedKey } from '../reference/index.js';
import { GIVEN_NAMES, HONORIFICS, KUNYA_OPENERS, NAME_PARTICLES, TITLES } from './genre-lexicon.js';

/**
 * The people named so far in one document, so that a later partial mention ("Qasimi",
 * "Abu Talha") joins the person first named in full ("Abu Talha Qasimi").
 */
export class PersonRegistry {
  private readonly people: { key: string; words: string[] }[] = [];
  /** Each word's vowel-folded key, made once per document rather than once per comparison. */
  private readonly folded = new Map<string, string>();

  private foldOf(word: string): string {
    let f = this.folded.get(word);
    if (f === undefined) {
      f = foldedKey(word);
      this.folded.set(word, f);
    }
    return f;
  }

  /** The words that identify a person: honorifics, titles, kunya openers, particles and initials dropped. */
  static significantWords(keys: readonly string[]): string[] {
    return keys.filter(
      (k) => k.length > 1 && !HONORIFICS.has(k) && !TITLES.has(k) && !KUNYA_OPENERS.has(k) && !NAME_PARTICLES.has(k),
    );
  }

  add(key: string, keys: readonly string[]): void {
    const words = PersonRegistry.significantWords(keys);
    const known = this.people.find((p) => p.key === key);
    if (known) {
      for (const w of words) if (!known.words.includes(w)) known.words.push(w);
    } else {
      this.people.push({ key, words });
    }
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
    const hits = this.people.filter((p) => words.every((w) => p.words.some((pw) => isSameNameWord(w, pw, (x) => this.foldOf(x)))));
    if (hits.length === 0) return null;
    // one word shared by two different people is ambiguous
    if (words.length === 1 && new Set(hits.map((h) => h.key)).size > 1) return null;
    return (hits[hits.length - 1] as { key: string }).key;
  }

  hasWord(key: string): boolean {
    return this.people.some((p) => p.words.includes(key));
  }
}

/** Two words of a name written alike: equal, one the other plus a short ending (Qasim/Qasimi), or equal once vowels fold. */
export function isSameNameWord(a: string, b: string, fold: (word: string) => string = foldedKey): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) <= 2 && (a.startsWith(b) || b.startsWith(a))) {
    return true;
  }
  return a.length >= 5 && b.length >= 5 && fold(a) === fold(b);
}
