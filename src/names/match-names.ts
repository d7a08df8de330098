import { editDistance, editSimilarity } from './string-distance.js';
import { LEGAL_FORM_FAMILIES, REGION_WORDS } from './organization-words.js';
import { variantKey } from './name-key.js';
import { isNicknameOf } from './nicknames.js';
import { isSameChineseName } from './chinese-syllables.js';
import { explainAliasSet, type ReferenceAliases } from './reference-aliases.js';
import {
  prepareName,
  guessMatchKind,
  type MatchKind,
  type PreparedForm,
  type PreparedName,
  type PreparedWord,
  type WordRole,
} from './prepare-name.js';

/** Score at and above which two names are taken to name the same entity. */
export const MATCH_THRESHOLD = 0.8;

export interface MatchOptions {
  /** Person or organisation rules; guessed from the names when absent. */
  kind?: MatchKind;
  /** Overrides MATCH_THRESHOLD for `isMatch`. */
  threshold?: number;
  /** Known alias sets: two names of one set match at 1 whatever their spelling. */
  reference?: ReferenceAliases;
}

export interface NameMatch {
  /** 0 (nothing in common) to 1 (same name). */
  score: number;
  isMatch: boolean;
  /** Which parts agreed and how, which were left out, which conflicted. */
  explanation: string[];
}

interface WordAgreement {
  sim: number;
  how: string;
}

/** Spellings of "son of" (ibn, bin, ben). */
const SON_OF: ReadonlySet<string> = new Set(['ibn', 'bin', 'bn', 'ben']);

/** Same letters, two neighbours swapped: "lakahl" / "lakhal". */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** How far two words agree, and by which rule. */
export function compareWords(a: PreparedWord, b: PreparedWord): WordAgreement {
  if (a.text === b.text) return { sim: 1, how: 'same' };
  if (a.hasDigit || b.hasDigit) return { sim: 0, how: 'different number' };
  if (a.role === 'legal' || b.role === 'legal') {
    const fa = LEGAL_FORM_FAMILIES[a.text];
    return a.role === b.role && fa !== undefined && fa === LEGAL_FORM_FAMILIES[b.text]
      ? { sim: 0.9, how: 'same kind of legal form' }
      : { sim: 0, how: 'different legal form' };
  }
  if (a.role === 'initial' || b.role === 'initial') {
    if (a.text.length === 1 && b.text.length === 1) return { sim: 0, how: 'different initials' };
    return a.text[0] === b.text[0] ? { sim: 0.85, how: 'initial' } : { sim: 0, how: 'different initial' };
  }
  if (a.key === b.key) return { sim: 0.95, how: 'spelling variant' };
  // "son of" kept as a word of a person's name (Al Bin Ali, Al Ben Ali): ibn, bin and ben are one word
  if (SON_OF.has(a.text) && SON_OF.has(b.text) && a.role !== 'word' && b.role !== 'word') return { sim: 0.95, how: 'the same "son of"' };
  // Abd al-X against X: the servant-of prefix is often dropped
  if (a.text.startsWith('abdul') !== b.text.startsWith('abdul')) {
    const [abd, bare] = a.text.startsWith('abdul') ? [a, b] : [b, a];
    if (abd.key.slice(5) === bare.key) return { sim: ABD_DROPPED, how: 'Abd al- prefix dropped' };
  }
  // a familiar form of a given name: Ted = Theodore, Bibi = Benjamin
  if (a.role === 'given' && b.role === 'given' && isNicknameOf(a.text, b.text)) return { sim: NICKNAME, how: 'familiar form of the given name' };
  // the article written on to the word: "Alharamain" = al-Haramain
  const article = writtenOnArticle(a, b) ?? writtenOnArticle(b, a);
  if (article !== null) return article;
  // a Chinese, Japanese or Korean syllable is a whole name part: one letter changes the name
  if (a.isSyllabic || b.isSyllabic) return { sim: 0, how: 'different syllable' };
  const attached = attachedSuffix(a.text, b.text) ?? attachedSuffix(b.text, a.text);
  if (attached !== null) return attached;
  let best: WordAgreement = { sim: 0, how: 'different' };
  const isArabic = a.isVowelless || b.isVowelless;
  // Arabic script has no p: a foreign name's p is written with ب (Pérez, بيريز)
  const skeletonA = a.isVowelless !== b.isVowelless ? a.skeleton.replace(/p/g, 'b') : a.skeleton;
  const skeletonB = a.isVowelless !== b.isVowelless ? b.skeleton.replace(/p/g, 'b') : b.skeleton;
  if (skeletonA === skeletonB && a.skeleton.length >= (isArabic ? 2 : 3)) {
    // two consonants agreeing say less than three or more
    best = isArabic
      ? { sim: a.skeleton.length >= 3 ? 0.9 : 0.8, how: 'same consonants (Arabic script)' }
      : { sim: 0.85, how: 'same consonants' };
  } else if (isArabic && a.skeleton.length >= 4 && b.skeleton.length >= 4) {
    const d = editDistance(a.skeleton, b.skeleton, 1);
    if (d === 1) best = { sim: 0.7, how: 'consonants one apart (Arabic script)' };
  } else if (!isArabic && a.text.length >= 4 && b.text.length >= 4 && a.text[0] === b.text[0]) {
    // "th", "kh", "sh" across a syllable break are two letters, not one sound: Fath (فتح) and
    // Fateh, Ishaq and Is-haq share their consonants as written
    const ca = writtenConsonants(a.text);
    if (ca.length >= 3 && ca === writtenConsonants(b.text)) best = { sim: 0.85, how: 'same consonants as written' };
  }
  // compare what follows a shared Abd al- prefix on its own
  const strip = a.text.startsWith('abdul') && b.text.startsWith('abdul') ? 5 : 0;
  const ka = a.key.slice(strip);
  const kb = b.key.slice(strip);
  const shorter = Math.min(ka.length, kb.length);
  if (shorter >= 3) {
    // the distance between the keys, or between the words as written when that is less
    // (a transposition across a folded letter: Lakahl/Lakhal)
    const d = Math.min(editDistance(ka, kb, 3), strip === 0 && isTransposition(a.text, b.text) ? 1 : 3);
    const sim = 1 - d / Math.max(ka.length, kb.length);
    // one slip is a typo in any word of four letters or more; two only in long words
    const written = Math.min(a.text.length, b.text.length) - strip;
    const tolerated = d <= (written >= 9 ? 2 : written >= 4 ? 1 : 0);
    const scaled = tolerated ? Math.max(0.8, sim) : sim * 0.75;
    if (scaled > best.sim) best = { sim: scaled, how: `${d} letter${d === 1 ? '' : 's'} apart` };
  }
  return best;
}

