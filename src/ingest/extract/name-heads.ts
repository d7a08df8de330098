import type { EntityType } from '../../model/index.js';
import { lookupKey } from '../reference/index.js';
import { countryOf } from './document-countries.js';
import { CAPITALISED_STOPWORDS, GROUP_LEAD_HEADS, GROUP_TAIL_HEADS, MEDIA_TAIL_HEADS, ORGANIZATION_LEAD_HEADS, SITE_TAIL_HEADS, STATE_BODY_TAILS } from './genre-lexicon.js';
import { ALL_CAPS, BUILDING_NOUNS, CLAIMED_AFTER, DIVISION_WORDS, GROUP_APPOSITIVE, GROUP_RELATION_CUE, GROUP_UNIT_TAILS, LAND_AND_WATER_TAILS, LED_BY_AFTER, NAME_GAP, OF_PARTICLES, ORG_TAILS, POSSESSIVE_GAP, STARTS_WITH_NUMBER, UNIT_NUMBER } from './mention-lexicon.js';
import type { MentionScan } from './mention-scan.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/** Words that make a group-like tail ("Network", "Group") a research body's: "Lake Chad Research Network". */
const RESEARCH_WORDS = new Set(['research', 'studies', 'study', 'policy', 'analysis', 'analytics', 'monitoring', 'observatory']);

/** An outlet's kind before "named"/"called" in the same clause: "an FM radio station in X named". */
const MEDIA_NAMED = /\b(?:station|radio|channel|magazine|newspaper|newsletter|website|outlet|publication|podcast|app)\b[^,;.]{0,40}\b(?:named|called)\s+$/i;

/** Fighters after a name that make it an armed group's: "Wagner Group fighters". */
const FIGHTERS_AFTER = /^\s+(?:fighters|militants|mercenaries|gunmen|insurgents|operatives)\b/;

/** Last words of a state's armed units: "Bangladesh's Rapid Action Battalion". */
const STATE_UNIT_TAILS = new Set(['battalion', 'brigade', 'regiment', 'legion', 'army']);

/** Words of an armed struggle that make a body's name a group's: "Patani United Liberation Organisation". */
const STRUGGLE_WORDS = new Set(['liberation', 'resistance', 'revolutionary', 'jihad', 'jihadi', 'mujahideen', 'insurgent', 'insurgency']);

/** Heads of bodies that such a word makes a group: "… Organisation", "… Front", "… Union", "… Forces". */
const STRUGGLE_BODY_TAILS = new Set(['organisation', 'organization', 'union', 'forces', 'army', 'council', 'committee', 'group', 'front', 'movement', 'brigades']);

/** A unit's number after its head: "Front Committee 1", "Unit 8200". */
/** Heads of an armed group's name that stay its head before "of": "National Democratic Front of the Philippines". */
const ARMED_HEADS_BEFORE_OF = new Set(['front', 'army', 'brigades', 'movement']);

/** Beasts armed groups name their forces after: "Khalistan Tiger Force", "Falcon Squad". */
const BEAST_WORDS = new Set(['tiger', 'tigers', 'lion', 'lions', 'falcon', 'falcons', 'eagle', 'eagles', 'wolf', 'wolves', 'panther', 'panthers', 'leopard', 'leopards', 'hawk', 'hawks', 'scorpion', 'scorpions']);

/** An outlet's kind and a comma before a name: "a Telegram channel, X", "an online magazine, X". */
const MEDIA_KIND_BEFORE = /\b(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}(?:channel|outlet|website|magazine|newspaper|newsletter|podcast|periodical)\s*,\s+(?:the\s+)?$/iu;

/** Words before a name that call it a group's: "the armed group known as ", "a faction calling itself ". */
const GROUP_KNOWN_AS = /\b(?:group|faction|movement|militias?|network|outfit|insurgency|circle|cell|collective|coalition of [^.;]{0,60}?(?:militias|groups|factions))\s*,?\s+(?:(?:now|locally|also|commonly|widely|simply)\s+)?(?:known as|called|named|calling itself)\s+$/i;

/** The last words of GROUP_KNOWN_AS. */
const KNOWN_AS_ENDS = ['as', 'called', 'named', 'itself'];

