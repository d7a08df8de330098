import type { EntityType } from '../../model/index.js';
import { type Gazetteer, GIVEN_NAME_KEYS, lookupKey, type Place, type ReferenceMatcher, TRADE_TERMS } from '../reference/index.js';
import { extendsRun, orgContinuation } from './capitalised-runs.js';
import { classifyRun } from './classify-run.js';
import { countryOf, longCountryAt, nearCountries, twoWordCountryAt } from './document-countries.js';
import { CAPITALISED_STOPWORDS, GROUP_LEAD_HEADS, TITLES } from './genre-lexicon.js';
import { ARTICLE_OPENERS, GROUP_UNIT_TAILS, HYPHEN_GAP, NAME_GAP, NUMBERED_UNITS, ORG_TAILS, STARTS_WITH_NUMBER, UNIT_NUMBER } from './mention-lexicon.js';
import { type MentionScan, pushMention, startMentionScan } from './mention-scan.js';
import type { Mention } from './mention.js';
import { numberedGroupAt, provinceAfter, stateBodyTail, typeByHeads } from './name-heads.js';
import { placeNamedPersonEnd } from './person-name-rules.js';
import { joinedNameEnd, joinedPlaceAt, placeFor, saintsSiteAt, saintsTownAt } from './place-names.js';
import { acceptReferenceAt } from './reference-acceptance.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';
import { hasPlaceCue, townContainer } from './town-settings.js';

export interface MentionFinderContext {
  gazetteer: Gazetteer;
  matcher: ReferenceMatcher;
}

/**
 * The mentions of people, groups, organisations, media and places in a text: the setup passes (startMentionScan), then
 * the names read token by token (a pack's or the gazetteer's name, a defined acronym, a numbered unit, a run of
 * capitalised words that classifyRun types), then the later passes over what was read (retypeNamedGroups, joinTailGroups).
 */
export function findMentions(text: string, tokens: readonly Token[], ctx: MentionFinderContext): Mention[] {
  const s = startMentionScan(text, tokens, ctx);
  const { n } = s;
  let i = 0;
  while (i < n) {
    const t = tokens[i] as Token;
    // the readers in order: the first that reads a name at i decides
    let next = readDefinedOrPackNameAt(s, i);
    if (next === NOT_READ) next = readNumberedOrArticleNameAt(s, i);
    if (next !== NOT_READ) {
      i = next;
      continue;
    }
    if (!t.isCapitalised || STARTS_WITH_NUMBER.test(t.text)) {
      i++;
      continue;
    }
    // "ANALYSIS-Island raids…", "EXCLUSIVE-…": a wire story's slug label opening a line is no name
    if (i + 1 < n && (tokens[i + 1] as Token).gap === '-' && /^[A-Z]{4,}$/.test(t.text) && (i === 0 || t.gap.includes('\n'))) {
      i += 2;
      continue;
    }
    next = readPlaceNameAt(s, i);
    if (next === NOT_READ) next = readGroupLeadOrNicknameAt(s, i);
    i = next !== NOT_READ ? next : readCapitalisedRunAt(s, i);
  }
  retypeNamedGroups(s);
  joinTailGroups(s);
  const { mentions, headingOnly, inBody } = s;
  return headingOnly.size === 0 ? mentions : mentions.filter((m) => !headingOnly.has(m) || inBody.has(m.key));
}

/** A body's name the text called an armed group after naming it first: every mention is the group's. */
function retypeNamedGroups(s: MentionScan): void {
  const { mentions, namedGroups } = s;
  if (namedGroups.size > 0) {
    for (const m of mentions) {
      if (m.type === 'organization' && m.basis === 'pattern' && m.key === `organization:${lookupKey(m.text)}` && namedGroups.has(lookupKey(m.text))) {
        m.type = 'group';
        m.key = `group:${lookupKey(m.text)}`;
      }
    }
  }
}