/** Roles of a person's name part that may carry the article or "ben" on its front (never a given name: Alisher is not al-Isher). */
const ARTICLE_BEARING_ROLES: ReadonlySet<string> = new Set(['family', 'nisba', 'laqab', 'other']);

/**
 * `long` is `short` with the Arabic article or "ben"/"bin" written on to its front: "Alharamain" /
 * "Haramain" in a body's name, "Alshaban" / al-Shaban and "Benhammedi" / Ben Hammedi in a person's
 * family name, nisba or laqab (as OFAC's aka spellings write them).
 */
function writtenOnArticle(long: PreparedWord, short: PreparedWord): WordAgreement | null {
  const isBody = long.role === 'word' && short.role === 'word';
  const isPerson = ARTICLE_BEARING_ROLES.has(long.role) && ARTICLE_BEARING_ROLES.has(short.role);
  if (!isBody && !isPerson) return null;
  const prefix = ['al', 'el', ...(isPerson ? ['ben', 'bin'] : [])].find((p) => long.text.startsWith(p));
  if (prefix === undefined || short.text.startsWith(prefix)) return null;
  // a person's part is a whole family name: the rest must be one too, not a syllable
  if (long.text.length !== short.text.length + prefix.length || short.text.length < (isPerson ? 5 : 4)) return null;
  const rest = variantKey(long.text.slice(prefix.length));
  if (rest === short.key) return { sim: 0.95, how: `"${prefix}" written on to the word` };
  return editDistance(rest, short.key, 1) <= 1 && short.text.length >= 6 ? { sim: 0.85, how: `"${prefix}" written on to the word, 1 letter apart` } : null;
}

