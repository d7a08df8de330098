import { createRequire } from 'node:module';

type IsoCountries = typeof import('i18n-iso-countries');
let loaded: IsoCountries | undefined;

/**
 * i18n-iso-countries with its English names, loaded on first use rather than with the module
 * (80 files that most commands never need).
 */
export function isoCountries(): IsoCountries {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    const countries = require('i18n-iso-countries') as IsoCountries;
    countries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<IsoCountries['registerLocale']>[0]);
    loaded = countries;
  }
  return loaded;
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

const cache = new Map<string, string | null>();

/** ISO 3166-1 alpha-2 for a country name as a dataset writes it ("Syria", "DR Congo (Zaire)"), or null. */
export function countryCodeOfName(name: string): string | null {
  const key = name.trim().toLowerCase();
  if (key === '') return null;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(key);
  const tries = bracket ? [key, bracket[1]!, bracket[2]!] : [key];
  let code: string | null = null;
  for (const form of tries) {
    code = DATASET_ALIASES[form] ?? isoCountries().getAlpha2Code(form, 'en') ?? null;
    if (code !== null) break;
  }
  cache.set(key, code);
  return code;
}

/** ISO 3166-1 alpha-2 for a numeric code ("4", "004"), or null (ACLED codes Kosovo as 0). */
export function countryCodeOfNumeric(numeric: string): string | null {
  const cached = numericCache.get(numeric);
  if (cached !== undefined) return cached;
  const digits = numeric.trim();
  const code = !/^\d{1,3}$/.test(digits) || Number(digits) === 0 ? null : (isoCountries().numericToAlpha2(digits.padStart(3, '0')) ?? null);
  numericCache.set(numeric, code);
  return code;
}
const numericCache = new Map<string, string | null>();

/** The country's English name for an alpha-2 code, for charts and tables. */
export function countryNameOfCode(code: string): string {
  return isoCountries().getName(code, 'en', { select: 'official' }) ?? code;
}
