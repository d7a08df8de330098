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
const WORD_SOURCE = "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|['’‘`ʿʾ](?=\\p{L}))*";
/** The word starting exactly at `lastIndex`, for what the ASCII scan below cannot settle. */
const WORD_AT = new RegExp(WORD_SOURCE, 'uy');
const POSSESSIVE = /['’]s$/u;
const GLUED_NOTE = /^(\p{L}[\p{L}\p{M}'’‘`ʿʾ]*?)\d+$/u;

/** ASCII letter or digit: the only ASCII characters a word holds, or starts with. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * The end of the plain ASCII word ([A-Za-z0-9]+) that starts at `at`, when the WORD pattern would
 * match exactly that there (most of the text); else -1, and the pattern decides: a word that meets
 * a non-ASCII letter or mark, an apostrophe, or dotted initials ("U.S.").
 */
function plainWordEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  // "U.S.": dotted initials are the pattern's first alternative
  if (!isAsciiWordChar(code) || (code >= 65 && code <= 90 && text.charCodeAt(at + 1) === 46 /* . */)) return -1;
  let end = at + 1;
  while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
  const next = end < text.length ? text.charCodeAt(end) : 32;
  // any other ASCII character ends the word; an apostrophe or a non-ASCII letter or mark may go on with it
  return next < 128 && next !== 39 /* ' */ && next !== 96 /* ` */ ? end : -1;
}

/** The words of `text` from `from` to `to`, possessive ’s split off (Islamic State’s → Islamic State). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let prevEnd = from;
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at);
    // (ASCII characters other than letters and digits start no word)
    if (code < 128 && !isAsciiWordChar(code)) {
      at++;
      continue;
    }
    let end = plainWordEnd(text, at);
    const plain = end >= 0;
    if (!plain) {
      WORD_AT.lastIndex = at;
      end = WORD_AT.test(text) ? WORD_AT.lastIndex : -1;
    }
    if (end < 0) {
      at++;
      continue;
    }
    const token = makeToken(text, at, end, prevEnd, plain);
    tokens.push(token);
    prevEnd = token.end;
    at = end;
  }
  return tokens;
}

/** The token of the word matched at [start, matchEnd); `plain` when it is ASCII letters and digits only. */
function makeToken(text: string, start: number, matchEnd: number, prevEnd: number, plain: boolean): Token {
  let word = text.slice(start, matchEnd);
  const lastCode = word.charCodeAt(word.length - 1);
  if (!plain && lastCode === 115 /* s */ && word.length >= 3 && POSSESSIVE.test(word)) word = word.slice(0, -2);
  else if (lastCode >= 48 && lastCode <= 57) {
    // an endnote number glued to a word: "Qasimov23" → "Qasimov"
    const glued = GLUED_NOTE.exec(word);
    if (glued?.[1] && glued[1].length >= 2) word = glued[1];
  }
  const first = word.charAt(0);
  const code = word.charCodeAt(0);
  return {
    start,
    end: start + word.length,
    text: word,
    // (a plain ASCII word, glued note or not, is its own key in lower case: lookupKey's first case)
    key: plain ? word.toLowerCase() : lookupKey(word),
    isCapitalised:
      code < 128 ? code >= 65 && code <= 90 : first !== first.toLowerCase() || (code > 0x5ff && /^\p{Lo}/u.test(first)),
    gap: start - prevEnd === 1 ? (text[prevEnd] as string) : text.slice(prevEnd, start),
  };
}
