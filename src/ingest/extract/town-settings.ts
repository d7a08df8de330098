import type { Place } from '../reference/index.js';
import { countBefore } from './count-before.js';
import { countryOf, homeCountry, nearCountries } from './document-countries.js';
import { CAPITALISED_STOPWORDS, GIVEN_NAMES, GROUP_LEAD_HEADS, GROUP_TAIL_HEADS, HONORIFICS, KUNYA_OPENERS, MEDIA_TAIL_HEADS, PERSON_ROLE_CUES, TITLES } from './genre-lexicon.js';
import { COMPASS_WORDS, DIVISION_WORDS, NAME_GAP, NOT_TOWN_WORDS, ORG_TAILS, STARTS_WITH_NUMBER } from './mention-lexicon.js';
import type { MentionScan } from './mention-scan.js';
import type { Mention } from './mention.js';
import { joinedPlaceAt } from './place-names.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/** Nouns before "of" that make the next names towns the gazetteer may lack: "the town of Palma", "the districts of Macomia and Muidumbe", "the Sydney suburb of Wakeley". */
const UNLISTED_TOWN_NOUNS = new Set([
  'town', 'towns', 'village', 'villages', 'city', 'district', 'districts', 'locality', 'hamlet', 'settlement', 'island', 'islands',
  'commune', 'municipality', 'township', 'port', 'suburb', 'suburbs', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods',
  // "the district capital of Moqokori"
  'capital',
]);

/** A bearing from a town after a place's name: ", south-east of ", " 20 km north of ", ", just outside ". */
const SET_OFF = /^,?\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?=\p{Lu})/u;

/** A division a town lies in, after its name: " in neighbouring Yobe state", " in the Pichari district", " in northern Borno". */
const SET_IN = /^\s+in\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring|adjacent|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?(?=\p{Lu})/u;

/** Lower-case nouns of an area after a place's name: "the Makombo area", "the Kafia Kingi enclave", "the Gatumba zone". */
const AREA_TAILS = new Set(['area', 'enclave', 'zone', 'corridor', 'basin', 'valley', 'plateau']);

/** Adjectives between a locative word and a town: "in nearby Zaatara", "near neighbouring Kumbo". */
const NEARBY_WORDS = new Set(['nearby', 'neighbouring', 'neighboring', 'adjacent']);

/** Locative words that make the capitalised name after them a place when nothing else claims it: "near X", "in nearby X". */
const STRONG_LOCATIVES = new Set(['in', 'near', 'outside', 'around']);

const PLURAL_DIVISIONS = new Set(['districts', 'provinces', 'governorates', 'departments', 'regions', 'counties', 'municipalities', 'oblasts', 'prefectures']);

/** Lower-case words after a name that make it a district the gazetteer may lack: "Chiure district", "Lubero territory". */
const UNLISTED_DIVISION_TAILS = new Set(['district', 'territory', 'county', 'tehsil', 'subdistrict', 'commune', 'municipality', 'department']);

/** An appositive that sets the name before it as a town: "Khar, the administrative center of Bajaur district". */
const APPOSITIVE_TOWN = /^,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|capital|centre|center|seat|hub|port|island|suburb|district|settlement|outpost)\s+(?:of|in|near|on)\s/;

/** Locative words that open a list of places: "between Monguno and Baga", "from Bajaur and Orakzai". */
const LIST_CUES = new Set(['in', 'near', 'from', 'between', 'outside', 'around', 'at']);

/** A verb after a state's name that makes it an actor, not a setting: "The United States designated …", "Egypt has accused …". */
const ACTING_AFTER = /^\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ed|said|says|announced|accuses|warns|designates)\b/;

/** Nouns before "of" that make the next name a town's: "the town of Kot". */
const TOWN_NOUNS = new Set(['town', 'village', 'city', 'district', 'locality', 'hamlet', 'settlement', 'camp']);

/** Nouns after a name that make it a part of a town: "the Sherpur neighbourhood of Kabul". */
const TOWN_PART_NOUNS = new Set(['neighbourhood', 'neighborhood', 'suburb', 'quarter', 'district', 'area']);

/**
 * The place the words after token `b` set a town in: a town it lies off (", south-east of Nablus", " 20 km north of Kumbo":
 * that town's country) or a division it lies in (" in neighbouring Yobe state"), known to the gazetteer in the document's
 * or the paragraph's countries and in one of them only; else null.
 */
