import { createRequire } from 'node:module';

type IsoCountries = typeof import('i18n-iso-countries');

/** Reference data, read-only once built: the library with its English names, and every English name (lower case) → alpha-2. */
interface CountryReference {
  countries: IsoCountries;
  byName: ReadonlyMap<string, string>;
}
let reference: CountryReference | undefined;

/**
 * The country reference, built on first use rather than with the module (i18n-iso-countries is
 * 80 files that most commands never need); a pure lookup table, never a cache that grows.
 */
function countryReference(): CountryReference {
  if (reference === undefined) {
    const require = createRequire(import.meta.url);
    const countries = require('i18n-iso-countries') as IsoCountries;
    countries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<IsoCountries['registerLocale']>[0]);
    const byName = new Map<string, string>();
    // as getAlpha2Code matches: lower case, the first country listing a name wins
    for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
      for (const name of names) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
    }
    reference = { countries, byName };
  }
  return reference;
}

/** i18n-iso-countries with its English names registered. */
export function isoCountries(): IsoCountries {
  return countryReference().countries;
}

/**
 * Dataset spellings the English locale of i18n-iso-countries does not list (UCDP keeps historic
 * names in brackets, which are tried separately). Checked against the ACLED and UCDP samples.
 */
const DATASET_ALIASES: Record<string, string> = {
  syria: 'SY',
  'dr congo': 'CD',
  'democratic republic of congo': 'CD',
  'republic of congo': 'CG',
  'bosnia-herzegovina': 'BA',
  'macedonia, fyr': 'MK',
  'kingdom of eswatini': 'SZ',
  kosovo: 'XK',
  'east timor': 'TL',
  'ivory coast': 'CI',
  'bailiwick of guernsey': 'GG',
  'bailiwick of jersey': 'JE',
  'caribbean netherlands': 'BQ',
  micronesia: 'FM',
  'vatican city': 'VA',
  'west bank and gaza strip': 'PS',
  'west bank': 'PS',
  'gaza strip': 'PS',
  palestine: 'PS',
  'south vietnam': 'VN',
  'north vietnam': 'VN',
};

/** ISO 3166-1 alpha-2 for a country name as a dataset writes it ("Syria", "DR Congo (Zaire)"), or null. */
export function countryCodeOfName(name: string): string | null {
  const key = name.trim().toLowerCase();
  if (key === '') return null;
  const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(key);
  const tries = bracket ? [key, bracket[1]!, bracket[2]!] : [key];
  const { byName } = countryReference();
  for (const form of tries) {
    const code = DATASET_ALIASES[form] ?? byName.get(form);
    if (code !== undefined) return code;
  }
  return null;
}

/** ISO 3166-1 alpha-2 for a numeric code ("4", "004"), or null (ACLED codes Kosovo as 0). */
export function countryCodeOfNumeric(numeric: string): string | null {
  const digits = numeric.trim();
  return !/^\d{1,3}$/.test(digits) || Number(digits) === 0 ? null : (isoCountries().numericToAlpha2(digits.padStart(3, '0')) ?? null);
}

/** The country's English name for an alpha-2 code, for charts and tables. */
export function countryNameOfCode(code: string): string {
  return isoCountries().getName(code, 'en', { select: 'official' }) ?? code;
}