/** "the Bishnoi gang" and "the Lawrence Bishnoi gang", in either order: one group, named short. */
function joinTailGroups(s: MentionScan): void {
  const { mentions, tailGroups, inBody } = s;
  for (const name of tailGroups) {
    const longer = [...tailGroups].find((g) => g.endsWith(` ${name}`));
    if (longer === undefined) continue;
    for (const m of mentions) if (m.key === `group:${name}`) m.key = `group:${longer}`;
    if (inBody.has(`group:${name}`)) inBody.add(`group:${longer}`);
  }
}

/** Words that open sentences and also place names: "New York", "Western Cape". */
const PLACE_OPENERS = new Set(['new', 'northern', 'southern', 'eastern', 'western']);

/** Compass points that open the name of a part of a place: "North Waziristan" (not "northern", which opens a description). */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);

/** A personal name with a nickname in quotes inside it: 'Ismael "El Mayo" Zambada', 'Pedro “el Flaco” Ruiz'. */
const QUOTED_NICKNAME = /^\p{Lu}[\p{L}\p{M}'’-]+ ["“](?:[\p{L}\p{M}'’-]+ ){0,2}[\p{L}\p{M}'’-]+["”] \p{Lu}[\p{L}\p{M}'’-]+/u;

/** An ordinal before a unit's head: "the 33rd Front", "the 4th Brigade". */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/** A number that may open a gang's name: "400 Mawozo", "5 Segonn" (not a year). */
const SMALL_NUMBER = /^\d{1,3}$/;

/** Last words of a post written with "in" between capitals: "Special Agent in Charge", "Commander in Chief", "Editor in Chief". */
const POST_TAILS_AFTER_IN = new Set(['charge', 'chief']);

/** Words for a saint opening a site's name. */
const SAINT_WORDS = new Set(['st', 'saint', 'ste', 'sainte']);

/** Words for a site that take a number as their name: "Tower 22", "Camp 4", "Gate 3". */
const NUMBERED_SITE_WORDS = new Set(['tower', 'camp', 'outpost', 'gate', 'checkpoint', 'pier', 'sector', 'block', 'post', 'berth', 'hangar', 'terminal']);

/**
 * Words of an army's arm between an ordinal and a unit's head, which make it a state's unit: "the 94th Infantry
 * Battalion", "the 10th Mountain Division".
 */
const ARMY_ARMS = new Set([
  'infantry', 'marine', 'marines', 'mechanized', 'mechanised', 'armoured', 'armored', 'artillery', 'airborne', 'special', 'light', 'motorized',
  'motorised', 'mountain', 'commando', 'ranger', 'rangers', 'cavalry', 'engineer', 'engineering', 'air', 'naval', 'tank', 'reconnaissance', 'forces',
  'assault', 'rapid', 'deployment', 'reaction', 'border', 'police', 'military', 'army',
]);

/** Heads of a state's numbered units beyond the groups' ones: "the 8th Infantry Division", "the 3rd Army Corps". */
const ARMY_UNITS = new Set([...NUMBERED_UNITS, 'corps', 'group', 'wing', 'squadron', 'task']);

/** Terms of the trade ("IED", "FTFs", "Bay’ah"): never the name of an entity. */
const TRADE_TERM_KEYS = new Set(TRADE_TERMS.flatMap((t) => [t.term, ...t.aliases]).map(lookupKey));

/** What a reader of the main loop returns when it reads no name at its token. */
const NOT_READ = -1;

/**
 * A name the text defines by an acronym ("Barisan Revolusi Nasional (BRN)"), or one the pack knows, at token `i` (a
 * place's name before a state body's word is that state's body: "Puntland forces").
 */
