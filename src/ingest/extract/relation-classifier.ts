import type { EntityType, RelationType, Sentence } from '../../model/index.js';
import type { ExtractedRelation } from '../extraction.js';
import { countBefore } from './count-before.js';
import { governingHedge, type HedgeMention } from './find-hedges.js';
import type { Mention } from './mention.js';
import type { Token } from './tokenize.js';
import { addWeights, classProbabilities, softmax, softmaxModel, type SoftmaxModel, type SoftmaxModelWeights } from './softmax-model.js';

/**
 * A learned second opinion on the relations between actors (issue 8, relations on reports never seen):
 * each ordered pair of persons, groups, organisations and outlets that a sentence names together is a
 * candidate, described by features that hold across topics (the ends' types, the words between them and
 * around them, the punctuation and other names between, the rules' own relation between them, a negation);
 * a multinomial logistic regression (weights trained by eval/train-relation-model.ts) gives each candidate a
 * probability per relation type and "none", and a policy chosen on training sets only says when that adds
 * a relation the rules missed or drops one they read. Places and their containment are left to the rules.
 * No model is shipped: the one eval/train-relation-model.ts trains pays too little on reports held out for
 * what it costs (its header has the figures); the extractor takes a judge only when given one.
 */

/** The model's classes: "none" and the relations between actors, in this order. */
export const RELATION_CLASSES = [
  'none', 'member_of', 'leader_of', 'affiliated_with', 'criticized', 'rival_of', 'allied_with', 'communicated_with',
  'split_from', 'published_by', 'directed', 'funded', 'recruited', 'pledged_allegiance_to', 'merged_with',
] as const satisfies readonly ('none' | RelationType)[];
export type RelationClass = (typeof RELATION_CLASSES)[number];

/** The kinds of entity a candidate's ends may be. */
const END_TYPES: ReadonlySet<EntityType> = new Set(['person', 'group', 'organization', 'media']);

/** Two entities a sentence names together, in one direction. */
export interface RelationCandidate {
  sourceKey: string;
  targetKey: string;
  /** The rules' relations from source to target, of the model's classes. */
  ruleTypes: readonly RelationType[];
  /** The sentence where they first stand together, and where the later of the two stands in it. */
  sentence: Sentence;
  at: number;
  /** What the pair is, wherever it stands: the ends' types and names, the rules' relations between them. */
  features: readonly string[];
  /** What each of the first MAX_PLACES places where they stand together says (read from the source's side). */
  places: readonly (readonly string[])[];
}

/** A relation type (the rules', another, one added) or null (none, or dropped). */
export type RelationVerdict = RelationType | null;

/** Judges one document's candidates, one verdict each, in order. */
export type RelationJudge = (candidates: readonly RelationCandidate[]) => readonly RelationVerdict[];

/** When the model's probabilities overrule the rules (null: never). */
export interface RelationPolicy {
  /** A relation the rules did not read, added when its type's probability reaches this. */
  add: number | null;
  /** A rules' relation dropped, when "none" reaches this. */
  drop: number | null;
}

/** A model as eval/train-relation-model.ts writes it. */
export type RelationModelWeights = SoftmaxModelWeights<RelationPolicy>;

/** A model ready to score: its weights by feature. */
export type RelationModel = SoftmaxModel<RelationPolicy>;

/** The model ready to score (checks that it was trained on RELATION_CLASSES). */
export function relationModel(weights: RelationModelWeights): RelationModel {
  return softmaxModel('relation', RELATION_CLASSES, weights);
}

/** Pairs read at most at this many sentences where they stand together (the first ones). */
const MAX_PLACES = 4;
/** Words between two names read one by one up to this many; a longer stretch is "far". */
const NEAR_WORDS = 12;
const NEGATION = /\b(?:not|never|no|denied|denies|deny|neither|nor|without)\b|n[’']t\b/i;
const SPEECH = /\b(?:said|says|told|according|claimed|claims|stated|announced|reported|alleged|accused)\b/i;

/**
 * Words of the genre by the relation they speak of, so that a rare word learns from its kind: posts of leaders and of
 * members, parts of a body, alliance, rivalry, union and split, outlets, money, speech against, contact.
 */
const CUE_CLASSES: ReadonlyMap<string, string> = new Map(Object.entries({
  leads: 'leader emir amir chief head founder co-founder chairman chairperson president secretary-general commander-in-chief led leads heads headed founded leadership',
  belongs: 'member members commander commanders fighter fighters operative operatives militant militants official officials spokesman spokesperson recruiter ideologue cadre cadres deputy lieutenant joined join ranks',
  part: 'wing branch affiliate affiliates faction province office unit arm front offshoot franchise subsidiary chapter division cell',
  ally: 'aligned allied ally allies alliance alongside backed cooperate cooperated cooperation support supported partner partners coalition loyal linked ties',
  rival: 'rival rivals rivalry against fought fight fighting clashed clashes clash hostile competes compete competing feud war enemy',
  union: 'merger merged merge united unified absorbed amalgamation formed',
  split: 'split splinter broke breakaway defected left expelled',
  outlet: 'outlet agency magazine channel newspaper media published publishes released produced propaganda mouthpiece platform',
  money: 'funded funds financed financing money paid payments donations supplied',
  blame: 'accused blamed criticized criticised condemned denounced threatened mocked',
  contact: 'met contact communicated messages spoke talks negotiated',
}).flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)));

