import type { EntityType } from '../../model/index.js';
import { lookupKey } from '../reference/index.js';
import { countryOf, homeCountry, nearCountries } from './document-countries.js';
import { CAPITALISED_STOPWORDS, GIVEN_NAMES, GROUP_TAIL_HEADS, HONORIFICS, KUNYA_OPENERS, LOCATIVE_CUES, MEDIA_LOWER_TAILS, MEDIA_TAIL_HEADS, NAME_PARTICLES, SITE_TAIL_HEADS, TITLES } from './genre-lexicon.js';
import { ALL_CAPS, ARABIC_PARTICLES, ARABIC_PLACE_LEADS, ARTICLE_OPENERS, BUILDING_NOUNS, CLAIMED_AFTER, DIVISION_WORDS, GROUP_APPOSITIVE, GROUP_RELATION_CUE, LAND_AND_WATER_TAILS, LED_BY_AFTER, NAME_GAP, ORG_TAILS, STARTS_WITH_NUMBER, STATION_WORDS, WATER_LEADS } from './mention-lexicon.js';
import { type MentionScan, pushMention } from './mention-scan.js';
import { endsInKindCue, endsInKnownAs, endsInWord, isMediaNamedAt, stateBodyTail, typeByContext, typeByHeads } from './name-heads.js';
import { isSentenceStart, personName } from './person-name-rules.js';
import { isArabicPlaceAt, isKnownPlace, placeFor, siteTail } from './place-names.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';
import { hasPlaceCue, pluralDivisionAhead, townContainer, townSetting, unlistedTown } from './town-settings.js';

/** Plural words of divisions after a list of names: "in Panjgur and Washuk districts", "the Alibori and Atacora departments". */
/** Plural heads of groups after a list of names: "his Carlos Patiño and Dagoberto Ramos fronts". */
const PLURAL_GROUP_TAILS = new Set(['fronts', 'brigades', 'battalions', 'factions', 'gangs', 'militias', 'columns', 'blocs']);

/** Lower-case words after a leader's name that make it a government: "the Trump administration", "the Assad regime". */
const LEADER_GOVERNMENT_TAILS = new Set(['administration', 'government', 'regime']);

/** A state's missions abroad: "the Israeli embassy". */
const MISSION_TAILS = new Set(['embassy', 'consulate']);

