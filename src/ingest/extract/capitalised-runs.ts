import { countryOf } from './document-countries.js';
import { CAPITALISED_STOPWORDS, GROUP_LEAD_HEADS, GROUP_TAIL_HEADS, KUNYA_OPENERS, MEDIA_TAIL_HEADS, NAME_PARTICLES, ORGANIZATION_LEAD_HEADS, TITLES } from './genre-lexicon.js';
import { ALL_CAPS, BUILDING_NOUNS, CONNECTORS, NAME_GAP, OF_ARTICLES, OF_PARTICLES, ONE_CAPITAL, ORG_TAILS, POSSESSIVE_GAP, POST_WORDS, STARTS_WITH_NUMBER, WATER_LEADS } from './mention-lexicon.js';
import type { MentionScan } from './mention-scan.js';
import { acceptReferenceAt } from './reference-acceptance.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/** Arabic particles that are English words too. */
const ENGLISH_PARTICLES = new Set(['at', 'as', 'an']);

export function extendsRun(s: MentionScan, runStart: number, j: number): boolean {
  const { tokens, keys, matcher } = s;
  const t = tokens[j] as Token;
  const prev = tokens[j - 1] as Token;
  const initialGap = /^\. ?$/.test(t.gap) && ONE_CAPITAL.test(prev.text);
  if (!NAME_GAP.test(t.gap) && !initialGap) return false;
  // "convicted Beran A. The court …": a sentence after an initial, not a surname
  // ("identified him as Rasmus K. KAPO did not …": nor an acronym)
  if (initialGap && (CAPITALISED_STOPWORDS.has(t.key) || ALL_CAPS.test(t.text))) return false;
  if (t.isCapitalised) {
    if (STARTS_WITH_NUMBER.test(t.text)) return false;
    // a pack name starting here ends the run ("Tajik Jamaat Ansarullah")
    const pack = j > runStart ? matcher.matchAt(keys, j, acceptReferenceAt(s, j)) : null;
    // "Alliance of Sahel States": a place inside a longer body's name, after its head's "of"
    const packEnd = pack ? tokens[j + pack.length] : undefined;
    if (pack && pack.name.entry.type === 'location' && prev.key === 'of' && !prev.isCapitalised && packEnd !== undefined && packEnd.isCapitalised &&
      NAME_GAP.test(packEnd.gap) && headBefore(keys, runStart, j - 1)) return true;
    // ("Islamic Resistance in Iraq": a place the pack knows after a resistance's or a mission's "in")
    if (pack && pack.name.entry.type === 'location' && prev.key === 'in' && (keys[j - 2] === 'resistance' || keys[j - 2] === 'mission')) return true;
    // ("An ISWAP attack", "As Hamas fighters": the English word opening a sentence, capitalised, is no Arabic particle before a pack name)
    if (pack && j - 1 === runStart && prev.isCapitalised && ENGLISH_PARTICLES.has(prev.key)) return false;
    if (pack && !NAME_PARTICLES.has(prev.key)) {
      // "Yahya Abu Hafs": a fuller rendering of a kunya the pack knows
      if (pack.name.entry.type === 'person' && KUNYA_OPENERS.has(keys[j] as string)) return true;
      return j - runStart === 1 && GROUP_LEAD_HEADS.has(keys[runStart] as string);
    }
    return true;
  }
  const next = tokens[j + 1];
  if (!next || !next.isCapitalised || !NAME_GAP.test(next.gap)) {
    // "Council of the Eastern Provinces", "Popular Front for the Liberation of Palestine": the connector may be followed by "the" then a capital
    if ((t.key === 'of' || t.key === 'for') && next?.key === 'the' && tokens[j + 2]?.isCapitalised) return headBefore(keys, runStart, j) && !postedNameBefore(s, runStart, j);
    if (t.key === 'the' && (keys[j - 1] === 'of' || keys[j - 1] === 'for') && next?.isCapitalised) return true;
    // "Comandos de la Frontera": another language's "of" and its article
    if (OF_PARTICLES.has(t.key) && next !== undefined && OF_ARTICLES.has(next.key) && tokens[j + 2]?.isCapitalised && tokens[j + 2]?.gap === ' ') return headBefore(keys, runStart, j);
    return false;
  }
  // "Abbey Gate at Kabul airport": "at", "as", "an" between spaces are English words, not the Arabic article
  if (ENGLISH_PARTICLES.has(t.key) && t.gap === ' ' && next.gap === ' ') return false;
  if (NAME_PARTICLES.has(t.key)) {
    // "Jabhat Fatah al-Sham", "Jaysh Ansar al-Sham": a region's name closes a group's name that has its head
    const pack = matcher.matchAt(keys, j, acceptReferenceAt(s, j));
    return !pack || (pack.name.entry.type === 'location' && headBefore(keys, runStart, j));
  }
  // ("Sacred Heart of Jesus Cathedral": a building's word closing the name after the "of")
  if (CONNECTORS.has(t.key) && t.key !== 'and') return headBefore(keys, runStart, j) && !postedNameBefore(s, runStart, j) || t.key === 'of' && buildingAhead(tokens, keys, j + 1);
  // "Cabinet Committee on Security": "on" after a body's head, not before a day ("the Ministry on Monday")
  if (t.key === 'on' && t.gap === ' ' && ORG_TAILS.has(prev.key) && !CAPITALISED_STOPWORDS.has(next.key)) return true;
  // "African Union Transition Mission in Somalia": a mission's country; "Islamic Resistance in Iraq": a resistance's
  if (t.key === 'in' && t.gap === ' ' && (prev.key === 'mission' || prev.key === 'resistance') && !CAPITALISED_STOPWORDS.has(next.key)) return true;
  if (OF_PARTICLES.has(t.key)) return headBefore(keys, runStart, j);
  if (OF_ARTICLES.has(t.key) && OF_PARTICLES.has(prev.key)) return true;
  return false;
}

