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
const GLUED_NOTE = /^(\p{L}[\p{L}\p{M}'’‘`ʿʾ]*?)\d+$/u;

/** The words of `text` from `from` to `to`, possessive ’s split off (Islamic State’s → Islamic State). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let prevEnd = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    const lastCode = word.charCodeAt(word.length - 1);
    if (lastCode === 115 /* s */ && word.length >= 3 && POSSESSIVE.test(word)) word = word.slice(0, -2);
    else if (lastCode >= 48 && lastCode <= 57) {
      // an endnote number glued to a word: "Qasimov23" → "Qasimov"
      const glued = GLUED_NOTE.exec(word);
      if (glued?.[1] && glued[1].length >= 2) word = glued[1];
    }
    const start = m.index;
    const first = word.charAt(0);
    const code = word.charCodeAt(0);
    const key = lookupKey(word);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key,
      isCapitalised:
        code < 128 ? code >= 65 && code <= 90 : first !== first.toLowerCase() || (code > 0x5ff && /^\p{Lo}/u.test(first)),
      gap: start - prevEnd === 1 ? (text[prevEnd] as string) : text.slice(prevEnd, start),
    });
    prevEnd = start + word.length;
  }
  return tokens;
}
