import { romanise, type RomaniseOptions } from './transliterate.js';

/**
 * One comparable spelling of a name: romanised, lower case, ASCII letters and digits,
 * words separated by single spaces. Apostrophes and ʿayn vanish inside words
 * (Qur'an → quran), Uzbek Latin oʻ/gʻ become o/gh, dotted initials run together
 * (A.B.C. → abc), hyphens and other punctuation separate words, & reads "and".
 */
export function normaliseName(text: string, options: RomaniseOptions = {}): string {
  let s = romanise(text, options);
  // Uzbek Latin gʻ is the Persian ghayn; oʻ a rounded o
  s = s.replace(/([gG])'/g, '$1h').replace(/([oO])'(?=\p{L})/gu, '$1');
  // Dotted initials run together: A.B.C. → ABC (but "A. Khamenei" keeps its initial)
  s = s.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));
  s = s.replace(/&/g, ' and ');
  s = s.toLowerCase();
  s = s.replace(/['"`]/g, '');
  s = s.replace(/[^a-z0-9]+/g, ' ');
  return s.trim();
}

/** The words of a normalised name. */
export function nameTokens(text: string, options: RomaniseOptions = {}): string[] {
  const normal = normaliseName(text, options);
  return normal === '' ? [] : normal.split(' ');
}
