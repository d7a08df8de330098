import { ENTITY_TYPES, type EntityType, type Sentence } from '../../model/index.js';
import { detectScript } from '../../names/index.js';
import { lookupKey, type Gazetteer, type Place } from '../reference/index.js';
import type { ExtractedEntity, Extraction } from '../extraction.js';
import { countBefore } from './count-before.js';
import shippedWeights from '../reference/entity-classifier-weights.json' with { type: 'json' };
import { CAPITALISED_STOPWORDS, GIVEN_NAMES, HONORIFICS, KUNYA_OPENERS, NAME_PARTICLES, PERSON_NAME_ENDINGS, TITLES } from './genre-lexicon.js';
import { captionSpans, datelineOutletSpans, frontMatterSpans, spanTest } from './non-prose-spans.js';
import type { Mention } from './mention.js';
import { makeSentenceFinder, type ResolvedEntities } from './resolve-entities.js';
import type { Token } from './tokenize.js';
import { classProbabilities, softmaxModel, type SoftmaxModel, type SoftmaxModelWeights } from './softmax-model.js';
import { boundedMemo } from './bounded-memo.js';

/**
 * A learned second opinion on the rules' entities (issue 8, entities on reports never seen): each
 * entity the rules resolved, and each capitalised name they left out, becomes a candidate described
 * by features that hold across topics (the rules' type and basis, the gazetteer's facts, the name's
 * shape, head and last words, the words around it, where it stands); a multinomial logistic
 * regression (weights trained by eval/train-entity-model.ts) gives each candidate a probability per
 * type and "none", and a policy chosen on training sets only says when that overrules the rules.
 */

/** One thing that may be an entity of the document. */
export interface EntityCandidate {
  /** The rules' entity, by key; null for a capitalised name the rules left out. */
  key: string | null;
  /** The rules' type; null for a name they left out. */
  type: EntityType | null;
  /** An end of a relation or a party to an event the rules read: never dropped (those would go with it). */
  isParty: boolean;
  /**
   * The reference (the knowledge pack) identified it, or a wire story's dateline names it as its outlet: its name and
   * type are the pack's (the dateline's), neither dropped nor retyped.
   */
  isKnown: boolean;
  name: string;
  /** Every name it goes by (the first is `name`). */
  names: readonly string[];
  /** Where the text names it (for a name the rules left out: each place it stands uncovered). */
  spans: readonly { start: number; end: number }[];
  features: readonly string[];
}

/** A type (the rules' kept, another given, a left-out name added) or null (dropped, or left out still). */
export type EntityVerdict = EntityType | null;

/** Judges one document's candidates, one verdict each, in order. */
export type EntityJudge = (candidates: readonly EntityCandidate[]) => readonly EntityVerdict[];

/** The model's classes: "none" and the entity types, in this order. */
export const ENTITY_CLASSES: readonly ('none' | EntityType)[] = ['none', ...ENTITY_TYPES];

/** When the model's probabilities overrule the rules (null: never). */
export interface EntityPolicy {
  /** Another type for a rules' entity, when its probability reaches this. */
  retype: number | null;
  /** A rules' entity dropped, when "none" reaches this. */
  drop: number | null;
  /** A left-out name added, when a type reaches this. */
  add: number | null;
}

/** A model as eval/train-entity-model.ts writes it (arrays, so that its JSON stays small and plainly typed). */
export type EntityModelWeights = SoftmaxModelWeights<EntityPolicy>;

/** A model ready to score: its weights by feature. */
export type EntityModel = SoftmaxModel<EntityPolicy>;

/** The model's probability of each class (ENTITY_CLASSES' order) for a candidate's features. */
export { classProbabilities };

/** The model ready to score (checks that it was trained on ENTITY_CLASSES). */
export function entityModel(weights: EntityModelWeights): EntityModel {
  return softmaxModel('entity', ENTITY_CLASSES, weights);
}

/** The model trained on every study set by `eval/train-entity-model.ts --write`, with the policy chosen there. */
export const SHIPPED_ENTITY_MODEL: EntityModel = entityModel(shippedWeights);

