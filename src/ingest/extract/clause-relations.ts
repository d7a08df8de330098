import type { EntityType, RelationType } from '../../model/index.js';
import { fitsSignature } from './relation-signatures.js';
import { tagWords, type TaggedWord } from './tag-words.js';

/** A name the sentence gives, where it stands in the document, and what its entity is. */
export interface NamedSpan {
  start: number;
  end: number;
  key: string;
  type: EntityType;
}

/** A relation one clause states: who, what, whom, and where its verb stands in the document. */
export interface ClauseRelation {
  source: NamedSpan;
  type: RelationType;
  target: NamedSpan;
  at: number;
}

interface Trigger {
  type: RelationType;
  /** The preposition the object follows ("split from X", "merged with X"); null: a direct object. */
  prep: RegExp | null;
  /** The noun the verb takes before its preposition ("pledged allegiance to X"). */
  noun?: RegExp;
  /** The verb is read in the passive with its agent ("X is led by Y"). */
  passive: boolean;
}

const LEADS: Trigger = { type: 'leader_of', prep: null, passive: true };
const DIRECTS: Trigger = { type: 'directed', prep: null, passive: true };
const FUNDS: Trigger = { type: 'funded', prep: null, passive: true };
const PLEDGES: Trigger = { type: 'pledged_allegiance_to', prep: /^to$/, noun: /^(?:allegiance|loyalty|bay[’'`]?ah|oath)$/, passive: false };
const SPLITS: Trigger = { type: 'split_from', prep: /^(?:from|with)$/, passive: false };
/** What money is called when it moves: "sent part of the proceeds to X", "transferred funds to X". */
const MONEY_NOUN = /^(?:money|funds|cash|proceeds|profits|donations|payments|financing|funding|revenues?|sums|subsidies|contributions|transfers)$/i;
const SENDS: Trigger = { type: 'funded', prep: /^to$/, noun: MONEY_NOUN, passive: false };

/** The verbs read here, by their base form (the tagger's lemma, or the word itself where the lemma is ambiguous: "found"). */
const TRIGGERS: Readonly<Record<string, Trigger>> = {
  lead: LEADS, head: LEADS, command: LEADS, founded: LEADS, 'co-founded': LEADS,
  join: { type: 'member_of', prep: null, passive: false },
  recruit: { type: 'recruited', prep: null, passive: true },
  direct: DIRECTS, instruct: DIRECTS, dispatch: DIRECTS, mastermind: DIRECTS, orchestrate: DIRECTS,
  fund: FUNDS, finance: FUNDS, bankroll: FUNDS,
  send: SENDS, transfer: SENDS, channel: SENDS, funnel: SENDS, wire: SENDS, donate: SENDS, remit: SENDS,
  pledge: PLEDGES, swear: PLEDGES, renew: PLEDGES, reaffirm: PLEDGES, declare: PLEDGES,
  split: SPLITS, break: SPLITS, defect: { type: 'split_from', prep: /^from$/, passive: false },
  merge: { type: 'merged_with', prep: /^(?:with|into)$/, passive: false },
  absorb: { type: 'merged_with', prep: /^into$/, passive: false },
};

/** The relation types the clause reader reads. */
export const CLAUSE_RELATION_TYPES: ReadonlySet<RelationType> = new Set(Object.values(TRIGGERS).map((t) => t.type));

/** A cheap test for a sentence worth tagging: one of the trigger verbs' forms stands in it. */
export const CLAUSE_TRIGGER_WORD = /\b(?:led|leads?|leading|head(?:s|ed)|command(?:s|ed)|(?:co-)?founded|join(?:s|ed)|recruit(?:s|ed)|direct(?:s|ed)|instruct(?:s|ed)|dispatch(?:es|ed)|mastermind(?:s|ed)|orchestrat(?:es|ed)|fund(?:s|ed|ing)|financ(?:es|ed|ing)|bankroll(?:s|ed)|sen(?:t|ds|ding)|transferr?(?:ed|ing)|transfers|channell?(?:ed|ing)|channels|funnell?(?:ed|ing)|funnels|wired|donated|remitted|recruiting|directing|pledg(?:es|ed)|sw(?:ore|orn|ears)|renew(?:s|ed)|reaffirm(?:s|ed)|declar(?:es|ed)|split(?:s)?|broke|break(?:s)?|defect(?:s|ed)|merg(?:es|ed)|absorbed)\b/i;
/** The same, for every place in a sentence. */
export const CLAUSE_TRIGGER_WORDS = new RegExp(CLAUSE_TRIGGER_WORD.source, 'gi');

/** Verbs that say the verb after them did not happen or has not yet: "denied funding", "refused to join", "plans to merge". */
const NOT_ASSERTED = new Set(['deny', 'refuse', 'fail', 'seek', 'try', 'attempt', 'plan', 'want', 'intend', 'hope', 'aim', 'threaten', 'offer',
  'decline', 'consider', 'refute', 'reject', 'urge', 'call', 'ask', 'encourage', 'invite', 'persuade', 'allow', 'expect', 'wish', 'agree', 'vow',
  'promise', 'prepare', 'order', 'tell', 'help']);
/** Verbs after which an infinitive goes on with the clause's own subject: "continues to lead", "went on to found". */
const CARRIES_SUBJECT = new Set(['continue', 'go', 'begin', 'start', 'come', 'use']);
/** What a clause's verb group may hold before the verb besides auxiliaries: "has reportedly", "was later". */
const GROUP_POS = new Set(['AUX', 'ADV', 'PART']);
/** Words of a noun phrase. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Nouns that describe a named body an appositive names: "a militia led by X", "an organisation that broke away from Y". */
const BODY_NOUN = /^(?:group|faction|militia|movement|organi[sz]ation|network|party|coalition|alliance|cartel|gang|splinter|offshoot|outfit|front|wing|association|brigade|battalion|unit|cell|branch)s?$/i;
/** A pronoun that owns the noun after it, within its phrase. */
const OWNER_PRONOUN = /^(?:his|her|its|their)$/i;
/** Future and conditional auxiliaries: what they say has not happened. */
const UNREAL_AUX = new Set(['will', 'would', 'shall', 'should']);

interface Unit {
  start: number;
  end: number;
  text: string;
  lemma: string;
  pos: string;
  named: NamedSpan | null;
}

interface Phrase {
  from: number;
  /** One past the phrase's last unit. */
  to: number;
  head: Unit | null;
}

/** One trigger verb in the active voice and the phrases its subject stands in (document offsets). */
export interface ClauseSubject {
  verbStart: number;
  verbEnd: number;
  spans: readonly [number, number][];
}

/** What the clause reader reads in one sentence. */
export interface ClauseReading {
  relations: ClauseRelation[];
  /** Each asserted active trigger verb whose subject is a phrase: what a pattern's subject elsewhere is not. */
  subjects: ClauseSubject[];
}

/**
 * Relations a sentence states in the clause structure a part-of-speech tagger reads (tag-words.ts): the verb, its
 * auxiliaries and negation, its subject (before it, or the body an appositive or a relative pronoun stands for) and
 * its objects (the heads of the noun phrases after it and its preposition), in the active and the passive
 * ("X, a militia led by the former commander Y,": Y leads X). Only names whose phrase they head are ends.
 */
export function readClauses(text: string, sentenceStart: number, sentenceEnd: number, named: readonly NamedSpan[]): ClauseReading {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const units = toUnits(tagWords(sentence), sentenceStart, named);
  const out: ClauseReading = { relations: [], subjects: [] };
  for (let v = 0; v < units.length; v++) {
    const verb = units[v] as Unit;
    if (verb.pos !== 'VERB') continue;
    const trigger = TRIGGERS[verb.lemma] ?? TRIGGERS[verb.text.toLowerCase()];
    if (!trigger) continue;
    if (/ing$/i.test(verb.text)) {
      // "X was accused of sending money to Y", "X, charged with financing Y": what the person is accused of is said
      // of the accused (the charge's own hedge goes with it); other gerunds are read by the patterns ("denied recruiting")
      const accused = accusedOf(units, v);
      const subject = accused === null ? null : subjectBefore(units, accused);
      if (subject?.named) for (const object of objectsAfter(units, v, trigger)) push(out.relations, subject.named, trigger.type, object, verb.start);
      continue;
    }
    const group = verbGroupStart(units, v);
    if (group === null) continue;
    const aux = units.slice(group, v);
    if (aux.some((u) => u.lemma === 'not' || u.lemma === 'never' || UNREAL_AUX.has(u.lemma))) continue;
    const passiveAux = aux.some((u) => u.lemma === 'be' || u.lemma === 'get');
    const by = trigger.passive ? agentAfter(units, v) : null;
    if (by) {
      // "X is led by Y" (an auxiliary), "X, led by Y," / "a militia led by Y" (a participle after what it describes)
      const patient = passiveAux ? subjectBefore(units, group)?.named : aux.length === 0 ? describedBefore(units, v) : null;
      if (patient) for (const agent of agentsFrom(units, by, trigger)) push(out.relations, agent, trigger.type, patient, verb.start);
      continue;
    }
    if (passiveAux) continue;
    const subject = subjectBefore(units, group);
    if (!subject) continue;
    out.subjects.push({ verbStart: verb.start, verbEnd: verb.end, spans: subject.spans });
    if (!subject.named) continue;
    for (const object of objectsAfter(units, v, trigger)) push(out.relations, subject.named, trigger.type, object, verb.start);
  }
  return out;
}

function push(out: ClauseRelation[], source: NamedSpan, type: RelationType, target: NamedSpan, at: number): void {
  if (source.key !== target.key && fitsSignature(type, source.type, target.type)) out.push({ source, type, target, at });
}

/** The sentence's words, each name the sentence gives folded into one unit. */
function toUnits(words: readonly TaggedWord[], offset: number, named: readonly NamedSpan[]): Unit[] {
  const units: Unit[] = [];
  let n = 0;
  for (const w of words) {
    const start = w.start + offset;
    const end = w.end + offset;
    while (n < named.length && (named[n] as NamedSpan).end <= start) n++;
    const name = named[n];
    if (name && name.start < end && start < name.end) {
      const last = units.at(-1);
      if (last && last.named === name) {
        last.end = Math.max(last.end, end);
        continue;
      }
      units.push({ start: name.start, end: Math.max(name.end, end), text: w.text, lemma: w.lemma, pos: 'NAME', named: name });
      continue;
    }
    units.push({ start, end, text: w.text, lemma: w.lemma, pos: w.pos, named: null });
  }
  return units;
}

/**
 * Where the verb's group starts: its auxiliaries, adverbs and negation before it, and for an infinitive the verb that
 * carries the clause's subject into it ("continues to lead"); null where the infinitive or the clause is someone
 * else's or not asserted ("urged them to join", "refused to fund").
 */
function verbGroupStart(units: readonly Unit[], v: number): number | null {
  let g = v;
  while (g > 0 && GROUP_POS.has((units[g - 1] as Unit).pos) && (units[g - 1] as Unit).lemma !== 'to') g--;
  const before = units[g - 1];
  if (before && before.lemma === 'to' && before.pos === 'PART') {
    let h = g - 2;
    while (h >= 0 && (units[h] as Unit).pos === 'ADV') h--;
    const governor = units[h];
    if (!governor || !CARRIES_SUBJECT.has(governor.lemma) || governor.pos !== 'VERB') return null;
    return verbGroupStart(units, h);
  }
  // ("denied it had funded …", "refused the offer and joined …" are left to the patterns' guards; a verb that is itself
  // said not to be done is dropped here)
  if (before && NOT_ASSERTED.has(before.lemma) && before.pos === 'VERB') return null;
  return g;
}

/** The unit after "by" that opens the agent of a passive verb ("led by", "founded in 2016 by", "headed since 2019 by"). */
function agentAfter(units: readonly Unit[], v: number): number | null {
  let j = v + 1;
  while (j < units.length && (units[j] as Unit).pos === 'ADV') j++;
  const u = units[j];
  if (u && /^(?:in|since|during|on|from)$/i.test(u.text) && u.pos === 'ADP') {
    let k = j + 1;
    while (k < units.length && k - j <= 4 && PHRASE_POS.has((units[k] as Unit).pos)) k++;
    if (units[k]?.text === ',') k++;
    j = k;
  }
  return units[j]?.lemma === 'by' ? j + 1 : null;
}

/**
 * The names a passive verb's agents are: "by Y", and for money "by donations from Y", each "… and by Z" of the same
 * clause after it ("financed largely by donations from A, moved through hawala networks, and by subsidies from B").
 */
function agentsFrom(units: readonly Unit[], by: number, trigger: Trigger): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let j: number | null = by; j !== null;) {
    const phrase = phraseAt(units, j);
    let name = namedHead(units, phrase);
    if (!name && trigger.type === 'funded' && phrase.head && MONEY_NOUN.test(phrase.head.text) && units[phrase.to]?.lemma === 'from') {
      name = namedHead(units, phraseAt(units, phrase.to + 1));
    }
    if (name) out.push(name);
    let next: number | null = null;
    for (let k = phrase.to; k + 1 < units.length && !/^[;:]$/.test((units[k] as Unit).text); k++) {
      if ((units[k] as Unit).lemma === 'and' && (units[k + 1] as Unit).lemma === 'by') {
        next = k + 2;
        break;
      }
    }
    j = next;
  }
  return out;
}

/** Where the verb group of "was accused of" / "charged with" before a gerund at `v` starts, or null. */
function accusedOf(units: readonly Unit[], v: number): number | null {
  const prep = units[v - 1];
  const verb = units[v - 2];
  if (!prep || !verb || !/^(?:of|with)$/i.test(prep.text) || verb.pos !== 'VERB' || !/^(?:accuse|suspect|charge|convict|indict)$/.test(verb.lemma)) return null;
  return verbGroupStart(units, v - 2);
}

/** The noun phrase that opens at unit `i`: determiners, adjectives, nouns and names, an owner's "’s", a bracketed alias. */
function phraseAt(units: readonly Unit[], i: number): Phrase {
  let j = i;
  let head: Unit | null = null;
  while (j < units.length) {
    const u = units[j] as Unit;
    if (u.pos === 'NAME' || u.pos === 'NOUN' || u.pos === 'PROPN') head = u;
    else if (u.pos === 'PART' && /^[’']s$/.test(u.text)) head = null;
    else if (u.text === '(' && head) {
      const close = closingBracket(units, j);
      if (close === null) break;
      j = close + 1;
      continue;
    } else if (!PHRASE_POS.has(u.pos) && !OWNER_PRONOUN.test(u.text) && !(u.text === '-' && head)) break;
    j++;
  }
  return { from: i, to: j, head };
}

/** The noun phrase that ends at unit `i` (inclusive), read leftwards past a bracketed alias. */
function phraseEndingAt(units: readonly Unit[], i: number): Phrase {
  let j = i;
  if (units[j]?.text === ')') {
    let depth = 0;
    for (; j >= 0; j--) {
      if ((units[j] as Unit).text === ')') depth++;
      else if ((units[j] as Unit).text === '(' && --depth === 0) break;
    }
    j--;
  }
  const to = i + 1;
  let head: Unit | null = null;
  let from = j + 1;
  for (; j >= 0; j--) {
    const u = units[j] as Unit;
    const isPossessive = u.pos === 'PART' && /^[’']s$/.test(u.text);
    if (!PHRASE_POS.has(u.pos) && u.pos !== 'NAME' && !isPossessive && !(u.text === '-' && j > 0) && !OWNER_PRONOUN.test(u.text)) break;
    if (!head && (u.pos === 'NAME' || u.pos === 'NOUN' || u.pos === 'PROPN')) head = u;
    // ("Shekau’s fighters": the owner before the "’s" is no head)
    if (isPossessive && !head) return { from: j, to, head: null };
    from = j;
  }
  return { from, to, head };
}

function closingBracket(units: readonly Unit[], open: number): number | null {
  for (let k = open + 1; k < units.length && k - open <= 12; k++) if ((units[k] as Unit).text === ')') return k;
  return null;
}

/** The name a phrase's head is, or for a body described by its kind the name it is in apposition to ("X, a militia"). */
function namedHead(units: readonly Unit[], phrase: Phrase): NamedSpan | null {
  const head = phrase.head;
  if (!head) return null;
  if (head.named) return head.named;
  if (head.pos !== 'NOUN' || !BODY_NOUN.test(head.text) || units[phrase.from - 1]?.text !== ',') return null;
  const before = phraseEndingAt(units, phrase.from - 2);
  return before.head?.named ?? null;
}

/** Who a verb is said of: the name (or null where its phrase names none) and where the phrases that stand for it lie. */
interface Subject {
  named: NamedSpan | null;
  /** Document offsets of the subject's phrase and of the phrase it is in apposition to. */
  spans: [number, number][];
}

function spanOf(units: readonly Unit[], phrase: Phrase): [number, number] {
  return [(units[phrase.from] as Unit).start, (units[phrase.to - 1] as Unit).end];
}

/** A phrase as a subject: its name, or for a body described by its kind the phrase before its comma too. */
function asSubject(units: readonly Unit[], phrase: Phrase): Subject | null {
  if (phrase.to <= phrase.from || !phrase.head) return null;
  const spans: [number, number][] = [spanOf(units, phrase)];
  const named = namedHead(units, phrase);
  if (!phrase.head.named && units[phrase.from - 1]?.text === ',') {
    const before = phraseEndingAt(units, phrase.from - 2);
    if (before.to > before.from) spans.push(spanOf(units, before));
  }
  return { named, spans };
}

/**
 * The subject of the verb group starting at `g`: the phrase just before it, the body a relative pronoun stands for
 * ("an organisation that broke away from Y", "X, which joined Y"), or across an appositive or a participle between
 * commas the phrase that opens the clause ("X, a former commander, joined Y"); null where no phrase is its subject
 * (a pronoun, an owner's noun: the patterns read those).
 */
function subjectBefore(units: readonly Unit[], g: number): Subject | null {
  let i = g - 1;
  const u = units[i];
  if (!u) return null;
  if (/^(?:who|which|that)$/i.test(u.text)) {
    i--;
    if (units[i]?.text === ',') i--;
    return i >= 0 ? asSubject(units, phraseEndingAt(units, i)) : null;
  }
  if (u.text === ',') {
    // (what stands between the commas describes the same subject: "The group's leader, X, also known as Y, has led …")
    const opening = clauseOpening(units, g);
    if (opening === null || units[opening.to]?.text !== ',') return null;
    const subject = asSubject(units, opening);
    // ("Its alleged leader, X, was accused …": the name in apposition to a role)
    const appositive = phraseAt(units, opening.to + 1);
    const named = subject?.named ?? (units[appositive.to]?.text === ',' ? appositive.head?.named ?? null : null);
    return subject && { named, spans: [...subject.spans, [(units[opening.from] as Unit).start, u.start]] };
  }
  return asSubject(units, phraseEndingAt(units, i));
}

/** The phrase a clause opens on, past an opening adverbial up to its comma ("In 2016, X …", "According to Y, X …"). */
function clauseOpening(units: readonly Unit[], g: number): Phrase | null {
  let i = 0;
  for (let k = g - 1; k >= 0; k--) {
    if (/^[;:]$/.test((units[k] as Unit).text)) {
      i = k + 1;
      break;
    }
  }
  const first = units[i];
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV')) {
    while (i < g && (units[i] as Unit).text !== ',') i++;
    i++;
  }
  if (i >= g) return null;
  const phrase = phraseAt(units, i);
  // (nothing between the phrase and the verb group may be a clause of its own that ends on a name: "X said Y joined Z")
  // ("X, known as Y, split from Z when its founder, W, pledged …": nor a subordinate clause of its own)
  for (let k = phrase.to; k < g; k++) {
    const u = units[k] as Unit;
    if (/^[;:]$/.test(u.text) || u.pos === 'SCONJ' || /^(?:when|where|while|whereas|because|after|before|although|though|until|since)$/i.test(u.text)) return null;
  }
  return phrase.to > phrase.from ? phrase : null;
}

/** What a participle describes: the name before it, or the body the phrase before it is in apposition to. */
function describedBefore(units: readonly Unit[], v: number): NamedSpan | null {
  let i = v - 1;
  if (units[i]?.text === ',') i--;
  return i >= 0 ? namedHead(units, phraseEndingAt(units, i)) : null;
}

/** The named heads of the phrases after the verb, its noun and its preposition, joined by commas and "and". */
function objectsAfter(units: readonly Unit[], v: number, trigger: Trigger): NamedSpan[] {
  let j = v + 1;
  while (j < units.length && ((units[j] as Unit).pos === 'ADV' || /^(?:away|off|up)$/i.test((units[j] as Unit).text))) j++;
  if (trigger.noun) {
    // ("part of the proceeds", "most of the money": the noun after the share, however the tagger reads the share)
    const share = /^(?:part|share|portion|some|most|much|all|bulk)$/i;
    if (units[j]?.lemma === 'of' && share.test(units[j - 1]?.text ?? '')) j++;
    let phrase = phraseAt(units, j);
    if (phrase.head && share.test(phrase.head.text) && units[phrase.to]?.lemma === 'of') phrase = phraseAt(units, phrase.to + 1);
    if (!phrase.head || !trigger.noun.test(phrase.head.text)) return [];
    j = phrase.to;
  }
  if (trigger.prep) {
    if (!trigger.prep.test(units[j]?.text ?? '')) return [];
    j++;
  }
  const out: NamedSpan[] = [];
  for (;;) {
    const phrase = phraseAt(units, j);
    const name = phrase.head?.named;
    if (!name) break;
    out.push(name);
    j = phrase.to;
    const sep = units[j];
    if (sep?.text === ',' && units[j + 1]?.lemma === 'and') j += 2;
    else if (sep && (sep.text === ',' || sep.lemma === 'and')) j += 1;
    else break;
  }
  return out;
}