function placeAfterTown(s: MentionScan, b: number): Place | null {
  const { text, tokens, n, keys, gazetteer, docCountries } = s;
  if (b >= n) return null;
  const after = text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 60);
  const off = SET_OFF.exec(after);
  const bearing = off ?? SET_IN.exec(after);
  if (bearing === null) return null;
  const at = countBefore(tokens, (t) => t.start, (tokens[b - 1] as Token).end + bearing[0].length);
  let end = at;
  while (end < n && end - at < 3 && (tokens[end] as Token).isCapitalised && (end === at || NAME_GAP.test((tokens[end] as Token).gap))) end++;
  if (end === at) return null;
  const near = nearCountries(s, at, end);
  const isOurs = (p: Place): boolean => p.level !== 'country' && (docCountries.has(p.country) || near.has(p.country));
  const suffixed = end < n && DIVISION_WORDS.has(keys[end] as string) && (tokens[end] as Token).gap === ' ';
  const hits = gazetteer.lookup(spanText(text, tokens, at, suffixed ? end + 1 : end), docCountries, near).filter(isOurs);
  const place = hits[0];
  // (a name two of the countries share sets nothing: "south of Rafah" in a text on Egypt and Gaza)
  if (place === undefined || hits.some((p) => p.country !== place.country)) return null;
  if (off !== null) return gazetteer.country(place.country);
  return place.level === 'admin1' ? place : null;
}

/** Whether the words before token `a` set what follows as a place: "near X", "in nearby X", "the village of X". */
export function hasPlaceCue(s: MentionScan, a: number): boolean {
  const { tokens } = s;
  const prev = a > 0 ? (tokens[a - 1] as Token) : null;
  if (prev === null || prev.isCapitalised) return false;
  if (STRONG_LOCATIVES.has(prev.key)) return true;
  const before = a > 1 ? (tokens[a - 2] as Token) : null;
  if (before === null || before.isCapitalised) return false;
  return NEARBY_WORDS.has(prev.key) && STRONG_LOCATIVES.has(before.key) || prev.key === 'of' && UNLISTED_TOWN_NOUNS.has(before.key);
}

/**
 * The end of a town the gazetteer lacks at tokens [a, b), else 0: "the town of Palma", "the
 * districts of Macomia and Muidumbe", "Chiure district", "Khar, the administrative center of
 * Bajaur district", "in Mpondwe, in western Uganda", "between Monguno and Baga", and a single
 * unknown word after "in", "near" or "outside" in a paragraph that names one country.
 */
