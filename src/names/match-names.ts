import { editDistance, editSimilarity } from './string-distance.js';
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

/** How far two words agree, and by which rule. */
export function compareWords(a: PreparedWord, b: PreparedWord): WordAgreement {
  if (a.text === b.text) return { sim: 1, how: 'same' };
  if (a.role === 'initial' || b.role === 'initial') {
    if (a.text.length === 1 && b.text.length === 1) return { sim: 0, how: 'different initials' };
    return a.text[0] === b.text[0] ? { sim: 0.85, how: 'initial' } : { sim: 0, how: 'different initial' };
  }
  if (a.key === b.key) return { sim: 0.95, how: 'spelling variant' };
  let best: WordAgreement = { sim: 0, how: 'different' };
  if (a.skeleton.length >= 2 && a.skeleton === b.skeleton) {
    best = a.isVowelless || b.isVowelless
      ? { sim: 0.93, how: 'same consonants (Arabic script)' }
      : { sim: 0.85, how: 'same consonants' };
  } else if ((a.isVowelless || b.isVowelless) && a.skeleton.length >= 3 && b.skeleton.length >= 3) {
    const d = editDistance(a.skeleton, b.skeleton, 1);
    if (d === 1) best = { sim: 0.8, how: 'consonants one apart (Arabic script)' };
  }
  const shorter = Math.min(a.key.length, b.key.length);
  if (shorter >= 3) {
    const d = editDistance(a.key, b.key, 3);
    const sim = 1 - d / Math.max(a.key.length, b.key.length);
    // one slip is a typo in any word of four letters or more; two only in long words
    const tolerated = d <= (shorter >= 9 ? 2 : shorter >= 4 ? 1 : 0);
    const scaled = tolerated ? Math.max(0.8, sim) : sim * 0.9;
    if (scaled > best.sim) best = { sim: scaled, how: `${d} letter${d === 1 ? '' : 's'} apart` };
  }
  return best;
}

const PERSON_ROLES: WordRole[] = ['given', 'family', 'nisba', 'laqab', 'kunya', 'other'];

function isCompatible(a: PreparedWord, b: PreparedWord): boolean {
  if (a.role === 'patronymic' || b.role === 'patronymic') return a.role === b.role || a.role === 'other' || b.role === 'other';
  if (a.role === 'kunya_marker' || b.role === 'kunya_marker') return a.role === b.role;
  return true;
}

/** How much leaving a word out costs, by its role: by-names and patronymics are often omitted. */
const OMISSION: Partial<Record<WordRole, number>> = {
  patronymic: 0.35,
  nisba: 0.5,
  laqab: 0.5,
  kunya: 0.7,
  kunya_marker: 1,
  given: 0.75,
  initial: 0.6,
  legal: 1,
  generic: 1,
};

interface FormScore {
  score: number;
  explanation: string[];
}

function alignWords(a: PreparedForm, b: PreparedForm, kind: MatchKind): FormScore {
  const pairs: { i: number; j: number; sim: number; how: string }[] = [];
  for (let i = 0; i < a.words.length; i += 1) {
    for (let j = 0; j < b.words.length; j += 1) {
      const wa = a.words[i]!;
      const wb = b.words[j]!;
      if (!isCompatible(wa, wb)) continue;
      const { sim, how } = compareWords(wa, wb);
      if (sim >= 0.6) pairs.push({ i, j, sim, how });
    }
  }
  pairs.sort((x, y) => y.sim - x.sim || a.words[y.i]!.weight + b.words[y.j]!.weight - a.words[x.i]!.weight - b.words[x.j]!.weight);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let agreed = 0;
  let total = 0;
  const explanation: string[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    const wa = a.words[p.i]!;
    const wb = b.words[p.j]!;
    const weight = wa.weight + wb.weight;
    agreed += p.sim * weight;
    total += weight;
    const role = wa.role === wb.role ? wa.role : `${wa.role}/${wb.role}`;
    explanation.push(
      wa.text === wb.text
        ? `${role} "${wa.text}" agrees`
        : `${role} "${wa.text}" ~ "${wb.text}": ${p.how} (${p.sim.toFixed(2)})`,
    );
  }
  const leftA = a.words.filter((_, i) => !usedA.has(i));
  const leftB = b.words.filter((_, j) => !usedB.has(j));
  const rolesA = new Set(leftA.map((w) => w.role));
  const rolesB = new Set(leftB.map((w) => w.role));
  const isPersonConflict = (role: WordRole, other: Set<WordRole>): boolean =>
    kind === 'person' &&
    (other.has(role) ||
      (PERSON_ROLES.includes(role) && role !== 'laqab' && role !== 'nisba' && [...other].some((r) => r === 'given' || r === 'family' || r === 'other')));
  const penalise = (words: PreparedWord[], other: Set<WordRole>, otherHasAny: boolean): void => {
    for (const w of words) {
      const conflict = otherHasAny && isPersonConflict(w.role, other);
      const factor = kind === 'organization' || conflict ? 1 : (OMISSION[w.role] ?? 1);
      total += w.weight * factor;
      explanation.push(
        conflict ? `${w.role} "${w.text}" has no counterpart (conflict)` : `${w.role} "${w.text}" missing on the other side`,
      );
    }
  };
  penalise(leftA, rolesB, leftB.length > 0);
  penalise(leftB, rolesA, leftA.length > 0);
  if (usedA.size === 0) return { score: 0, explanation: ['no part agrees'] };
  return { score: total === 0 ? 0 : agreed / total, explanation };
}

