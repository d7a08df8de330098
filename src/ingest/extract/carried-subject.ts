import type { EntityType } from '../../model/index.js';
import { countBefore } from './count-before.js';

/** An entity a text names at a place: what the carried subject of a later clause may be. */
export interface NamedAt {
  m: { start: number; end: number };
  key: string;
  type: EntityType;
}

/**
 * What may stand between a subject pronoun and its verb for the verb to be the pronoun's:
 * auxiliaries, adverbs and the text's hedges ("he had reportedly", "He is assessed to have"),
 * or a second verb of the same clause ("he had been in contact with …, and had").
 */
const PRONOUN_TO_VERB = /^\s+(?:(?:had|has|have|was|were|is|are|been|being|be|also|later|then|reportedly|allegedly|apparently|probably|likely|once|still|now|(?:is|was|are|were)\s+(?:widely\s+)?(?:assessed|believed|thought|said|reported|alleged|understood|known)\s+to(?:\s+have)?)\s+)*$/i;
const COORDINATED_VERB = /\band\s+(?:that\s+(?:he|she)\s+)?(?:(?:had|has|have|was|were|is|also|later|then|reportedly|allegedly)\s+)*$/i;
const SUBJECT_PRONOUN = /\b(?:he|she)\b/gi;

/**
 * The subject pronoun ("he", "she") whose verb starts at `verbAt`, looked for in text[from, verbAt):
 * the last one that stands in subject position before the verb, or null.
 * ("The department said that he had been recruited": "he"; "he met X and had sworn": "he" too.)
 */
export function subjectPronounBefore(text: string, from: number, verbAt: number): { start: number; end: number } | null {
  const span = text.slice(from, verbAt);
  let last: RegExpExecArray | null = null;
  SUBJECT_PRONOUN.lastIndex = 0;
  for (let m = SUBJECT_PRONOUN.exec(span); m; m = SUBJECT_PRONOUN.exec(span)) last = m;
  if (!last) return null;
  const tail = span.slice(last.index + last[0].length);
  // what the pronoun did: its own verb next, or a second verb after "and" with no new subject between
  const own = PRONOUN_TO_VERB.test(tail);
  const coordinated = !own && COORDINATED_VERB.test(tail) && !/[;:]|,\s+(?:but|while|whereas)\b|\b(?:who|which|whom)\b/i.test(tail);
  if (!own && !coordinated) return null;
  return { start: from + last.index, end: from + last.index + last[0].length };
}

/** How far back (characters) a pronoun or a description looks for what it stands for. */
const REACH = 3000;

/** The last of `named` (sorted by position) of one of `types` that ends before `pos` and starts at or after `floor`. */
export function lastNamedBefore<N extends NamedAt>(named: readonly N[], types: readonly EntityType[], pos: number, floor: number): N | null {
  for (let k = countBefore(named, (x) => x.m.end, pos, true) - 1; k >= 0; k--) {
    const x = named[k] as N;
    // (within the paragraph, and not further back than a long paragraph's length: a wall of text stays linear)
    if (x.m.start < floor || pos - x.m.start > REACH) return null;
    if (types.includes(x.type)) return x;
  }
  return null;
}

/** Where the paragraph holding `pos` starts: after the last line break before it. */
export function paragraphStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
}

