import anyAscii from 'any-ascii';

/**
 * The key the reference pack and the gazetteer are indexed under: diacritics stripped,
 * lower case, apostrophes and ʿayn dropped inside words, other punctuation a single space,
 * a leading "the" dropped ("the Taliban" → "taliban", "al-Qa`ida" → "al qaida").
 */
export function lookupKey(text: string): string {
  // plain ASCII words (most of the text): no Unicode normalisation needed. No memo: extracting
  // 100 KB took the same with and without one (median 169–184 vs 162–171 ms, minimum 83–103 ms
  // either way, at load 8); the gazetteer's lookups keep their own memo, in the gazetteer
  if (PLAIN_WORD.test(text)) return text.toLowerCase();
  // plain ASCII words joined by single spaces or hyphens (most names): the same key without the Unicode passes
  if (PLAIN_WORDS.test(text)) {
    const key = text.toLowerCase().replace(/-/g, ' ');
    return key.startsWith('the ') ? key.slice(4) : key;
  }
  return computeKey(text);
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const PLAIN_WORDS = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;
const INITIALS = /\b(?:\p{L}\.){2,}/gu;
const MARKS = /\p{M}/gu;
/** Latin letters no canonical decomposition strips to ASCII: the Turkish dotless ı, ł, ø, đ, ħ, æ, œ, ß, þ. */
const LATIN_UNDECOMPOSED = /[\u00C6\u00D0\u00D8\u00DE\u00DF\u00E6\u00F0\u00F8\u00FE\u0110\u0111\u0126\u0127\u0131\u0141\u0142\u0152\u0153\u0166\u0167]/gu;

function computeKey(text: string): string {
  return text
    .replace(INITIALS, (m) => m.replace(/\./g, ''))
    .normalize('NFKD')
    .replace(MARKS, '')
    // ("Diyarbakir" is how reports write Diyarbakır; the key has to be the same)
    .replace(LATIN_UNDECOMPOSED, (c) => anyAscii(c))
    .toLowerCase()
    .replace(/[‘’ʿʾ`'"“”ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * A looser key that lets the common romanisation variants of one place meet:
 * Nimroz/Nimruz, Jowzjan/Jawzjan, Kunduz/Qunduz, Herat/Hirat (vowels and kh/q folded, doubles dropped).
 */
export function foldedKey(text: string): string {
  return foldKey(text);
}

function foldKey(text: string): string {
  return lookupKey(text)
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[aeiouy]+/g, '')
    .replace(/(.)\1+/g, '$1');
}