const POSSESSIVE_INSIDE = /^(.+?)['’]s \S+$/;

/** Lower-case nouns before a name that make it a media outlet's: "its magazine Yalghar", "the newspaper Dawn". */
/** Lower-case nouns of a business before its name: "the energy company Eni", "the defence firm Xyz". */
const COMPANY_LEAD_NOUNS = new Set(['company', 'firm', 'corporation', 'conglomerate', 'carmaker', 'automaker', 'manufacturer', 'operator', 'contractor', 'insurer', 'multinational']);

/** Lower-case nouns after a name that make it a business's: "the Tesla factory", "the Xyz plant". */
const COMPANY_LOWER_TAILS = new Set(['factory', 'plant', 'refinery', 'warehouse', 'warehouses', 'shipyard', 'mine', 'store', 'stores', 'dealership']);

const MEDIA_LEAD_NOUNS = new Set(['magazine', 'newspaper', 'newsletter', 'weekly', 'daily', 'outlet', 'channel', 'website', 'periodical', 'journal', 'publication', 'mouthpiece']);

const PLACE_SITE_TAILS = new Set(['airport', 'prison', 'jail', 'border', 'mosque', 'market', 'bazaar', 'checkpoint', 'crossing', 'dam']);

/** Lower-case nouns after a name that make it an armed group's: "the Hafiz Gul Bahadur group". */
const GROUP_LOWER_TAILS = new Set(['group', 'faction', 'network', 'militia', 'front', 'clan', 'gang']);

/** Words for a village or a ward written before its name, in the languages of the genre's sources: "Barangay Camansi", "Kampung Baru". */
const VILLAGE_LEADS = new Set(['barangay', 'brgy', 'sitio', 'purok', 'kampung', 'kampong', 'desa', 'kelurahan', 'dusun', 'aldea', 'vereda', 'corregimiento', 'mohalla', 'kebele']);

/** A German compound on a group's head: "Vulkangruppe", "Sturmbrigade", "Wehrsportgruppe". */
const GERMAN_GROUP_WORD = /^\p{L}{3,}(?:gruppe|gruppen|brigade|brigaden|kommando|bewegung)$/u;

/** A kind noun and a comma before a name, which type it: "a Telegram channel, X", "a local association, X", "a self-described militia, the X". */
const KIND_BEFORE = /\b(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}(channel|outlet|website|magazine|newspaper|newsletter|podcast|periodical|association|charity|foundation|militia|faction|gang)\s*,\s+(?:the\s+)?$/iu;

/** A post or a message "on" a name, which makes it an outlet: "in a post on the X", "a video on X". */
/** (not a soldiers' post: "a border post on the X border") */
const POSTED_ON_BEFORE = /\b(?:an?|the|its|their)\s+(?:(?!(?:border|police|army|military|observation|guard|sentry|command|trading|frontier)\s)[\p{L}’'-]+\s+)?(?:post|posting|article|editorial|communiqué|communique|video|audio|message)\s+(?:posted\s+|published\s+)?on\s+(?:the\s+)?$/iu;

/**
 * An appositive after a name that calls it a monitoring or research body, or a militia group: "X, a monitoring group in
 * Y", "X, a Michigan militia group".
 */
const KIND_AFTER = /^,\s+(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}(monitoring group|research group|rights group|think tank|watchdog|militia group|militia|criminal gang|gang)(?=[,.;:)]|\s+(?:that|which|based|in|of|from)\b)/u;

/**
 * An appositive (after a translation in brackets, perhaps) that calls the name before it an armed or extremist
 * body: "Nordic Strength (Nordisk Styrka), a neo-Nazi organisation that", "X, an anarchist group".
 */
const EXTREMIST_KIND_AFTER = /^(?:\s+\([^()\n]{1,60}\))?,\s+(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:neo-Nazi|jihadist|extremist|militant|terrorist|separatist|insurgent|paramilitary|anarchist|insurrectionist|far-right|white-supremacist|Islamist|armed)\s+(?:organi[sz]ation|group|movement|network|cell|outfit)\b/u;

/** The last words GROUP_RELATION_CUE may end in, before the whitespace it ends in. */
const GROUP_RELATION_CUE_ENDS = ['the', 'formed', 'by', 'of', 'and', 'from'];

/** The opening of EXTREMIST_KIND_AFTER with a translation in brackets: "Nordic Strength (Nordisk Styrka), a …". */
const APPOSITIVE_OPENING = /^\s+\(/;

/**
 * Lower-case words that may follow a group's name in a clause ("founded the X in 2009", "members of X, whose …"); any
 * other makes the name a modifier.
 */
const CLAUSE_WORDS_AFTER_NAME = new Set(['in', 'on', 'at', 'and', 'or', 'since', 'until', 'with', 'for', 'to', 'which', 'who', 'that', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'from', 'by', 'after', 'before', 'during', 'as', 'but', 'across', 'over', 'when', 'while', 'whose', 'into', 'against']);

/** A run of capitalised words, tokens [a, b), as the rules that classify it read it. */
interface NameRun {
  readonly a: number;
  readonly b: number;
  /** The run's lookup keys. */
  readonly words: string[];
  readonly first: string;
  readonly len: number;
  readonly surface: string;
  readonly prev: Token | null;
  /** The word before the run, when it is in lower case; else ''. */
  readonly prevKey: string;
}

/** What a rule of classifyRun returns when it does not read the run. */
const NOT_READ = -1;

/** Classifies tokens [a, b); returns the index after the last token used (tails may extend it). */
export function classifyRun(s: MentionScan, a: number, b: number): number {
  const { text, tokens, keys } = s;
  const words = keys.slice(a, b);
  const prev = a > 0 ? (tokens[a - 1] as Token) : null;
  const run: NameRun = {
    a, b, words, first: words[0] as string, len: b - a, surface: spanText(text, tokens, a, b), prev, prevKey: prev && !prev.isCapitalised ? prev.key : '',
  };
  // the rules in order: the first that reads the run decides
  let end = readStateBodyOrKnownName(s, run);
  if (end !== NOT_READ) return end;
  end = readByHeadsOrGazetteer(s, run);
  if (end !== NOT_READ) return end;
  end = readTownOfDigestOrVariant(s, run);
  if (end !== NOT_READ) return end;
  end = readGroupByCue(s, run);
  if (end !== NOT_READ) return end;
  end = readPersonMet(s, run);
  if (end !== NOT_READ) return end;
  end = readUnlistedPlace(s, run);
  if (end !== NOT_READ) return end;
  end = readListedGroup(s, run);
  if (end !== NOT_READ) return end;
  end = readPersonName(s, run);
  if (end !== NOT_READ) return end;
  // a leading demonym or country before something else: "Tajik Jamaat Ansarullah"
  if (b - a >= 2 && countryOf(s, tokens[a]?.text ?? '')) return classifyRun(s, a + 1, b);
  return b;
}

/**
 * A state body ("the Tajik government"), a state's mission, a leader's government, a village after its kind's word, a
 * country named in full, or a name the text has already typed (a town, a site, a group, an outlet or a business after its
 * kind, a person met).
 */
function readStateBodyOrKnownName(s: MentionScan, run: NameRun): number {
  const { text, tokens, n, keys, gazetteer, lowerWords, persons, towns, sitesByName, namedGroups, docCountries } = s;
  const { a, b, words, first, len, surface, prev, prevKey } = run;
  // a country or demonym followed by a state body: "the Tajik government", "Swedish police"
  const body = stateBodyTail(tokens, b);
  if (body && len <= 2) {
    const country = countryOf(s, surface);
    if (country) {
      // one state body per country: reports use "authorities", "officials", "police" and
      // "security services" of one country interchangeably
      pushMention(s, a, b + body.words.length, 'organization', 'pattern', `org:${country}:state`);
      return b + body.words.length;
    }
    // "the Borno police": a division's own police
    const division = body.words.length === 1 && body.words[0] === 'police' ? gazetteer.lookup(surface, docCountries, nearCountries(s, a, b))[0] : undefined;
    if (division?.level === 'admin1') {
      pushMention(s, a, b + 1, 'organization', 'pattern', `org:${division.country}:${lookupKey(surface)} police`);
      return b + 1;
    }
  }

  // "the Israeli embassy", "the Russian consulate": a state's mission is a site of its own
  if (len === 1 && b < n && MISSION_TAILS.has(keys[b] as string) && !(tokens[b] as Token).isCapitalised && (tokens[b] as Token).gap === ' ' &&
    gazetteer.countryOfDemonym(tokens[a]?.text ?? '')) {
    // ("the Russian consulate general")
    const end = keys[b + 1] === 'general' && !(tokens[b + 1] as Token).isCapitalised && (tokens[b + 1] as Token).gap === ' ' ? b + 2 : b + 1;
    pushMention(s, a, end, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a, end))}`);
    return end;
  }
  // "the Trump administration", "the Assad regime": a leader's government (a country's is a state body, above)
  if (len <= 2 && b < n && LEADER_GOVERNMENT_TAILS.has(keys[b] as string) && !(tokens[b] as Token).isCapitalised && (tokens[b] as Token).gap === ' ' &&
    a > 0 && keys[a - 1] === 'the' && !countryOf(s, surface) && !isKnownPlace(s, gazetteer.lookup(surface)[0]) && !words.some((w) => CAPITALISED_STOPWORDS.has(w) || ORG_TAILS.has(w))) {
    pushMention(s, a, b + 1, 'organization', 'pattern', `organization:${lookupKey(spanText(text, tokens, a, b + 1))}`);
    return b + 1;
  }
  // "in Barangay Camansi", "Kampung Sungai Ular": a village named after its kind's word, which is no part of the name
  if (len >= 2 && len <= 4 && VILLAGE_LEADS.has(first)) {
    const place = townContainer(s, a + 1, b);
    towns.set(lookupKey(spanText(text, tokens, a + 1, b)), place);
    pushMention(s, a + 1, b, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a + 1, b))}`, { place });
    return b;
  }
  // a nationality alone is no entity ("Tajik", "Swiss")
  if (len === 1 && gazetteer.countryOfDemonym(tokens[a]?.text ?? '') && !gazetteer.lookup(surface)[0]) return b;
  // a country named in full ("Russian Federation") before any head-noun rule
  const whole = len <= 4 ? gazetteer.lookup(surface)[0] : undefined;
  if (whole?.level === 'country' && lookupKey(surface) !== lookupKey(whole.name) && len > 1) {
    pushMention(s, a, b, 'location', 'gazetteer', whole.id, { place: whole });
    return b;
  }
  // a town the text has already set as one: "Macomia" after "the town of Macomia"
  if (len <= 3 && towns.has(lookupKey(surface)) && !persons.find(words)) {
    pushMention(s, a, b, 'location', 'pattern', `site:${lookupKey(surface)}`, { place: towns.get(lookupKey(surface)) ?? null });
    return b;
  }
  // a site the text has named with its kind, named bare: "al-Harir" after "the al-Harir air base"
  const namedSite = len <= 4 ? sitesByName.get(lookupKey(surface)) : undefined;
  if (namedSite !== undefined && !persons.find(words)) {
    pushMention(s, a, b, 'location', 'pattern', namedSite.key, { place: namedSite.place });
    return b;
  }
  // a group the text has already named as one: "Lakurawa" after "the armed group known as Lakurawa"
  if (len <= 5 && namedGroups.has(lookupKey(surface)) && !persons.find(words)) {
    pushMention(s, a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
    return b;
  }
  // "its magazine Yalghar", "the magazine Voice of Hind": a media outlet named after its kind
  if (len <= 3 && prev !== null && !prev.isCapitalised && (tokens[a] as Token).gap === ' ' && !countryOf(s, surface) &&
    (MEDIA_LEAD_NOUNS.has(prev.key) && gazetteer.lookup(surface)[0]?.level !== 'admin1' || isMediaNamedAt(s, a, prev.key))) {
    let end = b;
    while (end + 1 < n && keys[end] === 'of' && (tokens[end] as Token).gap === ' ' && (tokens[end + 1] as Token).isCapitalised && end - b < 4) {
      end += 2;
      while (end < n && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) end++;
    }
    pushMention(s, a, end, 'media', 'pattern', `media:${lookupKey(spanText(text, tokens, a, end))}`);
    return end;
  }
  // "the energy company Eni", "the Tesla factory": a business named after its kind or a site of its own ("the Eni plant")
  // (the cheap cues first: most runs have none)
  if (len <= 3 && (prev !== null && !prev.isCapitalised && (tokens[a] as Token).gap === ' ' && COMPANY_LEAD_NOUNS.has(prev.key) && a >= 2 && !(tokens[a - 2] as Token).isCapitalised ||
      b < n && !(tokens[b] as Token).isCapitalised && (tokens[b] as Token).gap === ' ' && COMPANY_LOWER_TAILS.has(keys[b] as string) && a > 0 && keys[a - 1] === 'the') &&
    !words.some((w) => CAPITALISED_STOPWORDS.has(w)) && !countryOf(s, surface) && !gazetteer.lookup(surface)[0] && !persons.find(words)) {
    pushMention(s, a, b, 'organization', 'pattern', `organization:${lookupKey(surface)}`);
    return b;
  }
  // one word naming a person already met: "Qasimi", "Haddad"
  const placeCue = len === 1 && LOCATIVE_CUES.has(prevKey) && prevKey !== 'and' && gazetteer.lookup(surface).length > 0;
  if (len <= 3 && !placeCue && !countryOf(s, tokens[a]?.text ?? '')) {
    const known = persons.find(words);
    if (known && !HONORIFICS.has(first) && (len > 1 || !lowerWords.has(first))) {
      pushMention(s, a, b, 'person', 'coreference', known);
      return b;
    }
  }
  return NOT_READ;
}

/**
 * A name its head words type ("Sahel Policy Group", "Kandahar Airport"), else a place the gazetteer knows, with a
 * division's or a site's word after it.
 */
function readByHeadsOrGazetteer(s: MentionScan, run: NameRun): number {
  const { text, tokens, n, keys, gazetteer, shortOrgNames } = s;
  const { a, b, words, first, len, surface } = run;
  // heads of group, organisation, media and site names
  if (len >= 2) {
    const type = typeByHeads(s, words, a);
    if (type) {
      if (type === 'location') {
        // (a sea or a desert is in no one country: "the Red Sea" is not Egypt's governorate)
        const place = LAND_AND_WATER_TAILS.has(words[words.length - 1] as string) || WATER_LEADS.has(first) ? null : placeFor(s, surface, a, b, true);
        // "Cologne Cathedral", "Kandahar Airport": a site in the town its name opens with, when the paragraph is about that town's country
        const town = place === null && b - a >= 2 && SITE_TAIL_HEADS.has(words[words.length - 1] as string) ? placeFor(s, spanText(text, tokens, a, b - 1), a, b - 1, false) : null;
        const siteTown = town && town.level !== 'country' && nearCountries(s, a, b).has(town.country) ? town : null;
        pushMention(s, a, b, 'location', place ? 'gazetteer' : 'pattern', place ? place.id : `site:${lookupKey(surface)}`, { place: place ?? siteTown });
      } else {
        const typed = typeByContext(s, type, a, b);
        // "the Federal Prosecutor" after "the Federal Prosecutor's Office": the office, named short
        const key = shortOrgNames.get(`${typed}:${lookupKey(surface)}`) ?? `${typed}:${lookupKey(surface)}`;
        const owner = POSSESSIVE_INSIDE.exec(surface)?.[1];
        if (owner !== undefined && typed === 'organization') shortOrgNames.set(`${typed}:${lookupKey(owner)}`, key);
        pushMention(s, a, b, typed, 'pattern', key);
        // "… Mission in Mozambique": the country a mission is in is named too
        const inAt = words.indexOf('in');
        const country = inAt > 0 && words[inAt - 1] === 'mission' ? gazetteer.lookup(spanText(text, tokens, a + inAt + 1, b))[0] : undefined;
        if (country?.level === 'country') pushMention(s, a + inAt + 1, b, 'location', 'gazetteer', country.id, { place: country });

      }
      return b;
    }
  }

  // a place, with a trailing lower-case "province"/"district" taken along
  if (len <= 4) {
    let end = b;
    if (end < n && DIVISION_WORDS.has(keys[end] as string) && (tokens[end] as Token).gap === ' ') end++;
    const place = placeFor(s, spanText(text, tokens, a, end), a, end, end > b);
    // "the Santa Maria church in Istanbul": a building's own name, unless it names a town of the paragraph's country
    if (place && place.level !== 'country' && end === b && b < n && BUILDING_NOUNS.has(keys[b] as string) && (tokens[b] as Token).gap === ' ' &&
      !nearCountries(s, a, b).has(place.country)) {
      pushMention(s, a, b + 1, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a, b + 1))}`);
      return b + 1;
    }
    if (place) {
      const tail = b < n && (tokens[b] as Token).gap === ' ' ? (keys[b] as string) : '';
      // "Kabul airport", "Quetta railway station"
      const site = PLACE_SITE_TAILS.has(tail) ? b + 1 : STATION_WORDS.has(tail) && keys[b + 1] === 'station' && (tokens[b + 1] as Token).gap === ' ' ? b + 2 : 0;
      if (site && place.level !== 'country') {
        pushMention(s, a, site, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a, site))}`, { place });
      }
      pushMention(s, a, end, 'location', 'gazetteer', place.id, { place });
      return Math.max(end, site);
    }
    if (len === 1 && gazetteer.countryOfDemonym(tokens[a]?.text ?? '')) return b;
  }
  return NOT_READ;
}