export function unlistedTown(s: MentionScan, a: number, b: number, prevKey: string): number {
  const { text, tokens, n, keys, gazetteer, lowerWords, persons, mentions } = s;
  const len = b - a;
  if (len > 3) return 0;
  const words = keys.slice(a, b);
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (!t.isCapitalised || STARTS_WITH_NUMBER.test(t.text)) return 0;
  }
  // ("the village of Duma": one word the kind of place before sets as a town, though bodies' names end on it too)
  const townNounOf = prevKey === 'of' && a >= 2 && !(tokens[a - 2] as Token).isCapitalised && UNLISTED_TOWN_NOUNS.has(keys[a - 2] as string);
  if (words.some((w) => CAPITALISED_STOPWORDS.has(w) || TITLES.has(w) || NOT_TOWN_WORDS.has(w) ||
    !(townNounOf && len === 1) && (ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) || GROUP_LEAD_HEADS.has(w) || MEDIA_TAIL_HEADS.has(w)))) return 0;
  if (words.some((_, k) => countryOf(s, (tokens[a + k] as Token).text) !== null) || persons.find(words)) return 0;
  const next = b < n ? (tokens[b] as Token) : null;
  // "Chiure district", "Lubero territory", "Musa Qala district" (a person's name does not take a district's word)
  if (next !== null && !next.isCapitalised && next.gap === ' ' && UNLISTED_DIVISION_TAILS.has(next.key)) return b + 1;
  if (words.some((w) => HONORIFICS.has(w) || KUNYA_OPENERS.has(w) || GIVEN_NAMES.has(w))) return 0;
  // "the Makombo area of …", "the Kafia Kingi enclave", "the Tapoa area": a name "the" and an area's noun frame (the noun no part of it)
  if (len <= 2 && next !== null && !next.isCapitalised && next.gap === ' ' && AREA_TAILS.has(next.key) && a > 0 && keys[a - 1] === 'the' &&
    !(tokens[a - 1] as Token).isCapitalised && !/(?:ians?|eans?|cans?|ese|ish|ic|phone)$/.test(words[len - 1] as string)) return b;
  // peoples and languages: "Tajiks", "Swahili"
  const last = words[len - 1] as string;
  if (len === 1 && /(?:ians?|eans?|ese|ish)$/.test(last)) return 0;
  // "the town of Palma", "the island of Barkaram"
  if (townNounOf) return b;
  // "in Panjgur and Washuk districts", "Abyan, Shabwah and Hadramawt governorates": names listed before a plural division's word
  // (not a people's adjective: "the West African and Sahelian provinces")
  if (len <= 2 && pluralDivisionAhead(s, b) && !/(?:ians?|eans?|cans?|ese|ish)$/.test(last) && !gazetteer.countryOfDemonym((tokens[b - 1] as Token).text) &&
    !gazetteer.lookup(spanText(text, tokens, a, b))[0]) return b;
  // "at Gagangir in Ganderbal district", "near Kot in Nangarhar province": a town set in a named division
  if ((prevKey === 'in' || prevKey === 'at' || prevKey === 'near' || prevKey === 'outside') && next !== null && next.key === 'in' && !next.isCapitalised &&
    next.gap === ' ' && divisionNamedAt(s, b + 1)) return b;
  // (the rest are single words or pairs that no other use of the text writes in lower case)
  if (len > 2 || words.some((w) => lowerWords.has(w) || w.length < 3)) return 0;
  // "Khar, the administrative center of Bajaur district"
  const lastEnd = (tokens[b - 1] as Token).end;
  if (APPOSITIVE_TOWN.test(text.slice(lastEnd, lastEnd + 70))) return b;
  const locative = prevKey === 'in' || prevKey === 'near' || prevKey === 'outside' ||
    // "in nearby Zaatara"
    NEARBY_WORDS.has(prevKey) && a >= 2 && STRONG_LOCATIVES.has(keys[a - 2] as string) && !(tokens[a - 2] as Token).isCapitalised;
  // "in Mpondwe, in western Uganda", "near Gajiram, northern Borno": a country or division with a compass word after the comma
  if (locative && next !== null && /^, ?$/.test(next.gap)) {
    let at = b;
    if (keys[at] === 'in' && !(tokens[at] as Token).isCapitalised) at++;
    if (COMPASS_WORDS.has(keys[at] as string) && at + 1 < n && (tokens[at + 1] as Token).isCapitalised) {
      const outer = gazetteer.lookup((tokens[at + 1] as Token).text)[0];
      if (outer && outer.level !== 'city') return b;
    }
  }
  // "at Baghuz in eastern Syria", "near Kabo in northern Borno": a compass part of a country or a division after "in"
  if ((locative || prevKey === 'at') && next !== null && next.key === 'in' && !next.isCapitalised && next.gap === ' ' &&
    COMPASS_WORDS.has(keys[b + 1] as string) && b + 2 < n && (tokens[b + 2] as Token).isCapitalised) {
    const outer = gazetteer.lookup((tokens[b + 2] as Token).text)[0];
    if (outer && outer.level !== 'city') return b;
  }
  // "between Monguno and Baga", "from Bajaur and Orakzai": the next place of a list a locative word opens
  if (len === 1 && (prevKey === 'and' || prevKey === 'or') && a >= 2) {
    const before = mentions[mentions.length - 1];
    if (before !== undefined && before.type === 'location' && before.end === (tokens[a - 2] as Token).end && before.token > 0 &&
      (before.key.startsWith('site:') || before.place === null || before.place.level !== 'country')) {
      const cue = tokens[before.token - 1] as Token;
      const cueKey = cue.isCapitalised ? '' : cue.key;
      const listed = cueKey === 'of' ? before.token >= 2 && UNLISTED_TOWN_NOUNS.has(keys[before.token - 2] as string) : LIST_CUES.has(cueKey);
      if (listed) return b;
    }
  }
  // "in Bajaur during 2022": one unknown word after "in", "near", "outside", in a paragraph about one country only
  // (in a paragraph about several, a town of the wrong one would misplace the events told there)
  // (or in a paragraph that names none, of a document about one country: "shot dead in Nkwen" in a digest on Cameroon)
  const near = nearCountries(s, a, b);
  if (len === 1 && locative && (tokens[a] as Token).gap === ' ' && last.length >= 4 && (next === null || !/^['’]/.test(next.gap)) &&
    (near.size === 1 || near.size === 0 && homeCountry(s) !== null && townContainer(s, a, b)?.country === homeCountry(s))) {
    return b;
  }
  return 0;
}

/**
 * Whether the names from token `at` on, each after ", ", " and " or ", and ", end on a plural division's word:
 * at "Washuk districts" or at " and Washuk districts" after "Panjgur".
 */
export function pluralDivisionAhead(s: MentionScan, at: number, depth = 0, heads: ReadonlySet<string> = PLURAL_DIVISIONS): boolean {
  const { tokens, n } = s;
  if (at >= n || depth > 6) return false;
  const t = tokens[at] as Token;
  if (!t.isCapitalised && t.gap === ' ' && heads.has(t.key)) return true;
  let k: number;
  // a separator and the next name: ", Shabwah", " and Hadramawt", ", and Hadramawt"
  if (/^, ?$/.test(t.gap) && t.isCapitalised) k = at + 1;
  else if (t.key === 'and' && !t.isCapitalised && /^,? $/.test(t.gap) && (tokens[at + 1]?.isCapitalised ?? false) && tokens[at + 1]?.gap === ' ') k = at + 2;
  else return false;
  // (a name's second word)
  if (k < n && (tokens[k] as Token).isCapitalised && (tokens[k] as Token).gap === ' ') k++;
  return pluralDivisionAhead(s, k, depth + 1, heads);
}

/** Whether a division the gazetteer knows, or a name and a division's word, stand at token `at`: "Ganderbal district", "Nangarhar". */
function divisionNamedAt(s: MentionScan, at: number): boolean {
  const { text, tokens, n, keys, gazetteer, docCountries } = s;
  let end = at;
  while (end < n && end - at < 3 && (tokens[end] as Token).isCapitalised && (end === at || NAME_GAP.test((tokens[end] as Token).gap))) end++;
  if (end === at) return false;
  if (end < n && (tokens[end] as Token).gap === ' ' && (DIVISION_WORDS.has(keys[end] as string) || UNLISTED_DIVISION_TAILS.has(keys[end] as string))) return true;
  return gazetteer.lookup(spanText(text, tokens, at, end), docCountries)[0]?.level === 'admin1';
}

/**
 * Where a town the gazetteer lacks lies: the division or country named last before it in its
 * paragraph ("In Cameroon's Far North region, … the village of Mozogo"), else the one country its
 * paragraph names as a place, else the country the document names most (when it names it half the time), else none.
 * A state that acts ("The United States designated …") sets no town in it, nor does a force's nationality ("a
 * Rwandan patrol") or a country the document names in passing beside its main one: that town's country is left unknown.
 */
export function townContainer(s: MentionScan, a: number, b: number): Place | null {
  const { text, tokens, gazetteer, mentions, countryCounts, paragraphOf, paragraphSettings, titleCountries } = s;
  const from = (tokens[a] as Token).start;
  // "the village of Duma, south-east of Nablus", "the village of Mafa in neighbouring Yobe state": the place it lies in or off,
  // unless the places named before it in its paragraph are all of another country (a namesake of that town the gazetteer lacks)
  const setting = placeAfterTown(s, b);
  const paragraph = paragraphOf[a] as number;
  // the nearest place before it in its paragraph: its sentence's first ("In Cameroon's Far North region, … the village of Mozogo")
  let before: Place | null = null;
  for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - 12; k--) {
    const m = mentions[k] as Mention;
    if (m.end > from) continue;
    if (m.token >= 0 && paragraphOf[m.token] !== paragraph) break;
    if (m.type !== 'location' || ACTING_AFTER.test(text.slice(m.end, m.end + 30))) continue;
    if (m.place && m.basis === 'gazetteer' && m.place.level === 'admin1') before = m.place;
    else {
      const country = m.place?.country ?? m.ref?.country;
      if (country) before = gazetteer.country(country);
    }
    if (before !== null) break;
  }
  if (setting !== null && (before === null || before.country === setting.country)) return setting;
  if (before !== null) return before;
  const near = nearCountries(s, a, b, paragraphSettings);
  if (near.size > 1) return null;
  // (else the country the document names most, when it names it at least half the time)
  let total = 0;
  let top: [string, number] = ['', 0];
  for (const [country, c] of countryCounts) {
    total += c;
    if (c > top[1]) top = [country, c];
  }
  if (near.size === 1) {
    const only = [...near][0] as string;
    // (a country the document names a third as often as the one it names most, or less, is a passing one)
    return top[1] >= 3 && (countryCounts.get(only) ?? 0) * 3 <= top[1] ? null : gazetteer.country(only);
  }
  if (top[1] * 2 >= total && top[1] >= 3) return gazetteer.country(top[0]);
  // (else the country of the document's title)
  return titleCountries.size === 1 ? gazetteer.country([...titleCountries][0] as string) : null;
}