/** A possessive and a thing after a person's name: "'s three concerts", "'s car" (not a person of theirs: "'s deputy", "'s son"). */
const POSSESSOR_OF_THING = /^['’]s\s+(?:(?:\d+|two|three|four|five|several|many|first|last|latest|new)\s+)?(?!(?:deputy|son|sons|daughter|daughters|brother|brothers|wife|widow|husband|father|mother|lawyer|lawyers|aide|aides|bodyguard|bodyguards|successor|lieutenant|lieutenants|men|followers|family)\b)\p{Ll}/u;

/** Where a sentence ends and the next begins: a full stop (a closing quote or bracket may follow it) and a capital. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“]?[A-Z])/g;

/**
 * The person a subject pronoun at `pos` stands for: the person the paragraph last named, unless that one stands in an
 * earlier sentence that opens on another person, its subject ("Hapilon … was killed alongside Omar Maute, one of the
 * brothers … He had pledged allegiance": Hapilon). A pronoun in the sentence that names the person keeps the last named.
 */
export function carriedPerson<N extends NamedAt>(named: readonly N[], text: string, pos: number, floor: number): N | null {
  const referent = nearestSubject(named, text, pos, floor);
  // ("Police arrested X. “He had radicalised online,” Y told reporters. He had pledged …", "Y said he had pledged": a speaker
  // the paragraph named after another person may be the one spoken of or the one who speaks: two candidates compete)
  if (referent && isSpeaker(text, referent) && named.some((x) => x.type === 'person' && x.key !== referent.key && x.m.start >= floor && x.m.start < referent.m.start)) return null;
  return referent;
}

/** Whether a name stands as the speaker of a quotation or a reporting verb ("Ruf said", "…,” Ruf told"). */
function isSpeaker(text: string, x: NamedAt): boolean {
  return SPEAKER_AFTER.test(text.slice(x.m.end, x.m.end + 80)) || QUOTE_BEFORE.test(text.slice(Math.max(0, x.m.start - 16), x.m.start));
}

/** carriedPerson's reading: the person the paragraph last named, or the subject its sentence opens on. */
function nearestSubject<N extends NamedAt>(named: readonly N[], text: string, pos: number, floor: number): N | null {
  const last = lastNamedBefore(named, ['person'], pos, floor);
  if (!last) return null;
  let opens = floor;
  let closes = -1;
  SENTENCE_BREAK.lastIndex = Math.max(floor, last.m.start - 600);
  for (let m = SENTENCE_BREAK.exec(text); m && m.index < pos; m = SENTENCE_BREAK.exec(text)) {
    if (m.index + m[0].length <= last.m.start) opens = m.index + m[0].length;
    else if (closes < 0 && m.index >= last.m.end) closes = m.index;
  }
  if (closes < 0) return last;
  // ("… arrested X, … planning an attack on one of Taylor Swift's concerts. He had pledged …": a person named as the owner of
  // a thing is no subject; the person the sentence named before is)
  if (POSSESSOR_OF_THING.test(text.slice(last.m.end, last.m.end + 40))) {
    for (let k = countBefore(named, (x) => x.m.start, last.m.start) - 1; k >= 0; k--) {
      const x = named[k] as N;
      if (x.m.start < opens) break;
      if (x.type === 'person' && x.key !== last.key) return x;
    }
  }
  const first = named[countBefore(named, (x) => x.m.start, opens)];
  if (!first || first.m.start >= last.m.start || first.type !== 'person' || first.key === last.key) return last;
  // (a time or place the sentence opens on may come before its subject: "On 13 October 2023, X killed …")
  const lead = text.slice(opens, first.m.start).replace(/^\s*(?:On|In|At|By|Since|After|Before|During|Last|Early|Late|Later|Earlier)\b[^,;:]{0,40},\s*/, '');
  return /^\s*(?:(?:The|A|An)\s+)?(?:[\w-]+\s+){0,2}$/.test(lead) && !/[,;:]/.test(lead) ? first : last;
}

/** After a name: the verb of one who speaks ("Ruf said", "X, the prosecutor, told"): a speaker, whom a later "he" need not be. */
const SPEAKER_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,;.]{1,60},\s*)?(?:(?:has|had|also|later)\s+)?(?:said|says|told|tells|added|adds|stated|states|noted|notes|wrote|writes|explained|explains|argued|argues|claimed|claims|insisted|insists)\b/i;
/** Before a name: a quotation closing ("… ,” said X", "… ,” X told"): the name is its speaker. */
const QUOTE_BEFORE = /["”]\s*(?:,\s*)?(?:(?:said|says|told|added|wrote)\s+)?$/;

/**
 * The person a subject pronoun before an event's trigger stands for ("Investigators said he had pledged allegiance to …"):
 * the pronoun whose verb the trigger is, carried to the person the paragraph last named (carriedPerson). None when the
 * sentence names a person before the pronoun ("Ruf said he had pledged": the speaker or the one spoken of), nor when the one
 * last named speaks after another was named ("…,” Ruf told reporters. He had pledged …"): two candidates compete.
 */
export function carriedActor<N extends NamedAt>(named: readonly N[], text: string, sentenceStart: number, at: number): N | null {
  const pronoun = subjectPronounBefore(text, sentenceStart, at);
  if (!pronoun) return null;
  const first = countBefore(named, (x) => x.m.start, sentenceStart);
  for (let k = first; k < named.length && (named[k] as N).m.start < pronoun.start; k++) if ((named[k] as N).type === 'person') return null;
  return carriedPerson(named, text, pronoun.start, paragraphStart(text, pronoun.start));
}

/** Before a body that opens its sentence: a time or a place first ("In October 2024, "), an article and a word or two ("Iran's "). */
const BODY_LEAD = /^\s*(?:(?:On|In|At|By|Since|After|Before|During|Later|Earlier|Last|Early|Late)\b[^,;:]{0,40},\s*)?(?:(?:The|A|An)\s+)?(?:[\p{L}’'.-]+\s+){0,2}$/u;

/**
 * The state body the sentence before `sentenceStart` opens on, in the same paragraph, as the subject a passive arrest of this
 * sentence goes on about ("Ugandan security services disrupted a plot to bomb churches. Six suspects were arrested."). None
 * when that sentence names another state body too, or names bodies together ("German and British officials"): two candidates
 * compete; none when a person, group or body stands before it.
 */
export function carriedStateBody<N extends NamedAt>(named: readonly N[], text: string, sentenceStart: number, isState: (key: string) => boolean): N | null {
  const floor = paragraphStart(text, sentenceStart);
  if (floor >= sentenceStart) return null;
  let opens = floor;
  SENTENCE_BREAK.lastIndex = Math.max(floor, sentenceStart - 600);
  for (let m = SENTENCE_BREAK.exec(text); m && m.index + m[0].length < sentenceStart; m = SENTENCE_BREAK.exec(text)) opens = m.index + m[0].length;
  const parties: N[] = [];
  for (let k = countBefore(named, (x) => x.m.start, opens); k < named.length && (named[k] as N).m.start < sentenceStart; k++) {
    const x = named[k] as N;
    if (x.type === 'person' || x.type === 'group' || x.type === 'organization') parties.push(x);
  }
  const first = parties[0];
  if (!first || !isState(first.key) || parties.some((x) => x.key !== first.key && isState(x.key))) return null;
  // ("German and British officials suspect …": bodies named together compete too)
  const lead = text.slice(opens, first.m.start);
  return BODY_LEAD.test(lead) && !/\b(?:and|or)\s/i.test(lead) && !/^(?:\s+and\s|\s*,)/.test(text.slice(first.m.end, first.m.end + 6)) ? first : null;
}
