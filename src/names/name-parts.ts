import { nameTokens } from './normalise.js';
import { variantKey } from './name-key.js';

/**
 * The parts of a person's name in the conventions of the region (Arabic, Persian, Tajik, Uzbek,
 * Russian, Pashto): honorifics, kunya ("Abu X", "Umm X"), particles (al-, bin, ibn), Abd al- names,
 * given name, patronymic (-ovich, bin X, -ogli), family name (-ov/-ova/-ev/-zoda/-zade),
 * nisba (al-Tajiki, Noraki, Urganchiy) and laqab (al-Muhajir).
 */
export const NAME_PART_ROLES = [
  'honorific',
  'particle',
  'kunya_marker',
  'kunya',
  'given',
  'patronymic',
  'family',
  'nisba',
  'laqab',
  'initial',
  'other',
] as const;
export type NamePartRole = (typeof NAME_PART_ROLES)[number];

export interface NamePart {
  /** The normalised word. */
  text: string;
  role: NamePartRole;
}

const keys = (words: string[]): Set<string> => new Set(words.map(variantKey));

/** Titles and religious or military ranks: not part of the name itself. */
export const HONORIFICS = keys([
  'shaykh', 'sheikh', 'shaikh', 'sheik', 'shaik', 'shekh', 'shayh', 'mavlavi', 'mawlawi', 'maulavi', 'maulvi',
  'molvi', 'mawlavi', 'mavlono', 'mawlana', 'maulana', 'mavlana', 'mufti', 'qori', 'qari', 'ustad', 'ustadh',
  'ustaz', 'ustoz', 'mullah', 'mulla', 'mullo', 'amir', 'emir', 'hajji', 'haji', 'hadji', 'hoji', 'imam',
  'qazi', 'qadi', 'qozi', 'hafiz', 'hafez', 'domla', 'eshon', 'mr', 'mrs', 'ms', 'dr', 'prof',
  'president', 'general', 'gen', 'colonel', 'col', 'commander', 'cmdr', 'sir', 'lt', 'major', 'captain', 'capt',
  'minister', 'prince', 'king', 'sultan', 'sheikha', 'shaykha', 'ayatollah', 'hojatoleslam',
  'prasident', 'praesident', 'monsieur', 'madame', 'mme', 'herr', 'frau', 'senor', 'senora',
]);
/** Honorifics that are also common given names: a title only when more name follows. */
export const NAME_LIKE_HONORIFICS = keys(['amir', 'emir', 'sultan', 'hafiz', 'hafez', 'qazi', 'qozi', 'qadi', 'prince', 'king', 'general']);

/** Articles and filiation words (al-, el-, ad-…, bin, ibn, bint, ould; de, van, von). */
export const PARTICLES = new Set([
  'al', 'el', 'ul', 'ad', 'ud', 'ed', 'as', 'ash', 'at', 'an', 'ar', 'az', 'adh', 'ath', 'ur', 'us', 'uz', 'ibn', 'bin', 'bn',
  'ben', 'bint', 'binti', 'ould', 'wuld', 'de', 'da', 'van', 'von', 'der', 'di', 'du', 'le', 'la', 'del', 'dos',
]);
const FILIATION = new Set(['ibn', 'bin', 'bn', 'ben', 'bint', 'binti', 'ould', 'wuld']);
const ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ud', 'ed', 'as', 'ash', 'at', 'an', 'ar', 'az', 'adh', 'ath']);

/** "Abu X" (father of X), "Umm X" (mother of X). */
const KUNYA_MARKERS = new Set(['abu', 'abou', 'abo', 'aboo', 'abi', 'abw', 'umm', 'um', 'ummu', 'am']);
/** The unambiguous markers, read as such even at the end of a name. */
const TRAILING_KUNYA_MARKERS = new Set(['abu', 'abou', 'umm']);

/** "Abd al-X", "Abdul X", "Abdel X": one name, servant of X. */
const ABD_PREFIXES = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdu', 'abdur', 'abdus', 'abdus', 'abdes', 'abdoul', 'abdulla']);

const PATRONYMIC = /(?:ovich|evich|ovych|evych|yevich|ievich|ovna|evna|ivna|ichna|ogli|ugli|oglu|ogly|uly|kizi|qizi|kyzy)$/;
const FAMILY = /(?:ov|ova|ev|eva|yev|yeva|iev|ieva|zoda|zade|zada|zod|zai|zay|yan|ian|enko|shvili|dze|skiy|sky|ski|skaya|ska)$/;
const NISBA = /(?:i|iy|ee|yy|y)$/;

/** Whether a word opens an Abd al- name: "Abdulmohsen" written as one, or "Abd" with its name after it. */
function isAbdName(word: string, next: string | undefined): boolean {
  return /^abd(?:al|ul|el|ol)[a-z]{3,}$/.test(word) || (ABD_PREFIXES.has(word) && next !== undefined && !KUNYA_MARKERS.has(next));
}

function isInitial(word: string): boolean {
  return word.length === 1 && /[a-z]/.test(word);
}