function readDefinedOrPackNameAt(s: MentionScan, i: number): number {
  const { text, tokens, keys, gazetteer, matcher, persons, definedEnd, definedType } = s;
  const t = tokens[i] as Token;
  const ref = matcher.matchAt(keys, i, acceptReferenceAt(s, i));
  // a name defined by its acronym, unless the pack or the gazetteer knows it whole
  const defined = definedEnd[i] as number;
  if (defined > i && (ref === null || i + ref.length < defined) && gazetteer.lookup(spanText(text, tokens, i, defined)).length === 0) {
    const type = definedType.get(i) as EntityType;
    pushMention(s, i, defined, type, 'pattern', `${type}:${lookupKey(spanText(text, tokens, i, defined))}`);
    return defined;
  }
  if (ref) {
    const entry = ref.name.entry;
    const end = i + ref.length;
    const tail = stateBodyTail(tokens, end);
    const province = entry.type === 'group' ? provinceAfter(s, end) : 0;
    if (entry.type === 'location' && tail) {
      // "the Soviet authorities": a state body, not the place; "Puntland forces": the state body of its country
      if (entry.country) {
        // "the Balochistan police": a province's own police, not its country's state body
        const own = tail.words.length === 1 && tail.words[0] === 'police' && gazetteer.lookup(spanText(text, tokens, i, end))[0]?.level === 'admin1';
        pushMention(s, i, end + tail.words.length, 'organization', 'pattern', own ? `org:${entry.country}:${lookupKey(spanText(text, tokens, i, end))} police` : `org:${entry.country}:state`);
        return end + tail.words.length;
      }
    } else if (province > end) {
      // "Islamic State Mozambique Province": a province of the group the pack does not list, a group of its own
      pushMention(s, i, province, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, i, province))}`);
      return province;
    } else {
      // "Defence Minister Israel Katz": a given name the pack knows as a place, opening a person's name
      const personEnd = entry.type === 'location' && ref.length === 1 && GIVEN_NAME_KEYS.has(t.key) ? placeNamedPersonEnd(s, i) : 0;
      if (personEnd > i + 1) {
        const pk = persons.find(keys.slice(i, personEnd)) ?? `person:${lookupKey(spanText(text, tokens, i, personEnd))}`;
        persons.add(pk, keys.slice(i, personEnd));
        pushMention(s, i, personEnd, 'person', 'person', pk);
        return personEnd;
      }
      let place: Place | null = null;
      if (entry.type === 'location' && entry.country) place = gazetteer.country(entry.country);
      pushMention(s, i, end, entry.type, 'reference', `ref:${entry.id}`, { ref: entry, place });
      if (entry.type === 'person') persons.add(`ref:${entry.id}`, keys.slice(i, end));
      return end;
    }
  }
  return NOT_READ;
}

/**
 * A numbered unit ("the 33rd Front"), a name opening on the Arabic article in lower case ("near al-Shuhayl"), or a gang's
 * name opening on a number ("400 Mawozo"), at token `i`.
 */
function readNumberedOrArticleNameAt(s: MentionScan, i: number): number {
  const { text, tokens, n, keys, matcher, definedEnd } = s;
  const t = tokens[i] as Token;
  // "the 33rd Front", "the 10th Brigade": a numbered unit of an armed group; "the 94th Infantry Battalion", "the 8th Division":
  // a state's (an arm's word between, or a head only armies use)
  if (ORDINAL.test(t.key) && i + 1 < n && (tokens[i + 1] as Token).isCapitalised && (tokens[i + 1] as Token).gap === ' ') {
    let k = i + 1;
    while (k < i + 3 && ARMY_ARMS.has(keys[k] as string) && k + 1 < n && (tokens[k + 1] as Token).isCapitalised && (tokens[k + 1] as Token).gap === ' ') k++;
    const head = keys[k] as string;
    const armys = k > i + 1 ? ARMY_UNITS.has(head) : head === 'division' || head === 'corps';
    if (armys || (k === i + 1 && NUMBERED_UNITS.has(head) && head !== 'company')) {
      const type: EntityType = armys ? 'organization' : 'group';
      pushMention(s, i, k + 1, type, 'pattern', `${type}:${lookupKey(spanText(text, tokens, i, k + 1))}`);
      return k + 1;
    }
  }
  // "near al-Shuhayl", "in al-Mayadin": a name that opens with the Arabic article in lower case is read whole,
  // with the word before the article as the word before the name (unless the pack knows the name without it)
  if (ARTICLE_OPENERS.has(t.key) && !t.isCapitalised && i + 1 < n && HYPHEN_GAP.test((tokens[i + 1] as Token).gap) &&
    (tokens[i + 1] as Token).isCapitalised && !STARTS_WITH_NUMBER.test((tokens[i + 1] as Token).text) && definedEnd[i + 1] === 0 &&
    matcher.matchAt(keys, i + 1, acceptReferenceAt(s, i + 1)) === null) {
    let j = i + 2;
    while (j < n && definedEnd[j] === 0 && extendsRun(s, i, j)) j++;
    while (j > i + 2 && !(tokens[j - 1] as Token).isCapitalised) j--;
    return Math.max(j, classifyRun(s, i, j));
  }
  // "400 Mawozo, led by …", "members of 5 Segonn": a gang's name that opens on a number, where the words around it make it a group's
  // (not a paragraph's or a section's number: "5.1 Ansaru, an al-Qaeda-aligned faction")
  if (SMALL_NUMBER.test(t.text) && i > 0 && i + 1 < n && (tokens[i + 1] as Token).gap === ' ' && !/[.\n]/.test(t.gap)) {
    const end = numberedGroupAt(s, i);
    if (end > i) {
      pushMention(s, i, end, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, i, end))}`);
      return end;
    }
  }
  return NOT_READ;
}