/** A word's crude stem: "aligned", "aligning", "aligns" read as one. */
const stem = (w: string): string => (w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);

const bucket = (n: number): string => (n <= 0 ? '0' : n === 1 ? '1' : n === 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : '9+');

/** An entity of one of END_TYPES at one place in a sentence. */
interface Placed {
  key: string;
  type: EntityType;
  m: Mention;
  /** Index of the first token after the mention. */
  endToken: number;
}

/** A sentence's tokens (first, and one past the last) and whether it holds a negation: read once for all its pairs. */
interface SentenceWords { first: number; end: number; isNegated: boolean }

/** The features of one place where two names stand together, the earlier `a`, the later `b`, in one sentence. */
function pairFeatures(text: string, tokens: readonly Token[], within: SentenceWords, here: readonly Placed[], a: Placed, b: Placed, into: string[]): void {
  const { first: sentenceFirst, end: sentenceEnd } = within;
  const word = (k: number, edge: string): string => (k < sentenceFirst || k >= sentenceEnd ? edge : (tokens[k] as Token).key);
  const between = b.m.token - a.endToken;
  into.push(`n:${bucket(between)}`);
  if (between <= NEAR_WORDS) {
    let lastCue = '';
    for (let k = a.endToken; k < b.m.token; k++) {
      const w = word(k, '');
      into.push(`b:${stem(w)}`);
      if (k + 1 < b.m.token) into.push(`bb:${stem(w)} ${stem(word(k + 1, ''))}`);
      const cue = CUE_CLASSES.get(w);
      if (cue) {
        into.push(`cue:${cue}`);
        if (lastCue === '') into.push(`first-cue:${cue}`);
        lastCue = cue;
      }
    }
    if (lastCue !== '') into.push(`last-cue:${lastCue}|n:${bucket(between)}`);
    if (between > 0) {
      into.push(`b1:${word(a.endToken, '')}`);
      into.push(`bL:${word(b.m.token - 1, '')}`);
      if (between > 1) into.push(`b12:${word(a.endToken, '')} ${word(a.endToken + 1, '')}`);
    } else into.push('adjacent');
  } else {
    into.push('far');
    into.push(`b1:${word(a.endToken, '')}`);
    into.push(`bL:${word(b.m.token - 1, '')}`);
  }
  const gap = text.slice(a.m.end, b.m.start);
  if (gap.length <= 8) into.push(`gap:${gap.trim().toLowerCase()}`);
  if (gap.includes(',')) into.push('comma');
  if (/[()]/.test(gap)) into.push('bracket');
  if (/[;:]/.test(gap)) into.push('semicolon');
  if (/^[’']s\b/.test(gap)) into.push('possessive');
  if (/\b(?:who|which|whose|that)\b/i.test(gap)) into.push('relative-clause');
  if (/\band\b/i.test(gap)) into.push('and-between');
  if (SPEECH.test(gap)) into.push('speech-between');
  // the other names between them
  let others = 0;
  for (const x of here) {
    if (x.m.start >= a.m.end && x.m.end <= b.m.start && x.key !== a.key && x.key !== b.key) {
      others++;
      into.push(`mid:${x.type}`);
    }
  }
  into.push(`others:${bucket(others)}`);
  // the words before the first and after the second
  into.push(`p1:${word(a.m.token - 1, '^')}`);
  into.push(`p2:${word(a.m.token - 2, '^')}`);
  into.push(`n1:${word(b.endToken, '$')}`);
  into.push(`n2:${word(b.endToken + 1, '$')}`);
  for (const [w, where] of [[word(a.m.token - 1, '^'), 'p'], [word(a.m.token - 2, '^'), 'p'], [word(b.endToken, '$'), 'n'], [word(b.endToken + 1, '$'), 'n']] as const) {
    const cue = CUE_CLASSES.get(w);
    if (cue) into.push(`${where}cue:${cue}`);
  }
  // whether the first is the first actor the sentence names (its subject, most often)
  if (here[0]?.key === a.key) into.push('a-first-in-sentence');
  if (within.isNegated) into.push('negation');
}

/** Each name's place in the sentence, the nearest two places of each pair of names. */
function closestPlaces(here: readonly Placed[]): Map<string, [Placed, Placed]> {
  const pairs = new Map<string, [Placed, Placed]>();
  for (let i = 0; i < here.length; i++) {
    for (let j = i + 1; j < here.length; j++) {
      const a = here[i] as Placed;
      const b = here[j] as Placed;
      if (a.key === b.key) continue;
      const id = a.key < b.key ? `${a.key}\u0000${b.key}` : `${b.key}\u0000${a.key}`;
      const known = pairs.get(id);
      if (!known || b.m.start - a.m.end < known[1].m.start - known[0].m.end) pairs.set(id, [a, b]);
    }
  }
  return pairs;
}

/**
 * The candidates of a document: each ordered pair of entities of END_TYPES that a sentence names together,
 * with the features of the first MAX_PLACES sentences that do, and the rules' relations between them.
 */
export function relationCandidates(
  text: string, sentences: readonly Sentence[], tokens: readonly Token[], mentions: readonly Mention[], entityOf: readonly string[],
  typeOf: ReadonlyMap<string, EntityType>, nameOf: ReadonlyMap<string, string>, rules: readonly ExtractedRelation[],
): RelationCandidate[] {
  const ruled = new Map<string, RelationType[]>();
  for (const r of rules) {
    if (!(RELATION_CLASSES as readonly string[]).includes(r.type)) continue;
    const id = `${r.sourceKey}\u0000${r.targetKey}`;
    const list = ruled.get(id);
    if (list) list.push(r.type); else ruled.set(id, [r.type]);
  }
  const counts = new Map<string, number>();
  for (const key of entityOf) counts.set(key, (counts.get(key) ?? 0) + 1);
  const byPair = new Map<string, { a: string; b: string; sentence: Sentence; at: number; places: number; read: { forward: boolean; features: string[] }[] }>();
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && (mentions[mi] as Mention).start < s.start) mi++;
    const here: Placed[] = [];
    for (let k = mi; k < mentions.length && (mentions[k] as Mention).start < s.end; k++) {
      const key = entityOf[k] as string;
      const type = typeOf.get(key);
      const m = mentions[k] as Mention;
      if (type === undefined || !END_TYPES.has(type)) continue;
      here.push({ key, type, m, endToken: countBefore(tokens, (t) => t.start, m.end) });
    }
    if (here.length < 2) continue;
    const within: SentenceWords = {
      first: countBefore(tokens, (t) => t.start, s.start), end: countBefore(tokens, (t) => t.start, s.end), isNegated: NEGATION.test(text.slice(s.start, s.end)),
    };
    for (const [id, [a, b]] of closestPlaces(here)) {
      // (only names near each other: a stretch of more words, or more names between, states no relation between them often enough to learn)
      if (b.m.token - a.endToken > NEAR_WORDS || here.filter((x) => x.m.start >= a.m.end && x.m.end <= b.m.start).length > 1) continue;
      let pair = byPair.get(id);
      if (!pair) {
        pair = { a: a.key, b: b.key, sentence: s, at: b.m.start, places: 0, read: [] };
        byPair.set(id, pair);
      }
      pair.places++;
      if (pair.places > MAX_PLACES) continue;
      const features: string[] = [];
      pairFeatures(text, tokens, within, here, a, b, features);
      // (features are read from the earlier name to the later: forward when the pair's first key is the earlier here)
      pair.read.push({ forward: a.key === pair.a, features });
    }
  }
  const candidates: RelationCandidate[] = [];
  for (const pair of byPair.values()) {
    for (const [source, target, isFirst] of [[pair.a, pair.b, true], [pair.b, pair.a, false]] as const) {
      const st = typeOf.get(source) as EntityType;
      const tt = typeOf.get(target) as EntityType;
      const types = `${st}>${tt}`;
      const features: string[] = [`types:${types}`, `places:${bucket(pair.places)}`];
      // from the source's side: "s" for features read with the source first, "t" with the target first
      const places = pair.read.map(({ forward, features: read }) => {
        const side = forward === isFirst ? 's' : 't';
        return [`side:${side}`, `${types}|side:${side}`, ...read.map((f) => `${side}|${f}`)];
      });
      const ruleTypes = ruled.get(`${source}\u0000${target}`) ?? [];
      const reverseTypes = ruled.get(`${target}\u0000${source}`) ?? [];
      for (const t of ruleTypes) features.push(`rule:${t}`, `${types}|rule:${t}`);
      for (const t of reverseTypes) features.push(`rule-reverse:${t}`);
      if (ruleTypes.length === 0 && reverseTypes.length === 0) features.push('rule:none');
      // one name inside the other ("Islamic State West Africa Province", "Islamic State"): a part and its whole, most often
      const sn = ` ${(nameOf.get(source) ?? '').toLowerCase()} `;
      const tn = ` ${(nameOf.get(target) ?? '').toLowerCase()} `;
      if (sn.length > 3 && tn.length > 3) {
        if (sn.includes(tn)) features.push('source-name-holds-target');
        else if (tn.includes(sn)) features.push('target-name-holds-source');
        else if (sn.split(' ').some((w) => w.length > 3 && tn.includes(` ${w} `))) features.push('names-share-a-word');
      }
      const sc = counts.get(source) ?? 0;
      const tc = counts.get(target) ?? 0;
      features.push(`source-count:${bucket(sc)}`, `target-count:${bucket(tc)}`);
      candidates.push({ sourceKey: source, targetKey: target, ruleTypes, sentence: pair.sentence, at: pair.at, features, places });
    }
  }
  return candidates;
}