/** A town a digest's item opens on, or one the gazetteer spells another way after a word that sets a place ("near Huwara"). */
function readTownOfDigestOrVariant(s: MentionScan, run: NameRun): number {
  const { gazetteer, lowerWords, persons, towns, docCountries, digestPlaces } = s;
  const { a, b, words, first, len, surface } = run;
  // a town or division a digest's item opens on that the gazetteer lacks: "- 2 Sep, Nkwen (Mezam): …" (the brackets' division holds the town)
  const digest = digestPlaces.get(a);
  if (digest !== undefined && digest.end === b && !persons.find(words) && !countryOf(s, surface) &&
    !words.some((w) => CAPITALISED_STOPWORDS.has(w) || TITLES.has(w) || HONORIFICS.has(w) || ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w))) {
    const division = digest.division === null ? undefined : gazetteer.lookup(digest.division, docCountries)[0];
    const place = division !== undefined && division.level !== 'city' && docCountries.has(division.country) ? division : townContainer(s, a, b);
    towns.set(lookupKey(surface), place);
    pushMention(s, a, b, 'location', 'pattern', `site:${lookupKey(surface)}`, { place });
    return b;
  }
  // a town the gazetteer spells another way, set as a place by the words before it: "near Huwara" (Ḩuwwārah), "in nearby Zaatara"
  if (len <= 2 && hasPlaceCue(s, a) && !persons.find(words) && (len > 1 || !lowerWords.has(first)) &&
    !words.some((w) => CAPITALISED_STOPWORDS.has(w) || TITLES.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w))) {
    // (in the countries the paragraph names, else the one the document is about: "Natividad" in a paragraph on Peru is no Brazilian Natividade)
    const near = nearCountries(s, a, b);
    const home = homeCountry(s);
    const variant = gazetteer.lookupVariant(surface, near.size > 0 ? near : home !== null ? new Set([home]) : near)[0];
    if (variant !== undefined) {
      pushMention(s, a, b, 'location', 'gazetteer', variant.id, { place: variant });
      return b;
    }
  }
  return NOT_READ;
}