/** The article written on to the word before it: "Hizbut" = Hizb ut-, "Shahabul" = Shahab al-. */
const ATTACHED_ARTICLES = ['ul', 'ut', 'ud', 'us', 'ur', 'ush', 'ud', 'al', 'il'];
/** The second half of a compound given name, often left out: Siraj for Sirajuddin. */
const COMPOUND_ENDINGS = ['uddin', 'udin', 'addin', 'eddin', 'iddin', 'ud din', 'ullah', 'ulloh', 'ullo', 'ulla', 'allah'];

/** How `long` reads as `short` with an article written on to it, or the second half of a compound left out. */
function attachedSuffix(long: string, short: string): WordAgreement | null {
  if (short.length < 4 || long.length <= short.length || !long.startsWith(short)) return null;
  const rest = long.slice(short.length);
  if (ATTACHED_ARTICLES.includes(rest)) return { sim: 0.9, how: `the article "${rest}" written on to the word` };
  if (COMPOUND_ENDINGS.includes(rest)) return { sim: 0.85, how: `"${short}" is "${long}" without "-${rest}"` };
  return null;
}

/** The consonants of a word as written (no letters folded), doubles as one. */
function writtenConsonants(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if ('aeiouwy'.includes(c)) continue;
    if (out.length === 0 || out[out.length - 1] !== c) out += c;
  }
  return out;
}

function isCompatible(a: PreparedWord, b: PreparedWord): boolean {
  if (a.role === 'patronymic' || b.role === 'patronymic') return a.role === b.role || a.role === 'other' || b.role === 'other';
  if (a.role === 'kunya_marker' || b.role === 'kunya_marker') return a.role === b.role;
  return true;
}

/** How much leaving a word out costs, by its role: by-names and patronymics are often omitted. */
const OMISSION: Partial<Record<WordRole, number>> = {
  honorific: 0.3,
  patronymic: 0.35,
  nisba: 0.5,
  laqab: 0.5,
  kunya: 0.7,
  kunya_marker: 1,
  given: 0.75,
  initial: 0.6,
  family: 1,
  other: 1,
};
/** When the shorter name is wholly found in the longer one, its extra parts cost less still. */
const CONTAINED_DISCOUNT = 0.6;
/** An extra specific word in an organisation's name usually means another body (a branch, a subsidiary). */
const ORGANIZATION_EXTRA = 1.25;
/** A number on one side only (Solutions II against Solutions): another of a numbered series. */
const NUMBERED_EXTRA = 3;
/** "Abdul X" against "X": often a different person (Afghan lists name fathers so), so little agreement. */
const ABD_DROPPED = 0.65;
/** Abd al- X against X with the Abd written apart elsewhere in the name: the same name, split. */
const SPLIT_ABD = 0.9;

/** "abd" as written apart from its name, or mistyped by a letter added or two swapped (iabd, adb). */
function isSplitAbd(text: string): boolean {
  return text === 'abd' || (text.length === 4 && text.endsWith('abd')) || isTransposition(text, 'abd');
}

/** A given name's familiar form (Ted for Theodore): agrees, a little less than the name itself. */
const NICKNAME = 0.9;
/**
 * Two names written as lists write a person's ("FAMILY, Given"): a word before one's comma against a
 * word after the other's (SALIH, Ali against AL-'ALI, Salih) says less than the same words in place.
 */
const ACROSS_LIST_COMMA = 0.95;
/** Least agreement for two words to be paired at all. */
const PAIR_MIN = 0.65;
/** The most a person match resting on one shared word can score (below the threshold). */
const SINGLE_WORD_CAP = 0.75;
/** A generic word's weight against a specific word's (as prepare-name gives it). */
const GENERIC_WEIGHT = 0.35;
/** What a generic word (Media, Agency, Foundation) on one side only costs, against its weight. */
const GENERIC_ONE_SIDED = 0.4;
/** What a generic word costs when both names add one of their own and their names agree (Foundation against Media). */
const GENERIC_BOTH_SIDED = 0.7;
/** A parent body against its branch (Islamic State against ISIS-K): related, but below the threshold. */
const PARENT_SCORE = 0.7;
/** A name part each name has and the other lacks: two people, each part costs more than leaving it out. */
const PERSON_CONFLICT = 1.5;
/** One Chinese name in two romanisations (Mao Zedong, Mao Tse-tung): syllable by syllable the same. */
const CHINESE_ROMANISATIONS = 0.9;
/** Two different legal forms (AG against GmbH) mean two companies. */
const LEGAL_CONFLICT = 6;