/**
 * The division or town a name the gazetteer lacks is set in, when the text sets it there: "in Atmeh,
 * Idlib province", "near Kot, Khyber district", "in Jindires, in northern Aleppo", "the town of Kot,
 * Nangarhar", "the Sherpur neighbourhood of Kabul". A country alone is no setting (a namesake of
 * a person or group is too likely), nor a name the text already gives a person.
 */
export function townSetting(s: MentionScan, a: number, b: number): Place | null {
  const { text, tokens, n, keys, gazetteer, persons, docCountries } = s;
  if (b - a > 3 || b >= n || a === 0) return null;
  const prev = tokens[a - 1] as Token;
  const next = tokens[b] as Token;
  const division = divisionAfterComma(s, a, b);
  if (division !== null) return division;
  if (prev.isCapitalised) return null;
  let at = -1;
  const townNoun = a >= 2 && prev.key === 'of' && TOWN_NOUNS.has(keys[a - 2] as string);
  if ((prev.key === 'in' || prev.key === 'near' || prev.key === 'outside' || townNoun) && /^, ?$/.test(next.gap)) {
    at = b;
    // ", in northern Aleppo"
    if (!next.isCapitalised && next.key === 'in') at = COMPASS_WORDS.has(keys[b + 1] as string) ? b + 2 : b + 1;
  } else if (prev.key === 'the' && !next.isCapitalised && next.gap === ' ' && TOWN_PART_NOUNS.has(next.key) && keys[b + 1] === 'of') {
    at = b + 2;
  }
  if (at < 0 || at >= n || !(tokens[at] as Token).isCapitalised) return null;
  // (the cheap cues first: most runs have none)
  const words = keys.slice(a, b);
  if (words.some((w) => TITLES.has(w) || HONORIFICS.has(w) || KUNYA_OPENERS.has(w) || GIVEN_NAMES.has(w))) return null;
  if (persons.find(words) || countryOf(s, tokens[a]?.text ?? '')) return null;
  // ("in Shopian, Jammu and Kashmir": a division named with "and" inside)
  const joined = joinedPlaceAt(s, at);
  let end = joined?.end ?? at + 1;
  while (joined === null && end < n && end - at < 4 && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) end++;
  const suffixed = end < n && DIVISION_WORDS.has(keys[end] as string) && (tokens[end] as Token).gap === ' ';
  const outer = joined?.place ?? gazetteer.lookup(spanText(text, tokens, at, suffixed ? end + 1 : end), docCountries, nearCountries(s, at, end))[0];
  if (!outer || outer.level === 'country') return null;
  // a bare town name after the comma is too loose a setting ("in Mansur, Kabul said"): a division, or a named district
  if (outer.level === 'city' && !suffixed && at === b) return null;
  return outer;
}

