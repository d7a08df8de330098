import type { Place } from '../reference/index.js';
import { countryOf, nearCountries } from './document-countries.js';
import { CAPITALISED_STOPWORDS, GIVEN_NAMES, HONORIFICS, KUNYA_OPENERS, LOCATIVE_CUES, TITLES } from './genre-lexicon.js';
import { ARABIC_PARTICLES, ARABIC_PLACE_LEADS, HYPHEN_GAP, NAME_GAP, OF_ARTICLES, PLACE_CONTEXT_NOUNS, PLACE_JOINERS, POSSESSIVE_GAP, STATION_WORDS } from './mention-lexicon.js';
import type { MentionScan } from './mention-scan.js';
import { isSentenceStart } from './person-name-rules.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/** Lower-case nouns after a name that make it a site: "the Police Lines mosque", "Quetta railway station". */
const SITE_LOWER_TAILS = new Set([
  'mosque', 'church', 'airport', 'prison', 'market', 'camp', 'checkpoint', 'bazaar', 'shrine', 'madrasa', 'madrassa', 'stadium', 'hotel',
  'synagogue', 'jail', 'mountains', 'beach', 'embassy', 'consulate', 'airbase',
]);

/** Houses of worship and schools, named after holy men: "the Imam Ali mosque". */
const HOLY_SITE_TAILS = new Set(['mosque', 'shrine', 'madrasa', 'madrassa', 'church', 'synagogue']);

/** Kinds of a base before "base": "air base", "military base". */
const BASE_KINDS = new Set(['air', 'military', 'naval', 'army', 'logistics', 'airforce']);

/** How large a town named after a saint must be to be read as that town where the name is abbreviated ("St Petersburg"). */
const SAINTS_TOWN_POPULATION = 20_000;

/** Heads of the sites named after saints: "St. Anthony's Shrine", "St. Mary's School". */
const SAINTS_SITE_HEADS = new Set(['church', 'shrine', 'cathedral', 'chapel', 'basilica', 'school', 'college', 'hospital', 'monastery', 'abbey', 'parish', 'square']);

/** Locative words after which a name shaped like an Arabic one is a place, not a person: "near Sheikh Zuweid", "at Karm al-Qawadis". */
const ARABIC_PLACE_CUES = new Set(['in', 'near', 'at', 'outside', 'around']);

export function placeFor(s: MentionScan, surface: string, a: number, b: number, hasSuffix: boolean): Place | null {
  const { tokens, n, keys, gazetteer, lowerWords, persons, mentions, docCountries, digestPlaces } = s;
  const near = nearCountries(s, a, b);
  const hits = gazetteer.lookup(surface, docCountries, near);
  let best = hits[0];
  if (!best) return null;
  // "Nairobi's Eastleigh district": a place the text names as another's lies in that one's country, not in a namesake's elsewhere
  const owner = a > 0 && POSSESSIVE_GAP.test((tokens[a] as Token).gap) ? mentions.at(-1) : undefined;
  const ownerCountry = owner?.type === 'location' && owner.end === (tokens[a - 1] as Token).end ? owner.place?.country ?? owner.ref?.country : undefined;
  if (ownerCountry && best.level !== 'country' && best.country !== ownerCountry) {
    best = hits.find((h) => h.country === ownerCountry);
    if (!best) return null;
  }
  const single = b - a === 1;
  const key = keys[a] as string;
  if (single && CAPITALISED_STOPWORDS.has(key)) return null;
  if (best.level === 'country') return best;
  if (single && lowerWords.has(key) && !hasSuffix) return null;
  if (single && (persons.hasWord(key) || HONORIFICS.has(key) || TITLES.has(key) || KUNYA_OPENERS.has(key))) return null;
  const prev = a > 0 ? (tokens[a - 1] as Token) : null;
  const next = b < n ? (tokens[b] as Token) : null;
  // "in Kunduz", "Kunduz province", "the Garissa college siege", "the Kandahar mosque attack"
  // "the provinces of Ghazni, Helmand and Zabul": a place listed after a place of the same country
  const last = mentions[mentions.length - 1];
  const listed = prev !== null && /^, ?$/.test((tokens[a] as Token).gap) && last?.type === 'location' && last.end === prev.end &&
    (last.place?.country ?? last.ref?.country) === best.country;
  const cue = listed || (prev !== null && !prev.isCapitalised && LOCATIVE_CUES.has(prev.key)) || hasSuffix || digestPlaces.get(a)?.end === b ||
    (next !== null && !next.isCapitalised && next.gap === ' ' && PLACE_CONTEXT_NOUNS.has(next.key));
  const commaCountry = next !== null && /^, ?$/.test(next.gap) && gazetteer.lookup(next.text)[0]?.level === 'country';
  if (best.level === 'admin1') {
    return cue || commaCountry || near.has(best.country) || docCountries.has(best.country) ? best : null;
  }
  // towns: a locative word before, ", Country" after, or a big place in a country the text is about;
  // a town after a locative word in a country the text never names is likely a namesake ("the town
  // of Palma" in a report on Mozambique is not the Spanish city), unless it is a city of a million
  if (commaCountry) return best;
  if (cue && (docCountries.size === 0 || docCountries.has(best.country) || near.has(best.country) || best.population >= 1_000_000)) return best;
  if (single && isSentenceStart(s, a)) return null;
  if ((near.has(best.country) || docCountries.has(best.country)) && best.population >= (single ? 100_000 : 5_000)) return best;
  if (best.population >= 1_000_000) return best;
  return null;
}

