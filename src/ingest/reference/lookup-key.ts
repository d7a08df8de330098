/**
 * The key the reference pack and the gazetteer are indexed under: diacritics stripped,
 * lower case, apostrophes and ʿayn dropped inside words, other punctuation a single space,
 * a leading "the" dropped ("the Taliban" → "taliban", "al-Qa`ida" → "al qaida").
 */
const keys = new Map<string, string>();

export function lookupKey(text: string): string {
  // plain ASCII words (most of the text): no Unicode normalisation needed
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  const known = keys.get(text);
  if (known !== undefined) return known;
  if (keys.size > 50_000) keys.clear();
  const key = computeKey(text);
  keys.set(text, key);
  return key;
}

function computeKey(text: string): string {
  return text
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
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
const folded = new Map<string, string>();

export function foldedKey(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size > 100_000) folded.clear();
  const key = foldKey(text);
  folded.set(text, key);
  return key;
}

function foldKey(text: string): string {
  return lookupKey(text)
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[aeiouy]+/g, '')
    .replace(/(.)\1+/g, '$1');
}