/** Whether one to three capitalised words from token `at` end on a building's word: "… of Jesus Cathedral". */
function buildingAhead(tokens: readonly Token[], keys: readonly string[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.isCapitalised || (k > at && !NAME_GAP.test(t.gap))) return false;
    if (BUILDING_NOUNS.has(keys[k] as string)) return true;
  }
  return false;
}

/**
 * Whether tokens [runStart, j) are a post and its holder's name, which an "of" after ties to a body, not lengthens: "Chief
 * Prosecutor Jane Roe of the Federal High Court", "Attorney General Ann Poe of Ruritania" (a post that is a body's head too,
 * "prosecutor", "general"). The post (perhaps after office words) is followed by two or three capitalised words that are no
 * body's, group's or post's word.
 */
function postedNameBefore(s: MentionScan, runStart: number, j: number): boolean {
  const { tokens, keys } = s;
  let k = runStart;
  while (k < j && k - runStart < 3 && !TITLES.has(keys[k] as string) && !POST_WORDS.has(keys[k] as string)) k++;
  if (k >= j || !(TITLES.has(keys[k] as string) || POST_WORDS.has(keys[k] as string))) return false;
  while (k < j && (TITLES.has(keys[k] as string) || POST_WORDS.has(keys[k] as string) || ORGANIZATION_LEAD_HEADS.has(keys[k] as string))) k++;
  if (j - k < 2 || j - k > 3) return false;
  for (let x = k; x < j; x++) {
    const w = keys[x] as string;
    if (!(tokens[x] as Token).isCapitalised || CAPITALISED_STOPWORDS.has(w) || ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) || MEDIA_TAIL_HEADS.has(w) ||
      ORGANIZATION_LEAD_HEADS.has(w) || GROUP_LEAD_HEADS.has(w) || WATER_LEADS.has(w) || BUILDING_NOUNS.has(w)) return false;
  }
  return true;
}

function headBefore(keys: readonly string[], runStart: number, j: number): boolean {
  for (let k = runStart; k < j; k++) {
    const w = keys[k] as string;
    // ("Church of the Intercession", "Basilica del Pilar": a building's word opening its name)
    if (ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) || MEDIA_TAIL_HEADS.has(w) || ORGANIZATION_LEAD_HEADS.has(w) || GROUP_LEAD_HEADS.has(w) ||
      (k === runStart && (WATER_LEADS.has(w) || BUILDING_NOUNS.has(w)))) {
      return true;
    }
  }
  return false;
}

/**
 * The end of an organisation's name that goes on past a possessive or an "and" after the run
 * [from, j): the words after it end on an organisation's head ("Office", "Force", "Enforcement");
 * else j. Not after a country, a place or a person ("Russia's Federal Security Service").
 */
export function orgContinuation(s: MentionScan, from: number, j: number): number {
  const { text, tokens, n, keys, gazetteer, matcher, persons } = s;
  if (j >= n || j - from > 5) return j;
  const t = tokens[j] as Token;
  const before = tokens[j - 1] as Token;
  let k: number;
  if (t.isCapitalised && POSSESSIVE_GAP.test(t.gap)) k = j;
  else if (t.key === 'and' && !t.isCapitalised && t.gap === ' ' && (tokens[j + 1]?.isCapitalised ?? false) && tokens[j + 1]?.gap === ' ') k = j + 1;
  else return j;
  if (!before.isCapitalised || countryOf(s, before.text) !== null || gazetteer.lookup(before.text)[0] || persons.hasWord(before.key)) return j;
  // ("the NPA's Front Committee": an acronym's possessive owns a unit; it opens no longer name)
  if (k === j && ALL_CAPS.test(before.text)) return j;
  // "Ministry of Refugees and Repatriation", "Administration of North and East Syria": a body's "of" part goes on past "and"
  // with one or two words that end the name and are no place, people or entity of their own
  if (k === j + 1 && keys.slice(from, j - 1).some((w, x) => (w === 'of' || w === 'for') && x > 0 && (ORG_TAILS.has(keys[from + x - 1] as string) ||
    ORGANIZATION_LEAD_HEADS.has(keys[from + x - 1] as string)))) {
    let end = k;
    while (end < n && end - k < 2 && (tokens[end] as Token).isCapitalised && (end === k || NAME_GAP.test((tokens[end] as Token).gap))) end++;
    const closes = end >= n || !(tokens[end] as Token).isCapitalised || !NAME_GAP.test((tokens[end] as Token).gap);
    const first = tokens[k] as Token;
    if (closes && !CAPITALISED_STOPWORDS.has(first.key) && countryOf(s, first.text) === null && !gazetteer.lookup(spanText(text, tokens, k, end))[0] &&
      !gazetteer.lookup(first.text)[0] && matcher.matchAt(keys, k, acceptReferenceAt(s, k)) === null && !persons.hasWord(first.key)) return end;
  }
  let end = k;
  while (end < n && end - k < 4 && (tokens[end] as Token).isCapitalised && (end === k || NAME_GAP.test((tokens[end] as Token).gap))) end++;
  // ("New People's Army": a group's head ends it as well)
  return end > k && (ORG_TAILS.has(keys[end - 1] as string) || k === j && GROUP_TAIL_HEADS.has(keys[end - 1] as string)) &&
    !(end < n && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) ? end : j;
}