/**
 * A place the gazetteer knows whose name joins capitalised words with a lower-case particle at
 * token `a`: "Agusan del Sur", "Port-au-Prince", "Croix-des-Bouquets" (the words around it read as
 * for any place: placeFor).
 */
export function joinedPlaceAt(s: MentionScan, a: number): { end: number; place: Place } | null {
  const { text, tokens, n, keys } = s;
  const mid = tokens[a + 1];
  if (mid === undefined || mid.isCapitalised || !PLACE_JOINERS.has(mid.key)) return null;
  const hyphened = HYPHEN_GAP.test(mid.gap);
  if (!hyphened && mid.gap !== ' ') return null;
  let end = a + 2;
  // ("Santa Cruz de la Sierra": an article after the particle)
  if (end < n && OF_ARTICLES.has(keys[end] as string) && !(tokens[end] as Token).isCapitalised && (tokens[end] as Token).gap === mid.gap) end++;
  const last = tokens[end];
  if (last === undefined || !last.isCapitalised || (hyphened ? !HYPHEN_GAP.test(last.gap) : last.gap !== ' ')) return null;
  end++;
  const place = placeFor(s, spanText(text, tokens, a, end), a, end, false);
  return place !== null && place.level !== 'country' ? { end, place } : null;
}

/**
 * The end of a name at token `a` of one to three capitalised words, a lower-case particle of place names (perhaps an
 * article after it) and one or two capitalised words ("San Miguel del Ene", "Santo Domingo de Acobamba"), else 0;
 * not a person's name the text has met or one opening on a given name or title.
 */
