import type { Hedge, ProbabilityBand } from '../../model/index.js';
import { AnchoredPattern } from './anchored-pattern.js';
import { WordIndex } from './word-index.js';
import { countBefore } from './count-before.js';

/** A hedge and where the text writes it. */
export interface HedgeMention {
  start: number;
  end: number;
  hedge: Hedge;
}

type Rule = readonly [pattern: string, kind: Hedge['kind'], band: ProbabilityBand | null];

/**
 * Estimative language on the ICD 203 scale, the press's attributions, and words of
 * possibility. Longer phrases come first so "very likely" wins over "likely".
 */
const RULES: readonly Rule[] = [
  ['almost no chance', 'estimative', 'almost_no_chance'],
  ['remote(?:ly)? (?:chance|possibility|likelihood)', 'estimative', 'almost_no_chance'],
  ['(?:very|highly|extremely) (?:unlikely|improbable)', 'estimative', 'very_unlikely'],
  ['(?:very|highly) (?:improbably)', 'estimative', 'very_unlikely'],
  ['probably not|(?:is|are|was|were) not likely|not likely|unlikely|improbable|improbably', 'estimative', 'unlikely'],
  ['roughly (?:an )?even (?:chance|odds)|even chance|roughly even', 'estimative', 'roughly_even_chance'],
  ['almost certainly|almost certain|nearly certain(?:ly)?|virtually certain(?:ly)?', 'estimative', 'almost_certain'],
  ['(?:very|highly) (?:likely|probable|probably)', 'estimative', 'very_likely'],
  ['(?:most )?likely|probable|probably|increasingly likely|increasingly probable|in all likelihood', 'estimative', 'likely'],
  ['looks? set to|looked set to|seems? set to|seemed set to|(?:is|are|was|were) expected to', 'estimative', 'likely'],
  ['(?:thought|believed|said|reported|understood|alleged|assessed) to have been|(?:thought|believed|assessed) to be|believed to|thought to|assessed to', 'attributive', null],
  ['reportedly|reported(?:ly)? to|allegedly|alleged|purportedly|purported|according to|claimed|claims|is said to|are said to|was said to|were said to|unconfirmed|believed|thought to|suspected|presumably', 'attributive', null],
  ['may have|might have|could have|may|might|possibly|perhaps|apparently|appears to|appear to|seemingly|potentially', 'possibility', null],
];

/** Each rule read only where its opening words stand (anchored-pattern.ts). */
const COMPILED = RULES.map(([p, kind, band]) => ({ re: new AnchoredPattern(new RegExp(`\\b(?:${p})\\b`, 'gi')), kind, band }));

/**
 * Every hedge in `text[from, to)`, non-overlapping, longest phrase first. `words` is the document's
 * word index when the caller has one for a range holding [from, to).
 */
export function findHedges(text: string, from = 0, to = text.length, words?: WordIndex): HedgeMention[] {
  const slice = text.slice(from, to);
  const index = words !== undefined && words.text === text && words.from <= from && words.to >= to ? words : new WordIndex(text, from, to);
  const found: HedgeMention[] = [];
  // characters already taken by a longer phrase (one flag a character: linear in the text's length)
  const taken = new Uint8Array(slice.length);
  const isTaken = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i] === 1) return true;
    return false;
  };
  for (const { re, kind, band } of COMPILED) {
    for (const m of re.matchesIn(slice, from, index, re.startsIn(index))) {
      const s = m.index;
      const e = s + m[0].length;
      if (isTaken(s, e)) continue;
      // "claimed responsibility" and "claimed the attack" are a claim of an act, not a hedge
      if (/^claim/i.test(m[0]) && /^\s+(?:responsibility|credit|the|an?|it|this)\b/i.test(slice.slice(e))) continue;
      // "On 3 May 2024", "Theresa May": the month or a name, never a hedge (a sentence may open with the verb)
      if (/^May\b/.test(m[0]) && (!/(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(slice.slice(Math.max(0, s - 4), s)) || /^\s*(?:\d|[A-Z])/.test(slice.slice(e)))) continue;
      // "the likely" / "most likely" as an adjective on a noun still hedges; "alleged perpetrators" too
      taken.fill(1, s, e);
      found.push({ start: from + s, end: from + e, hedge: { text: m[0].toLowerCase(), kind, band } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The hedge that governs a statement made at `position` of a sentence: the nearest hedge
 * before it in the same clause, else one shortly after it (…"was killed, reportedly, in…").
 */
export function governingHedge(text: string, hedges: readonly HedgeMention[], position: number, sentenceStart: number): Hedge | null {
  // (hedges are in text order: only those of this sentence around `position` are looked at)
  let best: HedgeMention | null = null;
  let k = countBefore(hedges, (h) => h.start, sentenceStart);
  // (one that runs into the trigger governs it too: "is thought to have been killed", the trigger read from "been killed")
  for (; k < hedges.length && (hedges[k] as HedgeMention).start < position; k += 1) {
    const h = hedges[k] as HedgeMention;
    const between = h.end < position ? text.slice(h.end, position) : '';
    if (/[;]|\.\s/.test(between) || between.length > 160) continue;
    best = h;
  }
  if (best) return best.hedge;
  const after = k;
  for (; k < hedges.length && (hedges[k] as HedgeMention).start - position < 40; k += 1) {
    const h = hedges[k] as HedgeMention;
    if (h.start >= position && !/[;.]/.test(text.slice(position, h.start))) return h.hedge;
  }
  // "A drone strike … killed a commander near Djibo, according to local sources.": an attribution that
  // closes the sentence after a comma governs all of it
  for (let j = after; j < hedges.length && (hedges[j] as HedgeMention).start - position < 240; j += 1) {
    const h = hedges[j] as HedgeMention;
    if (h.start >= position && h.hedge.text === 'according to' && /,\s*$/.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
      !/[;.!?]/.test(text.slice(position, h.start)) && CLOSES_SENTENCE.test(text.slice(h.end, h.end + 62))) return h.hedge;
  }
  return null;
}

/** What follows an attribution that closes its sentence: a few words with no clause after them ("local sources."). */
const CLOSES_SENTENCE = /^[^.;,!?]{1,60}(?:[.!?]|$)/;
