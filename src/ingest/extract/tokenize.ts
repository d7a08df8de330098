import { lookupKey } from '../reference/index.js';

/** One word of the text, with where it stands. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-case comparison key (diacritics and inner apostrophes dropped). */
  key: string;
  /** First letter upper case, or a digit-free all-caps acronym. */
  isCapitalised: boolean;
  /** Characters between the previous token and this one ("" when glued, " ", "-", ", "…). */
  gap: string;
}

// A word: letters/digits, with inner apostrophes (Qa`ida, Da’esh) and dotted initials (U.S.).
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’‘`ʿʾ](?=\p{L}))*/gu;
const POSSESSIVE = /['’]s$/u;

/** The words of `text` from `from` to `to`, possessive ’s split off (Islamic State’s → Islamic State). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let prevEnd = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    if (POSSESSIVE.test(word) && word.length >= 3) word = word.slice(0, -2);
    const start = m.index;
    const first = word.charAt(0);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: lookupKey(word),
      isCapitalised: first !== first.toLowerCase() || /^\p{Lo}/u.test(first),
      gap: text.slice(prevEnd, start),
    });
    prevEnd = start + word.length;
  }
  return tokens;
}