export function typeByHeads(s: MentionScan, words: string[], a: number): EntityType | null {
  const { tokens } = s;
  const first = words[0] as string;
  // ("Front Committee 1": a unit's number after its head)
  const last = (words.length > 1 && UNIT_NUMBER.test(words[words.length - 1] as string) ? words[words.length - 2] : words[words.length - 1]) as string;
  const hasOf = words.includes('of') || words.includes('for');
  if (MEDIA_TAIL_HEADS.has(last) || first === 'radio') return 'media';
  // "Lake Chad Research Network", "Sahel Policy Group": a research body, whatever its first word
  if (words.length >= 3 && (GROUP_TAIL_HEADS.has(last) || ORG_TAILS.has(last)) && words.some((w) => RESEARCH_WORDS.has(w))) return 'organization';
  // "Gulf Cartel", "Lake Chad Basin Commission": a group's or a body's head last names no place
  const bodyLast = GROUP_TAIL_HEADS.has(last) || ORG_TAILS.has(last);
  // (and the Arabic heads of place names: "Wadi al-Shay", "Jabal Hamrin")
  if (!bodyLast && (first === 'lake' || first === 'mount' || first === 'gulf' || first === 'cape' || first === 'wadi' || first === 'jabal' || first === 'jebel')) return 'location';
  // "the Red Sea", "Suez Canal", "the Western Desert", "Lido Beach", "Bourbon Street"
  if (LAND_AND_WATER_TAILS.has(last)) return 'location';
  if (last === 'agency' && words.includes('news')) return 'media';
  if (SITE_TAIL_HEADS.has(last) && !DIVISION_WORDS.has(last)) return 'location';
  // "Sambisa Forest", "Virunga National Park", "Abbey Gate", a train: "the Jaffar Express"
  if (last === 'forest' || last === 'park' || last === 'gate' || last === 'island' || last === 'islands' || last === 'express') return 'location';
  // "Church of the Intercession", "Basilica del Pilar", "Cathedral of Our Lady of Mount Carmel"
  if (BUILDING_NOUNS.has(first) && words.length >= 3 && (hasOf || OF_PARTICLES.has(words[1] as string))) return 'location';
  if (DIVISION_WORDS.has(last)) return null; // the gazetteer decides
  // "Patani United Liberation Organisation", "Allied Democratic Forces", "Islamic Jihad Organization": a body named for an armed struggle
  if (STRUGGLE_BODY_TAILS.has(last) && words.some((w) => STRUGGLE_WORDS.has(w) || (w === 'democratic' && (last === 'forces' || last === 'army')))) return 'group';
  // "Khalistan Tiger Force", "Falcon Squad", "Black Panther Brigade": a force named after a beast is an armed group's
  if ((last === 'force' || last === 'squad' || last === 'forces' || last === 'brigade' || last === 'unit') && words.some((w) => BEAST_WORDS.has(w))) return 'group';
  const countryLead = countryOf(s, tokens[a]?.text ?? '') !== null;
  if ((last === 'army' || last === 'forces' || last === 'guard' || last === 'guards') && countryLead) return 'organization';
  if (GROUP_LEAD_HEADS.has(first) || GROUP_TAIL_HEADS.has(last)) return 'group';
  if (ORG_TAILS.has(last)) {
    // "Islamic Renaissance Party" is a party; "Islamic Jihad Union" in the pack; unknown "... Union" of militants is a group
    if (/\b(jihad|mujahid|islamic|ansar|khilafa|caliphate)/.test(words.join(' ')) && (last === 'union' || last === 'group')) return 'group';
    return 'organization';
  }
  // ("National Democratic Front of X", "National Liberation Army of X": an armed group's head before "of")
  if (ORGANIZATION_LEAD_HEADS.has(first) && hasOf && !words.some((w, k) => k > 0 && ARMED_HEADS_BEFORE_OF.has(w) && words[k + 1] === 'of')) return 'organization';
  // "Movement for Islamic Unity of Fergana", "Party of Islamic Revival": the head before of/for decides
  // ("Primeiro Comando da Capital": the same before another language's "of")
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k] as string;
    if (words[k + 1] !== 'of' && words[k + 1] !== 'for' && words[k + 1] !== 'on' && !OF_PARTICLES.has(words[k + 1] as string) &&
      !(w === 'mission' && words[k + 1] === 'in')) continue;
    if (GROUP_LEAD_HEADS.has(w) && k > 0) return 'group';
    if (MEDIA_TAIL_HEADS.has(w)) return 'media';
    if (GROUP_TAIL_HEADS.has(w)) return 'group';
    if (ORG_TAILS.has(w)) return 'organization';
  }
  return null;
}