/**
 * A group, an outlet or a body the words around the name type: a lower-case tail ("the Haqqani network"), an appositive
 * ("X, a militant group"), words of belonging ("members of X"), a kind noun ("a Telegram channel, X,").
 */
function readGroupByCue(s: MentionScan, run: NameRun): number {
  const { text, tokens, n, keys, gazetteer, persons, namedGroups, tailGroups, mentions } = s;
  const { a, b, words, len, surface } = run;
  // "the Al-Karrar office", "the al-Furqan office": a regional office of the Islamic State, named after its Arabic name
  if (b < n && keys[b] === 'office' && (tokens[b] as Token).gap === ' ' && len <= 3 && !(tokens[b] as Token).isCapitalised) {
    const from = a > 0 && keys[a - 1] === 'al' && /^[-‑]$/.test((tokens[a] as Token).gap) ? a - 1 : a;
    if (keys[from] === 'al' && from + 1 < b + 1) {
      pushMention(s, from, b + 1, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, from, b + 1))}`);
      return b + 1;
    }
  }
  // a group named by a lower-case tail: "the Hafiz Gul Bahadur group", "the Haqqani network"
  if (b < n && GROUP_LOWER_TAILS.has(keys[b] as string) && (tokens[b] as Token).gap === ' ' && len <= 4 && !countryOf(s, surface) &&
    // ("the Nordic group", "a Philippine network": a region's adjective names a kind, not a group)
    !gazetteer.countryOfDemonym(tokens[a]?.text ?? '') && !gazetteer.lookup(surface)[0] && !/(?:ian|ean|can|ese|ish|ic|ine)$/.test(keys[b - 1] as string)) {
    const name = lookupKey(spanText(text, tokens, a, b + 1));
    tailGroups.add(name);
    pushMention(s, a, b + 1, 'group', 'pattern', `group:${name}`);
    return b + 1;
  }
  // media named by a lower-case tail: "a Tajik-language Zello channel" is in the pack; "the Xyz channel"
  if (b < n && MEDIA_LOWER_TAILS.has(keys[b] as string) && (tokens[b] as Token).gap === ' ' && len <= 3 && !countryOf(s, surface)) {
    pushMention(s, a, b + 1, 'media', 'pattern', `media:${lookupKey(surface)}`);
    return b + 1;
  }

  // a group the appositive after it names as one: "Ansaru, an al-Qaeda-aligned faction that …", "Jundallah, a Baloch militant group,",
  // or the words before it: "the armed group known as Lakurawa"
  // (a lower-case word inside is no stop word: "Islamic Resistance in Iraq"; a name of up to six words: "Núcleo Insurreccional Mónica y Francisco")
  if (len <= 6 && !countryOf(s, surface) && !gazetteer.lookup(surface)[0] && !persons.find(words) &&
    !words.some((w, k) => TITLES.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w) || CAPITALISED_STOPWORDS.has(w) && (tokens[a + k] as Token).isCapitalised) &&
    (GROUP_APPOSITIVE.test(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 90)) ||
      // (an acronym is the short name of one the text names in full: "The BLF, led by …")
      // (nor are the words after a number that opened no group's name)
      LED_BY_AFTER.test(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 40)) && !ALL_CAPS.test(surface) &&
        !(a > 0 && STARTS_WITH_NUMBER.test((tokens[a - 1] as Token).text) && (tokens[a] as Token).gap === ' ') ||
      CLAIMED_AFTER.test(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 60)) ||
      endsInKnownAs(text.slice(Math.max(0, (tokens[a] as Token).start - 80), (tokens[a] as Token).start)))) {
    // ("the Kashmir Tigers, which claimed …": a place the pack knows opens the group's name)
    const last = mentions[mentions.length - 1];
    const from = last !== undefined && last.type === 'location' && last.basis === 'reference' && a > 0 && last.end === (tokens[a - 1] as Token).end &&
      (tokens[a] as Token).gap === ' ' && last.token >= 0 ? last.token : a;
    if (from < a) mentions.pop();
    const name = lookupKey(spanText(text, tokens, from, b));
    namedGroups.add(name);
    pushMention(s, from, b, 'group', 'pattern', `group:${name}`);
    return b;
  }
  // a name the words of belonging before it type: "Stewart Rhodes, who founded the Xyz Keepers", "former members of Xyzallah"
  if (len <= 4 && endsInWord(text.slice(Math.max(0, (tokens[a] as Token).start - 60), (tokens[a] as Token).start), GROUP_RELATION_CUE_ENDS) &&
    !countryOf(s, surface) && !gazetteer.lookup(surface)[0] && !persons.find(words) &&
    !words.some((w, k) => TITLES.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w) || CAPITALISED_STOPWORDS.has(w) && (tokens[a + k] as Token).isCapitalised ||
      ORG_TAILS.has(w) || MEDIA_TAIL_HEADS.has(w)) &&
    // (a name that modifies a noun after it is no group's: "the leader of the Pahalgam attack", "members of the Lanao-based faction")
    !(b < n && !(tokens[b] as Token).isCapitalised && (/^[-‑–]/.test((tokens[b] as Token).gap) ||
      /^\s+$/.test((tokens[b] as Token).gap) && !CLAUSE_WORDS_AFTER_NAME.has(keys[b] as string))) &&
    // (an acronym is the short name of one the text names in full: "allied with the CJNG")
    !/^[\p{Lu}\d&%-]+$/u.test(surface) &&
    // ("fighters of Central Asian background": a people's adjective)
    !/(?:ians?|eans?|ese|ish)$/.test(keys[b - 1] as string) && !gazetteer.countryOfDemonym((tokens[b - 1] as Token).text) &&
    GROUP_RELATION_CUE.test(text.slice(Math.max(0, (tokens[a] as Token).start - 60), (tokens[a] as Token).start))) {
    namedGroups.add(lookupKey(surface));
    pushMention(s, a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
    return b;
  }
  // a name the kind noun before it or the appositive after it types: "a Telegram channel, X,", "A local association, X,", "X, a monitoring group"
  const after = len <= 4 ? text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 120) : '';
  const before = len <= 4 ? text.slice(Math.max(0, (tokens[a] as Token).start - 60), (tokens[a] as Token).start) : '';
  // (the cheap cue first: a comma or a bracket after, a comma or "on" before, which every one of the four patterns needs)
  if (len <= 4 && (after[0] === ',' || APPOSITIVE_OPENING.test(after) || endsInKindCue(before)) &&
    !countryOf(s, surface) && !gazetteer.lookup(surface)[0] && !persons.find(words) &&
    !words.some((w) => TITLES.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w) || CAPITALISED_STOPWORDS.has(w))) {
    const kind = EXTREMIST_KIND_AFTER.test(after) ? 'militia' : POSTED_ON_BEFORE.test(before) ? 'outlet' : (KIND_BEFORE.exec(before) ??
      KIND_AFTER.exec(after))?.[1]?.toLowerCase();
    const type: EntityType | null = kind === undefined ? null
      : /channel|outlet|website|magazine|newspaper|newsletter|podcast|periodical/.test(kind) ? 'media'
      : /militia|faction|gang/.test(kind) ? 'group'
      : 'organization';
    if (type) {
      pushMention(s, a, b, type, 'pattern', `${type}:${lookupKey(surface)}`);
      return b;
    }
  }
  return NOT_READ;
}

/** A person the text has met, named longer ("Yahya Abu Hafs") or opening the run ("Qasimi Doctrine": the rest is classified on its own). */
function readPersonMet(s: MentionScan, run: NameRun): number {
  const { tokens, keys, persons } = s;
  const { a, b, first, len } = run;
  // a known kunya after a name: "Yahya Abu Hafs" is a longer rendering of "Abu Hafs"
  for (let k = a + 1; k < b; k++) {
    if (!KUNYA_OPENERS.has(keys[k] as string)) continue;
    const known = persons.find(keys.slice(k, b));
    if (known) {
      pushMention(s, a, b, 'person', 'coreference', known);
      return b;
    }
  }
  // a person already met, then other words: "Qasimi Doctrine"
  // (not one word that is the first of that person's name, before a surname: "Meir Kahane" after "Meir Ettinger" is another man)
  for (let k = b - 1; k > a && len >= 2 && !countryOf(s, tokens[a]?.text ?? ''); k--) {
    const known = persons.find(keys.slice(a, k));
    if (known && !HONORIFICS.has(first) && !TITLES.has(first) && !(k === a + 1 && persons.opensWith(known, first))) {
      pushMention(s, a, k, 'person', 'coreference', known);
      return classifyRun(s, k, b);
    }
  }
  return NOT_READ;
}

/**
 * A place the gazetteer lacks, set by its shape or the words around it: an Arabic place name after a locative word, a town
 * the text sets in a place, a town set by the words around it, a site named by a lower-case tail.
 */
function readUnlistedPlace(s: MentionScan, run: NameRun): number {
  const { text, tokens, keys, gazetteer, persons, towns, sitesByName, docCountries } = s;
  const { a, b, words, first, surface, prevKey } = run;
  // a name shaped like an Arabic place after a locative word: "in Bir al-Abed", "near al-Shuhayl", "near Sheikh Zuweid";
  // or anywhere, a place's lead word and an article: "captured Jisr al-Shughur"
  if (isArabicPlaceAt(s, a, b, prevKey) || (b - a >= 3 && b - a <= 4 && ARABIC_PLACE_LEADS.has(first) && ARABIC_PARTICLES.has(keys[a + 1] as string) &&
    !(tokens[a + 1] as Token).isCapitalised && persons.find(words) === null)) {
    // the town the gazetteer knows without its article ("al-Arish": Arish), or the site the text named with its kind ("al-Hol camp")
    const bare = ARTICLE_OPENERS.has(first) ? gazetteer.lookup(spanText(text, tokens, a + 1, b), docCountries, nearCountries(s, a, b))[0] : undefined;
    const known = bare !== undefined && bare.level !== 'country' && (nearCountries(s, a, b).has(bare.country) || docCountries.has(bare.country)) ? bare : null;
    const site = sitesByName.get(lookupKey(surface));
    const place = known ?? (site !== undefined ? site.place : townContainer(s, a, b));
    towns.set(lookupKey(surface), place);
    pushMention(s, a, b, 'location', known ? 'gazetteer' : 'pattern', known ? known.id : site?.key ?? `site:${lookupKey(surface)}`, { place });
    return b;
  }
  // a town too small for the gazetteer, known by the place the text sets it in
  const setting = townSetting(s, a, b);
  if (setting) {
    pushMention(s, a, b, 'location', 'pattern', `site:${lookupKey(surface)}`, { place: setting });
    return b;
  }
  // a town the gazetteer lacks (or only a namesake of), set as a town by the words around it
  const town = unlistedTown(s, a, b, prevKey);
  if (town > 0) {
    // (a name only listed before a plural division's word is set in no container, so that it tips no count of where the document's events are)
    const place = pluralDivisionAhead(s, b) ? null : townContainer(s, a, b);
    towns.set(lookupKey(surface), place);
    pushMention(s, a, town, 'location', 'pattern', `site:${lookupKey(surface)}`, { place });
    return town;
  }
  // a site named by a lower-case tail: "the Police Lines mosque", "at Quetta railway station"
  const site = siteTail(s, a, b);
  if (site > 0) {
    // "the al-Hol camp": the particle before is part of the name
    const from = a > 0 && NAME_PARTICLES.has(keys[a - 1] as string) && !(tokens[a - 1] as Token).isCapitalised && /^[-‑]$/.test((tokens[a] as Token).gap) ? a - 1 : a;
    const m = pushMention(s, from, site, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, from, site))}`);
    if (!sitesByName.has(lookupKey(spanText(text, tokens, from, b)))) sitesByName.set(lookupKey(spanText(text, tokens, from, b)), m);
    return site;
  }
  return NOT_READ;
}