/**
 * A place named in a way a run of capitalised words would misread, at token `i`: a country with lower-case connectors, a
 * numbered site ("Tower 22"), a saint's site or town, a place joined by a lower-case particle ("Agusan del Sur"), a
 * compass point before a place ("North Waziristan").
 */
function readPlaceNameAt(s: MentionScan, i: number): number {
  const { text, tokens, n, keys, gazetteer, matcher, docCountries } = s;
  const t = tokens[i] as Token;
  // "Democratic Republic of the Congo", "Bosnia and Herzegovina": a country named with lower-case connectors
  const longCountry = longCountryAt(s, i) ?? twoWordCountryAt(s, i);
  if (longCountry) {
    pushMention(s, i, i + longCountry.length, 'location', 'gazetteer', longCountry.place.id, { place: longCountry.place });
    return i + longCountry.length;
  }
  // "Tower 22", "Camp 4": a site named by a number after its kind's word
  if (NUMBERED_SITE_WORDS.has(t.key) && i + 1 < n && (tokens[i + 1] as Token).gap === ' ' && UNIT_NUMBER.test((tokens[i + 1] as Token).text) &&
    (i + 2 >= n || !/^[.,]?\d/.test((tokens[i + 2] as Token).gap + (tokens[i + 2] as Token).text))) {
    pushMention(s, i, i + 2, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, i, i + 2))}`);
    return i + 2;
  }
  // "St. Anthony's Shrine", "Saint Mary's Cathedral", "St. George Church": a house of worship or a school named after a saint
  if (SAINT_WORDS.has(t.key)) {
    const end = saintsSiteAt(s, i);
    if (end > i) {
      pushMention(s, i, end, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, i, end))}`);
      return end;
    }
    // "St Petersburg", "St. Louis", "Ste-Foy": a town named after a saint, the saint's word abbreviated
    const town = saintsTownAt(s, i);
    if (town) {
      pushMention(s, i, town.end, 'location', 'gazetteer', town.place.id, { place: town.place });
      return town.end;
    }
  }
  // "Agusan del Sur", "Port-au-Prince", "Croix-des-Bouquets": a place the gazetteer knows, named with a lower-case "of" or article inside
  const joined = joinedPlaceAt(s, i);
  if (joined) {
    pushMention(s, i, joined.end, 'location', 'gazetteer', joined.place.id, { place: joined.place });
    return joined.end;
  }
  // "the hamlet of San Miguel del Ene", "near Santo Domingo de Acobamba": a town's name joined by a lower-case particle, where the
  // words before set a place (the gazetteer may know it whole, or only its first words: "San Miguel" is another town)
  const joinedEnd = hasPlaceCue(s, i) ? joinedNameEnd(s, i) : 0;
  if (joinedEnd > 0) {
    const whole = spanText(text, tokens, i, joinedEnd);
    const known = placeFor(s, whole, i, joinedEnd, false);
    const place = known !== null && known.level !== 'country' ? known : null;
    pushMention(s, i, joinedEnd, 'location', place ? 'gazetteer' : 'pattern', place ? place.id : `site:${lookupKey(whole)}`, { place: place ?? townContainer(s, i, joinedEnd) });
    return joinedEnd;
  }
  // "North Waziristan", "South Darfur": a compass point before a place the pack knows names a place of its own
  if (COMPASS_POINTS.has(t.key) && i + 1 < n && (tokens[i + 1] as Token).isCapitalised && (tokens[i + 1] as Token).gap === ' ') {
    const inner = matcher.matchAt(keys, i + 1, acceptReferenceAt(s, i + 1));
    const end = inner ? i + 1 + inner.length : i;
    if (inner && inner.name.entry.type === 'location' && gazetteer.lookup(spanText(text, tokens, i + 1, end))[0]?.level !== 'country' &&
      (end >= n || !(tokens[end] as Token).isCapitalised || !NAME_GAP.test((tokens[end] as Token).gap))) {
      const whole = gazetteer.lookup(spanText(text, tokens, i, end), docCountries)[0];
      const country = inner.name.entry.country;
      const place = whole ?? (country ? gazetteer.country(country) : null);
      pushMention(s, i, end, 'location', whole ? 'gazetteer' : 'pattern', whole ? whole.id : `site:${lookupKey(spanText(text, tokens, i, end))}`, { place });
      return end;
    }
  }
  return NOT_READ;
}