/** Features read at most at this many places where a candidate stands (the first ones). */
const MAX_PLACES = 6;
/** Longest left-out name, in words. */
const MAX_RUN = 6;
/** Lower-case words that may join the capitalised words of a left-out name: "Bank of Cyprus", "Ras al-Ain". */
const JOINERS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'de', 'del', 'da', 'la', 'du', 'van', 'von']);
/** Lower-case words inside longer names: "Centre for Sahel Studies", "Bank of Cyprus". */
const FRAGMENT_JOINERS = new Set([...JOINERS, 'for', 'and', 'the', 'on', 'in']);
const BOUNDARY = /[.!?;:\n]/;
const DIGIT_START = /^\p{N}/u;
const POSSESSIVE = /^['’]s\b/;
/** An acronym in brackets right after a name: "Xyz Front (XF)". */
const ACRONYM_AFTER = /^ \(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)/u;
/** How a line that is a sentence ends (a heading's does not). */
const SENTENCE_END = /[.!?]["”’]?\s*$/;
const LIST_LINE = /^\s*(?:[-•*–]|\d{1,2}[.)])\s/;
/** What may stand between a name and the next in a list: "Foo, Bar", "Foo and Bar", "Foo (Bar)". */
const NEIGHBOUR_AFTER = /^(?:,\s|\s(?:and|or)\s|\s\()/;
const NEIGHBOUR_BEFORE = /(?:,\s|\s(?:and|or)\s|\s\()$/;
const CITATION = /https?:|www\.|\bet al\b|\bpp?\.\s?\d|\bvol\.|\bRetrieved\b/;
/**
 * Every place CITATION could start, its word boundaries left out, found once per document: a line with none of
 * them is no reference, told without running CITATION over the line of each place a candidate stands (CPU).
 * (Searched for as such, the search going on one character after each place found, so that places that overlap
 * are all found: a lookahead tried at every character cost ~2% of extraction.)
 */
const CITATION_OPENING = /https?:|www\.|et al|pp?\.\s?\d|vol\.|Retrieved/g;

/** Where CITATION_OPENING matches in `text`, every place, in text order. */
function citationOpenings(text: string): number[] {
  const found: number[] = [];
  const re = CITATION_OPENING;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return found;
}

/** The shape of a word: "Xx", "XX", "Xx-Xx", "x-Xx", "d". */
function shapeOf(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch === ' ' ? ' ' : '-';
    if (!out.endsWith(c)) out += c;
  }
  return out.length > 12 ? out.slice(0, 12) : out;
}

const bucket = (n: number): string => (n <= 1 ? '1' : n === 2 ? '2' : n <= 5 ? '3-5' : '6+');
const populationBucket = (p: number): string => (p <= 0 ? '0' : String(Math.min(7, Math.floor(Math.log10(p)))));

/** The document's words and what every candidate's features read. */
interface Reading {
  text: string;
  tokens: readonly Token[];
  /** Lookup keys of the words the document writes in lower case. */
  lowerWords: ReadonlySet<string>;
  gazetteer: Gazetteer;
  /** The rules' mentions' types by where they start and where they end. */
  typeStarting: ReadonlyMap<number, EntityType>;
  typeEnding: ReadonlyMap<number, EntityType>;
  /** The words of the rules' entities' names (lookup keys), and their whole names. */
  entityWords: ReadonlySet<string>;
  /** lookupKey, each name's key made once per document (a name is keyed for its words, its features and as taken). */
  keyOf: (name: string) => string;
  /** Where CITATION_OPENING matches, in text order. */
  citationOpenings: readonly number[];
  /** Where the text's line breaks stand, in order (a line found by binary search, not by scanning a long paragraph for its ends). */
  newlines: readonly number[];
}

/** Where `text`'s line breaks stand, in order. */
function newlinesOf(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) found.push(at);
  return found;
}

const atSelf = (at: number): number => at;

/**
 * The context features "p1:killed", "n2:province" for a word's key, each string made once per word in a process: a
 * candidate's places give four of them, looked up by the model and kept in sets, and the same words recur.
 */
const contextFeatures = {
  p1: boundedMemo((key) => `p1:${key}`), p2: boundedMemo((key) => `p2:${key}`),
  n1: boundedMemo((key) => `n1:${key}`), n2: boundedMemo((key) => `n2:${key}`),
};

/** Whether a position of `openings` (in order) lies in [from, to). */
function hasOpeningIn(openings: readonly number[], from: number, to: number): boolean {
  const k = countBefore(openings, (at) => at, from);
  return k < openings.length && (openings[k] as number) < to;
}

/** The key of token k, '^' before the first. (Not a helper made in placeFeatures' loop: one per place a candidate stands.) */
function keyAt(tokens: readonly Token[], k: number): string {
  const t = tokens[k];
  return t === undefined ? '^' : t.key;
}

/** The features of the places a candidate stands, the first MAX_PLACES of them. */
function placeFeatures(r: Reading, spans: readonly { start: number; end: number }[], into: Set<string>): boolean {
  const { text, tokens } = r;
  let allInitial = true;
  const places = Math.min(spans.length, MAX_PLACES);
  for (let q = 0; q < places; q++) {
    const s = spans[q] as { start: number; end: number };
    const i = countBefore(tokens, (t) => t.start, s.start);
    const j = countBefore(tokens, (t) => t.start, s.end);
    const first = tokens[i];
    // the words before, unless a sentence or a line ends between
    const gap1 = first?.gap ?? '';
    const p1 = i === 0 || BOUNDARY.test(gap1) ? '^' : keyAt(tokens, i - 1);
    const p2 = p1 === '^' || i < 2 || BOUNDARY.test(tokens[i - 1]?.gap ?? '') ? '^' : keyAt(tokens, i - 2);
    into.add(contextFeatures.p1(p1));
    into.add(contextFeatures.p2(p2));
    if (p1 !== '^' && tokens[i - 1]?.isCapitalised) into.add('p1-capitalised');
    if (p1 === '^') into.add('at-start'); else allInitial = false;
    const pg = gap1.trim().slice(-2);
    if (pg) into.add(`pg:${pg}`);
    const next = tokens[j];
    const nextGap = next?.gap ?? '';
    const n1 = next === undefined || BOUNDARY.test(nextGap) ? '$' : next.key;
    const n2 = n1 === '$' || BOUNDARY.test(tokens[j + 1]?.gap ?? '.') ? '$' : (tokens[j + 1] as Token).key;
    into.add(contextFeatures.n1(n1));
    into.add(contextFeatures.n2(n2));
    if (n1 !== '$' && next?.isCapitalised) into.add('n1-capitalised');
    const ng = nextGap.trim().slice(0, 2);
    if (ng) into.add(`ng:${ng}`);
    if (POSSESSIVE.test(text.slice(s.end, s.end + 3))) into.add('possessive');
    // a rules' mention next to it, after a comma or "and" ("in Foo, Bar", "Foo and Bar"): its type
    const after = NEIGHBOUR_AFTER.exec(text.slice(s.end, s.end + 6));
    const nextType = after ? r.typeStarting.get(s.end + after[0].length) : undefined;
    if (nextType) into.add(`next-mention:${nextType}`);
    const before = NEIGHBOUR_BEFORE.exec(text.slice(Math.max(0, s.start - 6), s.start));
    const prevType = before ? r.typeEnding.get(s.start - before[0].length) : undefined;
    if (prevType) into.add(`previous-mention:${prevType}`);
    if (pg.endsWith('(') && ng.startsWith(')')) into.add('in-brackets');
    // (an acronym in brackets after it: "Xyz Front (XF)")
    if (ACRONYM_AFTER.test(text.slice(s.end, s.end + 14))) into.add('acronym-after');
    // the line it stands in: a heading, a list item, a reference
    // (at most 300 characters either side; found in the text itself, no slices copied to search)
    const from = Math.max(0, s.start - 300);
    const k = countBefore(r.newlines, atSelf, s.start);
    const newlineBefore = k > 0 ? (r.newlines[k - 1] as number) : -1;
    const lineStart = newlineBefore >= from ? newlineBefore + 1 : from;
    const newlineAfter = r.newlines[countBefore(r.newlines, atSelf, s.end)] ?? -1;
    const lineEnd = newlineAfter >= 0 && newlineAfter < s.end + 300 ? newlineAfter : Math.min(text.length, s.end + 300);
    const line = text.slice(lineStart, lineEnd);
    if (line.length < 70 && !SENTENCE_END.test(line)) into.add('heading-line');
    if (LIST_LINE.test(line)) into.add('list-line');
    if (hasOpeningIn(r.citationOpenings, lineStart, lineEnd) && CITATION.test(line)) into.add('citation-line');
  }
  return allInitial;
}

/**
 * What a name alone gives its features, read once per name in a process: its words' keys, its shape, the
 * lexicon's and the gazetteer's say. The same names recur across the reports that one reference extracts, and
 * a short report reads each of its names afresh where a long one reads it once.
 */
interface NameReading {
  /** The name's words (lookup keys). */
  words: readonly string[];
  /** The features its words and shape give with the rules' type, by that type ('none' for a name they left out), made at the first need. */
  byRule: Map<string, readonly string[]>;
  shape: string;
  /** The lexicon's features: a given name or kunya first, a title, a particle, a person's name ending. */
  lexicon: readonly string[];
  isDemonymFirst: boolean;
  /** The gazetteer's first place for the name itself (undefined: none, or not looked up: more than four words). */
  place: Place | undefined;
}

/** Names read, by gazetteer (the demonyms and places are its) and name; at most this many kept. */
const nameReaders = new WeakMap<Gazetteer, (name: string) => NameReading>();
const MAX_NAME_READINGS = 50_000;

/** The reading of a name (nameReaders). */
function readName(gazetteer: Gazetteer, name: string): NameReading {
  let read = nameReaders.get(gazetteer);
  if (read === undefined) {
    read = boundedMemo((n) => nameReading(gazetteer, n), MAX_NAME_READINGS);
    nameReaders.set(gazetteer, read);
  }
  return read(name);
}

/** What a name alone gives its features (NameReading), read afresh. */
function nameReading(gazetteer: Gazetteer, name: string): NameReading {
  const words = lookupKey(name).split(' ').filter((w) => w !== '');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const lexicon: string[] = [];
  if (GIVEN_NAMES.has(first)) lexicon.push('given-name');
  if (KUNYA_OPENERS.has(first)) lexicon.push('kunya');
  if (TITLES.has(first) || HONORIFICS.has(first)) lexicon.push('title-first');
  if (words.some((w) => NAME_PARTICLES.has(w))) lexicon.push('name-particle');
  if (PERSON_NAME_ENDINGS.test(last)) lexicon.push('person-ending');
  return {
    words, byRule: new Map(), shape: shapeOf(name), lexicon,
    isDemonymFirst: gazetteer.countryOfDemonym(name.split(/[\s-]/)[0] ?? '') !== null,
    place: words.length <= 4 ? gazetteer.lookup(name)[0] : undefined,
  };
}

/** The features a name's words and shape give with the rules' type, in the order the model was trained on. */
function ruleFeatures(reading: NameReading, rule: string): readonly string[] {
  let features = reading.byRule.get(rule);
  if (features === undefined) {
    const { words, shape } = reading;
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    const list = [`rule:${rule}`, `words:${Math.min(words.length, 5)}`, `first:${first}`, `last:${last}`, `rule:${rule}|last:${last}`];
    if (last.length >= 4) list.push(`suffix:${last.slice(-3)}`);
    list.push(`shape:${shape}`, `rule:${rule}|shape:${shape}`);
    features = list;
    reading.byRule.set(rule, features);
  }
  return features;
}

/** The words of a name's key (lookupKey, split at its spaces), kept across the documents of a process as nameReadings are. */
const keyWords = boundedMemo((name): readonly string[] => lookupKey(name).split(' '), MAX_NAME_READINGS);

/** The features of one candidate that its name and the rules' findings give. */
function nameFeatures(r: Reading, name: string, type: EntityType | null, mentions: readonly Mention[], count: number, into: Set<string>): void {
  const reading = readName(r.gazetteer, name);
  const { words } = reading;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const rule = type ?? 'none';
  for (const f of ruleFeatures(reading, rule)) into.add(f);
  into.add(`count:${bucket(count)}`);
  for (const f of reading.lexicon) into.add(f);
  if (r.lowerWords.has(last)) into.add('last-seen-lower');
  if (words.length > 1 && r.lowerWords.has(first)) into.add('first-seen-lower');
  if (reading.isDemonymFirst) into.add('demonym-first');
  const bases = new Set(mentions.map((m) => m.basis));
  for (const b of bases) {
    into.add(`basis:${b}`);
    into.add(`rule:${rule}|basis:${b}`);
  }
  const ref = mentions.find((m) => m.ref)?.ref;
  if (ref) into.add(`ref:${ref.type}`);
  // (a pattern's site carries its country as its place: only the gazetteer's own say)
  const place = mentions.find((m) => m.place && m.basis === 'gazetteer')?.place ?? reading.place;
  if (place) {
    into.add(`place:${place.level}`);
    into.add(`place:${place.level}|pop:${populationBucket(place.population)}`);
  } else into.add('no-place');
  // a word of another entity's name ("Brotherhood" of "Muslim Brotherhood"): a part, or an alias
  if (type === null && words.some((w) => r.entityWords.has(w))) into.add(words.length === 1 ? 'word-of-entity' : 'shares-entity-word');
}

/**
 * The candidates of a document: the rules' entities, then the capitalised names no mention covers
 * (one per name, with every place it stands), each with its features.
 */
export function entityCandidates(
  text: string, bodyEnd: number, tokens: readonly Token[], resolved: ResolvedEntities, gazetteer: Gazetteer, parties: ReadonlySet<string>,
): EntityCandidate[] {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.isCapitalised) lowerWords.add(t.key);
  const typeStarting = new Map<number, EntityType>();
  const typeEnding = new Map<number, EntityType>();
  for (const m of resolved.mentions) {
    typeStarting.set(m.start, m.type);
    typeEnding.set(m.end, m.type);
  }
  // (the names' keys resolveEntities made, and those of the left-out names, once each)
  const { keyOf } = resolved;
  const entityWords = new Set<string>();
  for (const e of resolved.entities) for (const n of e.names) for (const w of keyWords(n.value)) if (w.length > 2) entityWords.add(w);
  const r: Reading = { text, tokens, lowerWords, gazetteer, typeStarting, typeEnding, entityWords, keyOf, citationOpenings: citationOpenings(text), newlines: newlinesOf(text) };
  const byKey = new Map<string, Mention[]>();
  resolved.mentions.forEach((m, i) => {
    const key = resolved.entityOf[i] as string;
    const list = byKey.get(key);
    if (list) list.push(m); else byKey.set(key, [m]);
  });
  const candidates: EntityCandidate[] = [];
  const outlets = datelineOutletSpans(text);
  const isDatelineOutlet = (m: Mention): boolean => outlets.some(([start, end]) => m.start === start && m.end === end);
  /** Names the rules' entities hold, and the words of people's names ("Zarghun" of "Mullah Zarghun" is that person's, told short). */
  const taken = new Set<string>();
  for (const e of resolved.entities) {
    const mentions = byKey.get(e.key) ?? [];
    const features = new Set<string>();
    nameFeatures(r, e.name, e.type, mentions, mentions.length, features);
    const spans = mentions.filter((m) => m.start < bodyEnd);
    if (placeFeatures(r, spans, features) && spans.length > 0) features.add('only-at-start');
    const isParty = parties.has(e.key);
    if (isParty) features.add(`party|rule:${e.type}`);
    const names = [e.name, ...e.names.map((n) => n.value).filter((v) => v !== e.name)];
    for (const n of names) {
      taken.add(keyOf(n));
      if (e.type === 'person') for (const w of keyWords(n)) taken.add(w);
    }
    candidates.push({ key: e.key, type: e.type, isParty, isKnown: mentions.some((m) => m.ref !== null || isDatelineOutlet(m)), name: e.name, names, spans: mentions.map((m) => ({ start: m.start, end: m.end })), features: [...features] });
  }

  // runs of capitalised words no mention covers
  const covered = new Uint8Array(Math.min(bodyEnd, text.length) + 1);
  for (const m of resolved.mentions) covered.fill(1, Math.min(m.start, covered.length), Math.min(m.end, covered.length));
  // (no name in a byline, a masthead, the authors' affiliations or a caption: the rules read none there either)
  const inFrontMatter = spanTest(frontMatterSpans(text));
  const inCaption = spanTest(captionSpans(text, bodyEnd));
  const isFree = (t: Token | undefined): t is Token => t !== undefined && t.start < bodyEnd && covered[t.start] !== 1;
  const isNameWord = (t: Token | undefined): boolean => isFree(t) && t.isCapitalised && !DIGIT_START.test(t.text);
  const joins = (t: Token | undefined): boolean => t !== undefined && (t.gap === ' ' || t.gap === '-');
  /** A capitalised word of a rules' mention, `at`. */
  const isCoveredName = (at: number): boolean => {
    const t = tokens[at];
    return t !== undefined && t.isCapitalised && covered[t.start] === 1;
  };
  /**
   * Whether tokens [a, b) are the rest of a longer name a rules' mention holds part of: "Centre" and "Studies" around "Sahel"
   * in "Centre for Sahel Studies" (a mention's word right before or after, or one joining word between).
   */
  const isFragment = (a: number, b: number): boolean =>
    (joins(tokens[a]) && isCoveredName(a - 1)) || (FRAGMENT_JOINERS.has(tokens[a - 1]?.key ?? '') && joins(tokens[a - 1]) && joins(tokens[a]) && isCoveredName(a - 2)) ||
    (joins(tokens[b]) && isCoveredName(b)) || (FRAGMENT_JOINERS.has(tokens[b]?.key ?? '') && joins(tokens[b]) && joins(tokens[b + 1]) && isCoveredName(b + 1));
  const runs = new Map<string, { name: string; spans: { start: number; end: number }[] }>();
  const n = tokens.length;
  for (let i = 0; i < n;) {
    if (!isNameWord(tokens[i])) { i++; continue; }
    let j = i + 1;
    while (j < n && j - i < MAX_RUN && joins(tokens[j])) {
      if (isNameWord(tokens[j])) { j++; continue; }
      const t = tokens[j] as Token;
      if (isFree(t) && JOINERS.has(t.key) && !t.isCapitalised && isNameWord(tokens[j + 1]) && joins(tokens[j + 1])) { j += 2; continue; }
      break;
    }
    let a = i;
    while (a < j && CAPITALISED_STOPWORDS.has((tokens[a] as Token).key)) a++;
    while (a < j && !(tokens[a] as Token).isCapitalised) a++;
    // ("Whether Iran …": a sentence's first word, written in lower case elsewhere)
    if (a < j && (a === 0 || BOUNDARY.test((tokens[a] as Token).gap)) && lowerWords.has((tokens[a] as Token).key)) {
      a++;
      while (a < j && !(tokens[a] as Token).isCapitalised) a++;
    }
    if (a < j && !inFrontMatter((tokens[a] as Token).start) && !inCaption((tokens[a] as Token).start) && !isFragment(a, j)) {
      const start = (tokens[a] as Token).start;
      const end = (tokens[j - 1] as Token).end;
      const name = text.slice(start, end);
      const key = keyOf(name);
      if (key !== '' && !taken.has(key)) {
        const run = runs.get(key);
        if (run) run.spans.push({ start, end }); else runs.set(key, { name, spans: [{ start, end }] });
      }
    }
    i = j;
  }
  for (const { name, spans } of runs.values()) {
    const features = new Set<string>();
    nameFeatures(r, name, null, [], spans.length, features);
    if (placeFeatures(r, spans, features)) features.add('only-at-start');
    candidates.push({ key: null, type: null, isParty: false, isKnown: false, name, names: [name], spans, features: [...features] });
  }
  return candidates;
}

