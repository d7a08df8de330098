/**
 * The key the reference pack and the gazetteer are indexed under: diacritics stripped,
 * lower case, apostrophes and ʿayn dropped inside words, other punctuation a single space,
 * a leading "the" dropped ("the Taliban" → "taliban", "al-Qa`ida" → "al qaida").
 */
export function lookupKey(text: string): string {
  // plain ASCII words (most of the text): no Unicode normalisation needed. No memo: extracting
  // 100 KB took the same with and without one (median 169–184 vs 162–171 ms, minimum 83–103 ms
  // either way, at load 8); the gazetteer's lookups keep their own memo, in the gazetteer
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  return computeKey(text);
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
