import { romanise, type RomaniseOptions } from './transliterate.js';

/**
 * One comparable spelling of a name: romanised, lower case, ASCII letters and digits,
 * words separated by single spaces. Apostrophes and ʿayn vanish inside words
 * (Qur'an → quran), Uzbek Latin oʻ/gʻ become o/gh, dotted initials run together
 * (A.B.C. → abc), hyphens and other punctuation separate words, & reads "and".
 */
export function normaliseName(text: string, options: RomaniseOptions = {}): string {
  if (isPlain(text)) return normalisePlain(text);
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

/** Plain ASCII letters, digits, spaces, hyphens, commas and apostrophes: the common case, done in one pass. */
function isPlain(text: string): boolean {
  return /^[A-Za-z0-9 ,\-']*$/.test(text) && !/[gGoO]'/.test(text);
}

function normalisePlain(text: string): string {
  let out = '';
  let isSpace = true;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    if (c === 39) continue; // apostrophe: Qur'an → quran
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      out += String.fromCharCode(c);
      isSpace = false;
    } else if (!isSpace) {
      out += ' ';
      isSpace = true;
    }
  }
  return isSpace ? out.slice(0, -1) : out;
}