function compareJoined(a: PreparedForm, b: PreparedForm): FormScore | null {
  if (a.words.length === b.words.length && a.words.length > 1) return null;
  const ja = a.words.map((w) => w.key).join('');
  const jb = b.words.map((w) => w.key).join('');
  if (Math.min(ja.length, jb.length) < 6) return null;
  const sim = editSimilarity(ja, jb);
  if (sim < 0.85) return null;
  return { score: sim * 0.97, explanation: [`written together or split differently: "${ja}" ~ "${jb}" (${sim.toFixed(2)})`] };
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
  if (other.initials.includes(acro.acronym)) {
    return { score: 0.92, explanation: [`acronym "${acro.acronym}" stands for "${other.label}"`] };
  }
  return null;
}

function compareForms(a: PreparedForm, b: PreparedForm, kind: MatchKind): FormScore {
  if (a.words.length === 0 || b.words.length === 0) return { score: 0, explanation: ['nothing left to compare'] };
  let best = alignWords(a, b, kind);
  const joined = compareJoined(a, b);
  if (joined && joined.score > best.score) best = joined;
  if (kind === 'organization') {
    const acronym = compareAcronyms(a, b);
    if (acronym && acronym.score > best.score) best = acronym;
  }
  return best;
}

/** Scores two prepared names (the index's hot path: prepare each side once). */
export function comparePreparedNames(a: PreparedName, b: PreparedName, threshold = MATCH_THRESHOLD): NameMatch {
  const kind: MatchKind = a.kind === 'organization' || b.kind === 'organization' ? 'organization' : 'person';
  let best: FormScore = { score: 0, explanation: ['nothing to compare'] };
  let bestPair: [PreparedForm, PreparedForm] | null = null;
  for (const fa of a.forms) {
    for (const fb of b.forms) {
      const s = compareForms(fa, fb, kind);
      if (s.score > best.score || bestPair === null) {
        best = s;
        bestPair = [fa, fb];
      }
    }
  }
  const explanation = [...best.explanation];
  if (bestPair) {
    const [fa, fb] = bestPair;
    if (a.forms.length > 1 && fa !== a.forms[0]) explanation.unshift(`compared as "${fa.label}" (another name given in "${a.value}")`);
    if (b.forms.length > 1 && fb !== b.forms[0]) explanation.unshift(`compared as "${fb.label}" (another name given in "${b.value}")`);
    const dropped = [...new Set([...fa.dropped, ...fb.dropped])];
    if (dropped.length > 0) explanation.push(`left out: ${dropped.join(', ')}`);
  }
  const score = Math.round(Math.min(1, Math.max(0, best.score)) * 1000) / 1000;
  return { score, isMatch: score >= threshold, explanation };
}

/**
 * Scores how likely two names name the same entity, across scripts and transliterations,
 * and says why: which parts agreed (and by which rule), which were missing, which conflicted.
 */
export function matchNames(a: string, b: string, options: MatchOptions = {}): NameMatch {
  const kind = options.kind ?? (guessMatchKind(a) === 'organization' || guessMatchKind(b) === 'organization' ? 'organization' : 'person');
  return comparePreparedNames(prepareName(a, kind), prepareName(b, kind), options.threshold);
}