interface FormScore {
  score: number;
  explanation: string[];
}

interface Alignment {
  agreed: number;
  total: number;
  explanation: string[];
  /** Build the explanation (the index scores its shortlist without, then explains the winners). */
  explain: boolean;
  /** Words read as initials of a run of the other name's words. */
  acronyms: number;
}

/** Words left over on both sides that are one name split or joined differently, or an acronym of a run. */
function matchLeftovers(
  left: PreparedWord[],
  right: PreparedWord[],
  align: Alignment,
  isPerson: boolean,
): [Set<number>, Set<number>] {
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  // a short word standing for a run of words: "JC" = Jean Claude, "US" = United States
  const tryAcronyms = (short: PreparedWord[], long: PreparedWord[], usedS: Set<number>, usedLg: Set<number>): void => {
    short.forEach((w, i) => {
      if (usedS.has(i) || w.text.length < 2 || w.text.length > 5 || w.hasDigit) return;
      // in a person's name only a vowelless run of letters reads as initials ("JC", not "Se")
      if (isPerson && /[aeiouy]/.test(w.text)) return;
      for (let j = 0; j + w.text.length <= long.length; j += 1) {
        const run = long.slice(j, j + w.text.length);
        if (run.some((_, k) => usedLg.has(j + k))) continue;
        if (run.map((x) => x.text[0]).join('') !== w.text) continue;
        usedS.add(i);
        run.forEach((_, k) => usedLg.add(j + k));
        const weight = w.weight + run.reduce((sum, x) => sum + x.weight, 0);
        align.agreed += 0.9 * weight;
        align.total += weight;
        align.acronyms += 1;
        if (align.explain) align.explanation.push(`"${w.text}" stands for "${run.map((x) => x.text).join(' ')}"`);
        return;
      }
    });
  };
  tryAcronyms(left, right, usedL, usedR);
  tryAcronyms(right, left, usedR, usedL);
  // a run of two or three words written as one: "Plat Ono Vich" = Platonovich, "MohammadHasni"
  const joinRuns = (run: PreparedWord[], used: Set<number>, single: PreparedWord[], usedSingle: Set<number>): void => {
    for (let len = 3; len >= 2; len -= 1) {
      for (let i = 0; i + len <= run.length; i += 1) {
        if (run.slice(i, i + len).some((_, k) => used.has(i + k))) continue;
        const words = run.slice(i, i + len);
        const joined = words.map((w) => w.key).join('');
        for (let j = 0; j < single.length; j += 1) {
          const w = single[j]!;
          if (usedSingle.has(j) || Math.min(joined.length, w.key.length) < 6) continue;
          const sim = editSimilarity(joined, w.key);
          if (sim < 0.85) continue;
          words.forEach((_, k) => used.add(i + k));
          usedSingle.add(j);
          const weight = Math.max(words.reduce((sum, x) => sum + x.weight, 0), w.weight) * 2;
          align.agreed += sim * 0.97 * weight;
          align.total += weight;
          if (align.explain) align.explanation.push(
            `"${words.map((x) => x.text).join(' ')}" ~ "${w.text}": written together or split differently (${sim.toFixed(2)})`,
          );
          break;
        }
      }
    }
  };
  joinRuns(left, usedL, right, usedR);
  joinRuns(right, usedR, left, usedL);
  // all that is left on both sides joined differently: "VladimirPutin" = Vladimir Putin
  const restL = left.map((w, i) => ({ w, i })).filter((x) => !usedL.has(x.i));
  const restR = right.map((w, i) => ({ w, i })).filter((x) => !usedR.has(x.i));
  if (restL.length === 0 || restR.length === 0 || restL.length + restR.length < 3) return [usedL, usedR];
  const isArabic = restL.some((x) => x.w.isVowelless) || restR.some((x) => x.w.isVowelless);
  // Arabic script writes no short vowels: compare the runs' consonants ("jlal al-dyn" = Jalaluddin)
  const jl = restL.map((x) => (isArabic ? x.w.skeleton : x.w.key)).join('');
  const jr = restR.map((x) => (isArabic ? x.w.skeleton : x.w.key)).join('');
  if (Math.min(jl.length, jr.length) < (isArabic ? 3 : 5)) return [usedL, usedR];
  const sim = editSimilarity(jl, jr);
  if (sim >= 0.85) {
    for (const x of restL) usedL.add(x.i);
    for (const x of restR) usedR.add(x.i);
    const weight = Math.max(restL.reduce((s2, x) => s2 + x.w.weight, 0), restR.reduce((s2, x) => s2 + x.w.weight, 0)) * 2;
    align.agreed += sim * 0.97 * weight;
    align.total += weight;
    if (align.explain) align.explanation.push(
      `"${restL.map((x) => x.w.text).join(' ')}" ~ "${restR.map((x) => x.w.text).join(' ')}": written together or split differently (${sim.toFixed(2)})`,
    );
  }
  return [usedL, usedR];
}

