import { detectScript } from './script.js';
import { nameTokens, normaliseName } from './normalise.js';
import { skeletonKey, skeletonOfVariantKey, variantKey } from './name-key.js';
import { NAME_LIKE_HONORIFICS, tagNameParts, type NamePartRole } from './name-parts.js';
import { normaliseNumberWords } from './number-words.js';
import { editDistance } from './string-distance.js';
import {
  ACRONYM_ARTICLES,
  DESCRIPTIVE_ADJECTIVES,
  ACRONYM_PREFIXES,
  ACRONYM_SKIPPED,
  GENERIC_WORDS,
  LEGAL_FORMS,
  LONG_LEGAL_FORMS,
  ORGANIZATION_MARKERS,
  ORGANIZATION_PHRASES,
  ORGANIZATION_STOPWORDS,
  ORGANIZATION_SYNONYMS,
  WEAK_ORGANIZATION_MARKERS,
} from './organization-words.js';
import { NAME_LIKE_TRANSLATIONS, translateOrganizationWord } from './organization-translations.js';

/** What a name names: a person, or a body (group, organisation, outlet, company). */
export const MATCH_KINDS = ['person', 'organization'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export type WordRole = NamePartRole | 'word' | 'generic' | 'legal';

export interface PreparedWord {
  text: string;
  key: string;
  skeleton: string;
  role: WordRole;
  weight: number;
  /** Written in Arabic script: short vowels were never there to compare. */
  isVowelless: boolean;
  /** Romanised from Chinese, Japanese or Korean: one syllable per word. */
  isSyllabic: boolean;
  hasDigit: boolean;
}

export interface PreparedForm {
  /** The spelling this form was read from (one of a name's alternatives). */
  label: string;
  words: PreparedWord[];
  /** Titles and particles left out of the comparison, for the explanation. */
  dropped: string[];
  /** Letters of the name when it is itself an acronym ("isk" for IS-K). */
  acronym: string | null;
  /** Initials the name could be abbreviated to ("isk", "iskp"). */
  initials: string[];
  /** Words read in English for the comparison ("gosudarstvo" as "state", Russian), for the explanation. */
  translated: string[];
  /** The words a list wrote before its comma ("AL-'ALI, Salih": al, ali), when the name is written so; else null. */
  listFamily: ReadonlySet<string> | null;
}

export interface PreparedName {
  value: string;
  kind: MatchKind;
  forms: PreparedForm[];
}

/** Very common given names: agreeing on them says less. */
const COMMON_WORDS = new Set(
  [
    'muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'ahmad', 'ahmed', 'ali', 'abdullah',
    'abdulla', 'hassan', 'hasan', 'hussain', 'hussein', 'husayn', 'khan', 'said', 'sayed', 'ibrahim', 'ismail',
    'yusuf', 'omar', 'umar', 'mahmud', 'mahmoud', 'abdul', 'mullah', 'gul', 'jan', 'shah', 'mir', 'haji', 'din',
    'uddin', 'ullah', 'john', 'maria', 'david', 'michael', 'alexander', 'sergey', 'vladimir', 'li', 'wang',
    'zhang', 'kim', 'nguyen', 'singh', 'kumar',
  ].map(variantKey),
);

const ALTERNATIVE_MARKERS =
  /[\s(,]*(?:\bnow known as\b|\bformerly known as\b|\bformerly\b|\balso known as\b|\bf\.?k\.?a\.?(?=\s)|\ba\.?k\.?a\.?(?=\s)|\bn\.?k\.?a\.?(?=\s)|(?<=\p{L}{3})\s*\/\s*(?=\p{L}{3})|;|\|)[\s)]*/iu;

/** A name's spellings: "X (formerly Y)", "X a.k.a. Y", "X/Y" give X and Y. */
export function splitAlternatives(value: string): string[] {
  if (!/[/;|]|known|formerly|\b[afn]\.?k\.?a\b/i.test(value) || !ALTERNATIVE_MARKERS.test(value)) return [value];
  const parts = value
    .split(new RegExp(ALTERNATIVE_MARKERS.source, 'giu'))
    .map((p) => p.trim().replace(/^[,:()-]+|[,:()-]+$/g, '').trim())
    .filter((p) => /\p{L}/u.test(p));
  return parts.length > 1 ? [value.replace(/[()]/g, ' '), ...parts] : [value];
}

/** Organisation when the name carries a legal form, a generic body word or is an acronym. */
export function guessMatchKind(value: string): MatchKind {
  if (isAcronymLike(value)) return 'organization';
  let text = normaliseName(value);
  for (const [re, to] of ORGANIZATION_PHRASES) text = text.replace(re, to);
  let translated = 0;
  let weak = 0;
  for (const w of text.split(' ')) {
    if (WEAK_ORGANIZATION_MARKERS.has(w) && (weak += 1) >= 2) return 'organization';
    const word = ORGANIZATION_SYNONYMS[w] ?? w;
    if (LEGAL_FORMS.has(word) || GENERIC_WORDS.has(word) || ORGANIZATION_MARKERS.has(w)) return 'organization';
    // "Исламское государство": a generic word in another language; Davlat or Islom alone is a person's name
    if (translateOrganizationWord(word) !== undefined) translated += NAME_LIKE_TRANSLATIONS.has(word) ? 1 : 2;
  }
  return translated >= 2 ? 'organization' : 'person';
}

function isAcronymLike(value: string): boolean {
  const trimmed = value.trim();
  if (/\s/.test(trimmed)) return false;
  const letters = trimmed.replace(/[.\-&/]/g, '');
  // "LeT", "JeM", "HuM": capitals for the name's words, a lower-case letter for a function word
  return (
    /^[A-Z][A-Z0-9]{1,7}$/.test(letters) ||
    /^(?:[A-Za-z]\.){2,}$/.test(trimmed) ||
    /^[A-Z](?:[a-z]?[A-Z]){1,4}$/.test(letters)
  );
}

function acronymLetters(value: string): string {
  let letters = value.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  for (const [re, to] of ACRONYM_PREFIXES) letters = letters.replace(re, to);
  return letters;
}

const COMMON_SKELETONS = new Set([...COMMON_WORDS].map((k) => skeletonKey(k)).filter((k) => k.length >= 2));

/** A long legal-form word misspelled by a letter or two reads as its short form. */
function misspelledLegalForm(word: string): string | undefined {
  if (word.length < 7) return undefined;
  for (const [long, short] of Object.entries(LONG_LEGAL_FORMS)) {
    if (Math.abs(long.length - word.length) <= 2 && editDistance(long, word, 2) <= (long.length >= 12 ? 2 : 1)) return short;
  }
  return undefined;
}

/** Chinese characters and Hangul: a syllable per character (kana are romanised to whole words). */
const CJK = /[\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/u;

function makeWord(text: string, role: WordRole, weight: number, isVowelless: boolean, isSyllabic = false): PreparedWord {
  const key = variantKey(text);
  const skeleton = skeletonOfVariantKey(key);
  const common =
    (COMMON_WORDS.has(key) || (isVowelless && COMMON_SKELETONS.has(skeleton))) && role !== 'generic' && role !== 'legal';
  return {
    text,
    key,
    skeleton,
    role,
    weight: common ? weight * 0.6 : weight,
    isVowelless,
    isSyllabic,
    hasDigit: /\d/.test(text),
  };
}

const PERSON_WEIGHTS: Partial<Record<WordRole, number>> = { kunya_marker: 0.3, initial: 0.5 };

/** Digits written for the letters they look like ("Ig0r Sech1n"): a screening list's evasions. */
const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

/** A person's name has no digits: in a word of letters, a digit stands for the letter it looks like. */
export function readLookalikeDigits(label: string): string {
  if (!/\d/.test(label)) return label;
  return label.replace(/[\p{L}\d]+/gu, (word) =>
    /\p{L}/u.test(word) && /\d/.test(word) && word.length >= 3 ? word.replace(/\d/g, (d) => LOOKALIKE_DIGITS[d] ?? d) : word,
  );
}

/**
 * The words before the comma of a name written as lists write a person's ("FAMILY, Given Names",
 * one comma, at most three words before it, as `tagNameParts` reads it), else null.
 */
function listFamilyWords(label: string): ReadonlySet<string> | null {
  const comma = label.indexOf(',');
  if (comma <= 0 || label.indexOf(',', comma + 1) >= 0) return null;
  const before = label.slice(0, comma).trim();
  if (!/\p{L}/u.test(label.slice(comma + 1)) || before.split(/\s+/).length > 3) return null;
  const words = nameTokens(before);
  return words.length === 0 ? null : new Set(words);
}

function preparePersonForm(label: string): PreparedForm {
  const isVowelless = detectScript(label) === 'arabic';
  const isSyllabic = CJK.test(label);
  const words: PreparedWord[] = [];
  const dropped: string[] = [];
  for (const part of tagNameParts(readLookalikeDigits(label))) {
    if (part.role === 'honorific' && NAME_LIKE_HONORIFICS.has(variantKey(part.text))) {
      // Hafiz, Amir, Sultan: a title or a given name; kept, at a low weight
      words.push(makeWord(part.text, 'honorific', 0.3, isVowelless));
      continue;
    }
    if (part.role === 'honorific' || part.role === 'particle') {
      dropped.push(`${part.role} "${part.text}"`);
      continue;
    }
    words.push(makeWord(part.text, part.role, PERSON_WEIGHTS[part.role] ?? 1, isVowelless, isSyllabic));
  }
  return { label, words, dropped, acronym: null, initials: [], translated: [], listFamily: listFamilyWords(label) };
}

function prepareOrganizationForm(label: string): PreparedForm {
  const isVowelless = detectScript(label) === 'arabic';
  let text = normaliseName(label);
  const translated: string[] = [];
  for (const [re, to] of ORGANIZATION_PHRASES) {
    text = text.replace(re, (phrase: string, ...groups: unknown[]) => {
      const read = to.replace('$1', typeof groups[0] === 'string' ? groups[0] : '');
      if (read !== phrase) translated.push(`"${phrase}" as "${read}"`);
      return read;
    });
  }
  const words: PreparedWord[] = [];
  const dropped: string[] = [];
  const rawWords: string[] = [];
  for (const raw of normaliseNumberWords(text.split(' '), { roman: true })) {
    if (raw === '') continue;
    rawWords.push(raw);
    const translation = ORGANIZATION_SYNONYMS[raw] === undefined ? translateOrganizationWord(raw) : undefined;
    if (translation) translated.push(`"${raw}" as "${translation.english}" (${translation.language})`);
    const w = ORGANIZATION_SYNONYMS[raw] ?? translation?.english ?? misspelledLegalForm(raw) ?? raw;
    if (ORGANIZATION_STOPWORDS.has(w)) {
      dropped.push(`stopword "${w}"`);
      continue;
    }
    if (LEGAL_FORMS.has(w)) words.push(makeWord(w, 'legal', 0.1, isVowelless));
    else if (GENERIC_WORDS.has(w)) words.push(makeWord(w, 'generic', 0.35, isVowelless));
    else words.push(makeWord(w, 'word', 1, isVowelless));
  }
  // "Russian News Agency TASS", "Pajhwok Afghan News": a nationality before a generic word says what kind of body it is
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (words[i]!.role === 'word' && words[i + 1]!.role === 'generic' && DESCRIPTIVE_ADJECTIVES.has(words[i]!.text)) {
      words[i] = makeWord(words[i]!.text, 'generic', 0.35, isVowelless);
    }
  }
  const acronym = isAcronymLike(label) ? acronymLetters(label) : null;
  const named = words.filter((w) => w.role !== 'legal');
  const initials = new Set<string>();
  if (named.length >= 2) {
    initials.add(named.map((w) => w.text[0]).join(''));
    const specific = named.filter((w) => w.role === 'word');
    if (specific.length >= 2) initials.add(specific.map((w) => w.text[0]).join(''));
  }
  // initials of the words as written, before translation ("KTJ" = Katibat al-Tawhid wal-Jihad),
  // skipping function words, or keeping the article ("AQ" = al-Qaeda)
  const written = rawWords.filter((w) => !LEGAL_FORMS.has(ORGANIZATION_SYNONYMS[w] ?? w) && !/\d/.test(w));
  const skipped = written.filter((w) => !ACRONYM_SKIPPED.has(w));
  if (skipped.length >= 2) initials.add(skipped.map((w) => w[0]).join(''));
  const withArticles = written.filter((w) => !ACRONYM_SKIPPED.has(w) || ACRONYM_ARTICLES.has(w));
  if (withArticles.length >= 2 && withArticles.length !== skipped.length) initials.add(withArticles.map((w) => w[0]).join(''));
  // the legal form's letter too: "NIOC" = National Iranian Oil Company, "NITC" = National Iranian Tanker Co.
  const withLegal = rawWords.filter((w) => !ACRONYM_SKIPPED.has(w) && !/\d/.test(w));
  if (withLegal.length >= 3 && withLegal.length !== skipped.length) initials.add(withLegal.map((w) => w[0]).join(''));
  // the name before a spaced dash that qualifies it ("Palestine Islamic Jihad - Shaqaqi Faction" is PIJ)
  const dash = label.search(/\s[-–—]\s/);
  if (dash > 0) {
    const head = normaliseName(label.slice(0, dash))
      .split(' ')
      .filter((w) => w !== '' && !ACRONYM_SKIPPED.has(w) && !/\d/.test(w) && !LEGAL_FORMS.has(ORGANIZATION_SYNONYMS[w] ?? w));
    if (head.length >= 2) initials.add(head.map((w) => w[0]).join(''));
  }
  // every word, function words too: "LeT" = Lashkar-e-Taiba, "HuM" = Harakat ul-Mujahidin
  if (written.length >= 3 && written.length !== skipped.length) initials.add(written.map((w) => w[0]).join(''));
  return { label, words, dropped, acronym, initials: [...initials], translated, listFamily: null };
}

/** Parses a name once for many comparisons (the index keeps candidates in this form). */
export function prepareName(value: string, kind?: MatchKind): PreparedName {
  const resolved = kind ?? guessMatchKind(value);
  const forms = splitAlternatives(value).map((label) =>
    resolved === 'person' ? preparePersonForm(label) : prepareOrganizationForm(label),
  );
  return { value, kind: resolved, forms };
}