/**
 * The type of a name its heads typed, as the words around it tell: a body's name the text calls an
 * armed group ("the Union of X Tribes, a militia led by", "a network calling itself the Patriotic
 * Union", "Wagner Group fighters") is a group's, and so is every mention of it; a unit of a state
 * named with its country's possessive ("Bangladesh's Rapid Action Battalion") is a state body.
 */
export function typeByContext(s: MentionScan, type: EntityType, a: number, b: number): EntityType {
  const { text, tokens, keys, gazetteer, namedGroups } = s;
  const name = lookupKey(spanText(text, tokens, a, b));
  // "a Michigan-based Telegram channel, Patriot Frontline Network": an outlet's kind before the name outweighs its head
  const lead = text.slice(Math.max(0, (tokens[a] as Token).start - 60), (tokens[a] as Token).start);
  if (type !== 'media' && endsInKindCue(lead) && MEDIA_KIND_BEFORE.test(lead)) return 'media';
  if (type === 'organization') {
    const end = (tokens[b - 1] as Token).end;
    const start = (tokens[a] as Token).start;
    if (namedGroups.has(name) || GROUP_APPOSITIVE.test(text.slice(end, end + 90)) || FIGHTERS_AFTER.test(text.slice(end, end + 20)) ||
      endsInKnownAs(text.slice(Math.max(0, start - 50), start)) || isGroupsUnitAt(s, a, b)) {
      namedGroups.add(name);
      return 'group';
    }
  }
  if (type === 'group' && STATE_UNIT_TAILS.has(keys[b - 1] as string) && a > 0 && POSSESSIVE_GAP.test((tokens[a] as Token).gap) &&
    gazetteer.lookup((tokens[a - 1] as Token).text)[0]?.level === 'country') return 'organization';
  return type;
}

/**
 * Whether tokens [a, b) name a unit ("Command", "Committee", "Front") an armed group's possessive
 * owns: "the NPA's Front Committee 1" (an acronym the text defined for a group), "the group's
 * Central Command", "the Xyz Army's Southern Front".
 */
function isGroupsUnitAt(s: MentionScan, a: number, b: number): boolean {
  const { tokens, keys, mentions, acronyms } = s;
  if (a === 0 || !POSSESSIVE_GAP.test((tokens[a] as Token).gap)) return false;
  const head = STARTS_WITH_NUMBER.test((tokens[b - 1] as Token).text) && b - a >= 2 ? keys[b - 2] : keys[b - 1];
  if (!GROUP_UNIT_TAILS.has(head as string)) return false;
  const owner = tokens[a - 1] as Token;
  if (!owner.isCapitalised) return owner.key === 'group' || owner.key === 'movement' || owner.key === 'insurgents' || owner.key === 'rebels';
  if (ALL_CAPS.test(owner.text)) return acronyms.get(owner.text)?.type === 'group';
  const last = mentions[mentions.length - 1];
  return last !== undefined && last.end === owner.end && last.type === 'group';
}

/**
 * The end of a group's name that opens on a number at token `a` ("400 Mawozo", "5 Segonn"), when the
 * text has named it a group already or the words around it do ("X, led by", "X, a gang", "members
 * of X", "X, which claimed"), else `a`. Not a count of people ("400 Kenyan police"), nor a date.
 */