function alignWords(a: PreparedForm, b: PreparedForm, kind: MatchKind, explain: boolean): FormScore {
  const pairs: { i: number; j: number; sim: number; how: string }[] = [];
  for (let i = 0; i < a.words.length; i += 1) {
    for (let j = 0; j < b.words.length; j += 1) {
      const wa = a.words[i]!;
      const wb = b.words[j]!;
      if (!isCompatible(wa, wb)) continue;
      const agreement = compareWords(wa, wb);
      let { sim, how } = agreement;
      // both written as lists write a person's name: a family name read against a given name agrees a little less
      if (a.listFamily !== null && b.listFamily !== null && sim > 0 && sim !== ABD_DROPPED && a.listFamily.has(wa.text) !== b.listFamily.has(wb.text)) {
        sim *= ACROSS_LIST_COMMA;
        how = `${how}, one before the list's comma and one after`;
      }
      if (sim >= PAIR_MIN) pairs.push({ i, j, sim, how });
    }
  }
  pairs.sort((x, y) => y.sim - x.sim || a.words[y.i]!.weight + b.words[y.j]!.weight - a.words[x.i]!.weight - b.words[x.j]!.weight);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  // words paired as written (not a Chinese, Japanese or Korean syllable, whose order says nothing of the surname)
  const closeA = new Set<number>();
  const closeB = new Set<number>();
  const align: Alignment = { agreed: 0, total: 0, explanation: [], explain, acronyms: 0 };
  let matchedNames = 0;
  let matchedKunya: string | null = null;
  let abdBareSide: 'a' | 'b' | null = null;
  /** The weight of the pair read as Abd al- X against X. */
  let abdPairWeight = 0;
  /** Which word of b each paired word of a was paired with. */
  const pairedWith = new Map<number, number>();
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    pairedWith.set(p.i, p.j);
    const wa = a.words[p.i]!;
    const wb = b.words[p.j]!;
    if (p.sim === 1 && !wa.isSyllabic && !wb.isSyllabic) {
      closeA.add(p.i);
      closeB.add(p.j);
    }
    const weight = wa.weight + wb.weight;
    align.agreed += p.sim * weight;
    align.total += weight;
    if (wa.role !== 'legal' && wa.role !== 'kunya_marker') {
      matchedNames += 1;
      if (wa.role === 'kunya' || wb.role === 'kunya') matchedKunya = wa.role === 'kunya' ? wa.text : wb.text;
    }
    // "Abdul Mohammad" against "Dost Mohammad": the other name's word before the bare one holds Abd al-'s place
    if (p.sim === ABD_DROPPED) {
      abdBareSide = wa.text.startsWith('abdul') ? 'b' : 'a';
      abdPairWeight = weight;
    }
    const role = wa.role === wb.role ? wa.role : `${wa.role}/${wb.role}`;
    if (align.explain) align.explanation.push(
      wa.text === wb.text && p.sim === 1
        ? `${role} "${wa.text}" agrees`
        : `${role} "${wa.text}" ~ "${wb.text}": ${p.how} (${p.sim.toFixed(2)})`,
    );
  }
  // the bare side's Abd written apart from its name, moved by the list's comma or mistyped ("AL-RAHMAN …,
  // ‘ABD", "IABD-AL-GHAFUR", "ADB-AL-HAMID"): the other side's Abd al- X is there whole
  if (abdBareSide !== null) {
    const [bare, used] = abdBareSide === 'a' ? [a, usedA] : [b, usedB];
    const split = bare.words.findIndex((w, i) => !used.has(i) && isSplitAbd(w.text));
    if (split >= 0) {
      used.add(split);
      const w = bare.words[split]!;
      align.agreed += (SPLIT_ABD - ABD_DROPPED) * abdPairWeight + SPLIT_ABD * w.weight;
      align.total += w.weight;
      abdBareSide = null;
      if (align.explain) align.explanation.push(`"${w.text}" is the Abd al- written apart from its name`);
    }
  }
  const leftA = a.words.filter((_, i) => !usedA.has(i));
  const leftB = b.words.filter((_, j) => !usedB.has(j));
  const [joinedA, joinedB] = matchLeftovers(leftA, leftB, align, kind === 'person');
  const restA = leftA.filter((_, i) => !joinedA.has(i));
  const restB = leftB.filter((_, j) => !joinedB.has(j));
  if (align.total === 0) return { score: 0, explanation: ['no part agrees'] };
  matchedNames += joinedA.size > 0 ? 1 : 0;

  // a legal form on either side says these are companies, whose region words name an arm of the brand
  const isCompany = kind === 'organization' && (a.words.some((w) => w.role === 'legal') || b.words.some((w) => w.role === 'legal'));
  const isRegion = (w: PreparedWord): boolean => isCompany && w.role === 'word' && REGION_WORDS.has(w.text);
  const isName = (w: PreparedWord): boolean =>
    w.role !== 'kunya_marker' && w.role !== 'legal' && w.role !== 'generic' && !isRegion(w);
  const namesLeftA = restA.filter(isName).length;
  const namesLeftB = restB.filter(isName).length;
  const isConflict = namesLeftA > 0 && namesLeftB > 0;
  // the shorter name is wholly contained in the longer, and agrees on enough to say so
  const agreedWeight = align.agreed / 2;
  const isContained = !isConflict && matchedNames >= 2 && agreedWeight >= 1.5;
  // the contained name's own last word (its surname) found as written in the longer one: the longer's
  // unmatched surname-like word is one more part of a long name (Masood Azhar = Mohammed Masood Azhar Alvi)
  const lastAgrees = (form: PreparedForm, close: Set<number>): boolean => form.words.length > 0 && close.has(form.words.length - 1);
  const surnameFound = (namesLeftA === 0 && lastAgrees(a, closeA)) || (namesLeftB === 0 && lastAgrees(b, closeB));
  const legalLeftA = restA.some((w) => w.role === 'legal');
  const legalLeftB = restB.some((w) => w.role === 'legal');
  // "Muthanna Harith Sulayman" against "Harith Sulayman": a chain of names (given, father's,
  // grandfather's) without its first is the father's name, not the same man's
  const firstDropped = (form: PreparedForm, other: PreparedForm, rest: PreparedWord[], pairedFirst: boolean): PreparedWord | null => {
    const first = form.words[0];
    if (kind !== 'person' || first === undefined || first.role !== 'given' || first.weight < 1 || !rest.includes(first)) return null;
    // a chain needs three names on the shorter side too ("Boris Johnson" is not a father's name)
    return pairedFirst && other.words.length >= 3 ? first : null;
  };
  const droppedFirst =
    firstDropped(a, b, restA, pairedWith.get(1) === 0) ?? firstDropped(b, a, restB, [...pairedWith].some(([i, j]) => i === 0 && j === 1));
  const penalise = (words: PreparedWord[], side: 'a' | 'b'): void => {
    // the bare side's extra names stand where the other side's Abd al- stood: a conflict
    const isAbdSlot = kind === 'person' && abdBareSide === side && (side === 'a' ? namesLeftB : namesLeftA) === 0;
    for (const w of words) {
      let factor: number;
      let note: string;
      if (w.role === 'legal') {
        factor = legalLeftA && legalLeftB ? LEGAL_CONFLICT : 1;
        note = factor > 1 ? 'conflicts' : 'missing on the other side';
      } else if (kind === 'organization') {
        // "al-Hayat" against "al-Hayat Media Center": words saying only what kind of body it is, on one side only
        const namesAgree = !(restA.some(isName) || restB.some(isName));
        const oneSided = namesAgree && (restA.length === 0 || restB.length === 0);
        // "Muassasat al-Furqan" against "al-Furqan Media": the names agree, only the kind of body differs
        factor =
          isRegion(w) && oneSided
            ? GENERIC_WEIGHT * GENERIC_ONE_SIDED
            : w.role === 'word' && w.hasDigit && !(side === 'a' ? restB : restA).some((x) => x.hasDigit)
            ? NUMBERED_EXTRA
            : w.role === 'word'
            ? ORGANIZATION_EXTRA
            : w.role === 'generic' && oneSided
              ? GENERIC_ONE_SIDED
              : w.role === 'generic' && namesAgree
                ? GENERIC_BOTH_SIDED
                : 1;
        note = isConflict ? 'has no counterpart (conflict)' : 'missing on the other side';
      } else if (w === droppedFirst && !isConflict) {
        factor = PERSON_CONFLICT;
        note = 'missing on the other side, whose name starts at the next one (a father\'s name?)';
      } else if ((isConflict || isAbdSlot) && isName(w)) {
        factor = PERSON_CONFLICT;
        note = isConflict ? 'has no counterpart (conflict)' : 'stands where the other name has Abd al- (conflict)';
      } else {
        // a surname the other name lacks is not an extra middle name: no discount for it,
        // unless the other name's own surname was found
        const discount = isContained && (w.role !== 'family' || surnameFound) ? CONTAINED_DISCOUNT : 1;
        factor = (OMISSION[w.role] ?? 1) * discount;
        note = 'missing on the other side';
      }
      align.total += w.weight * factor;
      if (align.explain) align.explanation.push(`${w.role} "${w.text}" ${note}`);
    }
  };
  penalise(restA, 'a');
  penalise(restB, 'b');
  let score = align.total === 0 ? 0 : align.agreed / align.total;
  // Islamic State against Islamic State Somalia: the short name, wholly found, is a parent brand
  // of the long one, which adds a place or letter of its own
  const sharedRun = matchedNames >= 2 || joinedA.size + joinedB.size >= 2;
  if (kind === 'organization' && !isConflict && sharedRun && (namesLeftA > 0) !== (namesLeftB > 0)) {
    const [short, extra] = namesLeftA > 0 ? [b, restA] : [a, restB];
    const specific = short.words.filter((w) => w.role === 'word').length;
    const adds = extra.filter((w) => w.role === 'word');
    if (specific <= 2 && adds.length > 0) {
      score = Math.min(score, PARENT_SCORE + 0.05);
      if (align.explain) align.explanation.push(
        `parent: "${short.label}" may be the parent of a branch that adds ${adds.map((w) => `"${w.text}"`).join(', ')}`,
      );
    }
  }
  // initials alone ("N.N.", the placeholder for an unknown name) do not name a person
  if (kind === 'person' && matchedNames === 1 && align.acronyms > 0 && score > SINGLE_WORD_CAP) {
    score = SINGLE_WORD_CAP;
    if (align.explain) align.explanation.push('only initials agree: they do not name one person');
  }
  // one shared word is weak evidence when either name says more
  if (kind === 'person' && matchedNames === 1 && (namesLeftA > 0 || namesLeftB > 0) && score > SINGLE_WORD_CAP) {
    score = SINGLE_WORD_CAP;
    if (align.explain) {
      align.explanation.push(
        matchedKunya === null
          ? 'only one name part agrees'
          : `only the kunya "Abu/Umm ${matchedKunya}" agrees: many people share a kunya, so it alone is not a match`,
      );
    }
  }
  return { score, explanation: align.explanation };
}

