import { EntityTypeSchema, RelationTypeSchema, TesseraError } from '../../model/index.js';
import { AliasSetSchema } from '../../names/index.js';
import { z } from 'zod';
import pack from './knowledge-pack.json' with { type: 'json' };
import type { ReferenceEntry } from './reference-entry.js';

/** One entry of the pack file: an alias set with a type, a country and background links. */
export const ReferenceEntrySchema = AliasSetSchema.extend({
  type: EntityTypeSchema,
  country: z.string().length(2).optional(),
  links: z.array(z.object({ type: RelationTypeSchema, target: z.string().min(1) })).optional(),
});

/** Validates a knowledge pack (the shipped one, or an analyst's file); `where` names it in errors. */
export function parseKnowledgePack(data: unknown, where: string): ReferenceEntry[] {
  const parsed = z.array(ReferenceEntrySchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TesseraError('invalid_input', `${where}: not a valid knowledge pack (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  const ids = new Set<string>();
  for (const entry of parsed.data) {
    if (ids.has(entry.id)) throw new TesseraError('invalid_input', `${where}: entry "${entry.id}" appears twice`);
    ids.add(entry.id);
  }
  return parsed.data;
}

/**
 * The reference knowledge pack: militant groups of South/Central Asia, the Middle East
 * and Africa, their media outlets and leaders, state bodies and outlets that threat
 * assessments cite, and regions the gazetteer does not hold. Written for Tessera from
 * public facts (UN, US and EU listings, encyclopaedic sources), with a source on each entry;
 * the data live in knowledge-pack.json, validated here when the module loads. Extend freely.
 */
export const KNOWLEDGE_PACK: readonly ReferenceEntry[] = parseKnowledgePack(pack, 'knowledge-pack.json');

/** Nationality and ethnic adjectives of the region, to the country they point at. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'AF', Tajik: 'TJ', Tajikistani: 'TJ', Uzbek: 'UZ', Uzbekistani: 'UZ', Kyrgyz: 'KG', Kazakh: 'KZ', Kazakhstani: 'KZ',
  Turkmen: 'TM', Russian: 'RU', Chechen: 'RU', Dagestani: 'RU', Pakistani: 'PK', Iranian: 'IR', Iraqi: 'IQ', Syrian: 'SY',
  Turkish: 'TR', Chinese: 'CN', Uyghur: 'CN', Indian: 'IN', American: 'US', 'U.S.': 'US', US: 'US', British: 'GB',
  German: 'DE', French: 'FR', Swedish: 'SE', Swiss: 'CH', Dutch: 'NL', Belgian: 'BE', Austrian: 'AT', Somali: 'SO',
  Nigerian: 'NG', Malian: 'ML', Saudi: 'SA', Yemeni: 'YE', Lebanese: 'LB', Jordanian: 'JO', Egyptian: 'EG',
  Libyan: 'LY', Nigerien: 'NE', Chadian: 'TD', Cameroonian: 'CM', Burkinabe: 'BF', Mozambican: 'MZ', Congolese: 'CD',
  Kenyan: 'KE', Ethiopian: 'ET', Sudanese: 'SD', Algerian: 'DZ', Tunisian: 'TN', Moroccan: 'MA', Mauritanian: 'MR',
  Ugandan: 'UG', Tanzanian: 'TZ', Rwandan: 'RW', Burundian: 'BI', Malawian: 'MW', Zambian: 'ZM', Zimbabwean: 'ZW',
  'South African': 'ZA', Ghanaian: 'GH', Ivorian: 'CI', Beninese: 'BJ', Togolese: 'TG', Senegalese: 'SN', Guinean: 'GN',
  Gambian: 'GM', Liberian: 'LR', Gabonese: 'GA', Eritrean: 'ER', Djiboutian: 'DJ', Omani: 'OM', Bahraini: 'BH',
  Spanish: 'ES', Italian: 'IT', Portuguese: 'PT', Greek: 'GR', Polish: 'PL', Czech: 'CZ', Hungarian: 'HU', Romanian: 'RO',
  Bulgarian: 'BG', Serbian: 'RS', Croatian: 'HR', Albanian: 'AL', Macedonian: 'MK', Danish: 'DK', Norwegian: 'NO',
  Finnish: 'FI', Irish: 'IE', Canadian: 'CA', Australian: 'AU', Mexican: 'MX', Brazilian: 'BR', Japanese: 'JP',
  Thai: 'TH', Malaysian: 'MY', Singaporean: 'SG', 'Sri Lankan': 'LK', Nepali: 'NP', Maldivian: 'MV', Burmese: 'MM',
  Armenian: 'AM', Belarusian: 'BY', Moldovan: 'MD', Lithuanian: 'LT', Latvian: 'LV', Estonian: 'EE', Slovak: 'SK',
  Montenegrin: 'ME', Cypriot: 'CY', Maltese: 'MT', Sahrawi: 'EH', Kosovan: 'XK',
  Kuwaiti: 'KW', Qatari: 'QA', Emirati: 'AE', Azerbaijani: 'AZ', Georgian: 'GE', Kosovar: 'XK', Bosnian: 'BA', Bangladeshi: 'BD', Indonesian: 'ID', Filipino: 'PH', Ukrainian: 'UA', Israeli: 'IL', Palestinian: 'PS',
};

/** Country names the press uses that the ISO list spells otherwise. */
export const COUNTRY_NAME_VARIANTS: Readonly<Record<string, string>> = {
  'United States': 'US', 'United States of America': 'US', 'U.S.': 'US', USA: 'US', America: 'US',
  'Russian Federation': 'RU', Türkiye: 'TR', Turkiye: 'TR', 'United Kingdom': 'GB', Britain: 'GB', 'Great Britain': 'GB',
  UK: 'GB', 'Kyrgyz Republic': 'KG', 'Islamic Republic of Iran': 'IR', 'Syrian Arab Republic': 'SY',
  Burma: 'MM', 'Ivory Coast': 'CI', 'Czech Republic': 'CZ', 'the Netherlands': 'NL', Holland: 'NL', 'South Korea': 'KR',
  'North Korea': 'KP', 'Democratic Republic of the Congo': 'CD', 'Democratic Republic of Congo': 'CD', 'DR Congo': 'CD',
  DRC: 'CD', Congo: 'CD', 'Congo-Kinshasa': 'CD', 'Congo-Brazzaville': 'CG', Palestine: 'PS', Gaza: 'PS', 'Gaza Strip': 'PS',
  'West Bank': 'PS',
  Таджикистан: 'TJ', Узбекистан: 'UZ', Кыргызстан: 'KG', Киргизия: 'KG', Казахстан: 'KZ', Туркменистан: 'TM',
  Афганистан: 'AF', Россия: 'RU', Сирия: 'SY', Ирак: 'IQ', Пакистан: 'PK', Иран: 'IR', Турция: 'TR',
};

/** English names of towns that GeoNames spells the local way: exonym → [GeoNames name, country]. */
export const CITY_EXONYMS: Readonly<Record<string, readonly [string, string]>> = {
  Cologne: ['Köln', 'DE'], Nuremberg: ['Nürnberg', 'DE'], Frankfurt: ['Frankfurt am Main', 'DE'], Hanover: ['Hannover', 'DE'],
  Brunswick: ['Braunschweig', 'DE'], Gothenburg: ['Göteborg', 'SE'], Antwerp: ['Antwerpen', 'BE'], Ghent: ['Gent', 'BE'],
  Bruges: ['Brugge', 'BE'], Seville: ['Sevilla', 'ES'], Kiev: ['Kyiv', 'UA'], Odesa: ['Odessa', 'UA'],
  Raqqa: ['Ar Raqqah', 'SY'], Fallujah: ['Al Fallūjah', 'IQ'], Marawi: ['Marawi City', 'PH'], Bokhtar: ['Qŭrghonteppa', 'TJ'],
  'Kurgan-Tyube': ['Qŭrghonteppa', 'TJ'], Kulyab: ['Kŭlob', 'TJ'], Derna: ['Darnah', 'LY'], 'Mocimboa da Praia': ['Mocímboa', 'MZ'],
  Wroclaw: ['Wrocław', 'PL'], Andijan: ['Andijon', 'UZ'],
};

/** English names of first-level divisions that the ISO list spells otherwise: exonym → [ISO list name, country]. */
export const DIVISION_EXONYMS: Readonly<Record<string, readonly [string, string]>> = {
  'North Kivu': ['Nord-Kivu', 'CD'], 'South Kivu': ['Sud-Kivu', 'CD'], Dagestan: ['Republic of Dagestan', 'RU'],
  Chechnya: ['Chechen Republic', 'RU'], Ingushetia: ['Republic of Ingushetia', 'RU'], 'Kabardino-Balkaria': ['Kabardino-Balkar Republic', 'RU'],
  'Karachay-Cherkessia': ['Karachay-Cherkess Republic', 'RU'], Salahuddin: ['Saladin Governorate', 'IQ'], 'Salah al-Din': ['Saladin Governorate', 'IQ'],
  'Lower Shabelle': ['Lower Shebelle', 'SO'], 'Middle Shabelle': ['Middle Shebelle', 'SO'], Hiraan: ['Hiran', 'SO'],
  'Central Java': ['Jawa Tengah', 'ID'], 'East Java': ['Jawa Timur', 'ID'], 'West Java': ['Jawa Barat', 'ID'],
};

/** A term of the trade: what analysts and the groups themselves call things. */
export interface TradeTerm {
  term: string;
  aliases: readonly string[];
  kind: 'role' | 'concept' | 'weapon' | 'tactic' | 'legal' | 'media' | 'unit';
  meaning: string;
}

/**
 * Terms of the trade. Extraction uses them so that "IED", "FTF" or "bay’ah" are read as
 * what they are (a weapon, a category of person, an oath), never as the names of entities.
 */
export const TRADE_TERMS: readonly TradeTerm[] = [
  { term: 'kunya', aliases: ['kunyas'], kind: 'concept', meaning: 'an honorific name "Abu X" / "Umm X" used as a nom de guerre' },
  { term: 'nisba', aliases: ['nisbas'], kind: 'concept', meaning: 'a name of origin such as al-Tajiki or al-Uzbeki' },
  { term: 'nom de guerre', aliases: ['noms de guerre'], kind: 'concept', meaning: 'an assumed fighting name' },
  { term: 'bay’ah', aliases: ['bayah', 'bay`ah', 'bayat', 'baya'], kind: 'concept', meaning: 'an oath of allegiance' },
  { term: 'hijrah', aliases: ['hijra'], kind: 'concept', meaning: 'emigration to jihadist-held territory' },
  { term: 'muhajir', aliases: ['muhajirin', 'muhajireen'], kind: 'role', meaning: 'a foreign (emigrant) fighter' },
  { term: 'wilayah', aliases: ['wilayat', 'vilayat', 'wilayahs'], kind: 'unit', meaning: 'a province of the Islamic State' },
  { term: 'katiba', aliases: ['katibat', 'katibas'], kind: 'unit', meaning: 'a battalion' },
  { term: 'jamaat', aliases: ['jamaah', 'jama’at'], kind: 'unit', meaning: 'a group or community' },
  { term: 'emir', aliases: ['amir', 'emirs', 'amirs'], kind: 'role', meaning: 'a commander or leader' },
  { term: 'shura', aliases: ['shura council'], kind: 'unit', meaning: 'a leadership council' },
  { term: 'sharia', aliases: ['shariah'], kind: 'legal', meaning: 'Islamic law' },
  { term: 'takfir', aliases: ['takfiri'], kind: 'concept', meaning: 'declaring another Muslim an apostate' },
  { term: 'inghimasi', aliases: ['inghimasiyun'], kind: 'tactic', meaning: 'a fighter who plunges into the enemy to die' },
  { term: 'istishhadi', aliases: ['istishhadiyun'], kind: 'tactic', meaning: 'a suicide attacker' },
  { term: 'foreign terrorist fighter', aliases: ['FTF', 'FTFs', 'foreign fighter', 'foreign fighters'], kind: 'role', meaning: 'a fighter who travels abroad to join an armed group' },
  { term: 'returnee', aliases: ['returnees'], kind: 'role', meaning: 'a foreign fighter who came home' },
  { term: 'IED', aliases: ['improvised explosive device', 'IEDs'], kind: 'weapon', meaning: 'an improvised explosive device' },
  { term: 'VBIED', aliases: ['vehicle-borne IED', 'car bomb', 'VBIEDs'], kind: 'weapon', meaning: 'a vehicle-borne improvised explosive device' },
  { term: 'SVBIED', aliases: ['suicide VBIED', 'SVBIEDs'], kind: 'weapon', meaning: 'a suicide vehicle-borne improvised explosive device' },
  { term: 'PBIED', aliases: ['suicide vest', 'PBIEDs'], kind: 'weapon', meaning: 'a person-borne improvised explosive device' },
  { term: 'UAV', aliases: ['drone', 'UAVs', 'drones'], kind: 'weapon', meaning: 'an unmanned aerial vehicle' },
  { term: 'HVT', aliases: ['high-value target', 'HVTs'], kind: 'concept', meaning: 'a high-value target' },
  { term: 'CT', aliases: ['counterterrorism', 'counter-terrorism'], kind: 'concept', meaning: 'counterterrorism' },
  { term: 'CVE', aliases: ['countering violent extremism', 'P/CVE'], kind: 'concept', meaning: 'countering violent extremism' },
  { term: 'SDGT', aliases: ['Specially Designated Global Terrorist'], kind: 'legal', meaning: 'a US Treasury/State terrorism designation' },
  { term: 'FTO', aliases: ['Foreign Terrorist Organization'], kind: 'legal', meaning: 'a US State Department terrorism designation' },
  { term: 'QDe', aliases: ['QDi'], kind: 'legal', meaning: 'the permanent reference of an entity (QDe) or individual (QDi) on the UN ISIL and Al-Qaida sanctions list' },
  { term: 'OSINT', aliases: ['open-source intelligence'], kind: 'concept', meaning: 'intelligence from open sources' },
  { term: 'TTPs', aliases: ['tactics, techniques and procedures'], kind: 'concept', meaning: 'tactics, techniques and procedures' },
];