/**
 * A group's lead word before a region's name ("Katibat Bilad al-Sham"), or a person named with a nickname in quotes
 * ('Ismael "El Mayo" Zambada'), at token `i`.
 */
function readGroupLeadOrNicknameAt(s: MentionScan, i: number): number {
  const { text, tokens, n, keys, matcher, persons } = s;
  const t = tokens[i] as Token;
  // "Katibat Bilad al-Sham": a group's lead word before a region's name
  if (GROUP_LEAD_HEADS.has(t.key) && i + 1 < n && NAME_GAP.test((tokens[i + 1] as Token).gap)) {
    const inner = matcher.matchAt(keys, i + 1, acceptReferenceAt(s, i + 1));
    if (inner && inner.name.entry.type === 'location') {
      const end = i + 1 + inner.length;
      pushMention(s, i, end, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, i, end))}`);
      return end;
    }
  }
  // 'Ismael "El Mayo" Zambada': a given name, a nickname in quotes, a surname
  const nicknamed = i + 3 < n && /^ ["“]$/.test((tokens[i + 1] as Token).gap) && !CAPITALISED_STOPWORDS.has(t.key) && !countryOf(s, t.text) &&
    !GROUP_LEAD_HEADS.has(t.key) && !ORG_TAILS.has(t.key) ? QUOTED_NICKNAME.exec(text.slice(t.start, t.start + 80)) : null;
  if (nicknamed) {
    let end = i + 1;
    while (end < n && (tokens[end] as Token).end <= t.start + nicknamed[0].length) end++;
    const name = nicknamed[0];
    const pk = `person:${lookupKey(name)}`;
    // (the nickname's words too: "El Chapo" named later is the same man)
    persons.add(pk, [t.key, ...keys.slice(i + 1, end - 1), keys[end - 1] as string]);
    pushMention(s, i, end, 'person', 'person', pk, { name });
    return end;
  }
  return NOT_READ;
}

/**
 * A run of capitalised words at token `i`, with the particles and connectors names allow inside, read as a place whose
 * name opens on a sentence's word ("New York") or classified (classifyRun); returns the token after it.
 */
function readCapitalisedRunAt(s: MentionScan, i: number): number {
  const { text, tokens, n, keys, gazetteer, docCountries, definedEnd } = s;
  // a run of capitalised words, with the particles and connectors names allow inside
  let j = i + 1;
  while (j < n && definedEnd[j] === 0 && extendsRun(s, i, j)) j++;
  while (j > i + 1 && !(tokens[j - 1] as Token).isCapitalised) j--;
  // "Federal Prosecutor's Office", "Uganda People's Defence Force", "Immigration and Customs Enforcement": one body's name
  for (let ext = orgContinuation(s, i, j); ext > j; ext = orgContinuation(s, i, j)) j = ext;
  // "Front Committee 1", "Unit 8200": a unit's head and its number
  if (j < n && j - i >= 1 && GROUP_UNIT_TAILS.has(keys[j - 1] as string) && (tokens[j] as Token).gap === ' ' && UNIT_NUMBER.test((tokens[j] as Token).text) &&
    (j + 1 >= n || !/^[.,]?\d/.test((tokens[j + 1] as Token).gap + (tokens[j + 1] as Token).text))) j++;
  // ("African Union Support and Stabilization Mission in Somalia": a mission's country after the "and")
  if (j + 1 < n && keys[j - 1] === 'mission' && extendsRun(s, i, j)) {
    j++;
    while (j < n && definedEnd[j] === 0 && extendsRun(s, i, j)) j++;
  }
  let a = i;
  // "New York", "Western Cape": a place whose name opens with a word that opens sentences too
  if (PLACE_OPENERS.has(keys[i] as string) && j - i >= 2 && j - i <= 3) {
    // (of the namesakes, the one in the countries the paragraph or the document names: "Eastern Province" in a text on Zambia)
    const whole = gazetteer.lookup(spanText(text, tokens, i, j), docCountries, nearCountries(s, i, j))[0];
    if (whole && (whole.level !== 'city' || whole.population >= 100_000)) {
      pushMention(s, i, j, 'location', 'gazetteer', whole.id, { place: whole });
      return j;
    }
  }
  // "New South Wales Police", "the Western Desert", "Southern Border Provinces Administrative Centre": the opener is part of a body's or a site's name
  while (a < j - 2 && (keys[a] === 'the' || keys[a] === 'a') && PLACE_OPENERS.has(keys[a + 1] as string)) a++;
  // ("Front Committee 1": "Front", a stop word of headings, opening a body's name)
  const keepOpener = (PLACE_OPENERS.has(keys[a] as string) || keys[a] === 'front') && j - a >= 2 && typeByHeads(s, keys.slice(a, j), a) !== null;
  // ("Allah Nazar Baloch": a name of three words may open on "Allah")
  while (!keepOpener && a < j && CAPITALISED_STOPWORDS.has(keys[a] as string) && !(TITLES.has(keys[a] as string) && j - a > 1) &&
    !(keys[a] === 'allah' && j - a >= 3)) a++;
  // "Special Agent in Charge John Doe", "Commander in Chief Amos Tendo": the post's last word after its "in" opens no name
  if (a === i && j - a >= 3 && POST_TAILS_AFTER_IN.has(keys[a] as string) && a >= 2 && keys[a - 1] === 'in' && !(tokens[a - 1] as Token).isCapitalised &&
    (tokens[a - 2] as Token).isCapitalised) a++;
  if (a >= j || TRADE_TERM_KEYS.has(lookupKey(spanText(text, tokens, a, j)))) {
    return j;
  }
  const consumed = classifyRun(s, a, j);
  return Math.max(j, consumed);
}