/** The model's probability of each class (RELATION_CLASSES' order) for these features. */
export function relationProbabilities(features: readonly string[], model: RelationModel): number[] {
  return classProbabilities(features, model);
}

/**
 * The probabilities of a candidate: those of the place where it stands together that says most for a relation (the
 * pair's own features read with each place's).
 */
export function candidateProbabilities(candidate: Pick<RelationCandidate, 'features' | 'places'>, model: RelationModel): number[] {
  // (the pair's own features summed once, each place's added to a copy of them)
  const z = [...model.bias];
  addWeights(candidate.features, model, z);
  if (candidate.places.length === 0) return softmax(z);
  let best: number[] = [];
  let bestSome = -1;
  for (const place of candidate.places) {
    const p = softmax(addWeights(place, model, [...z]));
    const some = 1 - (p[0] as number);
    if (some > bestSome) { bestSome = some; best = p; }
  }
  return best;
}

/** The verdict the policy gives a candidate with these probabilities: a rules' type kept or dropped, or a type added. */
export function relationVerdictOf(candidate: Pick<RelationCandidate, 'ruleTypes'>, p: readonly number[], policy: RelationPolicy): RelationVerdict {
  const ruled = candidate.ruleTypes[0];
  if (ruled !== undefined) return policy.drop !== null && (p[0] as number) >= policy.drop ? null : ruled;
  let best = 1;
  for (let c = 2; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return policy.add !== null && (p[best] as number) >= policy.add ? (RELATION_CLASSES[best] as RelationType) : null;
}

/** A judge that follows the model and its policy. */
export function learnedRelationJudge(model: RelationModel): RelationJudge {
  return (candidates) => candidates.map((c) => relationVerdictOf(c, candidateProbabilities(c, model), model.policy));
}

const SYMMETRIC = new Set<RelationType>(['merged_with', 'allied_with', 'rival_of', 'communicated_with', 'affiliated_with']);

/**
 * The rules' relations revised by the verdicts: a rules' relation a verdict drops is gone, a type a verdict gives
 * a pair the rules left without one is added (dated by nothing, hedged as the sentence where the pair stands
 * together is; a symmetric relation once per pair).
 */
export function reviseRelations(
  text: string, relations: readonly ExtractedRelation[], hedges: readonly HedgeMention[],
  candidates: readonly RelationCandidate[], verdicts: readonly RelationVerdict[],
): ExtractedRelation[] {
  const dropped = new Set<string>();
  const added: ExtractedRelation[] = [];
  const had = new Set(relations.map((r) => `${r.sourceKey}\u0000${r.type}\u0000${r.targetKey}`));
  candidates.forEach((c, k) => {
    const v = verdicts[k] ?? null;
    if (c.ruleTypes.length > 0) {
      if (v === null) for (const t of c.ruleTypes) dropped.add(`${c.sourceKey}\u0000${t}\u0000${c.targetKey}`);
      return;
    }
    if (v === null) return;
    if (had.has(`${c.sourceKey}\u0000${v}\u0000${c.targetKey}`) || (SYMMETRIC.has(v) && had.has(`${c.targetKey}\u0000${v}\u0000${c.sourceKey}`))) return;
    had.add(`${c.sourceKey}\u0000${v}\u0000${c.targetKey}`);
    const s = c.sentence;
    added.push({
      sourceKey: c.sourceKey, type: v, targetKey: c.targetKey, start: null, end: null,
      hedge: governingHedge(text, hedges, c.at, s.start), span: { start: s.start, end: s.end, sentence: s.index },
    });
  });
  if (dropped.size === 0 && added.length === 0) return [...relations];
  return [...relations.filter((r) => !dropped.has(`${r.sourceKey}\u0000${r.type}\u0000${r.targetKey}`)), ...added];
}