/** The verdict the policy gives a candidate with these probabilities (ENTITY_CLASSES' order). */
export function verdictOf(candidate: Pick<EntityCandidate, 'key' | 'type' | 'isParty' | 'isKnown'>, p: readonly number[], policy: EntityPolicy): EntityVerdict {
  let best = 1;
  for (let c = 2; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  const type = ENTITY_CLASSES[best] as EntityType;
  const pBest = p[best] as number;
  if (candidate.key === null) return policy.add !== null && pBest >= policy.add ? type : null;
  if (candidate.isKnown) return candidate.type;
  if (policy.drop !== null && !candidate.isParty && (p[0] as number) >= policy.drop) return null;
  if (policy.retype !== null && type !== candidate.type && pBest >= policy.retype) return type;
  return candidate.type;
}

/** A judge that follows the model and its policy. */
export function learnedJudge(model: EntityModel): EntityJudge {
  return (candidates) => candidates.map((c) => verdictOf(c, classProbabilities(c.features, model), model.policy));
}

/** The extractor's judge unless told otherwise: the shipped model. */
export const SHIPPED_ENTITY_JUDGE: EntityJudge = learnedJudge(SHIPPED_ENTITY_MODEL);

/**
 * The extraction with its entity index revised by the verdicts, after events and relations were read
 * from the rules' entities: dropped entities gone (with any relation they end and any event's parties
 * they were, though the learned judge drops no such party), retyped ones retyped, left-out names added
 * with the places they stand. (Fed to the events and relations finders, or dropping their parties, the
 * model's entities lowered their precision or recall on held-out sets: eval/train-entity-model.ts.)
 */
export function reviseEntities(
  extraction: Pick<Extraction, 'entities' | 'events' | 'relations' | 'quantities'>, sentences: readonly Sentence[],
  candidates: readonly EntityCandidate[], verdicts: readonly EntityVerdict[],
): Pick<Extraction, 'entities' | 'events' | 'relations' | 'quantities'> {
  const retyped = new Map<string, EntityType>();
  const dropped = new Set<string>();
  const added: ExtractedEntity[] = [];
  const sentenceOf = makeSentenceFinder(sentences);
  candidates.forEach((c, k) => {
    const v = verdicts[k] ?? null;
    if (c.key !== null) {
      if (v === null) dropped.add(c.key);
      else if (v !== c.type) retyped.set(c.key, v);
    } else if (v !== null) {
      // (pushed, not mapped, as the entities below)
      const mentions: ExtractedEntity['mentions'] = [];
      for (const s of c.spans) mentions.push({ start: s.start, end: s.end, sentence: sentenceOf(s.start) });
      added.push({
        key: `${v}:${lookupKey(c.name)}`, type: v, name: c.name, referenceId: null, attributes: [],
        names: [{ value: c.name, kind: 'primary', script: detectScript(c.name), span: null }],
        mentions,
      });
    }
  });
  if (retyped.size === 0 && dropped.size === 0 && added.length === 0) return extraction;
  const kept = (key: string): boolean => !dropped.has(key);
  // (pushed, not mapped: V8 makes an array it maps in optimised code holey and one mapped in the interpreter packed, and the
  // relations' second reading, which reads these entities, was compiled again each time the kind changed)
  const entities: ExtractedEntity[] = [];
  for (const e of extraction.entities) {
    if (!kept(e.key)) continue;
    const type = retyped.get(e.key);
    entities.push(type ? { ...e, type } : e);
  }
  for (const e of added) entities.push(e);
  return {
    entities,
    events: dropped.size === 0 ? extraction.events
      : extraction.events.map((e) => ({ ...e, actorKeys: e.actorKeys.filter(kept), targetKeys: e.targetKeys.filter(kept) })),
    relations: extraction.relations.filter((r) => kept(r.sourceKey) && kept(r.targetKey)),
    quantities: dropped.size === 0 ? extraction.quantities
      : extraction.quantities.map((q) => (q.entityKey !== null && !kept(q.entityKey) ? { ...q, entityKey: null } : q)),
  };
}