function compareAcronyms(a: PreparedForm, b: PreparedForm): FormScore | null {
  if (a.acronym !== null && b.acronym !== null) {
    if (a.acronym === b.acronym) return { score: 1, explanation: [`same acronym "${a.acronym}"`] };
    if (a.acronym === `${b.acronym}p` || b.acronym === `${a.acronym}p`) {
      return { score: 0.85, explanation: [`acronyms "${a.acronym}" and "${b.acronym}" differ by P(rovince)`] };
    }
    return null;
  }
  const [acro, other] = a.acronym !== null ? [a, b] : [b, a];
  if (acro.acronym === null) return null;
  const letters = acro.acronym;
  if (other.initials.includes(letters)) {
    return { score: 0.92, explanation: [`acronym "${letters}" stands for "${other.label}"`] };
  }
  // a trailing P is Province: ISKP = Islamic State (of) Khorasan (a group's, not a company's)
  if (letters.length >= 3 && letters.endsWith('p') && other.initials.includes(letters.slice(0, -1)) && !other.words.some((w) => w.role === 'legal')) {
    return { score: 0.88, explanation: [`acronym "${letters}" stands for "${other.label}", its P read as Province`] };
  }
  // ISIS-K against Islamic State: the acronym adds letters to the other's initials, a child of it
  const parent = other.initials.find((i) => i.length >= 2 && letters.length > i.length && letters.startsWith(i));
  if (parent !== undefined) {
    return {
      score: PARENT_SCORE,
      explanation: [`parent: "${other.label}" ("${parent}") is the parent of "${acro.label}" ("${letters}"), not the same group`],
    };
  }
  return null;
}