/**
 * Groups named bare before a plural head ("the Alpha and Bravo brigades"), a gang on the Spanish plural article ("Los
 * Choneros"), a German compound on a group's head.
 */
function readListedGroup(s: MentionScan, run: NameRun): number {
  const { tokens, n, keys, gazetteer, lowerWords } = s;
  const { a, b, words, first, len, surface } = run;
  // "his Carlos Patiño and Dagoberto Ramos fronts", "the Alpha and Bravo brigades": names listed before a plural group's head are groups' (named bare)
  // (the cheap cue first: a comma and a name, "and", or the plural head itself after the name)
  if (len <= 3 && b < n && (/^, ?$/.test((tokens[b] as Token).gap) && (tokens[b] as Token).isCapitalised || keys[b] === 'and' || PLURAL_GROUP_TAILS.has(keys[b] as string))) {
    if (pluralDivisionAhead(s, b, 0, PLURAL_GROUP_TAILS) && !countryOf(s, surface) && !gazetteer.countryOfDemonym((tokens[b - 1] as Token).text) &&
      // (nor a sentence's first adjective: "Armed and criminal gangs", "Tribal and clan militias")
      !/(?:ians?|eans?|cans?|ese|ish)$/.test(words[len - 1] as string) && !(len === 1 && isSentenceStart(s, a)) && !gazetteer.lookup(surface)[0] &&
      !words.some((w) => CAPITALISED_STOPWORDS.has(w) || lowerWords.has(w))) {
      pushMention(s, a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
      return b;
    }
  }
  // "Los Choneros", "Los Chone Killers": a name opening on the Spanish plural article and closing on a plural, no place's, is a gang's;
  // "Vulkangruppe", "Sturmbrigade": a German compound on a group's head
  if ((first === 'los' && len >= 2 && len <= 4 && /s$/.test(words[len - 1] as string) || len === 1 && GERMAN_GROUP_WORD.test(first)) &&
    !gazetteer.lookup(surface)[0]) {
    pushMention(s, a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
    return b;
  }
  return NOT_READ;
}

/** A person's name (personName). */
function readPersonName(s: MentionScan, run: NameRun): number {
  const { keys, persons } = s;
  const { a, b, words, prevKey } = run;
  // persons
  const person = personName(s, a, b, prevKey);
  if (person) {
    const pk = persons.find(words.slice(person.from - a)) ?? `person:${lookupKey(person.name)}`;
    persons.add(pk, keys.slice(person.from, b));
    pushMention(s, a, b, 'person', 'person', pk, { name: person.name });
    return b;
  }
  return NOT_READ;
}