/**
 * The province after a comma that closes its clause, for a name the gazetteer lacks: a digest's
 * "13 May, Las Navas, Northern Samar: …", "near Tarso, Tibesti." (a province, not a town: "Khan,
 * Kabul" is too loose), not a name the text gives a person.
 */
function divisionAfterComma(s: MentionScan, a: number, b: number): Place | null {
  const { text, tokens, n, keys, gazetteer, persons, docCountries } = s;
  const next = tokens[b] as Token;
  if (!/^, ?$/.test(next.gap) || !next.isCapitalised) return null;
  const joined = joinedPlaceAt(s, b);
  let end = joined?.end ?? b + 1;
  while (joined === null && end < n && end - b < 4 && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) end++;
  if (end < n && !/^[:;.)]|\n/.test((tokens[end] as Token).gap)) return null;
  const words = keys.slice(a, b);
  if (words.some((w) => TITLES.has(w) || HONORIFICS.has(w) || KUNYA_OPENERS.has(w) || GIVEN_NAMES.has(w) || CAPITALISED_STOPWORDS.has(w))) return null;
  if (persons.find(words) || countryOf(s, tokens[a]?.text ?? '') || PERSON_ROLE_CUES.has(keys[a - 1] as string)) return null;
  const outer = joined?.place ?? gazetteer.lookup(spanText(text, tokens, b, end), docCountries, nearCountries(s, b, end))[0];
  return outer?.level === 'admin1' && (docCountries.has(outer.country) || nearCountries(s, a, b).has(outer.country)) ? outer : null;
}