export function joinedNameEnd(s: MentionScan, a: number): number {
  const { tokens, n, keys, persons } = s;
  let k = a;
  while (k < n && k - a < 3 && (tokens[k] as Token).isCapitalised && (k === a || (tokens[k] as Token).gap === ' ')) k++;
  const mid = tokens[k];
  if (k === a || mid === undefined || mid.isCapitalised || mid.gap !== ' ' || !PLACE_JOINERS.has(mid.key) || mid.key === 'and' || mid.key === 'y') return 0;
  let end = k + 1;
  if (end < n && OF_ARTICLES.has(keys[end] as string) && !(tokens[end] as Token).isCapitalised && (tokens[end] as Token).gap === ' ') end++;
  const from = end;
  while (end < n && end - from < 2 && (tokens[end] as Token).isCapitalised && (tokens[end] as Token).gap === ' ') end++;
  // ("in Juan de Dios's case": an owner)
  if (end === from || end < n && /^['’]/.test((tokens[end] as Token).gap)) return 0;
  const words = keys.slice(a, end);
  const first = words[0] as string;
  if (GIVEN_NAMES.has(first) || TITLES.has(first) || HONORIFICS.has(first) || CAPITALISED_STOPWORDS.has(first) || persons.find(words)) return 0;
  return end;
}

/** A town or division the gazetteer knows, named after a saint at token `a` ("St Petersburg", "St. Louis"), and where its name ends. */
export function saintsTownAt(s: MentionScan, a: number): { end: number; place: Place } | undefined {
  const { text, tokens, n, gazetteer, docCountries } = s;
  const first = tokens[a + 1];
  if (first === undefined || !first.isCapitalised || !/^\.? $|^-$/.test(first.gap)) return undefined;
  for (let end = Math.min(n, a + 3); end > a + 1; end--) {
    if (end === a + 3 && !(tokens[a + 2] as Token).isCapitalised || end === a + 3 && !/^[ -]$/.test((tokens[a + 2] as Token).gap)) continue;
    const place = gazetteer.lookup(spanText(text, tokens, a, end), docCountries)[0];
    if (place && (place.level !== 'city' || place.population >= SAINTS_TOWN_POPULATION)) return { end, place };
  }
  return undefined;
}

/** The end of a site named after a saint at token `a` ("St. Anthony's Shrine", "Saint Mary's Cathedral"), else `a`. */
export function saintsSiteAt(s: MentionScan, a: number): number {
  const { tokens, n, keys } = s;
  let k = a + 1;
  const first = tokens[k];
  if (first === undefined || !first.isCapitalised || !/^\.? $/.test(first.gap)) return a;
  while (k < n && k - a <= 3 && (tokens[k] as Token).isCapitalised && (k === a + 1 || NAME_GAP.test((tokens[k] as Token).gap) || POSSESSIVE_GAP.test((tokens[k] as Token).gap))) {
    if (k > a + 1 && SAINTS_SITE_HEADS.has(keys[k] as string)) return k + 1;
    k++;
  }
  return a;
}

/** The end of a site named by a lower-case tail after tokens [a, b) ("Police Lines mosque", "Quetta railway station"), else 0. */
export function siteTail(s: MentionScan, a: number, b: number): number {
  const { tokens, n, keys, persons } = s;
  if (b >= n || b - a > 3 || (tokens[b] as Token).isCapitalised || (tokens[b] as Token).gap !== ' ') return 0;
  // "a Pentecostal church", "an Ahmadi mosque": a kind of site, not a named one
  const before = a > 0 ? (tokens[a - 1] as Token) : null;
  if (before !== null && (before.key === 'a' || before.key === 'an')) return 0;
  let end = 0;
  if (SITE_LOWER_TAILS.has(keys[b] as string)) end = b + 1;
  // "the al-Harir air base", "Tal Afar military base"
  else if (BASE_KINDS.has(keys[b] as string) && keys[b + 1] === 'base' && (tokens[b + 1] as Token).gap === ' ') end = b + 2;
  else if (STATION_WORDS.has(keys[b] as string) && keys[b + 1] === 'station' && (tokens[b + 1] as Token).gap === ' ') end = b + 2;
  if (end === 0) return 0;
  const words = keys.slice(a, b);
  // ("the Imam Ali mosque", "the Sheikh Zayed shrine": a house of worship is named after a holy man)
  const holy = HOLY_SITE_TAILS.has(keys[end - 1] as string);
  if (words.some((w) => CAPITALISED_STOPWORDS.has(w) || !holy && (GIVEN_NAMES.has(w) || HONORIFICS.has(w))) || !holy && persons.find(words)) return 0;
  for (let k = a; k < b; k++) if (countryOf(s, (tokens[k] as Token).text) !== null) return 0;
  return end;
}

/**
 * Whether tokens [a, b) after a locative word are an Arabic place name rather than a person's:
 * a particle inside ("in Bir al-Abed", "near al-Shuhayl") or a place's lead word ("Jisr", "Ras"),
 * or, after "near", "around" or "outside" (where people seldom are), an honorific's ("near Sheikh Zuweid").
 * Not a person the text has named, a kunya or a given name, nor an owner ("in Sheikh X's sermon").
 */
export function isArabicPlaceAt(s: MentionScan, a: number, b: number, prevKey: string): boolean {
  const { tokens, n, keys, persons } = s;
  if (b - a > 4 || b - a < 2 || !ARABIC_PLACE_CUES.has(prevKey)) return false;
  const words = keys.slice(a, b);
  const first = words[0] as string;
  const shaped = ARABIC_PLACE_LEADS.has(first) || words.some((w, k) => k < words.length - 1 && ARABIC_PARTICLES.has(w)) ||
    (HONORIFICS.has(first) && prevKey !== 'in' && prevKey !== 'at');
  if (!shaped) return false;
  if (b < n && /^['’]s/.test((tokens[b] as Token).gap)) return false;
  if (GIVEN_NAMES.has(first) || words.some((w) => TITLES.has(w) || KUNYA_OPENERS.has(w) || CAPITALISED_STOPWORDS.has(w) && !ARABIC_PARTICLES.has(w))) return false;
  return persons.find(words) === null;
}

/** A division, or a town of 100,000 or more: "the Kabul government" is a state's, not a leader's. */
export function isKnownPlace(s: MentionScan, place: Place | undefined): boolean {
  return place !== undefined && (place.level !== 'city' || place.population >= 100_000);
}