export function numberedGroupAt(s: MentionScan, a: number): number {
  const { text, tokens, n, keys, namedGroups } = s;
  const next = tokens[a + 1] as Token;
  if (!next.isCapitalised || STARTS_WITH_NUMBER.test(next.text) || CAPITALISED_STOPWORDS.has(next.key) || countryOf(s, next.text) !== null) return a;
  let b = a + 2;
  while (b < n && b - a <= 3 && (tokens[b] as Token).isCapitalised && NAME_GAP.test((tokens[b] as Token).gap) && !CAPITALISED_STOPWORDS.has(keys[b] as string)) b++;
  const name = lookupKey(spanText(text, tokens, a, b));
  if (namedGroups.has(name)) return b;
  const end = (tokens[b - 1] as Token).end;
  const after = text.slice(end, end + 90);
  const start = (tokens[a] as Token).start;
  if (LED_BY_AFTER.test(after) || GROUP_APPOSITIVE.test(after) || CLAIMED_AFTER.test(after) || /^(?:,\s+)?(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}gang\b/u.test(after.replace(/^,\s+/, '')) ||
    GROUP_RELATION_CUE.test(text.slice(Math.max(0, start - 60), start))) {
    namedGroups.add(name);
    return b;
  }
  return a;
}

/** The end of "<Place> Province" right after a group's name ("Islamic State | Mozambique Province"), else 0. */
export function provinceAfter(s: MentionScan, at: number): number {
  const { tokens, n } = s;
  for (let k = at; k < Math.min(n, at + 4); k++) {
    const t = tokens[k] as Token;
    if (!t.isCapitalised || !/^[ \u00a0]$/.test(t.gap)) return 0;
    if (t.key === 'province' && k > at) return k + 1;
  }
  return 0;
}

/** "a radio station in Nangarhar named X", "a channel called X": a name given to an outlet told just before. */
export function isMediaNamedAt(s: MentionScan, a: number, prevKey: string): boolean {
  const { text, tokens } = s;
  if (prevKey !== 'named' && prevKey !== 'called') return false;
  const before = text.slice(Math.max(0, (tokens[a] as Token).start - 70), (tokens[a] as Token).start);
  return MEDIA_NAMED.test(before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1));
}

/**
 * Whether a stretch of text ends in whitespace after one of the endings (lower case): a test as cheap as the
 * patterns anchored at their end are dear, which need it (a pattern ending in "of(?:\s+the)?\s+$" needs "of" or "the").
 */
export function endsInWord(text: string, endings: readonly string[]): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  const tail = trimmed.slice(-8).toLowerCase();
  return endings.some((e) => tail.endsWith(e));
}

/** Whether a stretch of text ends as KIND_BEFORE and POSTED_ON_BEFORE need: a comma or "on", perhaps "the" after it, and whitespace. */
export function endsInKindCue(text: string): boolean {
  let trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  const tail = trimmed.slice(-3).toLowerCase();
  if (tail === 'the') {
    const rest = trimmed.slice(0, -3);
    trimmed = rest.trimEnd();
    if (trimmed.length === rest.length) return false;
  }
  return trimmed.endsWith(',') || trimmed.slice(-2).toLowerCase() === 'on';
}

/**
 * Whether the words before a name are GROUP_KNOWN_AS's ("the armed group known as (the) X"): the cheap test of their
 * ending ("as", "called", "named", "itself", perhaps "the" after it) before the pattern, which scans them all.
 */
export function endsInKnownAs(before: string): boolean {
  let trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  if (trimmed.slice(-3).toLowerCase() === 'the') {
    const rest = trimmed.slice(0, -3);
    trimmed = rest.trimEnd();
    if (trimmed.length === rest.length) return false;
  }
  const tail = trimmed.slice(-6).toLowerCase();
  if (!KNOWN_AS_ENDS.some((e) => tail.endsWith(e))) return false;
  return GROUP_KNOWN_AS.test(before.replace(/\bthe\s+$/i, ''));
}

export function stateBodyTail(tokens: readonly Token[], at: number): { words: readonly string[] } | null {
  for (const tail of STATE_BODY_TAILS) {
    let ok = true;
    for (let k = 0; k < tail.length; k++) {
      const t = tokens[at + k];
      if (!t || t.isCapitalised || t.key !== tail[k] || !/^[ \u00a0]$/.test(t.gap)) {
        ok = false;
        break;
      }
    }
    if (ok) return { words: tail };
  }
  return null;
}