/**
 * Tags the parts of a person's name. "Family, Given" order (as lists write) is read as given
 * first. Words inside quotes or parentheses in the original are taken as laqab (by-names).
 */
export function tagNameParts(name: string): NamePart[] {
  let text = name;
  const laqab = new Set<string>();
  if (/["“”«»(]/.test(text)) {
    for (const m of text.matchAll(/["“”«»(]([^"“”«»()]+)["“”«»)]/g)) {
      for (const w of nameTokens(m[1] ?? '')) laqab.add(w);
    }
  }
  const comma = text.indexOf(',');
  if (comma > 0 && text.indexOf(',', comma + 1) < 0) {
    const before = text.slice(0, comma).trim();
    const after = text.slice(comma + 1).trim();
    if (after !== '' && before.split(/\s+/).length <= 3) text = `${after} ${before}`;
  }
  const words = nameTokens(text);
  const parts: NamePart[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const next = words[i + 1];
    // Abd al-X / Abdul X / Abdel X → one word "abdulx"
    if (ABD_PREFIXES.has(w) && next !== undefined) {
      let j = i + 1;
      if (ARTICLES.has(words[j]!) && words[j + 1] !== undefined) j += 1;
      const tail = words[j]!;
      if (!PARTICLES.has(tail) && !KUNYA_MARKERS.has(tail)) {
        parts.push({ text: `abdul${tail.replace(/^(?:al|ul|el)(?=[a-z]{3,})/, '')}`, role: 'other' });
        i = j;
        continue;
      }
    }
    if (/^abd(?:al|ul|el|ol)[a-z]{3,}$/.test(w)) {
      parts.push({ text: `abdul${w.slice(5)}`, role: 'other' });
      continue;
    }
    if (KUNYA_MARKERS.has(w) && next !== undefined && !PARTICLES.has(next)) {
      parts.push({ text: w === 'umm' || w === 'um' || w === 'ummu' || w === 'am' ? 'umm' : 'abu', role: 'kunya_marker' });
      parts.push({ text: next, role: 'kunya' });
      i += 1;
      continue;
    }
    // a kunya marker closing a name ("Noraki Usama Abu", the words of "Abu Usama Noraki" reversed) is still one
    if (next === undefined && parts.length > 0 && TRAILING_KUNYA_MARKERS.has(w)) {
      parts.push({ text: w === 'umm' ? 'umm' : 'abu', role: 'kunya_marker' });
      continue;
    }
    // "Ben" or "Bin" opening a name is a given name; a particle left at the end is dropped
    const isOpeningName = parts.length === 0 && (w === 'ben' || w === 'bin') && next !== undefined;
    if (PARTICLES.has(w) && next === undefined && parts.length > 0) {
      parts.push({ text: w, role: 'particle' });
      continue;
    }
    if (PARTICLES.has(w) && next !== undefined && !isOpeningName) {
      parts.push({ text: w, role: 'particle' });
      if (FILIATION.has(w) && parts.length > 1) {
        // bin X: X is the father's name; "bin Laden" at the end is a family name
        const last = i + 1 === words.length - 1;
        parts.push({ text: next, role: last ? 'family' : 'patronymic' });
        i += 1;
      } else if (ARTICLES.has(w) && !isAbdName(next, words[i + 2])) {
        // (an Abd al- name after the article, "Al-Abd al-Muhsin", "Al-Abdulmohsen", is read whole next)
        parts.push({ text: next, role: NISBA.test(next) && next.length >= 4 ? 'nisba' : 'laqab' });
        i += 1;
      }
      continue;
    }
    const key = variantKey(w);
    if (HONORIFICS.has(key)) {
      const rest = words.length - i - 1;
      const atStart = parts.every((p) => p.role === 'honorific');
      if (rest >= 1 && (!NAME_LIKE_HONORIFICS.has(key) || atStart)) {
        parts.push({ text: w, role: 'honorific' });
        continue;
      }
    }
    parts.push({ text: w, role: 'other' });
  }
  // Positional and morphological roles for what is left
  const open = parts.filter((p) => p.role === 'other');
  const nameWords = parts.filter((p) => p.role !== 'honorific' && p.role !== 'particle' && p.role !== 'kunya_marker');
  if (nameWords.length === 0) {
    // only titles: they are the name ("Amir", "Mufti")
    for (const p of parts) if (p.role === 'honorific') p.role = 'given';
  }
  const hasKunya = parts.some((p) => p.role === 'kunya');
  open.forEach((p, index) => {
    if (laqab.has(p.text)) p.role = 'laqab';
    else if (isInitial(p.text)) p.role = 'initial';
    else if (PATRONYMIC.test(p.text) && p.text.length >= 7) p.role = 'patronymic';
    else if (index > 0 && FAMILY.test(p.text) && p.text.length >= 5) p.role = 'family';
    else if ((index > 0 || hasKunya) && index === open.length - 1 && NISBA.test(p.text) && p.text.length >= 5 && !/(?:ii|ei)$/.test(p.text))
      p.role = 'nisba';
    else if (index === 0) p.role = 'given';
    else if (index === open.length - 1) p.role = 'family';
    else p.role = 'given';
  });
  return parts;
}