function compareForms(a: PreparedForm, b: PreparedForm, kind: MatchKind, explain: boolean): FormScore {
  if (a.words.length === 0 || b.words.length === 0) return { score: 0, explanation: ['nothing left to compare'] };
  let best = alignWords(a, b, kind, explain);
  if (kind === 'organization') {
    const acronym = compareAcronyms(a, b);
    if (acronym && acronym.score > best.score) best = acronym;
  }
  return best;
}

/** Scores two prepared names (the index's hot path: prepare each side once). */
export function comparePreparedNames(
  a: PreparedName,
  b: PreparedName,
  threshold = MATCH_THRESHOLD,
  explain = true,
): NameMatch {
  const kind: MatchKind = a.kind === 'organization' || b.kind === 'organization' ? 'organization' : 'person';
  let best: FormScore = { score: 0, explanation: ['nothing to compare'] };
  let bestPair: [PreparedForm, PreparedForm] | null = null;
  for (const fa of a.forms) {
    for (const fb of b.forms) {
      const s = compareForms(fa, fb, kind, explain);
      if (s.score > best.score || bestPair === null) {
        best = s;
        bestPair = [fa, fb];
      }
    }
  }
  const explanation = [...best.explanation];
  if (bestPair && explain) {
    const [fa, fb] = bestPair;
    if (a.forms.length > 1 && fa !== a.forms[0]) explanation.unshift(`compared as "${fa.label}" (another name given in "${a.value}")`);
    if (b.forms.length > 1 && fb !== b.forms[0]) explanation.unshift(`compared as "${fb.label}" (another name given in "${b.value}")`);
    const dropped = [...new Set([...fa.dropped, ...fb.dropped])];
    if (dropped.length > 0) explanation.push(`left out: ${dropped.join(', ')}`);
    const translated = [...new Set([...fa.translated, ...fb.translated])];
    if (translated.length > 0) explanation.push(`read in English: ${translated.join(', ')}`);
  }
  let agreed = best.score;
  if (kind === 'person' && agreed < CHINESE_ROMANISATIONS && isSameChineseName(a.value, b.value)) {
    agreed = CHINESE_ROMANISATIONS;
    if (explain) explanation.push('the same Chinese syllables in pinyin and Wade-Giles spelling');
  }
  const score = Math.round(Math.min(1, Math.max(0, agreed)) * 1000) / 1000;
  return { score, isMatch: score >= threshold, explanation };
}

/**
 * Scores how likely two names name the same entity, across scripts and transliterations,
 * and says why: which parts agreed (and by which rule), which were missing, which conflicted.
 */
export function matchNames(a: string, b: string, options: MatchOptions = {}): NameMatch {
  const set = options.reference?.shared(a, b);
  if (set !== undefined) return { score: 1, isMatch: true, explanation: [explainAliasSet(set, a.trim(), b.trim())] };
  const kind = options.kind ?? (guessMatchKind(a) === 'organization' || guessMatchKind(b) === 'organization' ? 'organization' : 'person');
  return comparePreparedNames(prepareName(a, kind), prepareName(b, kind), options.threshold);
}
