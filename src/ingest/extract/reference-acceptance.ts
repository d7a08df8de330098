import type { ReferenceName } from '../reference/index.js';
import { CAPITALISED_STOPWORDS, GROUP_TAIL_HEADS, NAME_PARTICLES } from './genre-lexicon.js';
import { NAME_GAP, ORG_TAILS, POSSESSIVE_GAP } from './mention-lexicon.js';
import type { MentionScan } from './mention-scan.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/**
 * The test a name of the pack found at token `start` must pass to be read there: no sentence's or clause's punctuation
 * inside, no longer body's name it opens ("Department of State Services"), and an acronym or a proper name written as such.
 */
export function acceptReferenceAt(s: MentionScan, start: number): (name: ReferenceName, length: number) => boolean {
  const { text, tokens } = s;
  return (name: ReferenceName, length: number): boolean => {
    const first = tokens[start] as Token;
    for (let k = start + 1; k < start + length; k++) {
      const gap = (tokens[k] as Token).gap;
      if (/[.;:!?()\n]/.test(gap) && !/^\.\s?$/.test(gap)) return false;
      if (/,/.test(gap) && !/,/.test(name.value)) return false;
    }
    // "Department of State Services": a pack body's name inside a longer one
    const after = tokens[start + length];
    if ((name.entry.type === 'organization' || name.entry.type === 'group') && after !== undefined && after.isCapitalised && after.gap === ' ' &&
      ORG_TAILS.has(after.key) && !name.isAcronym) return false;
    // ("United Nations Children's Fund": a pack body's name opening a longer body's, a possessive inside)
    if ((name.entry.type === 'organization' || name.entry.type === 'group') && after !== undefined && after.isCapitalised && !name.isAcronym &&
      after.gap === ' ' && bodyHeadWithin(s, start + length)) return false;
    // ("African Union Transition Mission": a word between, then a mission)
    const second = tokens[start + length + 1];
    if (name.entry.type === 'organization' && after !== undefined && after.isCapitalised && after.gap === ' ' && !name.isAcronym &&
      second !== undefined && second.key === 'mission' && second.isCapitalised && second.gap === ' ') return false;
    // "the Africa Corps", "Sinai Tribes Union": a pack place's name opening a body's or a group's
    // ("Mindanao State University": two words, the second a head)
    if (name.entry.type === 'location' && after !== undefined && after.isCapitalised && after.gap === ' ' && !name.isAcronym) {
      const second = tokens[start + length + 1];
      const twoWords = second !== undefined && second.isCapitalised && second.gap === ' ' && !CAPITALISED_STOPWORDS.has(after.key);
      const head = twoWords ? second : after;
      const beyond = tokens[start + length + (twoWords ? 2 : 1)];
      if ((ORG_TAILS.has(head.key) || GROUP_TAIL_HEADS.has(head.key)) && (beyond === undefined || !beyond.isCapitalised || !NAME_GAP.test(beyond.gap))) return false;
    }
    // "Lashkar-e-Jhangvi al-Alami": the Arabic article and a word after a pack group's name write a longer name, another group's
    // (a comma or a bracket between is a list or a gloss, not the name)
    const article = tokens[start + length + 1];
    if (name.entry.type === 'group' && !name.isAcronym && after !== undefined && !after.isCapitalised && after.gap === ' ' &&
      (after.key === 'al' || after.key === 'el') && article !== undefined && article.isCapitalised && /^[-‑]$/.test(article.gap)) return false;
    const surface = spanText(text, tokens, start, start + length);
    if (name.isAcronym) return surface.replace(NOT_LETTER, '') === name.value.replace(NOT_LETTER, '');
    // "LeT", "JuD", "DoD": a short acronym in mixed case is written so, not "Let" opening a sentence
    if (MIXED_CASE_ACRONYM.test(name.value)) return surface.replace(NOT_LETTER, '') === name.value.replace(NOT_LETTER, '');
    if (name.isProper) {
      if (first.isCapitalised) return true;
      // al-Qaeda, al-Shabaab: a lower-case particle before a capitalised word
      return NAME_PARTICLES.has(first.key) && length > 1 && (tokens[start + 1] as Token).isCapitalised;
    }
    return true;
  };
}

/** Whether capitalised words from token `at` (a possessive may stand between: "Children's Fund") end on a body's head within three words. */
export function bodyHeadWithin(s: MentionScan, at: number): boolean {
  const { tokens, n } = s;
  let sawPossessive = false;
  for (let k = at; k < at + 3 && k < n; k++) {
    const t = tokens[k] as Token;
    if (!t.isCapitalised || (k > at && !NAME_GAP.test(t.gap) && !POSSESSIVE_GAP.test(t.gap))) return false;
    sawPossessive ||= k > at && POSSESSIVE_GAP.test(t.gap);
    if (sawPossessive && ORG_TAILS.has(t.key)) return !(k + 1 < n && (tokens[k + 1] as Token).isCapitalised && NAME_GAP.test((tokens[k + 1] as Token).gap));
  }
  return false;
}

/** Patterns with \p{…} classes are built where they are declared, not at each use (a literal of that kind compiles to `new RegExp`). */
const NOT_LETTER = /[^\p{L}]/gu;

/** A pack name of at most four letters with a capital after a lower-case letter: "LeT", "JuD", "DoD". */
const MIXED_CASE_ACRONYM = /^(?=(?:[^\p{L}]*\p{L}){1,4}[^\p{L}]*$).*\p{Ll}\p{Lu}/u;
