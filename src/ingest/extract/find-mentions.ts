import type { EntityType } from '../../model/index.js';
import { FAMILY_NAME_FIRST_KEYS, GIVEN_NAME_KEYS, lookupKey, TRADE_TERMS, type Gazetteer, type Place, type ReferenceMatcher, type ReferenceName } from '../reference/index.js';
import type { Token } from './tokenize.js';
import type { Mention } from './mention.js';
import { PersonRegistry } from './person-registry.js';
import { countBefore } from './count-before.js';
import { findDefinedNames } from './defined-names.js';
import {
  CAPITALISED_STOPWORDS,
  GROUP_LEAD_HEADS,
  GIVEN_NAMES,
  GROUP_TAIL_HEADS,
  HONORIFICS,
  KUNYA_OPENERS,
  LOCATIVE_CUES,
  MEDIA_LOWER_TAILS,
  MEDIA_TAIL_HEADS,
  NAME_PARTICLES,
  ORGANIZATION_LEAD_HEADS,
  ORGANIZATION_TAIL_HEADS,
  PERSON_NAME_ENDINGS,
  PERSON_ROLE_CUES,
  PERSON_VERB_CUES,
  PERSON_PREDICATES,
  PERSON_WEAK_VERB_CUES,
  SITE_TAIL_HEADS,
  STATE_BODY_TAILS,
  TITLES,
} from './genre-lexicon.js';

export interface MentionFinderContext {
  gazetteer: Gazetteer;
  matcher: ReferenceMatcher;
}

const NAME_GAP = /^(?:[ \u00a0]|-|‑|–(?=)| ?- ?)$/u;
const DIVISION_WORDS = new Set(['province', 'district', 'region', 'oblast', 'governorate', 'city', 'county', 'valley', 'territory']);
/** Last words of organisations' names beyond the lexicon's: "Rwanda Defence Force", "Financial Action Task Force", "Defence Headquarters", "Kivara Security Forum", "Borno Conflict Observatory", "Ostrava Risk Partners", "Pre-Trial Chamber". */
const ORG_TAILS = new Set([...ORGANIZATION_TAIL_HEADS, 'force', 'board', 'headquarters', 'enforcement', 'duma', 'gendarmerie', 'authority', 'secretariat', 'mission', 'fund', 'forum', 'observatory', 'partners', 'chamber', 'panel']);
/** Words that make a group-like tail ("Network", "Group") a research body's: "Lake Chad Research Network". */
const RESEARCH_WORDS = new Set(['research', 'studies', 'study', 'policy', 'analysis', 'analytics', 'monitoring', 'observatory']);
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
const DIGEST_MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/**
 * A digest's item that opens on its date and its place: "- 2 Sep, Bamenda (Mezam): …", "12 May 2024, Tillabéri:",
 * "• March 3, Ndop (Ngoketunjia, North-West):". Group 1 is the town, group 2 what the brackets hold (its division first).
 */
const DIGEST_PLACE_LINE = new RegExp(
  `[ \\t]*(?:[•▪◦‣●○■□*–—-][ \\t]+)?(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${DIGEST_MONTH}|${DIGEST_MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)` +
    `(?:,?\\s+(?:19|20)\\d\\d)?,[ \\t]+(\\p{Lu}[\\p{L}’'.-]*(?:[ \\t]+\\p{Lu}[\\p{L}’'.-]*){0,3})(?:[ \\t]+\\(([^()\\n]{2,60})\\))?[ \\t]*:`,
  'uy',
);
/** Plural words of divisions after a list of names: "in Panjgur and Washuk districts", "the Alibori and Atacora departments". */
/** Plural heads of groups after a list of names: "his Carlos Patiño and Dagoberto Ramos fronts". */
const PLURAL_GROUP_TAILS = new Set(['fronts', 'brigades', 'battalions', 'factions', 'gangs', 'militias', 'columns', 'blocs']);
const PLURAL_DIVISIONS = new Set(['districts', 'provinces', 'governorates', 'departments', 'regions', 'counties', 'municipalities', 'oblasts', 'prefectures']);
/** Lower-case words after a name that make it a district the gazetteer may lack: "Chiure district", "Lubero territory". */
const UNLISTED_DIVISION_TAILS = new Set(['district', 'territory', 'county', 'tehsil', 'subdistrict', 'commune', 'municipality', 'department']);
/** An appositive that sets the name before it as a town: "Khar, the administrative center of Bajaur district". */
const APPOSITIVE_TOWN = /^,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|capital|centre|center|seat|hub|port|island|suburb|district|settlement|outpost)\s+(?:of|in|near|on)\s/;
/** Capitalised words that are never a town, though a locative word comes before them ("in Islam"). */
const NOT_TOWN_WORDS = new Set([
  'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'africa', 'asia', 'europe', 'america', 'latin', 'cyrillic', 'person', 'absentia',
  // languages the region's reports name ("a video in Swahili")
  'swahili', 'kiswahili', 'hausa', 'kanuri', 'fulfulde', 'fula', 'amharic', 'tigrinya', 'oromo', 'farsi', 'tajiki', 'uyghur', 'bengali',
  'hindi', 'tamil', 'malay', 'tagalog', 'lingala', 'kinyarwanda', 'yoruba', 'igbo', 'bambara', 'wolof', 'tamasheq', 'baluchi', 'balochi',
  'brahui', 'sindhi', 'punjabi', 'kurdish', 'kurmanji', 'sorani', 'chechen', 'avar', 'turkmen', 'kazakh', 'kyrgyz', 'uzbek',
  // parts of a document ("as set out in Annex", "in Chapter")
  'annex', 'appendix', 'chapter', 'section', 'part', 'volume', 'issue', 'paragraph', 'footnote', 'endnote', 'table', 'figure', 'box',
]);
/** Lower-case nouns after a name that make it a site: "the Police Lines mosque", "Quetta railway station". */
const SITE_LOWER_TAILS = new Set([
  'mosque', 'church', 'airport', 'prison', 'market', 'camp', 'checkpoint', 'bazaar', 'shrine', 'madrasa', 'madrassa', 'stadium', 'hotel',
  'synagogue', 'jail', 'mountains', 'beach', 'embassy', 'consulate', 'airbase',
]);
/** Houses of worship and schools, named after holy men: "the Imam Ali mosque". */
const HOLY_SITE_TAILS = new Set(['mosque', 'shrine', 'madrasa', 'madrassa', 'church', 'synagogue']);
/** Lower-case words after a leader's name that make it a government: "the Trump administration", "the Assad regime". */
const LEADER_GOVERNMENT_TAILS = new Set(['administration', 'government', 'regime']);
/** A state's missions abroad: "the Israeli embassy". */
const MISSION_TAILS = new Set(['embassy', 'consulate']);
/** Locative words that open a list of places: "between Monguno and Baga", "from Bajaur and Orakzai". */
const LIST_CUES = new Set(['in', 'near', 'from', 'between', 'outside', 'around', 'at']);
/** Words that open sentences and also place names: "New York", "Western Cape". */
const PLACE_OPENERS = new Set(['new', 'northern', 'southern', 'eastern', 'western']);
/** Arabic particles that are English words too. */
const ENGLISH_PARTICLES = new Set(['at', 'as', 'an']);
/** Words for a person's end or kin before "of" that make the next name a person's: "the death of X", "the widow of X". */
const PERSON_OF_NOUNS = new Set([
  'death', 'killing', 'assassination', 'funeral', 'murder', 'widow', 'abduction', 'kidnapping', 'election', 'appointment', 'arrest', 'extradition',
  'release', 'trial', 'conviction',
]);
/** Plural nouns of people before "such as": "figures such as X", "commanders such as X". */
const PEOPLE_SUCH_AS = new Set(['figures', 'leaders', 'commanders', 'militants', 'preachers', 'ideologues', 'individuals', 'people', 'men', 'women', 'officials', 'clerics']);
/** Verbs done to people, right before a name: "killing X Y", "stabbed X Y". */
const PERSON_OBJECT_VERBS = new Set([
  'killing', 'killed', 'stabbing', 'stabbed', 'murdered', 'murdering', 'assassinated', 'assassinating', 'kidnapped', 'abducted', 'beheaded',
  'arrested', 'detained', 'sentenced', 'convicted', 'extradited', 'deported', 'jailed', 'replaced', 'succeeded',
]);
/** "one of them, X", "two of the suspects, X and Y": a name picked out of people just told. */
const ONE_OF_THEM = /\b(?:one|two|three|both|each|another) of (?:them|those|these|the [a-z]+)$/;
/** An outlet's kind before "named"/"called" in the same clause: "an FM radio station in X named". */
const MEDIA_NAMED = /\b(?:station|radio|channel|magazine|newspaper|newsletter|website|outlet|publication|podcast|app)\b[^,;.]{0,40}\b(?:named|called)\s+$/i;
/** A force's words after a country or a nationality: the force's, not the place's ("a Rwandan patrol", "Kenyan special forces", "the Rwanda Defence Force"). */
const FORCE_AFTER_NATIONALITY = /^\s+(?:[\w-]+\s+)?(?:patrols?|convoys?|troops|forces|soldiers|army|military|contingents?|peacekeepers|units?|battalions?|air ?strikes?|drones?|jets|warplanes|Defen[cs]e Forces?|Armed Forces|Army|Air Force|Navy)\b/i;
/** How many people a town of a capital's name must have, in another country, for the name to say neither country. */
const SIZEABLE_NAMESAKE = 50_000;
/** A verb after a state's name that makes it an actor, not a setting: "The United States designated …", "Egypt has accused …". */
const ACTING_AFTER = /^\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ed|said|says|announced|accuses|warns|designates)\b/;
/** A claim of an attack after a name, which makes it a group's: "the Kashmir Tigers, which claimed the ambush". */
const CLAIMED_AFTER = /^,?\s+(?:which|that)\s+(?:has\s+|had\s+|later\s+|quickly\s+)?claimed\b/;
/** Fighters after a name that make it an armed group's: "Wagner Group fighters". */
const FIGHTERS_AFTER = /^\s+(?:fighters|militants|mercenaries|gunmen|insurgents|operatives)\b/;
/** Last words of a state's armed units: "Bangladesh's Rapid Action Battalion". */
const STATE_UNIT_TAILS = new Set(['battalion', 'brigade', 'regiment', 'legion', 'army']);
/** Compass points that open the name of a part of a place: "North Waziristan" (not "northern", which opens a description). */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);
/** A generational suffix that ends personal names only: "Barry Croft Jr.". */
const NAME_SUFFIXES = new Set(['jr', 'sr']);
/**
 * Posts written before a holder's name like a title, beyond the worldly titles: "Deputy Prosecutor X Y", "Chief Justice X Y",
 * "Prefect X Y" (some are the last words of bodies' names too: "Prosecutor's Office").
 */
const POST_WORDS = new Set([
  'prosecutor', 'judge', 'justice', 'commissioner', 'prefect', 'attorney', 'registrar', 'inspector', 'superintendent', 'magistrate',
  'ombudsman', 'rapporteur', 'envoy', 'spokesman', 'spokesperson', 'spokeswoman', 'sheriff', 'chief', 'speaker', 'premier', 'coroner',
  'adviser', 'advisor', 'leader', 'constable', 'constables', 'detective', 'sir', 'dame', 'father', 'reverend', 'rev', 'sgt', 'cpl',
]);
/** A person's age set off after the name: "X Y, 27, tried …", "X Y, then 27, entered …". */
const AGE_AFTER = /^,\s+(?:then |now |aged )?\d{1,2},/;
/** What belongs to a person after a possessive: "X Y's remains", "X Y's widow", "X Y's lawyers". */
const PERSON_POSSESSED = new Set([
  'remains', 'body', 'corpse', 'grave', 'death', 'killing', 'assassination', 'murder', 'funeral', 'widow', 'wife', 'husband', 'son', 'sons',
  'daughter', 'daughters', 'brother', 'brothers', 'sister', 'sisters', 'father', 'mother', 'parents', 'family', 'relatives', 'nephew', 'niece',
  'cousin', 'uncle', 'grandson', 'granddaughter', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'trial', 'conviction', 'sentencing', 'acquittal',
  'extradition', 'bodyguard', 'bodyguards', 'mentor', 'memoir', 'memoirs', 'biography', 'birthplace', 'hometown', 'resignation', 'testimony',
  'confession',
]);
/** Last words of names of seas, waterways and lands: "the Red Sea", "Suez Canal", "the Western Desert", "Lido Beach". */
const LAND_AND_WATER_TAILS = new Set(['sea', 'ocean', 'canal', 'strait', 'straits', 'desert', 'beach', 'street', 'avenue', 'boulevard', 'peninsula']);
/** First words of names of waters that go on with "of": "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal". */
const WATER_LEADS = new Set(['gulf', 'strait', 'straits', 'bay', 'sea', 'lake']);
/** Words of an armed struggle that make a body's name a group's: "Patani United Liberation Organisation". */
const STRUGGLE_WORDS = new Set(['liberation', 'resistance', 'revolutionary', 'jihad', 'jihadi', 'mujahideen', 'insurgent', 'insurgency']);
/** Heads of bodies that such a word makes a group: "… Organisation", "… Front", "… Union", "… Forces". */
const STRUGGLE_BODY_TAILS = new Set(['organisation', 'organization', 'union', 'forces', 'army', 'council', 'committee', 'group', 'front', 'movement', 'brigades']);
/** "of" in the languages whose groups' names the genre quotes: "Comando da Capital", "Frente de Guerra", "Cártel del Noreste". */
const OF_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'des', 'du']);
/** Articles that may follow those: "Comandos de la Frontera", "Frente de los Pueblos". */
const OF_ARTICLES = new Set(['la', 'las', 'los', 'le', 'les', 'el', 'l']);
const POSSESSIVE_GAP = /^['’]s $/;
const POSSESSIVE_INSIDE = /^(.+?)['’]s \S+$/;
const STATION_WORDS = new Set(['railway', 'train', 'bus', 'police', 'metro', 'subway']);
/** Lower-case nouns before a name that make it a media outlet's: "its magazine Yalghar", "the newspaper Dawn". */
/** Lower-case nouns of a business before its name: "the energy company Eni", "the defence firm Xyz". */
const COMPANY_LEAD_NOUNS = new Set(['company', 'firm', 'corporation', 'conglomerate', 'carmaker', 'automaker', 'manufacturer', 'operator', 'contractor', 'insurer', 'multinational']);
/** Lower-case nouns after a name that make it a business's: "the Tesla factory", "the Xyz plant". */
const COMPANY_LOWER_TAILS = new Set(['factory', 'plant', 'refinery', 'warehouse', 'warehouses', 'shipyard', 'mine', 'store', 'stores', 'dealership']);
const MEDIA_LEAD_NOUNS = new Set(['magazine', 'newspaper', 'newsletter', 'weekly', 'daily', 'outlet', 'channel', 'website', 'periodical', 'journal', 'publication', 'mouthpiece']);
/** Leading words of compound titles: "Prime Minister Shehbaz Sharif", "Vice President …". */
const TITLE_PREFIXES = new Set(['prime', 'vice']);
/** Words that make a run no person's name: "Member States", a heading's "Arrest". */
const NOT_PERSON_WORDS = new Set(['member', 'members', 'states', 'state', 'arrest', 'arrests', 'attack', 'attacks', 'networks', 'parties', 'outlook', 'judgments', 'findings',
  // words of armed units, rooms and venues, and firms: "the Hamza Division", "the City Room", "Leopold Cafe", "BAC Consulting"
  'division', 'divisions', 'units', 'room', 'cafe', 'café', 'house', 'gathering', 'festival', 'consulting', 'martyrs', 'hermanos']);
const PLACE_SITE_TAILS = new Set(['airport', 'prison', 'jail', 'border', 'mosque', 'market', 'bazaar', 'checkpoint', 'crossing', 'dam']);
const CONNECTORS = new Set(['of', 'for', 'the', 'and']);
/** First words of names that are never a person's: "Operation Shujaa", "Camp Bucca", "Santa Maria". */
const NOT_PERSON_LEADS = new Set(['operation', 'camp', 'wadi', 'jabal', 'jebel', 'lake', 'mount', 'fort', 'port', 'cape', 'saint', 'st', 'san', 'santa', 'upper', 'lower', 'greater', 'north', 'south', 'east', 'west', 'central',
  // a Romance article opens a group's or a place's name, not a person's: "La Nueva Familia Michoacana", "Los Zetas"
  'la', 'las', 'los', 'les', 'clan']);
/** Nouns before "of" that make the next name a town's: "the town of Kot". */
const TOWN_NOUNS = new Set(['town', 'village', 'city', 'district', 'locality', 'hamlet', 'settlement', 'camp']);
/** Nouns after a name that make it a part of a town: "the Sherpur neighbourhood of Kabul". */
const TOWN_PART_NOUNS = new Set(['neighbourhood', 'neighborhood', 'suburb', 'quarter', 'district', 'area']);
const COMPASS_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural']);
/** Lower-case nouns after a name that make it an armed group's: "the Hafiz Gul Bahadur group". */
const GROUP_LOWER_TAILS = new Set(['group', 'faction', 'network', 'militia', 'front', 'clan', 'gang']);
/** A personal name with a nickname in quotes inside it: 'Ismael "El Mayo" Zambada', 'Pedro “el Flaco” Ruiz'. */
const QUOTED_NICKNAME = /^\p{Lu}[\p{L}\p{M}'’-]+ ["“](?:[\p{L}\p{M}'’-]+ ){0,2}[\p{L}\p{M}'’-]+["”] \p{Lu}[\p{L}\p{M}'’-]+/u;
/** An ordinal before a unit's head: "the 33rd Front", "the 4th Brigade". */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** A unit's number after its head: "Front Committee 1", "Unit 8200". */
/** Heads of an armed group's name that stay its head before "of": "National Democratic Front of the Philippines". */
const ARMED_HEADS_BEFORE_OF = new Set(['front', 'army', 'brigades', 'movement']);
/** Lower-case words that join the words of a place's name: "Agusan del Sur", "Port-au-Prince", "Croix-des-Bouquets", "Châlons-en-Champagne". */
const PLACE_JOINERS = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'des', 'du', 'au', 'aux', 'en', 'sur', 'sous', 'les', 'la', 'le', 'di', 'y',
  // "Sistan and Baluchestan", "Jammu and Kashmir": a division the gazetteer knows whole, named with "and" inside
  'and']);
/** Words for a village or a ward written before its name, in the languages of the genre's sources: "Barangay Camansi", "Kampung Baru". */
const VILLAGE_LEADS = new Set(['barangay', 'brgy', 'sitio', 'purok', 'kampung', 'kampong', 'desa', 'kelurahan', 'dusun', 'aldea', 'vereda', 'corregimiento', 'mohalla', 'kebele']);
/** A number that may open a gang's name: "400 Mawozo", "5 Segonn" (not a year). */
const SMALL_NUMBER = /^\d{1,3}$/;
/** Words after a role noun that tie it to a body: "commander of", "spokesman for", "professor at". */
const ROLE_OF_WORDS = new Set(['of', 'for', 'at']);
/** Beasts armed groups name their forces after: "Khalistan Tiger Force", "Falcon Squad". */
const BEAST_WORDS = new Set(['tiger', 'tigers', 'lion', 'lions', 'falcon', 'falcons', 'eagle', 'eagles', 'wolf', 'wolves', 'panther', 'panthers', 'leopard', 'leopards', 'hawk', 'hawks', 'scorpion', 'scorpions']);
/** Kinds of a base before "base": "air base", "military base". */
const BASE_KINDS = new Set(['air', 'military', 'naval', 'army', 'logistics', 'airforce']);
/** Words for a saint opening a site's name. */
const SAINT_WORDS = new Set(['st', 'saint', 'ste', 'sainte']);
/** How large a town named after a saint must be to be read as that town where the name is abbreviated ("St Petersburg"). */
const SAINTS_TOWN_POPULATION = 20_000;
/** Heads of the sites named after saints: "St. Anthony's Shrine", "St. Mary's School". */
const SAINTS_SITE_HEADS = new Set(['church', 'shrine', 'cathedral', 'chapel', 'basilica', 'school', 'college', 'hospital', 'monastery', 'abbey', 'parish', 'square']);
/** A German compound on a group's head: "Vulkangruppe", "Sturmbrigade", "Wehrsportgruppe". */
const GERMAN_GROUP_WORD = /^\p{L}{3,}(?:gruppe|gruppen|brigade|brigaden|kommando|bewegung)$/u;
/** Departments named after a title and "of": "Secretary of State", "Minister of Defence". */
const DEPARTMENT_WORDS = new Set(['state', 'defense', 'defence', 'interior', 'justice', 'finance', 'treasury', 'health', 'education', 'energy', 'commerce', 'labour', 'labor', 'agriculture', 'war']);
/** Words for a site that take a number as their name: "Tower 22", "Camp 4", "Gate 3". */
const NUMBERED_SITE_WORDS = new Set(['tower', 'camp', 'outpost', 'gate', 'checkpoint', 'pier', 'sector', 'block', 'post', 'berth', 'hangar', 'terminal']);
const UNIT_NUMBER = /^\d{1,4}$/;
const NUMBERED_UNITS = new Set(['front', 'brigade', 'battalion', 'regiment', 'bloc', 'bloque', 'frente', 'column', 'company', 'division']);
/** Words of an army's arm between an ordinal and a unit's head, which make it a state's unit: "the 94th Infantry Battalion", "the 10th Mountain Division". */
const ARMY_ARMS = new Set([
  'infantry', 'marine', 'marines', 'mechanized', 'mechanised', 'armoured', 'armored', 'artillery', 'airborne', 'special', 'light', 'motorized',
  'motorised', 'mountain', 'commando', 'ranger', 'rangers', 'cavalry', 'engineer', 'engineering', 'air', 'naval', 'tank', 'reconnaissance', 'forces',
  'assault', 'rapid', 'deployment', 'reaction', 'border', 'police', 'military', 'army',
]);
/** Heads of a state's numbered units beyond the groups' ones: "the 8th Infantry Division", "the 3rd Army Corps". */
const ARMY_UNITS = new Set([...NUMBERED_UNITS, 'corps', 'group', 'wing', 'squadron', 'task']);
/** Heads of a unit that a group's possessive makes the group's own: "the NPA's Front Committee", "the group's Southern Command". */
const GROUP_UNIT_TAILS = new Set(['command', 'committee', 'front', 'unit', 'units', 'cell', 'wing', 'brigade', 'brigades', 'battalion', 'column', 'division', 'bureau', 'commission', 'council', 'department']);
/** An appositive that names the leader of the name before it, which makes an unknown name a group's: "Xyz, led by Abel Dorsey,". */
const LED_BY_AFTER = /^,\s+(?:now\s+|then\s+|which is\s+|long\s+)?led by\s+\p{Lu}/u;
/** "the armed wing of the X", "X's armed wing", "X and its armed wing": a body with an armed wing is an armed group (read where "armed wing" stands). */
const ARMED_WING = /\barmed (?:wing|branch)\b/g;
const ARMED_WING_OWNER_AFTER = /^ of (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:of |for |the |and )*\p{Lu}[\p{L}\p{M}'’-]*){0,7})/u;
const ARMED_WING_OWNER_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:of |for |the |and )*\p{Lu}[\p{L}\p{M}'’-]*){0,7})(?:['’]s| and its) $/u;
/** An appositive that calls the name before it an armed group: ", an al-Qaeda-aligned faction that", ", a Baloch militant group,". */
const GROUP_APPOSITIVE = /^,\s+(?:an?|the)\s+(?:(?!of\b|and\b)[\w’'-]+\s+){0,4}(?:faction|militant group|armed group|jihadist group|insurgent group|terrorist group|militia|insurgency|splinter group|outfit)(?=[,.;:)]|\s+(?:that|which|who|whose|based|active|operating|formed|founded|in|from|with|linked|led)\b)/;
/** A kind noun and a comma before a name, which type it: "a Telegram channel, X", "a local association, X", "a self-described militia, the X". */
const KIND_BEFORE = /\b(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}(channel|outlet|website|magazine|newspaper|newsletter|podcast|periodical|association|charity|foundation|militia|faction|gang)\s*,\s+(?:the\s+)?$/iu;
/** An outlet's kind and a comma before a name: "a Telegram channel, X", "an online magazine, X". */
const MEDIA_KIND_BEFORE = /\b(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}(?:channel|outlet|website|magazine|newspaper|newsletter|podcast|periodical)\s*,\s+(?:the\s+)?$/iu;
/** A post or a message "on" a name, which makes it an outlet: "in a post on the X", "a video on X". */
/** (not a soldiers' post: "a border post on the X border") */
const POSTED_ON_BEFORE = /\b(?:an?|the|its|their)\s+(?:(?!(?:border|police|army|military|observation|guard|sentry|command|trading|frontier)\s)[\p{L}’'-]+\s+)?(?:post|posting|article|editorial|communiqué|communique|video|audio|message)\s+(?:posted\s+|published\s+)?on\s+(?:the\s+)?$/iu;
/** An appositive after a name that calls it a monitoring or research body, or a militia group: "X, a monitoring group in Y", "X, a Michigan militia group". */
const KIND_AFTER = /^,\s+(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}(monitoring group|research group|rights group|think tank|watchdog|militia group|militia|criminal gang|gang)(?=[,.;:)]|\s+(?:that|which|based|in|of|from)\b)/u;
/**
 * An appositive (after a translation in brackets, perhaps) that calls the name before it an armed or extremist
 * body: "Nordic Strength (Nordisk Styrka), a neo-Nazi organisation that", "X, an anarchist group".
 */
const EXTREMIST_KIND_AFTER = /^(?:\s+\([^()\n]{1,60}\))?,\s+(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:neo-Nazi|jihadist|extremist|militant|terrorist|separatist|insurgent|paramilitary|anarchist|insurrectionist|far-right|white-supremacist|Islamist|armed)\s+(?:organi[sz]ation|group|movement|network|cell|outfit)\b/u;
/** Words before a name that call it a group's: "the armed group known as ", "a faction calling itself ". */
const GROUP_KNOWN_AS = /\b(?:group|faction|movement|militias?|network|outfit|insurgency|circle|cell|collective|coalition of [^.;]{0,60}?(?:militias|groups|factions))\s*,?\s+(?:(?:now|locally|also|commonly|widely|simply)\s+)?(?:known as|called|named|calling itself)\s+$/i;
/**
 * Words of belonging or of a group's history before a name, which make an unknown name a group's: "founded the X",
 * "a national leader of the X", "former members of X", "the merger of A and X", "grew out of X", "has since fought the X".
 */
const GROUP_RELATION_CUE = /\b(?:(?:founded|co-founded|joined|rejoined|fought|fighting|fights)\s+the|formed(?:\s+the)?|(?:was|were|been)\s+claimed\s+by(?:\s+the)?|(?<!\b(?:crew|staff|family|board|cabinet|committee|council|team|club|household|faculty)\s)(?:leaders?|founders?|co-founders?|members|fighters|commanders|militants|ranks)\s+of(?:\s+the)?|(?:merger|merging|amalgamation)\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,4}?and(?:\s+the)?|(?:split|splintered|broke away|defected|grew out|emerged)\s+(?:from|out of|of)(?:\s+the)?|allied\s+(?:itself\s+)?with\s+the)\s+$/iu;
/** The last words GROUP_RELATION_CUE may end in, before the whitespace it ends in. */
const GROUP_RELATION_CUE_ENDS = ['the', 'formed', 'by', 'of', 'and', 'from'];
/** The last words of GROUP_KNOWN_AS. */
const KNOWN_AS_ENDS = ['as', 'called', 'named', 'itself'];
/** The opening of EXTREMIST_KIND_AFTER with a translation in brackets: "Nordic Strength (Nordisk Styrka), a …". */
const APPOSITIVE_OPENING = /^\s+\(/;
/** Lower-case words that may follow a group's name in a clause ("founded the X in 2009", "members of X, whose …"); any other makes the name a modifier. */
const CLAUSE_WORDS_AFTER_NAME = new Set(['in', 'on', 'at', 'and', 'or', 'since', 'until', 'with', 'for', 'to', 'which', 'who', 'that', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'from', 'by', 'after', 'before', 'during', 'as', 'but', 'across', 'over', 'when', 'while', 'whose', 'into', 'against']);
/** Lower-case nouns after a name that make it the name of a building: "the Santa Maria church". */
const BUILDING_NOUNS = new Set(['church', 'cathedral', 'chapel', 'basilica', 'synagogue', 'temple', 'hotel', 'stadium', 'theatre', 'theater', 'monastery']);
/** Lower-case nouns after a name that make it a place: "the Kandahar mosque attack", "the Garissa college siege". */
const PLACE_CONTEXT_NOUNS = new Set([
  'attack', 'attacks', 'bombing', 'bombings', 'siege', 'massacre', 'blast', 'explosion', 'airstrike', 'raid', 'offensive',
  'mosque', 'school', 'airport', 'prison', 'market', 'bazaar', 'hospital', 'shrine', 'checkpoint', 'border', 'garrison',
  'base', 'hotel', 'university', 'stadium', 'embassy', 'consulate', 'residents', 'police',
]);
/** Terms of the trade ("IED", "FTFs", "Bay’ah"): never the name of an entity. */
const TRADE_TERM_KEYS = new Set(TRADE_TERMS.flatMap((t) => [t.term, ...t.aliases]).map(lookupKey));

/**
 * Finds the entity mentions of a body text: names from the reference pack, places from the
 * gazetteer, and names built like the genre's group, organisation, media, site and personal
 * names. Capitalised words that fit none of these are left alone.
 */
const LINK_OR_SLUG = /\b(?:https?:\/\/|www\.)\S+|\S+\.(?:pdf|html?|docx?|txt|aspx|php)\b|\b\p{Ll}[\p{Ll}\d]*(?:[-_][\p{Ll}\d]+){2,}\b/gu;

const MAY_LINK = /[-_/]|www\.|\.[a-z]/;
/** Patterns with \p{…} classes are built where they are declared, not at each use (a literal of that kind compiles to `new RegExp`). */
const NOT_LETTER = /[^\p{L}]/gu;
const STARTS_WITH_NUMBER = /^\p{N}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
/** A wire story's dateline at a line's start, its outlet in brackets before the dash: "SHIRAZ, Iran, Aug 15 (Gulf Desk) - ". */
const DATELINE_OUTLET = /^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu},[^()\n]{0,40}?\((\p{Lu}[\p{L}\p{M}.'’&-]*(?: \p{Lu}[\p{L}\p{M}.'’&-]*){0,4})\)\s+[-–—]/gmu;
/** A pack name of at most four letters with a capital after a lower-case letter: "LeT", "JuD", "DoD". */
const MIXED_CASE_ACRONYM = /^(?=(?:[^\p{L}]*\p{L}){1,4}[^\p{L}]*$).*\p{Ll}\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** The Arabic article written in lower case before a capitalised word: "al-Mayadin", "el-Arish". */
const ARTICLE_OPENERS = new Set(['al', 'el']);
const HYPHEN_GAP = /^[-‑]$/;
/** Lower-case particles of Arabic names (not "de", "van" and the like): a name holding one is shaped like an Arabic name. */
const ARABIC_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'ash', 'az', 'ez', 'es', 'ed', 'ul', 'ud']);
/** First words of Arabic place names: a well ("Bir al-Abed"), bridge, vineyard, hill, cape, spring, monastery, village, castle. */
const ARABIC_PLACE_LEADS = new Set(['bir', 'jisr', 'karm', 'tell', 'tal', 'ras', 'ain', 'deir', 'dayr', 'kafr', 'qasr', 'khirbet', 'khirbat', 'marj', 'tall']);
/** Locative words after which a name shaped like an Arabic one is a place, not a person: "near Sheikh Zuweid", "at Karm al-Qawadis". */
const ARABIC_PLACE_CUES = new Set(['in', 'near', 'at', 'outside', 'around']);

export function findMentions(text: string, tokens: readonly Token[], ctx: MentionFinderContext): Mention[] {
  const { gazetteer, matcher } = ctx;
  const n = tokens.length;
  // (pushed, not mapped: V8 makes an array it maps in optimised code holey and one mapped in the interpreter packed, and every
  // reader of keys compiled for the one kind is thrown away and compiled again when the other comes)
  const keys: string[] = [];
  for (const t of tokens) keys.push(t.key);
  // (a word in a link, a slug or a file name, "…/bombing-of-kabul-airport", "kabul_report.pdf", says nothing of how prose writes it)
  const inLink = new Uint8Array(text.length);
  // (only the runs without spaces that hold a slash, dot, hyphen or underscore can be one; each is read on its own, from its
  // start only: tried inside a word too, the pattern would read each word again from every letter)
  for (const chunk of text.matchAll(/(?<!\S)[^\s/._-]*[/._-]\S*/g)) {
    // (a link holds a slash or "www.", a file name a dot before a letter, a slug a hyphen or an underscore: "attack." is none)
    if (!MAY_LINK.test(chunk[0])) continue;
    for (const m of chunk[0].matchAll(LINK_OR_SLUG)) inLink.fill(1, chunk.index + m.index, chunk.index + m.index + m[0].length);
  }
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.isCapitalised && inLink[t.start] !== 1) lowerWords.add(t.key);
  const persons = new PersonRegistry();
  /** Towns the gazetteer lacks that the text has set as towns ("the town of Macomia"), by lookup key. */
  const towns = new Map<string, Place | null>();
  /** Sites named with a lower-case kind after them ("Al-Hol camp"), by the key of the name before the kind ("al hol"). */
  const sitesByName = new Map<string, Mention>();
  /** Groups the pack lacks that the text has named as groups ("the armed group known as Lakurawa"), by lookup key. */
  const namedGroups = new Set<string>();
  /** Groups named by a lower-case tail ("the Lawrence Bishnoi gang"), by lookup key. */
  const tailGroups = new Set<string>();
  /** Organisations named with a possessive inside ("Federal Prosecutor's Office"), by the key of the words before it. */
  const shortOrgNames = new Map<string, string>();
  const mentions: Mention[] = [];
  /** Names the text defines by an acronym in brackets after them ("Barisan Revolusi Nasional (BRN)"): the end token of each, by its start. */
  const definedEnd = new Int32Array(n);
  const definedType = new Map<number, EntityType>();
  /** The acronyms the text defines, with the lookup key and the type of the name each stands for ("NPA": a group's). */
  const acronyms = new Map<string, { name: string; type: EntityType }>();
  for (const d of findDefinedNames(text, tokens)) {
    // (a name with the head words of a group, a body or a site is read by those, as when it has no acronym)
    // (unless a lower-case word inside would end that reading early: "Cártel del Noreste (CDN)")
    const heads = typeByHeads(keys.slice(d.start, d.end), d.start);
    if (!acronyms.has(d.acronym)) acronyms.set(d.acronym, { name: lookupKey(spanText(text, tokens, d.start, d.end)), type: heads ?? d.type });
    if (heads !== null && tokens.slice(d.start, d.end).every((x) => x.isCapitalised || NAME_PARTICLES.has(x.key) || CONNECTORS.has(x.key))) continue;
    definedEnd[d.start] = d.end;
    definedType.set(d.start, heads ?? d.type);
  }
  // a wire story's dateline names its outlet in brackets: "IDLIB, Syria, July 14 (Levant Desk) -", whatever its words' heads
  for (const [from, to] of datelineOutletSpans(text)) {
    const a = tokens.findIndex((t) => t.start === from);
    const b = tokens.findIndex((t) => t.end === to);
    if (a < 0 || b < a || definedEnd[a] !== 0) continue;
    definedEnd[a] = b + 1;
    definedType.set(a, 'media');
  }
  // a body the text gives an armed wing is an armed group: "the NPA, the armed wing of the CPP", "the party's armed wing"
  for (const m of text.matchAll(ARMED_WING)) {
    const owner = (ARMED_WING_OWNER_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 100)) ??
      ARMED_WING_OWNER_BEFORE.exec(text.slice(Math.max(0, m.index - 100), m.index)))?.[1];
    if (owner !== undefined) namedGroups.add(acronyms.get(owner)?.name ?? lookupKey(owner));
  }
  const captions = captionSpans(text, tokens.length > 0 ? (tokens[tokens.length - 1] as Token).end : 0);
  const inCaption = spanTest(captions);
  const inFrontMatter = spanTest([...frontMatterSpans(text), ...speakerLabelSpans(text)]);
  /** Pattern mentions inside headings ("The Sharifullah Arrest", "THE HAWALA CORRIDOR"), and the keys the body names. */
  const headingOnly = new Set<Mention>();
  const inBody = new Set<string>();

  // Countries the paragraph, then the document, talks about decide between towns of one name.
  const docCountries = new Set<string>();
  /** How often the document names each country (by name, capital or demonym). */
  const countryCounts = new Map<string, number>();
  const count = (country: string): void => void countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
  const paragraphOf = new Int32Array(n);
  const paragraphCountries: Set<string>[] = [new Set()];
  /** The countries each paragraph names as places, not only as a force's nationality ("a Rwandan patrol", "the Rwanda Defence Force"). */
  const paragraphSettings: Set<string>[] = [new Set()];
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && /\n\s*\n/.test(t.gap)) {
      paragraphCountries.push(new Set());
      paragraphSettings.push(new Set());
    }
    paragraphOf[i] = paragraphCountries.length - 1;
    if (!t.isCapitalised || CAPITALISED_STOPWORDS.has(t.key)) continue;
    const paragraph = paragraphCountries[paragraphCountries.length - 1] as Set<string>;
    const settings = paragraphSettings[paragraphSettings.length - 1] as Set<string>;
    const here = { add: (country: string, end: number): void => {
      paragraph.add(country);
      if (!FORCE_AFTER_NATIONALITY.test(text.slice((tokens[end - 1] as Token).end, (tokens[end - 1] as Token).end + 40))) settings.add(country);
    } };
    const long = longCountryAt(i);
    if (long) {
      docCountries.add(long.place.country);
      here.add(long.place.country, i + long.length);
      count(long.place.country);
      // "Congo" inside "Democratic Republic of the Congo" names no other country
      for (let k = i + 1; k < i + long.length; k++) paragraphOf[k] = paragraphCountries.length - 1;
      i += long.length - 1;
      continue;
    }
    const demonym = gazetteer.countryOfDemonym(t.text);
    if (demonym) {
      docCountries.add(demonym);
      here.add(demonym, i + 1);
      count(demonym);
    }
    // one to three words, the later ones capitalised or a short connector ("Bosnia and Herzegovina")
    for (let len = 1; len <= 3 && i + len <= n; len++) {
      const last = tokens[i + len - 1] as Token;
      if (len > 1 && !last.isCapitalised && !(len === 2 && (last.key === 'and' || last.key === 'of'))) break;
      if (len > 1 && !/^[ \u00a0-]$/.test(last.gap)) break;
      const hits = gazetteer.lookup(spanText(text, tokens, i, i + len));
      const hit = hits[0];
      // a country, or a capital city (its population carries the capital's bonus); not a name two countries share ("Congo")
      if (hits[1]?.level === 'country') continue;
      // (nor a capital's name opening a longer place's: "Santo Domingo de Acobamba" is in Peru)
      const after = tokens[i + len];
      if (hit?.level === 'city' && after !== undefined && !after.isCapitalised && after.gap === ' ' && PLACE_JOINERS.has(after.key) && after.key !== 'and' &&
        tokens[i + len + 1]?.isCapitalised === true) continue;
      // (a capital whose name a sizeable town of another country bears names neither: "Saint-Denis", "Tripoli")
      const isCapital = hit?.level === 'city' && hit.population >= 5_000_000_000 &&
        !hits.some((p) => p.country !== hit.country && p.level === 'city' && p.population >= SIZEABLE_NAMESAKE);
      if (hit?.level === 'country' || isCapital) {
        docCountries.add(hit.country);
        here.add(hit.country, i + len);
        count(hit.country);
      }
    }
  }

  // the countries the document's opening lines (its title, its dateline) name: where a place the paragraph does not set lies
  const titleCountries = new Set<string>();
  const headEnd = openingLinesEnd(text);
  for (let i = 0; i < n && (tokens[i] as Token).start < headEnd; i++) {
    const t = tokens[i] as Token;
    if (!t.isCapitalised) continue;
    // (a country's name inside another name is none of the title's countries: "Lake Chad", "the Gulf of Guinea")
    const before = i > 0 ? (tokens[i - 1] as Token) : null;
    if (before !== null && (before.isCapitalised && NAME_GAP.test(t.gap) || before.key === 'of' && !before.isCapitalised)) continue;
    const hits = gazetteer.lookup(t.text);
    if (hits[0]?.level === 'country' && hits[1]?.level !== 'country') titleCountries.add(hits[0].country);
    else if (hits[0]?.level === 'city' && hits[0].population >= 5_000_000_000) titleCountries.add(hits[0].country);
  }
  /** The one country the document is about: its title's, else the one it names most (a third of the time, three times at least). */
  let home: string | null | undefined;
  const homeCountry = (): string | null => {
    if (home !== undefined) return home;
    let total = 0;
    let top: [string, number] = ['', 0];
    for (const [country, c] of countryCounts) {
      total += c;
      if (c > top[1]) top = [country, c];
    }
    home = titleCountries.size === 1 ? ([...titleCountries][0] as string) : top[1] >= 3 && top[1] * 3 >= total ? top[0] : null;
    return home;
  };
  /** The places a digest's items open on ("- 2 Sep, Bamenda (Mezam): …"): the town, and the division the brackets give, by first token. */
  const digestPlaces = findDigestPlaces(text, tokens);

  const accept = (start: number) => (name: ReferenceName, length: number): boolean => {
    const first = tokens[start] as Token;
    for (let k = start + 1; k < start + length; k++) {
      const gap = (tokens[k] as Token).gap;
      if (/[.;:!?()\n]/.test(gap) && !/^\.\s?$/.test(gap)) return false;
      if (/,/.test(gap) && !/,/.test(name.value)) return false;
    }
    // "Department of State Services": a pack body's name inside a longer one
    const after = tokens[start + length];
    if ((name.entry.type === 'organization' || name.entry.type === 'group') && after !== undefined && after.isCapitalised && after.gap === ' ' &&
      ORG_TAILS.has(after.key) && !name.isAcronym) return false;
    // ("United Nations Children's Fund": a pack body's name opening a longer body's, a possessive inside)
    if ((name.entry.type === 'organization' || name.entry.type === 'group') && after !== undefined && after.isCapitalised && !name.isAcronym &&
      after.gap === ' ' && bodyHeadWithin(start + length)) return false;
    // ("African Union Transition Mission": a word between, then a mission)
    const second = tokens[start + length + 1];
    if (name.entry.type === 'organization' && after !== undefined && after.isCapitalised && after.gap === ' ' && !name.isAcronym &&
      second !== undefined && second.key === 'mission' && second.isCapitalised && second.gap === ' ') return false;
    // "the Africa Corps", "Sinai Tribes Union": a pack place's name opening a body's or a group's
    // ("Mindanao State University": two words, the second a head)
    if (name.entry.type === 'location' && after !== undefined && after.isCapitalised && after.gap === ' ' && !name.isAcronym) {
      const second = tokens[start + length + 1];
      const twoWords = second !== undefined && second.isCapitalised && second.gap === ' ' && !CAPITALISED_STOPWORDS.has(after.key);
      const head = twoWords ? second : after;
      const beyond = tokens[start + length + (twoWords ? 2 : 1)];
      if ((ORG_TAILS.has(head.key) || GROUP_TAIL_HEADS.has(head.key)) && (beyond === undefined || !beyond.isCapitalised || !NAME_GAP.test(beyond.gap))) return false;
    }
    const surface = spanText(text, tokens, start, start + length);
    if (name.isAcronym) return surface.replace(NOT_LETTER, '') === name.value.replace(NOT_LETTER, '');
    // "LeT", "JuD", "DoD": a short acronym in mixed case is written so, not "Let" opening a sentence
    if (MIXED_CASE_ACRONYM.test(name.value)) return surface.replace(NOT_LETTER, '') === name.value.replace(NOT_LETTER, '');
    if (name.isProper) {
      if (first.isCapitalised) return true;
      // al-Qaeda, al-Shabaab: a lower-case particle before a capitalised word
      return NAME_PARTICLES.has(first.key) && length > 1 && (tokens[start + 1] as Token).isCapitalised;
    }
    return true;
  };

  /** Whether capitalised words from token `at` (a possessive may stand between: "Children's Fund") end on a body's head within three words. */
  const bodyHeadWithin = (at: number): boolean => {
    let sawPossessive = false;
    for (let k = at; k < at + 3 && k < n; k++) {
      const t = tokens[k] as Token;
      if (!t.isCapitalised || (k > at && !NAME_GAP.test(t.gap) && !POSSESSIVE_GAP.test(t.gap))) return false;
      sawPossessive ||= k > at && POSSESSIVE_GAP.test(t.gap);
      if (sawPossessive && ORG_TAILS.has(t.key)) return !(k + 1 < n && (tokens[k + 1] as Token).isCapitalised && NAME_GAP.test((tokens[k + 1] as Token).gap));
    }
    return false;
  };

  const push = (
    start: number, end: number, type: EntityType, basis: Mention['basis'], key: string,
    extra: { ref?: Mention['ref']; place?: Place | null; name?: string } = {},
  ): Mention => {
    const s = (tokens[start] as Token).start;
    const e = (tokens[end - 1] as Token).end;
    const surface = text.slice(s, e);
    const m: Mention = {
      start: s, end: e, text: surface, type, basis, key, ref: extra.ref ?? null, place: extra.place ?? null,
      name: extra.name ?? surface, token: start,
    };
    if (!inCaption(s) && !inFrontMatter(s)) {
      mentions.push(m);
      // a name built from its words alone, inside a heading: kept only if the body names it too
      if ((basis === 'pattern' || basis === 'person') && isShortLineAt(text, s) && isHeadingAt(text, s)) headingOnly.add(m);
      else if (basis !== 'coreference') inBody.add(key);
    }
    return m;
  };

  let i = 0;
  while (i < n) {
    const t = tokens[i] as Token;
    const ref = matcher.matchAt(keys, i, accept(i));
    // a name defined by its acronym, unless the pack or the gazetteer knows it whole
    const defined = definedEnd[i] as number;
    if (defined > i && (ref === null || i + ref.length < defined) && gazetteer.lookup(spanText(text, tokens, i, defined)).length === 0) {
      const type = definedType.get(i) as EntityType;
      push(i, defined, type, 'pattern', `${type}:${lookupKey(spanText(text, tokens, i, defined))}`);
      i = defined;
      continue;
    }
    if (ref) {
      const entry = ref.name.entry;
      const end = i + ref.length;
      const tail = stateBodyTail(tokens, end);
      const province = entry.type === 'group' ? provinceAfter(end) : 0;
      if (entry.type === 'location' && tail) {
        // "the Soviet authorities": a state body, not the place; "Puntland forces": the state body of its country
        if (entry.country) {
          // "the Balochistan police": a province's own police, not its country's state body
          const own = tail.words.length === 1 && tail.words[0] === 'police' && gazetteer.lookup(spanText(text, tokens, i, end))[0]?.level === 'admin1';
          push(i, end + tail.words.length, 'organization', 'pattern', own ? `org:${entry.country}:${lookupKey(spanText(text, tokens, i, end))} police` : `org:${entry.country}:state`);
          i = end + tail.words.length;
          continue;
        }
      } else if (province > end) {
        // "Islamic State Mozambique Province": a province of the group the pack does not list, a group of its own
        push(i, province, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, i, province))}`);
        i = province;
        continue;
      } else {
        // "Defence Minister Israel Katz": a given name the pack knows as a place, opening a person's name
        const personEnd = entry.type === 'location' && ref.length === 1 && GIVEN_NAME_KEYS.has(t.key) ? placeNamedPersonEnd(i) : 0;
        if (personEnd > i + 1) {
          const pk = persons.find(keys.slice(i, personEnd)) ?? `person:${lookupKey(spanText(text, tokens, i, personEnd))}`;
          persons.add(pk, keys.slice(i, personEnd));
          push(i, personEnd, 'person', 'person', pk);
          i = personEnd;
          continue;
        }
        let place: Place | null = null;
        if (entry.type === 'location' && entry.country) place = gazetteer.country(entry.country);
        push(i, end, entry.type, 'reference', `ref:${entry.id}`, { ref: entry, place });
        if (entry.type === 'person') persons.add(`ref:${entry.id}`, keys.slice(i, end));
        i = end;
        continue;
      }
    }
    // "the 33rd Front", "the 10th Brigade": a numbered unit of an armed group; "the 94th Infantry Battalion", "the 8th Division":
    // a state's (an arm's word between, or a head only armies use)
    if (ORDINAL.test(t.key) && i + 1 < n && (tokens[i + 1] as Token).isCapitalised && (tokens[i + 1] as Token).gap === ' ') {
      let k = i + 1;
      while (k < i + 3 && ARMY_ARMS.has(keys[k] as string) && k + 1 < n && (tokens[k + 1] as Token).isCapitalised && (tokens[k + 1] as Token).gap === ' ') k++;
      const head = keys[k] as string;
      const armys = k > i + 1 ? ARMY_UNITS.has(head) : head === 'division' || head === 'corps';
      if (armys || (k === i + 1 && NUMBERED_UNITS.has(head) && head !== 'company')) {
        const type: EntityType = armys ? 'organization' : 'group';
        push(i, k + 1, type, 'pattern', `${type}:${lookupKey(spanText(text, tokens, i, k + 1))}`);
        i = k + 1;
        continue;
      }
    }
    // "near al-Shuhayl", "in al-Mayadin": a name that opens with the Arabic article in lower case is read whole,
    // with the word before the article as the word before the name (unless the pack knows the name without it)
    if (ARTICLE_OPENERS.has(t.key) && !t.isCapitalised && i + 1 < n && HYPHEN_GAP.test((tokens[i + 1] as Token).gap) &&
      (tokens[i + 1] as Token).isCapitalised && !STARTS_WITH_NUMBER.test((tokens[i + 1] as Token).text) && definedEnd[i + 1] === 0 &&
      matcher.matchAt(keys, i + 1, accept(i + 1)) === null) {
      let j = i + 2;
      while (j < n && definedEnd[j] === 0 && extendsRun(tokens, keys, i, j, matcher, accept)) j++;
      while (j > i + 2 && !(tokens[j - 1] as Token).isCapitalised) j--;
      i = Math.max(j, classifyRun(i, j));
      continue;
    }
    // "400 Mawozo, led by …", "members of 5 Segonn": a gang's name that opens on a number, where the words around it make it a group's
    // (not a paragraph's or a section's number: "5.1 Ansaru, an al-Qaeda-aligned faction")
    if (SMALL_NUMBER.test(t.text) && i > 0 && i + 1 < n && (tokens[i + 1] as Token).gap === ' ' && !/[.\n]/.test(t.gap)) {
      const end = numberedGroupAt(i);
      if (end > i) {
        push(i, end, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, i, end))}`);
        i = end;
        continue;
      }
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
    // "Democratic Republic of the Congo", "Bosnia and Herzegovina": a country named with lower-case connectors
    const longCountry = longCountryAt(i) ?? twoWordCountryAt(i);
    if (longCountry) {
      push(i, i + longCountry.length, 'location', 'gazetteer', longCountry.place.id, { place: longCountry.place });
      i += longCountry.length;
      continue;
    }
    // "Tower 22", "Camp 4": a site named by a number after its kind's word
    if (NUMBERED_SITE_WORDS.has(t.key) && i + 1 < n && (tokens[i + 1] as Token).gap === ' ' && UNIT_NUMBER.test((tokens[i + 1] as Token).text) &&
      (i + 2 >= n || !/^[.,]?\d/.test((tokens[i + 2] as Token).gap + (tokens[i + 2] as Token).text))) {
      push(i, i + 2, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, i, i + 2))}`);
      i += 2;
      continue;
    }
    // "St. Anthony's Shrine", "Saint Mary's Cathedral", "St. George Church": a house of worship or a school named after a saint
    if (SAINT_WORDS.has(t.key)) {
      const end = saintsSiteAt(i);
      if (end > i) {
        push(i, end, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, i, end))}`);
        i = end;
        continue;
      }
      // "St Petersburg", "St. Louis", "Ste-Foy": a town named after a saint, the saint's word abbreviated
      const town = saintsTownAt(i);
      if (town) {
        push(i, town.end, 'location', 'gazetteer', town.place.id, { place: town.place });
        i = town.end;
        continue;
      }
    }
    // "Agusan del Sur", "Port-au-Prince", "Croix-des-Bouquets": a place the gazetteer knows, named with a lower-case "of" or article inside
    const joined = joinedPlaceAt(i);
    if (joined) {
      push(i, joined.end, 'location', 'gazetteer', joined.place.id, { place: joined.place });
      i = joined.end;
      continue;
    }
    // "the hamlet of San Miguel del Ene", "near Santo Domingo de Acobamba": a town's name joined by a lower-case particle, where the
    // words before set a place (the gazetteer may know it whole, or only its first words: "San Miguel" is another town)
    const joinedEnd = hasPlaceCue(i) ? joinedNameEnd(i) : 0;
    if (joinedEnd > 0) {
      const whole = spanText(text, tokens, i, joinedEnd);
      const known = placeFor(whole, i, joinedEnd, false);
      const place = known !== null && known.level !== 'country' ? known : null;
      push(i, joinedEnd, 'location', place ? 'gazetteer' : 'pattern', place ? place.id : `site:${lookupKey(whole)}`, { place: place ?? townContainer(i, joinedEnd) });
      i = joinedEnd;
      continue;
    }
    // "North Waziristan", "South Darfur": a compass point before a place the pack knows names a place of its own
    if (COMPASS_POINTS.has(t.key) && i + 1 < n && (tokens[i + 1] as Token).isCapitalised && (tokens[i + 1] as Token).gap === ' ') {
      const inner = matcher.matchAt(keys, i + 1, accept(i + 1));
      const end = inner ? i + 1 + inner.length : i;
      if (inner && inner.name.entry.type === 'location' && gazetteer.lookup(spanText(text, tokens, i + 1, end))[0]?.level !== 'country' &&
        (end >= n || !(tokens[end] as Token).isCapitalised || !NAME_GAP.test((tokens[end] as Token).gap))) {
        const whole = gazetteer.lookup(spanText(text, tokens, i, end), docCountries)[0];
        const country = inner.name.entry.country;
        const place = whole ?? (country ? gazetteer.country(country) : null);
        push(i, end, 'location', whole ? 'gazetteer' : 'pattern', whole ? whole.id : `site:${lookupKey(spanText(text, tokens, i, end))}`, { place });
        i = end;
        continue;
      }
    }
    // "Katibat Bilad al-Sham": a group's lead word before a region's name
    if (GROUP_LEAD_HEADS.has(t.key) && i + 1 < n && NAME_GAP.test((tokens[i + 1] as Token).gap)) {
      const inner = matcher.matchAt(keys, i + 1, accept(i + 1));
      if (inner && inner.name.entry.type === 'location') {
        const end = i + 1 + inner.length;
        push(i, end, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, i, end))}`);
        i = end;
        continue;
      }
    }
    // 'Ismael "El Mayo" Zambada': a given name, a nickname in quotes, a surname
    const nicknamed = i + 3 < n && /^ ["“]$/.test((tokens[i + 1] as Token).gap) && !CAPITALISED_STOPWORDS.has(t.key) && !countryOf(t.text) &&
      !GROUP_LEAD_HEADS.has(t.key) && !ORG_TAILS.has(t.key) ? QUOTED_NICKNAME.exec(text.slice(t.start, t.start + 80)) : null;
    if (nicknamed) {
      let end = i + 1;
      while (end < n && (tokens[end] as Token).end <= t.start + nicknamed[0].length) end++;
      const name = nicknamed[0];
      const pk = `person:${lookupKey(name)}`;
      // (the nickname's words too: "El Chapo" named later is the same man)
      persons.add(pk, [t.key, ...keys.slice(i + 1, end - 1), keys[end - 1] as string]);
      push(i, end, 'person', 'person', pk, { name });
      i = end;
      continue;
    }
    // a run of capitalised words, with the particles and connectors names allow inside
    let j = i + 1;
    while (j < n && definedEnd[j] === 0 && extendsRun(tokens, keys, i, j, matcher, accept)) j++;
    while (j > i + 1 && !(tokens[j - 1] as Token).isCapitalised) j--;
    // "Federal Prosecutor's Office", "Uganda People's Defence Force", "Immigration and Customs Enforcement": one body's name
    for (let ext = orgContinuation(i, j); ext > j; ext = orgContinuation(i, j)) j = ext;
    // "Front Committee 1", "Unit 8200": a unit's head and its number
    if (j < n && j - i >= 1 && GROUP_UNIT_TAILS.has(keys[j - 1] as string) && (tokens[j] as Token).gap === ' ' && UNIT_NUMBER.test((tokens[j] as Token).text) &&
      (j + 1 >= n || !/^[.,]?\d/.test((tokens[j + 1] as Token).gap + (tokens[j + 1] as Token).text))) j++;
    // ("African Union Support and Stabilization Mission in Somalia": a mission's country after the "and")
    if (j + 1 < n && keys[j - 1] === 'mission' && extendsRun(tokens, keys, i, j, matcher, accept)) {
      j++;
      while (j < n && definedEnd[j] === 0 && extendsRun(tokens, keys, i, j, matcher, accept)) j++;
    }
    let a = i;
    // "New York", "Western Cape": a place whose name opens with a word that opens sentences too
    if (PLACE_OPENERS.has(keys[i] as string) && j - i >= 2 && j - i <= 3) {
      // (of the namesakes, the one in the countries the paragraph or the document names: "Eastern Province" in a text on Zambia)
      const whole = gazetteer.lookup(spanText(text, tokens, i, j), docCountries, nearCountries(i, j))[0];
      if (whole && (whole.level !== 'city' || whole.population >= 100_000)) {
        push(i, j, 'location', 'gazetteer', whole.id, { place: whole });
        i = j;
        continue;
      }
    }
    // "New South Wales Police", "the Western Desert", "Southern Border Provinces Administrative Centre": the opener is part of a body's or a site's name
    while (a < j - 2 && (keys[a] === 'the' || keys[a] === 'a') && PLACE_OPENERS.has(keys[a + 1] as string)) a++;
    // ("Front Committee 1": "Front", a stop word of headings, opening a body's name)
    const keepOpener = (PLACE_OPENERS.has(keys[a] as string) || keys[a] === 'front') && j - a >= 2 && typeByHeads(keys.slice(a, j), a) !== null;
    // ("Allah Nazar Baloch": a name of three words may open on "Allah")
    while (!keepOpener && a < j && CAPITALISED_STOPWORDS.has(keys[a] as string) && !(TITLES.has(keys[a] as string) && j - a > 1) &&
      !(keys[a] === 'allah' && j - a >= 3)) a++;
    if (a >= j || TRADE_TERM_KEYS.has(lookupKey(spanText(text, tokens, a, j)))) {
      i = j;
      continue;
    }
    const consumed = classifyRun(a, j);
    i = Math.max(j, consumed);
  }
  // a body's name the text called an armed group after naming it first: every mention is the group's
  if (namedGroups.size > 0) {
    for (const m of mentions) {
      if (m.type === 'organization' && m.basis === 'pattern' && m.key === `organization:${lookupKey(m.text)}` && namedGroups.has(lookupKey(m.text))) {
        m.type = 'group';
        m.key = `group:${lookupKey(m.text)}`;
      }
    }
  }
  // "the Bishnoi gang" and "the Lawrence Bishnoi gang", in either order: one group, named short
  for (const name of tailGroups) {
    const longer = [...tailGroups].find((g) => g.endsWith(` ${name}`));
    if (longer === undefined) continue;
    for (const m of mentions) if (m.key === `group:${name}`) m.key = `group:${longer}`;
    if (inBody.has(`group:${name}`)) inBody.add(`group:${longer}`);
  }
  return headingOnly.size === 0 ? mentions : mentions.filter((m) => !headingOnly.has(m) || inBody.has(m.key));

  /** Classifies tokens [a, b); returns the index after the last token used (tails may extend it). */
  function classifyRun(a: number, b: number): number {
    const words = keys.slice(a, b);
    const first = words[0] as string;
    const len = b - a;
    const surface = spanText(text, tokens, a, b);
    const prev = a > 0 ? (tokens[a - 1] as Token) : null;
    const prevKey = prev && !prev.isCapitalised ? prev.key : '';

    // a country or demonym followed by a state body: "the Tajik government", "Swedish police"
    const body = stateBodyTail(tokens, b);
    if (body && len <= 2) {
      const country = countryOf(surface);
      if (country) {
        // one state body per country: reports use "authorities", "officials", "police" and
        // "security services" of one country interchangeably
        push(a, b + body.words.length, 'organization', 'pattern', `org:${country}:state`);
        return b + body.words.length;
      }
      // "the Borno police": a division's own police
      const division = body.words.length === 1 && body.words[0] === 'police' ? gazetteer.lookup(surface, docCountries, nearCountries(a, b))[0] : undefined;
      if (division?.level === 'admin1') {
        push(a, b + 1, 'organization', 'pattern', `org:${division.country}:${lookupKey(surface)} police`);
        return b + 1;
      }
    }

    // "the Israeli embassy", "the Russian consulate": a state's mission is a site of its own
    if (len === 1 && b < n && MISSION_TAILS.has(keys[b] as string) && !(tokens[b] as Token).isCapitalised && (tokens[b] as Token).gap === ' ' &&
      gazetteer.countryOfDemonym(tokens[a]?.text ?? '')) {
      // ("the Russian consulate general")
      const end = keys[b + 1] === 'general' && !(tokens[b + 1] as Token).isCapitalised && (tokens[b + 1] as Token).gap === ' ' ? b + 2 : b + 1;
      push(a, end, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a, end))}`);
      return end;
    }
    // "the Trump administration", "the Assad regime": a leader's government (a country's is a state body, above)
    if (len <= 2 && b < n && LEADER_GOVERNMENT_TAILS.has(keys[b] as string) && !(tokens[b] as Token).isCapitalised && (tokens[b] as Token).gap === ' ' &&
      a > 0 && keys[a - 1] === 'the' && !countryOf(surface) && !isKnownPlace(gazetteer.lookup(surface)[0]) && !words.some((w) => CAPITALISED_STOPWORDS.has(w) || ORG_TAILS.has(w))) {
      push(a, b + 1, 'organization', 'pattern', `organization:${lookupKey(spanText(text, tokens, a, b + 1))}`);
      return b + 1;
    }
    // "in Barangay Camansi", "Kampung Sungai Ular": a village named after its kind's word, which is no part of the name
    if (len >= 2 && len <= 4 && VILLAGE_LEADS.has(first)) {
      const place = townContainer(a + 1, b);
      towns.set(lookupKey(spanText(text, tokens, a + 1, b)), place);
      push(a + 1, b, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a + 1, b))}`, { place });
      return b;
    }
    // a nationality alone is no entity ("Tajik", "Swiss")
    if (len === 1 && gazetteer.countryOfDemonym(tokens[a]?.text ?? '') && !gazetteer.lookup(surface)[0]) return b;
    // a country named in full ("Russian Federation") before any head-noun rule
    const whole = len <= 4 ? gazetteer.lookup(surface)[0] : undefined;
    if (whole?.level === 'country' && lookupKey(surface) !== lookupKey(whole.name) && len > 1) {
      push(a, b, 'location', 'gazetteer', whole.id, { place: whole });
      return b;
    }
    // a town the text has already set as one: "Macomia" after "the town of Macomia"
    if (len <= 3 && towns.has(lookupKey(surface)) && !persons.find(words)) {
      push(a, b, 'location', 'pattern', `site:${lookupKey(surface)}`, { place: towns.get(lookupKey(surface)) ?? null });
      return b;
    }
    // a site the text has named with its kind, named bare: "al-Harir" after "the al-Harir air base"
    const namedSite = len <= 4 ? sitesByName.get(lookupKey(surface)) : undefined;
    if (namedSite !== undefined && !persons.find(words)) {
      push(a, b, 'location', 'pattern', namedSite.key, { place: namedSite.place });
      return b;
    }
    // a group the text has already named as one: "Lakurawa" after "the armed group known as Lakurawa"
    if (len <= 5 && namedGroups.has(lookupKey(surface)) && !persons.find(words)) {
      push(a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
      return b;
    }
    // "its magazine Yalghar", "the magazine Voice of Hind": a media outlet named after its kind
    if (len <= 3 && prev !== null && !prev.isCapitalised && (tokens[a] as Token).gap === ' ' && !countryOf(surface) &&
      (MEDIA_LEAD_NOUNS.has(prev.key) && gazetteer.lookup(surface)[0]?.level !== 'admin1' || isMediaNamedAt(a, prev.key))) {
      let end = b;
      while (end + 1 < n && keys[end] === 'of' && (tokens[end] as Token).gap === ' ' && (tokens[end + 1] as Token).isCapitalised && end - b < 4) {
        end += 2;
        while (end < n && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) end++;
      }
      push(a, end, 'media', 'pattern', `media:${lookupKey(spanText(text, tokens, a, end))}`);
      return end;
    }
    // "the energy company Eni", "the Tesla factory": a business named after its kind or a site of its own ("the Eni plant")
    // (the cheap cues first: most runs have none)
    if (len <= 3 && (prev !== null && !prev.isCapitalised && (tokens[a] as Token).gap === ' ' && COMPANY_LEAD_NOUNS.has(prev.key) && a >= 2 && !(tokens[a - 2] as Token).isCapitalised ||
        b < n && !(tokens[b] as Token).isCapitalised && (tokens[b] as Token).gap === ' ' && COMPANY_LOWER_TAILS.has(keys[b] as string) && a > 0 && keys[a - 1] === 'the') &&
      !words.some((w) => CAPITALISED_STOPWORDS.has(w)) && !countryOf(surface) && !gazetteer.lookup(surface)[0] && !persons.find(words)) {
      push(a, b, 'organization', 'pattern', `organization:${lookupKey(surface)}`);
      return b;
    }
    // one word naming a person already met: "Qasimi", "Haddad"
    const placeCue = len === 1 && LOCATIVE_CUES.has(prevKey) && prevKey !== 'and' && gazetteer.lookup(surface).length > 0;
    if (len <= 3 && !placeCue && !countryOf(tokens[a]?.text ?? '')) {
      const known = persons.find(words);
      if (known && !HONORIFICS.has(first) && (len > 1 || !lowerWords.has(first))) {
        push(a, b, 'person', 'coreference', known);
        return b;
      }
    }

    // heads of group, organisation, media and site names
    if (len >= 2) {
      const type = typeByHeads(words, a);
      if (type) {
        if (type === 'location') {
          // (a sea or a desert is in no one country: "the Red Sea" is not Egypt's governorate)
          const place = LAND_AND_WATER_TAILS.has(words[words.length - 1] as string) || WATER_LEADS.has(first) ? null : placeFor(surface, a, b, true);
          // "Cologne Cathedral", "Kandahar Airport": a site in the town its name opens with, when the paragraph is about that town's country
          const town = place === null && b - a >= 2 && SITE_TAIL_HEADS.has(words[words.length - 1] as string) ? placeFor(spanText(text, tokens, a, b - 1), a, b - 1, false) : null;
          const siteTown = town && town.level !== 'country' && nearCountries(a, b).has(town.country) ? town : null;
          push(a, b, 'location', place ? 'gazetteer' : 'pattern', place ? place.id : `site:${lookupKey(surface)}`, { place: place ?? siteTown });
        } else {
          const typed = typeByContext(type, a, b);
          // "the Federal Prosecutor" after "the Federal Prosecutor's Office": the office, named short
          const key = shortOrgNames.get(`${typed}:${lookupKey(surface)}`) ?? `${typed}:${lookupKey(surface)}`;
          const owner = POSSESSIVE_INSIDE.exec(surface)?.[1];
          if (owner !== undefined && typed === 'organization') shortOrgNames.set(`${typed}:${lookupKey(owner)}`, key);
          push(a, b, typed, 'pattern', key);
          // "… Mission in Mozambique": the country a mission is in is named too
          const inAt = words.indexOf('in');
          const country = inAt > 0 && words[inAt - 1] === 'mission' ? gazetteer.lookup(spanText(text, tokens, a + inAt + 1, b))[0] : undefined;
          if (country?.level === 'country') push(a + inAt + 1, b, 'location', 'gazetteer', country.id, { place: country });

        }
        return b;
      }
    }

    // a place, with a trailing lower-case "province"/"district" taken along
    if (len <= 4) {
      let end = b;
      if (end < n && DIVISION_WORDS.has(keys[end] as string) && (tokens[end] as Token).gap === ' ') end++;
      const place = placeFor(spanText(text, tokens, a, end), a, end, end > b);
      // "the Santa Maria church in Istanbul": a building's own name, unless it names a town of the paragraph's country
      if (place && place.level !== 'country' && end === b && b < n && BUILDING_NOUNS.has(keys[b] as string) && (tokens[b] as Token).gap === ' ' &&
        !nearCountries(a, b).has(place.country)) {
        push(a, b + 1, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a, b + 1))}`);
        return b + 1;
      }
      if (place) {
        const tail = b < n && (tokens[b] as Token).gap === ' ' ? (keys[b] as string) : '';
        // "Kabul airport", "Quetta railway station"
        const site = PLACE_SITE_TAILS.has(tail) ? b + 1 : STATION_WORDS.has(tail) && keys[b + 1] === 'station' && (tokens[b + 1] as Token).gap === ' ' ? b + 2 : 0;
        if (site && place.level !== 'country') {
          push(a, site, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, a, site))}`, { place });
        }
        push(a, end, 'location', 'gazetteer', place.id, { place });
        return Math.max(end, site);
      }
      if (len === 1 && gazetteer.countryOfDemonym(tokens[a]?.text ?? '')) return b;
    }

    // a town or division a digest's item opens on that the gazetteer lacks: "- 2 Sep, Nkwen (Mezam): …" (the brackets' division holds the town)
    const digest = digestPlaces.get(a);
    if (digest !== undefined && digest.end === b && !persons.find(words) && !countryOf(surface) &&
      !words.some((w) => CAPITALISED_STOPWORDS.has(w) || TITLES.has(w) || HONORIFICS.has(w) || ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w))) {
      const division = digest.division === null ? undefined : gazetteer.lookup(digest.division, docCountries)[0];
      const place = division !== undefined && division.level !== 'city' && docCountries.has(division.country) ? division : townContainer(a, b);
      towns.set(lookupKey(surface), place);
      push(a, b, 'location', 'pattern', `site:${lookupKey(surface)}`, { place });
      return b;
    }
    // a town the gazetteer spells another way, set as a place by the words before it: "near Huwara" (Ḩuwwārah), "in nearby Zaatara"
    if (len <= 2 && hasPlaceCue(a) && !persons.find(words) && (len > 1 || !lowerWords.has(first)) &&
      !words.some((w) => CAPITALISED_STOPWORDS.has(w) || TITLES.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w))) {
      // (in the countries the paragraph names, else the one the document is about: "Natividad" in a paragraph on Peru is no Brazilian Natividade)
      const near = nearCountries(a, b);
      const home = homeCountry();
      const variant = gazetteer.lookupVariant(surface, near.size > 0 ? near : home !== null ? new Set([home]) : near)[0];
      if (variant !== undefined) {
        push(a, b, 'location', 'gazetteer', variant.id, { place: variant });
        return b;
      }
    }

    // "the Al-Karrar office", "the al-Furqan office": a regional office of the Islamic State, named after its Arabic name
    if (b < n && keys[b] === 'office' && (tokens[b] as Token).gap === ' ' && len <= 3 && !(tokens[b] as Token).isCapitalised) {
      const from = a > 0 && keys[a - 1] === 'al' && /^[-‑]$/.test((tokens[a] as Token).gap) ? a - 1 : a;
      if (keys[from] === 'al' && from + 1 < b + 1) {
        push(from, b + 1, 'group', 'pattern', `group:${lookupKey(spanText(text, tokens, from, b + 1))}`);
        return b + 1;
      }
    }
    // a group named by a lower-case tail: "the Hafiz Gul Bahadur group", "the Haqqani network"
    if (b < n && GROUP_LOWER_TAILS.has(keys[b] as string) && (tokens[b] as Token).gap === ' ' && len <= 4 && !countryOf(surface) &&
      // ("the Nordic group", "a Philippine network": a region's adjective names a kind, not a group)
      !gazetteer.countryOfDemonym(tokens[a]?.text ?? '') && !gazetteer.lookup(surface)[0] && !/(?:ian|ean|can|ese|ish|ic|ine)$/.test(keys[b - 1] as string)) {
      const name = lookupKey(spanText(text, tokens, a, b + 1));
      tailGroups.add(name);
      push(a, b + 1, 'group', 'pattern', `group:${name}`);
      return b + 1;
    }
    // media named by a lower-case tail: "a Tajik-language Zello channel" is in the pack; "the Xyz channel"
    if (b < n && MEDIA_LOWER_TAILS.has(keys[b] as string) && (tokens[b] as Token).gap === ' ' && len <= 3 && !countryOf(surface)) {
      push(a, b + 1, 'media', 'pattern', `media:${lookupKey(surface)}`);
      return b + 1;
    }

    // a group the appositive after it names as one: "Ansaru, an al-Qaeda-aligned faction that …", "Jundallah, a Baloch militant group,",
    // or the words before it: "the armed group known as Lakurawa"
    // (a lower-case word inside is no stop word: "Islamic Resistance in Iraq"; a name of up to six words: "Núcleo Insurreccional Mónica y Francisco")
    if (len <= 6 && !countryOf(surface) && !gazetteer.lookup(surface)[0] && !persons.find(words) &&
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
      push(from, b, 'group', 'pattern', `group:${name}`);
      return b;
    }
    // a name the words of belonging before it type: "Stewart Rhodes, who founded the Xyz Keepers", "former members of Xyzallah"
    if (len <= 4 && endsInWord(text.slice(Math.max(0, (tokens[a] as Token).start - 60), (tokens[a] as Token).start), GROUP_RELATION_CUE_ENDS) &&
      !countryOf(surface) && !gazetteer.lookup(surface)[0] && !persons.find(words) &&
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
      push(a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
      return b;
    }
    // a name the kind noun before it or the appositive after it types: "a Telegram channel, X,", "A local association, X,", "X, a monitoring group"
    const after = len <= 4 ? text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 120) : '';
    const before = len <= 4 ? text.slice(Math.max(0, (tokens[a] as Token).start - 60), (tokens[a] as Token).start) : '';
    // (the cheap cue first: a comma or a bracket after, a comma or "on" before, which every one of the four patterns needs)
    if (len <= 4 && (after[0] === ',' || APPOSITIVE_OPENING.test(after) || endsInKindCue(before)) &&
      !countryOf(surface) && !gazetteer.lookup(surface)[0] && !persons.find(words) &&
      !words.some((w) => TITLES.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w) || CAPITALISED_STOPWORDS.has(w))) {
      const kind = EXTREMIST_KIND_AFTER.test(after) ? 'militia' : POSTED_ON_BEFORE.test(before) ? 'outlet' : (KIND_BEFORE.exec(before) ??
        KIND_AFTER.exec(after))?.[1]?.toLowerCase();
      const type: EntityType | null = kind === undefined ? null
        : /channel|outlet|website|magazine|newspaper|newsletter|podcast|periodical/.test(kind) ? 'media'
        : /militia|faction|gang/.test(kind) ? 'group'
        : 'organization';
      if (type) {
        push(a, b, type, 'pattern', `${type}:${lookupKey(surface)}`);
        return b;
      }
    }
    // a known kunya after a name: "Yahya Abu Hafs" is a longer rendering of "Abu Hafs"
    for (let k = a + 1; k < b; k++) {
      if (!KUNYA_OPENERS.has(keys[k] as string)) continue;
      const known = persons.find(keys.slice(k, b));
      if (known) {
        push(a, b, 'person', 'coreference', known);
        return b;
      }
    }
    // a person already met, then other words: "Qasimi Doctrine"
    // (not one word that is the first of that person's name, before a surname: "Meir Kahane" after "Meir Ettinger" is another man)
    for (let k = b - 1; k > a && len >= 2 && !countryOf(tokens[a]?.text ?? ''); k--) {
      const known = persons.find(keys.slice(a, k));
      if (known && !HONORIFICS.has(first) && !TITLES.has(first) && !(k === a + 1 && persons.opensWith(known, first))) {
        push(a, k, 'person', 'coreference', known);
        return classifyRun(k, b);
      }
    }
    // a name shaped like an Arabic place after a locative word: "in Bir al-Abed", "near al-Shuhayl", "near Sheikh Zuweid";
    // or anywhere, a place's lead word and an article: "captured Jisr al-Shughur"
    if (isArabicPlaceAt(a, b, prevKey) || (b - a >= 3 && b - a <= 4 && ARABIC_PLACE_LEADS.has(first) && ARABIC_PARTICLES.has(keys[a + 1] as string) &&
      !(tokens[a + 1] as Token).isCapitalised && persons.find(words) === null)) {
      // the town the gazetteer knows without its article ("al-Arish": Arish), or the site the text named with its kind ("al-Hol camp")
      const bare = ARTICLE_OPENERS.has(first) ? gazetteer.lookup(spanText(text, tokens, a + 1, b), docCountries, nearCountries(a, b))[0] : undefined;
      const known = bare !== undefined && bare.level !== 'country' && (nearCountries(a, b).has(bare.country) || docCountries.has(bare.country)) ? bare : null;
      const site = sitesByName.get(lookupKey(surface));
      const place = known ?? (site !== undefined ? site.place : townContainer(a, b));
      towns.set(lookupKey(surface), place);
      push(a, b, 'location', known ? 'gazetteer' : 'pattern', known ? known.id : site?.key ?? `site:${lookupKey(surface)}`, { place });
      return b;
    }
    // a town too small for the gazetteer, known by the place the text sets it in
    const setting = townSetting(a, b);
    if (setting) {
      push(a, b, 'location', 'pattern', `site:${lookupKey(surface)}`, { place: setting });
      return b;
    }
    // a town the gazetteer lacks (or only a namesake of), set as a town by the words around it
    const town = unlistedTown(a, b, prevKey);
    if (town > 0) {
      // (a name only listed before a plural division's word is set in no container, so that it tips no count of where the document's events are)
      const place = pluralDivisionAhead(b) ? null : townContainer(a, b);
      towns.set(lookupKey(surface), place);
      push(a, town, 'location', 'pattern', `site:${lookupKey(surface)}`, { place });
      return town;
    }
    // a site named by a lower-case tail: "the Police Lines mosque", "at Quetta railway station"
    const site = siteTail(a, b);
    if (site > 0) {
      // "the al-Hol camp": the particle before is part of the name
      const from = a > 0 && NAME_PARTICLES.has(keys[a - 1] as string) && !(tokens[a - 1] as Token).isCapitalised && /^[-‑]$/.test((tokens[a] as Token).gap) ? a - 1 : a;
      const m = push(from, site, 'location', 'pattern', `site:${lookupKey(spanText(text, tokens, from, site))}`);
      if (!sitesByName.has(lookupKey(spanText(text, tokens, from, b)))) sitesByName.set(lookupKey(spanText(text, tokens, from, b)), m);
      return site;
    }
    // "his Carlos Patiño and Dagoberto Ramos fronts", "the Alpha and Bravo brigades": names listed before a plural group's head are groups' (named bare)
    // (the cheap cue first: a comma and a name, "and", or the plural head itself after the name)
    if (len <= 3 && b < n && (/^, ?$/.test((tokens[b] as Token).gap) && (tokens[b] as Token).isCapitalised || keys[b] === 'and' || PLURAL_GROUP_TAILS.has(keys[b] as string))) {
      if (pluralDivisionAhead(b, 0, PLURAL_GROUP_TAILS) && !countryOf(surface) && !gazetteer.countryOfDemonym((tokens[b - 1] as Token).text) &&
        // (nor a sentence's first adjective: "Armed and criminal gangs", "Tribal and clan militias")
        !/(?:ians?|eans?|cans?|ese|ish)$/.test(words[len - 1] as string) && !(len === 1 && isSentenceStart(a)) && !gazetteer.lookup(surface)[0] &&
        !words.some((w) => CAPITALISED_STOPWORDS.has(w) || lowerWords.has(w))) {
        push(a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
        return b;
      }
    }
    // "Los Choneros", "Los Chone Killers": a name opening on the Spanish plural article and closing on a plural, no place's, is a gang's;
    // "Vulkangruppe", "Sturmbrigade": a German compound on a group's head
    if ((first === 'los' && len >= 2 && len <= 4 && /s$/.test(words[len - 1] as string) || len === 1 && GERMAN_GROUP_WORD.test(first)) &&
      !gazetteer.lookup(surface)[0]) {
      push(a, b, 'group', 'pattern', `group:${lookupKey(surface)}`);
      return b;
    }
    // persons
    const person = personName(a, b, prevKey);
    if (person) {
      const pk = persons.find(words.slice(person.from - a)) ?? `person:${lookupKey(person.name)}`;
      persons.add(pk, keys.slice(person.from, b));
      push(a, b, 'person', 'person', pk, { name: person.name });
      return b;
    }

    // a leading demonym or country before something else: "Tajik Jamaat Ansarullah"
    if (len >= 2 && countryOf(tokens[a]?.text ?? '')) return classifyRun(a + 1, b);
    return b;
  }

  /**
   * The place the words after token `b` set a town in: a town it lies off (", south-east of Nablus", " 20 km north of Kumbo":
   * that town's country) or a division it lies in (" in neighbouring Yobe state"), known to the gazetteer in the document's
   * or the paragraph's countries and in one of them only; else null.
   */
  function placeAfterTown(b: number): Place | null {
    if (b >= n) return null;
    const after = text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 60);
    const off = SET_OFF.exec(after);
    const bearing = off ?? SET_IN.exec(after);
    if (bearing === null) return null;
    const at = countBefore(tokens, (t) => t.start, (tokens[b - 1] as Token).end + bearing[0].length);
    let end = at;
    while (end < n && end - at < 3 && (tokens[end] as Token).isCapitalised && (end === at || NAME_GAP.test((tokens[end] as Token).gap))) end++;
    if (end === at) return null;
    const near = nearCountries(at, end);
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
  function hasPlaceCue(a: number): boolean {
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
  function unlistedTown(a: number, b: number, prevKey: string): number {
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
    if (words.some((_, k) => countryOf((tokens[a + k] as Token).text) !== null) || persons.find(words)) return 0;
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
    if (len <= 2 && pluralDivisionAhead(b) && !/(?:ians?|eans?|cans?|ese|ish)$/.test(last) && !gazetteer.countryOfDemonym((tokens[b - 1] as Token).text) &&
      !gazetteer.lookup(spanText(text, tokens, a, b))[0]) return b;
    // "at Gagangir in Ganderbal district", "near Kot in Nangarhar province": a town set in a named division
    if ((prevKey === 'in' || prevKey === 'at' || prevKey === 'near' || prevKey === 'outside') && next !== null && next.key === 'in' && !next.isCapitalised &&
      next.gap === ' ' && divisionNamedAt(b + 1)) return b;
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
    const near = nearCountries(a, b);
    if (len === 1 && locative && (tokens[a] as Token).gap === ' ' && last.length >= 4 && (next === null || !/^['’]/.test(next.gap)) &&
      (near.size === 1 || near.size === 0 && homeCountry() !== null && townContainer(a, b)?.country === homeCountry())) {
      return b;
    }
    return 0;
  }

  /**
   * Whether the names from token `at` on, each after ", ", " and " or ", and ", end on a plural division's word:
   * at "Washuk districts" or at " and Washuk districts" after "Panjgur".
   */
  function pluralDivisionAhead(at: number, depth = 0, heads: ReadonlySet<string> = PLURAL_DIVISIONS): boolean {
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
    return pluralDivisionAhead(k, depth + 1, heads);
  }

  /** Whether a division the gazetteer knows, or a name and a division's word, stand at token `at`: "Ganderbal district", "Nangarhar". */
  function divisionNamedAt(at: number): boolean {
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
  function townContainer(a: number, b: number): Place | null {
    const from = (tokens[a] as Token).start;
    // "the village of Duma, south-east of Nablus", "the village of Mafa in neighbouring Yobe state": the place it lies in or off,
    // unless the places named before it in its paragraph are all of another country (a namesake of that town the gazetteer lacks)
    const setting = placeAfterTown(b);
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
    const near = nearCountries(a, b, paragraphSettings);
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
   * Whether tokens [a, b) after a locative word are an Arabic place name rather than a person's:
   * a particle inside ("in Bir al-Abed", "near al-Shuhayl") or a place's lead word ("Jisr", "Ras"),
   * or, after "near", "around" or "outside" (where people seldom are), an honorific's ("near Sheikh Zuweid").
   * Not a person the text has named, a kunya or a given name, nor an owner ("in Sheikh X's sermon").
   */
  function isArabicPlaceAt(a: number, b: number, prevKey: string): boolean {
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

  /** The end of a site named by a lower-case tail after tokens [a, b) ("Police Lines mosque", "Quetta railway station"), else 0. */
  function siteTail(a: number, b: number): number {
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
    for (let k = a; k < b; k++) if (countryOf((tokens[k] as Token).text) !== null) return 0;
    return end;
  }

  function typeByHeads(words: string[], a: number): EntityType | null {
    const first = words[0] as string;
    // ("Front Committee 1": a unit's number after its head)
    const last = (words.length > 1 && UNIT_NUMBER.test(words[words.length - 1] as string) ? words[words.length - 2] : words[words.length - 1]) as string;
    const hasOf = words.includes('of') || words.includes('for');
    if (MEDIA_TAIL_HEADS.has(last) || first === 'radio') return 'media';
    // "Lake Chad Research Network", "Sahel Policy Group": a research body, whatever its first word
    if (words.length >= 3 && (GROUP_TAIL_HEADS.has(last) || ORG_TAILS.has(last)) && words.some((w) => RESEARCH_WORDS.has(w))) return 'organization';
    // "Gulf Cartel", "Lake Chad Basin Commission": a group's or a body's head last names no place
    const bodyLast = GROUP_TAIL_HEADS.has(last) || ORG_TAILS.has(last);
    // (and the Arabic heads of place names: "Wadi al-Shay", "Jabal Hamrin")
    if (!bodyLast && (first === 'lake' || first === 'mount' || first === 'gulf' || first === 'cape' || first === 'wadi' || first === 'jabal' || first === 'jebel')) return 'location';
    // "the Red Sea", "Suez Canal", "the Western Desert", "Lido Beach", "Bourbon Street"
    if (LAND_AND_WATER_TAILS.has(last)) return 'location';
    if (last === 'agency' && words.includes('news')) return 'media';
    if (SITE_TAIL_HEADS.has(last) && !DIVISION_WORDS.has(last)) return 'location';
    // "Sambisa Forest", "Virunga National Park", "Abbey Gate", a train: "the Jaffar Express"
    if (last === 'forest' || last === 'park' || last === 'gate' || last === 'island' || last === 'islands' || last === 'express') return 'location';
    // "Church of the Intercession", "Basilica del Pilar", "Cathedral of Our Lady of Mount Carmel"
    if (BUILDING_NOUNS.has(first) && words.length >= 3 && (hasOf || OF_PARTICLES.has(words[1] as string))) return 'location';
    if (DIVISION_WORDS.has(last)) return null; // the gazetteer decides
    // "Patani United Liberation Organisation", "Allied Democratic Forces", "Islamic Jihad Organization": a body named for an armed struggle
    if (STRUGGLE_BODY_TAILS.has(last) && words.some((w) => STRUGGLE_WORDS.has(w) || (w === 'democratic' && (last === 'forces' || last === 'army')))) return 'group';
    // "Khalistan Tiger Force", "Falcon Squad", "Black Panther Brigade": a force named after a beast is an armed group's
    if ((last === 'force' || last === 'squad' || last === 'forces' || last === 'brigade' || last === 'unit') && words.some((w) => BEAST_WORDS.has(w))) return 'group';
    const countryLead = countryOf(tokens[a]?.text ?? '') !== null;
    if ((last === 'army' || last === 'forces' || last === 'guard' || last === 'guards') && countryLead) return 'organization';
    if (GROUP_LEAD_HEADS.has(first) || GROUP_TAIL_HEADS.has(last)) return 'group';
    if (ORG_TAILS.has(last)) {
      // "Islamic Renaissance Party" is a party; "Islamic Jihad Union" in the pack; unknown "... Union" of militants is a group
      if (/\b(jihad|mujahid|islamic|ansar|khilafa|caliphate)/.test(words.join(' ')) && (last === 'union' || last === 'group')) return 'group';
      return 'organization';
    }
    // ("National Democratic Front of X", "National Liberation Army of X": an armed group's head before "of")
    if (ORGANIZATION_LEAD_HEADS.has(first) && hasOf && !words.some((w, k) => k > 0 && ARMED_HEADS_BEFORE_OF.has(w) && words[k + 1] === 'of')) return 'organization';
    // "Movement for Islamic Unity of Fergana", "Party of Islamic Revival": the head before of/for decides
    // ("Primeiro Comando da Capital": the same before another language's "of")
    for (let k = 0; k + 1 < words.length; k++) {
      const w = words[k] as string;
      if (words[k + 1] !== 'of' && words[k + 1] !== 'for' && words[k + 1] !== 'on' && !OF_PARTICLES.has(words[k + 1] as string) &&
        !(w === 'mission' && words[k + 1] === 'in')) continue;
      if (GROUP_LEAD_HEADS.has(w) && k > 0) return 'group';
      if (MEDIA_TAIL_HEADS.has(w)) return 'media';
      if (GROUP_TAIL_HEADS.has(w)) return 'group';
      if (ORG_TAILS.has(w)) return 'organization';
    }
    return null;
  }

  /**
   * The type of a name its heads typed, as the words around it tell: a body's name the text calls an
   * armed group ("the Union of X Tribes, a militia led by", "a network calling itself the Patriotic
   * Union", "Wagner Group fighters") is a group's, and so is every mention of it; a unit of a state
   * named with its country's possessive ("Bangladesh's Rapid Action Battalion") is a state body.
   */
  function typeByContext(type: EntityType, a: number, b: number): EntityType {
    const name = lookupKey(spanText(text, tokens, a, b));
    // "a Michigan-based Telegram channel, Patriot Frontline Network": an outlet's kind before the name outweighs its head
    const lead = text.slice(Math.max(0, (tokens[a] as Token).start - 60), (tokens[a] as Token).start);
    if (type !== 'media' && endsInKindCue(lead) && MEDIA_KIND_BEFORE.test(lead)) return 'media';
    if (type === 'organization') {
      const end = (tokens[b - 1] as Token).end;
      const start = (tokens[a] as Token).start;
      if (namedGroups.has(name) || GROUP_APPOSITIVE.test(text.slice(end, end + 90)) || FIGHTERS_AFTER.test(text.slice(end, end + 20)) ||
        endsInKnownAs(text.slice(Math.max(0, start - 50), start)) || isGroupsUnitAt(a, b)) {
        namedGroups.add(name);
        return 'group';
      }
    }
    if (type === 'group' && STATE_UNIT_TAILS.has(keys[b - 1] as string) && a > 0 && POSSESSIVE_GAP.test((tokens[a] as Token).gap) &&
      gazetteer.lookup((tokens[a - 1] as Token).text)[0]?.level === 'country') return 'organization';
    return type;
  }

  /**
   * Whether tokens [a, b) name a unit ("Command", "Committee", "Front") an armed group's possessive
   * owns: "the NPA's Front Committee 1" (an acronym the text defined for a group), "the group's
   * Central Command", "the Xyz Army's Southern Front".
   */
  function isGroupsUnitAt(a: number, b: number): boolean {
    if (a === 0 || !POSSESSIVE_GAP.test((tokens[a] as Token).gap)) return false;
    const head = STARTS_WITH_NUMBER.test((tokens[b - 1] as Token).text) && b - a >= 2 ? keys[b - 2] : keys[b - 1];
    if (!GROUP_UNIT_TAILS.has(head as string)) return false;
    const owner = tokens[a - 1] as Token;
    if (!owner.isCapitalised) return owner.key === 'group' || owner.key === 'movement' || owner.key === 'insurgents' || owner.key === 'rebels';
    if (ALL_CAPS.test(owner.text)) return acronyms.get(owner.text)?.type === 'group';
    const last = mentions[mentions.length - 1];
    return last !== undefined && last.end === owner.end && last.type === 'group';
  }

  /** The end of "<Place> Province" right after a group's name ("Islamic State | Mozambique Province"), else 0. */
  function provinceAfter(at: number): number {
    for (let k = at; k < Math.min(n, at + 4); k++) {
      const t = tokens[k] as Token;
      if (!t.isCapitalised || !/^[ \u00a0]$/.test(t.gap)) return 0;
      if (t.key === 'province' && k > at) return k + 1;
    }
    return 0;
  }

  /**
   * The end of an organisation's name that goes on past a possessive or an "and" after the run
   * [from, j): the words after it end on an organisation's head ("Office", "Force", "Enforcement");
   * else j. Not after a country, a place or a person ("Russia's Federal Security Service").
   */
  function orgContinuation(from: number, j: number): number {
    if (j >= n || j - from > 5) return j;
    const t = tokens[j] as Token;
    const before = tokens[j - 1] as Token;
    let k: number;
    if (t.isCapitalised && POSSESSIVE_GAP.test(t.gap)) k = j;
    else if (t.key === 'and' && !t.isCapitalised && t.gap === ' ' && (tokens[j + 1]?.isCapitalised ?? false) && tokens[j + 1]?.gap === ' ') k = j + 1;
    else return j;
    if (!before.isCapitalised || countryOf(before.text) !== null || gazetteer.lookup(before.text)[0] || persons.hasWord(before.key)) return j;
    // ("the NPA's Front Committee": an acronym's possessive owns a unit; it opens no longer name)
    if (k === j && ALL_CAPS.test(before.text)) return j;
    // "Ministry of Refugees and Repatriation", "Administration of North and East Syria": a body's "of" part goes on past "and"
    // with one or two words that end the name and are no place, people or entity of their own
    if (k === j + 1 && keys.slice(from, j - 1).some((w, x) => (w === 'of' || w === 'for') && x > 0 && (ORG_TAILS.has(keys[from + x - 1] as string) ||
      ORGANIZATION_LEAD_HEADS.has(keys[from + x - 1] as string)))) {
      let end = k;
      while (end < n && end - k < 2 && (tokens[end] as Token).isCapitalised && (end === k || NAME_GAP.test((tokens[end] as Token).gap))) end++;
      const closes = end >= n || !(tokens[end] as Token).isCapitalised || !NAME_GAP.test((tokens[end] as Token).gap);
      const first = tokens[k] as Token;
      if (closes && !CAPITALISED_STOPWORDS.has(first.key) && countryOf(first.text) === null && !gazetteer.lookup(spanText(text, tokens, k, end))[0] &&
        !gazetteer.lookup(first.text)[0] && matcher.matchAt(keys, k, accept(k)) === null && !persons.hasWord(first.key)) return end;
    }
    let end = k;
    while (end < n && end - k < 4 && (tokens[end] as Token).isCapitalised && (end === k || NAME_GAP.test((tokens[end] as Token).gap))) end++;
    // ("New People's Army": a group's head ends it as well)
    return end > k && (ORG_TAILS.has(keys[end - 1] as string) || k === j && GROUP_TAIL_HEADS.has(keys[end - 1] as string)) &&
      !(end < n && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) ? end : j;
  }

  /** A town or division the gazetteer knows, named after a saint at token `a` ("St Petersburg", "St. Louis"), and where its name ends. */
  function saintsTownAt(a: number): { end: number; place: Place } | undefined {
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
  function saintsSiteAt(a: number): number {
    let k = a + 1;
    const first = tokens[k];
    if (first === undefined || !first.isCapitalised || !/^\.? $/.test(first.gap)) return a;
    while (k < n && k - a <= 3 && (tokens[k] as Token).isCapitalised && (k === a + 1 || NAME_GAP.test((tokens[k] as Token).gap) || POSSESSIVE_GAP.test((tokens[k] as Token).gap))) {
      if (k > a + 1 && SAINTS_SITE_HEADS.has(keys[k] as string)) return k + 1;
      k++;
    }
    return a;
  }

  /**
   * The end of a group's name that opens on a number at token `a` ("400 Mawozo", "5 Segonn"), when the
   * text has named it a group already or the words around it do ("X, led by", "X, a gang", "members
   * of X", "X, which claimed"), else `a`. Not a count of people ("400 Kenyan police"), nor a date.
   */
  function numberedGroupAt(a: number): number {
    const next = tokens[a + 1] as Token;
    if (!next.isCapitalised || STARTS_WITH_NUMBER.test(next.text) || CAPITALISED_STOPWORDS.has(next.key) || countryOf(next.text) !== null) return a;
    let b = a + 2;
    while (b < n && b - a <= 3 && (tokens[b] as Token).isCapitalised && NAME_GAP.test((tokens[b] as Token).gap) && !CAPITALISED_STOPWORDS.has(keys[b] as string)) b++;
    const name = lookupKey(spanText(text, tokens, a, b));
    if (namedGroups.has(name)) return b;
    const end = (tokens[b - 1] as Token).end;
    const after = text.slice(end, end + 90);
    const start = (tokens[a] as Token).start;
    if (LED_BY_AFTER.test(after) || GROUP_APPOSITIVE.test(after) || CLAIMED_AFTER.test(after) || /^(?:,\s+)?(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,2}gang\b/u.test(after.replace(/^,\s+/, '')) ||
      GROUP_RELATION_CUE.test(text.slice(Math.max(0, start - 60), start))) {
      namedGroups.add(name);
      return b;
    }
    return a;
  }

  /**
   * The end of a name at token `a` of one to three capitalised words, a lower-case particle of place names (perhaps an
   * article after it) and one or two capitalised words ("San Miguel del Ene", "Santo Domingo de Acobamba"), else 0;
   * not a person's name the text has met or one opening on a given name or title.
   */
  function joinedNameEnd(a: number): number {
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

  /**
   * A place the gazetteer knows whose name joins capitalised words with a lower-case particle at
   * token `a`: "Agusan del Sur", "Port-au-Prince", "Croix-des-Bouquets" (the words around it read as
   * for any place: placeFor).
   */
  function joinedPlaceAt(a: number): { end: number; place: Place } | null {
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
    const place = placeFor(spanText(text, tokens, a, end), a, end, false);
    return place !== null && place.level !== 'country' ? { end, place } : null;
  }

  /** A country of two words whose second word the pack knows alone: "South Africa" (the pack's "Africa"). */
  function twoWordCountryAt(a: number): { length: number; place: Place } | null {
    const next = tokens[a + 1];
    if (next === undefined || !next.isCapitalised || next.gap !== ' ' || !COMPASS_WORDS.has(keys[a] as string)) return null;
    const hit = gazetteer.lookup(spanText(text, tokens, a, a + 2))[0];
    return hit?.level === 'country' ? { length: 2, place: hit } : null;
  }

  /** A country's name of three to seven words with lower-case connectors starting at token `a`. */
  function longCountryAt(a: number): { length: number; place: Place } | null {
    if (!isCountryConnector(a + 1) && !isCountryConnector(a + 2)) return null;
    for (let len = Math.min(7, n - a); len >= 3; len--) {
      const last = tokens[a + len - 1] as Token;
      if (!last.isCapitalised) continue;
      let ok = true;
      for (let k = a + 1; k < a + len && ok; k++) {
        const t = tokens[k] as Token;
        ok = /^[ \u00a0]$/.test(t.gap) && (t.isCapitalised || isCountryConnector(k));
      }
      if (!ok) continue;
      const hit = gazetteer.lookup(spanText(text, tokens, a, a + len))[0];
      if (hit?.level === 'country') return { length: len, place: hit };
    }
    return null;
  }

  /**
   * A lower-case "of", "and" or "the" at token k, inside a country's long name ("Bosnia and Herzegovina"). (Here, not
   * inside longCountryAt: asked of every capitalised word, a helper made at each call cost ~1.5% of extraction.)
   */
  function isCountryConnector(k: number): boolean {
    const t = tokens[k];
    return t !== undefined && !t.isCapitalised && (t.key === 'of' || t.key === 'and' || t.key === 'the');
  }

  /** The countries the paragraph of tokens [a, b) names, and the one named right after it (", Germany"). */
  function nearCountries(a: number, b: number, byParagraph: readonly Set<string>[] = paragraphCountries): ReadonlySet<string> {
    const paragraph = byParagraph[paragraphOf[a] as number] as Set<string>;
    const next = b < n ? (tokens[b] as Token) : null;
    if (next === null || !/^, ?$/.test(next.gap)) return paragraph;
    const after = gazetteer.lookup(next.text)[0];
    if (after?.level !== 'country' || paragraph.has(after.country)) return paragraph;
    return new Set([...paragraph, after.country]);
  }

  function placeFor(surface: string, a: number, b: number, hasSuffix: boolean): Place | null {
    const near = nearCountries(a, b);
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
    if (single && isSentenceStart(a)) return null;
    if ((near.has(best.country) || docCountries.has(best.country)) && best.population >= (single ? 100_000 : 5_000)) return best;
    if (best.population >= 1_000_000) return best;
    return null;
  }

  /**
   * The division or town a name the gazetteer lacks is set in, when the text sets it there: "in Atmeh,
   * Idlib province", "near Kot, Khyber district", "in Jindires, in northern Aleppo", "the town of Kot,
   * Nangarhar", "the Sherpur neighbourhood of Kabul". A country alone is no setting (a namesake of
   * a person or group is too likely), nor a name the text already gives a person.
   */
  function townSetting(a: number, b: number): Place | null {
    if (b - a > 3 || b >= n || a === 0) return null;
    const prev = tokens[a - 1] as Token;
    const next = tokens[b] as Token;
    const division = divisionAfterComma(a, b);
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
    if (persons.find(words) || countryOf(tokens[a]?.text ?? '')) return null;
    // ("in Shopian, Jammu and Kashmir": a division named with "and" inside)
    const joined = joinedPlaceAt(at);
    let end = joined?.end ?? at + 1;
    while (joined === null && end < n && end - at < 4 && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) end++;
    const suffixed = end < n && DIVISION_WORDS.has(keys[end] as string) && (tokens[end] as Token).gap === ' ';
    const outer = joined?.place ?? gazetteer.lookup(spanText(text, tokens, at, suffixed ? end + 1 : end), docCountries, nearCountries(at, end))[0];
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
  function divisionAfterComma(a: number, b: number): Place | null {
    const next = tokens[b] as Token;
    if (!/^, ?$/.test(next.gap) || !next.isCapitalised) return null;
    const joined = joinedPlaceAt(b);
    let end = joined?.end ?? b + 1;
    while (joined === null && end < n && end - b < 4 && (tokens[end] as Token).isCapitalised && NAME_GAP.test((tokens[end] as Token).gap)) end++;
    if (end < n && !/^[:;.)]|\n/.test((tokens[end] as Token).gap)) return null;
    const words = keys.slice(a, b);
    if (words.some((w) => TITLES.has(w) || HONORIFICS.has(w) || KUNYA_OPENERS.has(w) || GIVEN_NAMES.has(w) || CAPITALISED_STOPWORDS.has(w))) return null;
    if (persons.find(words) || countryOf(tokens[a]?.text ?? '') || PERSON_ROLE_CUES.has(keys[a - 1] as string)) return null;
    const outer = joined?.place ?? gazetteer.lookup(spanText(text, tokens, b, end), docCountries, nearCountries(b, end))[0];
    return outer?.level === 'admin1' && (docCountries.has(outer.country) || nearCountries(a, b).has(outer.country)) ? outer : null;
  }

  function personName(a: number, b: number, prevKey: string): { from: number; name: string } | null {
    const words = keys.slice(a, b);
    const len = b - a;
    const first = words[0] as string;
    const surface = spanText(text, tokens, a, b);
    // "Beran A.", "Abdoul Hakim A.": a given name and a surname's initial, as courts and the press of many countries name the accused
    const initialled = len >= 2 && len <= 4 && ONE_CAPITAL.test((tokens[b - 1] as Token).text) && text.charCodeAt((tokens[b - 1] as Token).end) === 46 /* . */;
    const nameWords = initialled ? words.slice(0, -1) : words;
    if (nameWords.some((w, k) => CAPITALISED_STOPWORDS.has(w) && !TITLES.has(w) && !NAME_PARTICLES.has(w) && !(k === 0 && w === 'allah' && len >= 3))) return null;
    // "Deputy Prosecutor X Y", "Chief Justice X Y": titles and posts, then a name of two or three words (a post may end a body's name too)
    const posted = postedName(a, b);
    if (posted !== null) return posted;
    if (words.some((w) => GROUP_TAIL_HEADS.has(w) || ORG_TAILS.has(w) || MEDIA_TAIL_HEADS.has(w))) return null;
    if (initialled && !lowerWords.has(first) && first.length >= 3 && !TITLES.has(first) && !NOT_PERSON_LEADS.has(first) &&
      !nameWords.some((w) => NOT_PERSON_WORDS.has(w) || countryOf(w) !== null)) {
      return { from: a, name: surface };
    }
    // "Operation Shujaa", "Camp Bucca", "Santa Maria": names of operations and places
    // "Secretary of State Marco Rubio", "Minister of Defence Ana Ruiz": an office's department after a title and "of", then the name
    if (len >= 3 && DEPARTMENT_WORDS.has(first) && a >= 2 && prevKey === 'of' && (tokens[a - 2] as Token).isCapitalised && TITLES.has(keys[a - 2] as string) &&
      !words.slice(1).some((w) => CAPITALISED_STOPWORDS.has(w) || NOT_PERSON_WORDS.has(w) || countryOf(w) !== null || ORG_TAILS.has(w))) {
      return { from: a + 1, name: spanText(text, tokens, a + 1, b) };
    }
    if (NOT_PERSON_LEADS.has(first) || words.some((w) => NOT_PERSON_WORDS.has(w))) return null;
    // "Prime Minister Shehbaz Sharif": a compound title, dropped like a title
    if (TITLE_PREFIXES.has(first) && len >= 3 && TITLES.has(words[1] as string)) {
      return { from: a + 2, name: spanText(text, tokens, a + 2, b) };
    }
    if (TITLES.has(words[len - 1] as string) || HONORIFICS.has(words[len - 1] as string)) return null;
    // "Interior Minister Nancy Faeser", "Michigan Governor Gretchen Whitmer": an office's words, its title, then the name
    for (let k = 1; k <= 2 && k < len - 1; k++) {
      if (!TITLES.has(words[k] as string) || TITLES.has(words[k + 1] as string) || len - k - 1 > 3) continue;
      const rest = spanText(text, tokens, a + k + 1, b);
      // ("Defence Minister Israel Katz": a given name that is a country's too may open the name, when more words follow)
      if (words.slice(k + 1).some((w, j) => countryOf(w) !== null && !(j === 0 && len - k - 1 >= 2 && GIVEN_NAME_KEYS.has(w)) || lowerWords.has(w)) ||
        gazetteer.lookup(rest)[0]) break;
      return { from: a + k + 1, name: rest };
    }
    // "Central Asians", "Tajiks", "Chechens": peoples, not persons
    // ("Tito Karnavian", "Ruben Vardanian": a surname in -ian after another word is a person's; a demonym the gazetteer knows is not)
    const lastWord = words[len - 1] as string;
    const demonymEnding = /(?:ians|eans|ese|ish)$/.test(lastWord) ||
      /(?:ian|ean)$/.test(lastWord) && (len === 1 || gazetteer.countryOfDemonym((tokens[b - 1] as Token).text) !== null || /asian$/.test(lastWord));
    if (demonymEnding && !(HONORIFICS.has(first) || KUNYA_OPENERS.has(first))) return null;
    if (gazetteer.countryOfDemonym((tokens[b - 1] as Token).text.replace(/s$/, '')) && /s$/.test(words[len - 1] as string)) return null;
    // worldly title: dropped from the name
    if (TITLES.has(first) && len >= 2) {
      let from = a + 1;
      while (from < b && TITLES.has(keys[from] as string)) from++;
      const rest = spanText(text, tokens, from, b);
      if (countryOf(rest) || gazetteer.lookup(rest)[0]) return null;
      return { from, name: rest };
    }
    if (HONORIFICS.has(first) && len >= 2) return { from: a, name: surface };
    if (KUNYA_OPENERS.has(first) && len >= 2) return { from: a, name: surface };
    const inner = words.slice(1);
    // (not a name opening on the article itself: "Al-Qard Al-Hassan" is an association's)
    if (len >= 2 && !ARTICLE_OPENERS.has(first) && inner.some((w) => w === 'al' || w === 'bin' || w === 'ibn' || w === 'el') && (tokens[b - 1] as Token).isCapitalised) {
      return { from: a, name: surface };
    }
    if (len > 4) return null;
    // "Radio Liberty’s Dilnoza Karimova" — but not "Yemen’s Enduring Insurgency"
    const owner = a > 0 ? (tokens[a - 1] as Token) : null;
    const cueBefore =
      PERSON_ROLE_CUES.has(prevKey) ||
      (owner !== null && /['’]s\s$/.test((tokens[a] as Token).gap) && len >= 2 && countryOf(owner.text) === null &&
        gazetteer.lookup(owner.text).length === 0 && !isHeadingAt(text, (tokens[a] as Token).start));
    const next = b < n ? (tokens[b] as Token) : null;
    const after = next && !next.isCapitalised ? next.key : '';
    const cueAfter =
      PERSON_VERB_CUES.has(after) ||
      (PERSON_WEAK_VERB_CUES.has(after) && PERSON_PREDICATES.has(tokens[b + 1]?.key ?? '') && len <= 3 &&
        words.every((w, k) => (tokens[a + k] as Token).isCapitalised && w.length >= 3 && !lowerWords.has(w))) ||
      (next !== null && /^, ?$/.test(next.gap) && ['a', 'an', 'who', 'whom', 'the', 'whose', 'aka', 'also', 'alias'].includes(next.key)) ||
      // "X, known as …", "X, commander of the …", "X, chief executive of …": a role of the person set off after the name
      (next !== null && /^, ?$/.test(next.gap) && (next.key === 'known' && keys[b + 1] === 'as' || roleOfAt(b))) ||
      (next !== null && /^ ?\($/.test(next.gap) && ['aka', 'also', 'alias', 'born', 'a'].includes(next.key)) ||
      // "X Y, Kony's deputy,": a role the person holds under someone named, set off after the name
      (next !== null && /^, ?$/.test(next.gap) && possessedRoleAt(b)) ||
      // "X Y, 27, tried …": an age set off after the name; "X Y, his deputy,": a role of someone just named
      (next !== null && /^, ?$/.test(next.gap) && (AGE_AFTER.test(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 12)) ||
        (next.key === 'his' || next.key === 'her') && roleWithin(b + 1))) ||
      // "X Y's remains", "X Y's widow": what only a person has, after a possessive (two words or more: "Hamas's deputy" is a group's)
      (next !== null && len >= 2 && POSSESSIVE_GAP.test(next.gap) && !next.isCapitalised && PERSON_POSSESSED.has(next.key));
    // ("his wife Wilma Austria": a surname that is a country's name, after a person's role noun; "Defence Minister Israel Katz",
    // "Jordan Bardella said": a given name that is a country's too, opening a name that a person's cue sets)
    if (words.some((w, k) => countryOf(w) !== null && !(k > 0 && PERSON_ROLE_CUES.has(prevKey) && countryOf(first) === null) &&
      !(k === 0 && len >= 2 && (cueBefore || cueAfter) && GIVEN_NAME_KEYS.has(w) && !words.slice(1).some((x) => countryOf(x) !== null)))) return null;
    const ending = words.some((w) => w.length > 4 && PERSON_NAME_ENDINGS.test(w));
    // "Ahmed Abdi Godane": a common given name opening two to four capitalised words; "Vincent Otti", "Okot Odhiambo": a given
    // name of the broader lexicon, where nothing in the text makes the run a place or a common phrase
    const given = len <= 4 && words.every((w, k) => (tokens[a + k] as Token).isCapitalised || NAME_PARTICLES.has(w)) &&
      (GIVEN_NAMES.has(first) || len >= 2 && opensOnGivenName(a, b, cueBefore || cueAfter));
    if (len === 1) {
      if (lowerWords.has(first) || first.length < 4) return null;
      if (['named', 'called', 'alias', 'name', 'kunya', 'moniker', 'pseudonym', 'nicknamed'].includes(prevKey)) return { from: a, name: surface };
      // "a commander known as Bakura": a role noun, then "known as" and one name
      const role = a >= 3 ? (keys[a - 3] as string) : '';
      if (prevKey === 'as' && keys[a - 2] === 'known' && PERSON_ROLE_CUES.has(role)) return { from: a, name: surface };
      // "an older brother, Movsar, had": one word set off as the name of a person just told
      if (first.length >= 4 && roleAppositiveAt(a, b)) return { from: a, name: surface };
      return null;
    }
    // "succeeded by Sani Shuwaram", "was founded by …": an agent after a passive verb
    const byAgent = prevKey === 'by' && a >= 2 && /ed$/.test((tokens[a - 2] as Token).key) && !(tokens[a - 2] as Token).isCapitalised && len <= 3;
    if (cueBefore || cueAfter || ending || byAgent || given) return { from: a, name: surface };
    // "X Y and Shalom Z completed the list": the first of two names joined by "and", the second opening on a given name
    if (len >= 2 && len <= 3 && keys[b] === 'and' && words.every((w) => !lowerWords.has(w) && w.length >= 2) && !gazetteer.lookup(surface)[0] &&
      givenNameListedAt(b)) return { from: a, name: surface };
    if (len <= 3 && (isPersonContextAt(a, b, prevKey) || NAME_SUFFIXES.has(words[len - 1] as string) && len >= 3)) return { from: a, name: surface };
    return null;
  }

  /**
   * The end of a person's name opening at token `at` on a given name that is also a place the pack knows ("Israel Katz",
   * "Jordan Bardella"), else 0: one to three capitalised words after it that are no common word of the text, no word of a
   * body's, a group's, an outlet's or a place's name, no country and no name the pack knows, with a title or a role noun
   * before ("Defence Minister Israel Katz") or a person's verb after ("Israel Katz said", "Israel Katz, who …").
   */
  function placeNamedPersonEnd(at: number): number {
    let k = at + 1;
    while (k < n && k - at <= 3 && (tokens[k] as Token).isCapitalised && NAME_GAP.test((tokens[k] as Token).gap) && !STARTS_WITH_NUMBER.test((tokens[k] as Token).text)) k++;
    if (k === at + 1) return 0;
    for (let j = at + 1; j < k; j++) {
      const w = keys[j] as string;
      if (w.length < 2 || lowerWords.has(w) || CAPITALISED_STOPWORDS.has(w) || TITLES.has(w) || ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) ||
        MEDIA_TAIL_HEADS.has(w) || SITE_TAIL_HEADS.has(w) || DIVISION_WORDS.has(w) || LAND_AND_WATER_TAILS.has(w) || GROUP_LEAD_HEADS.has(w) ||
        ORGANIZATION_LEAD_HEADS.has(w) || countryOf((tokens[j] as Token).text) !== null || matcher.matchAt(keys, j, accept(j)) !== null) return 0;
    }
    if (gazetteer.lookup(spanText(text, tokens, at, k))[0]) return 0;
    const before = at > 0 ? (keys[at - 1] as string) : '';
    const next = k < n ? (tokens[k] as Token) : null;
    const titled = TITLES.has(before) || POST_WORDS.has(before) || PERSON_ROLE_CUES.has(before);
    const verb = next !== null && !next.isCapitalised && (PERSON_VERB_CUES.has(next.key) && next.gap === ' ' ||
      /^, ?$/.test(next.gap) && ['who', 'whose', 'a', 'an', 'the'].includes(next.key) ||
      PERSON_WEAK_VERB_CUES.has(next.key) && PERSON_PREDICATES.has(keys[k + 1] as string));
    return titled || verb ? k : 0;
  }

  /**
   * The name after leading titles and posts at tokens [a, b) ("Deputy Prosecutor X Y", "Chief Justice X Y"), when at least
   * one post beyond the worldly titles leads and two or three words follow that name no body, place or country; else null.
   */
  function postedName(a: number, b: number): { from: number; name: string } | null {
    // ("Supreme Leader X Y", "State Coroner X Y": up to three words of the office before the post)
    let k = a;
    while (k < b - 1 && k - a < 3 && !TITLES.has(keys[k] as string) && !POST_WORDS.has(keys[k] as string)) k++;
    if (k > a && keys.slice(a, k).some((w, j) => !(tokens[a + j] as Token).isCapitalised || CAPITALISED_STOPWORDS.has(w) || ORG_TAILS.has(w) ||
      GROUP_TAIL_HEADS.has(w))) return null;
    // (office words before a worldly title make a post too: "IAF Secretary-General X Y")
    let post = k > a && (TITLES.has(keys[k] as string) || POST_WORDS.has(keys[k] as string));
    while (k < b - 1 && (TITLES.has(keys[k] as string) || POST_WORDS.has(keys[k] as string))) {
      post ||= POST_WORDS.has(keys[k] as string) && !TITLES.has(keys[k] as string);
      k++;
    }
    const rest = keys.slice(k, b);
    if (!post || rest.length < 2 || rest.length > 4) return null;
    // (a lower-case particle may stand inside the name: "Adviser Qasim al-Araji")
    if (rest.some((w, j) => j > 0 && !(tokens[k + j] as Token).isCapitalised && NAME_PARTICLES.has(w) ? false : !(tokens[k + j] as Token).isCapitalised || w.length < 2 || lowerWords.has(w) || CAPITALISED_STOPWORDS.has(w) ||
      TITLES.has(w) || POST_WORDS.has(w) || GROUP_TAIL_HEADS.has(w) || ORG_TAILS.has(w) || MEDIA_TAIL_HEADS.has(w) || SITE_TAIL_HEADS.has(w) ||
      countryOf(w) !== null)) return null;
    const name = spanText(text, tokens, k, b);
    if (gazetteer.lookup(name)[0]) return null;
    return { from: k, name };
  }

  /**
   * Whether tokens [a, b) open on a given name of the broad lexicon and read as a person's name: the name is no word the
   * text writes in lower case, no later word is a common word of the text, a place's or a body's word, and the whole
   * is no place the gazetteer knows; a given name that is also a country or a known place ("Israel", "Jordan")
   * counts only where a person's cue stands before or after (`cued`).
   */
  function opensOnGivenName(a: number, b: number, cued: boolean): boolean {
    const first = keys[a] as string;
    if (!(GIVEN_NAME_KEYS.has(first) || FAMILY_NAME_FIRST_KEYS.has(first)) || lowerWords.has(first)) return false;
    // ("the Shin Bet", "the David Project": an article right before makes the run a thing's name, unless a cue says otherwise)
    if (!cued && a > 0 && (keys[a - 1] === 'the' || keys[a - 1] === 'a') && !(tokens[a - 1] as Token).isCapitalised) return false;
    // ("Tegucigalpa (Francisco Morazán)": a name in brackets right after a place is that place's division)
    const last = mentions[mentions.length - 1];
    if (a > 0 && /\($/.test((tokens[a] as Token).gap) && last !== undefined && last.type === 'location' && last.end === (tokens[a - 1] as Token).end) return false;
    for (let k = a + 1; k < b; k++) {
      const w = keys[k] as string;
      if (NAME_PARTICLES.has(w) && !(tokens[k] as Token).isCapitalised) continue;
      if (w.length < 2 || lowerWords.has(w) || SITE_TAIL_HEADS.has(w) || DIVISION_WORDS.has(w) || LAND_AND_WATER_TAILS.has(w) ||
        GROUP_LEAD_HEADS.has(w) || NOT_TOWN_WORDS.has(w) || PLACE_CONTEXT_NOUNS.has(w)) return false;
    }
    if (gazetteer.lookup(spanText(text, tokens, a, b))[0]) return false;
    if (!cued && isPlaceWord(a)) return false;
    // (a family name written first, "Wang Yi", "Kim Jong-un", opens gang's and firms' names too: it needs a person's cue)
    if (!cued && FAMILY_NAME_FIRST_KEYS.has(first) && !GIVEN_NAME_KEYS.has(first)) return false;
    return true;
  }

  /** Whether a role noun stands at token `at` or after one word there: "deputy", "former bodyguard". */
  function roleWithin(at: number): boolean {
    for (let k = at; k < at + 2 && k < n; k++) {
      const t = tokens[k] as Token;
      if (t.isCapitalised || t.gap !== ' ') return false;
      if (PERSON_ROLE_CUES.has(t.key) || TITLES.has(t.key)) return true;
    }
    return false;
  }

  /** Whether the word at token `at` is, by its own name, a country, a first-level division or a city of a million ("Israel", "Jordan"). */
  function isPlaceWord(at: number): boolean {
    const word = tokens[at] as Token;
    if (countryOf(word.text) !== null) return true;
    const hit = gazetteer.lookup(word.text)[0];
    return hit !== undefined && lookupKey(hit.name) === word.key && (hit.level !== 'city' || hit.population >= 1_000_000);
  }

  /** Whether two or three capitalised words after " and " at token `at` open on a given name and close on punctuation or a lower-case word. */
  function givenNameListedAt(at: number): boolean {
    if (keys[at] !== 'and' || (tokens[at] as Token).isCapitalised || (tokens[at] as Token).gap !== ' ') return false;
    let k = at + 1;
    while (k < n && k - at <= 4 && (tokens[k] as Token).isCapitalised && (k === at + 1 || NAME_GAP.test((tokens[k] as Token).gap))) k++;
    const len = k - at - 1;
    if (len < 2 || len > 3) return false;
    if (k < n && (tokens[k] as Token).isCapitalised) return false;
    const first = keys[at + 1] as string;
    return (GIVEN_NAMES.has(first) || opensOnGivenName(at + 1, k, false)) && !gazetteer.lookup(spanText(text, tokens, at + 1, k))[0] &&
      !keys.slice(at + 1, k).some((w) => CAPITALISED_STOPWORDS.has(w) || ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) || MEDIA_TAIL_HEADS.has(w) || countryOf(w) !== null);
  }

  /** Whether one or two capitalised words, a possessive and a role noun stand at token `at`: ", Kony's deputy", ", the group's founder" is another rule's. */
  function possessedRoleAt(at: number): boolean {
    let k = at;
    while (k < n && k - at < 2 && (tokens[k] as Token).isCapitalised && (k === at || NAME_GAP.test((tokens[k] as Token).gap))) k++;
    if (k === at || k >= n) return false;
    const role = tokens[k] as Token;
    return POSSESSIVE_GAP.test(role.gap) && !role.isCapitalised && (PERSON_ROLE_CUES.has(role.key) || TITLES.has(role.key)) &&
      countryOf(spanText(text, tokens, at, k)) === null;
  }

  /**
   * Words around tokens [a, b) that make a name a person's, beyond the role noun right before it:
   * a role and a comma ("Its leader in Sulu, X,"), "identified as X", "the death of X", "killing X",
   * and the second of two names joined by "and" after a person ("the activists X and Y").
   */
  function isPersonContextAt(a: number, b: number, prevKey: string): boolean {
    if (roleAppositiveAt(a, b)) return true;
    // "identified as X", "identified him as X", "figures such as X"
    if (prevKey === 'as' && a >= 2 && (keys[a - 2] === 'identified' || keys[a - 2] === 'named')) return true;
    if (prevKey === 'as' && a >= 3 && (keys[a - 3] === 'identified' || keys[a - 3] === 'named') && (keys[a - 2] === 'him' || keys[a - 2] === 'her')) return true;
    if (prevKey === 'as' && a >= 3 && keys[a - 2] === 'such' && PEOPLE_SUCH_AS.has(keys[a - 3] as string)) return true;
    if (prevKey === 'of' && a >= 2 && PERSON_OF_NOUNS.has(keys[a - 2] as string)) return true;
    if (PERSON_OBJECT_VERBS.has(prevKey)) return true;
    if (prevKey === 'and' && a >= 2) {
      const last = mentions[mentions.length - 1];
      return last !== undefined && last.type === 'person' && last.end === (tokens[a - 2] as Token).end;
    }
    // "among them X, Christos Pappas, Ioannis Lagos and Y": a name of two or three words listed after a person, the list going on
    if (a >= 1 && /^, ?$/.test((tokens[a] as Token).gap) && b - a >= 2 && b < n && (/^, ?$/.test((tokens[b] as Token).gap) || keys[b] === 'and')) {
      const last = mentions[mentions.length - 1];
      return last !== undefined && last.type === 'person' && last.basis !== 'coreference' && last.end === (tokens[a - 1] as Token).end &&
        !keys.slice(a, b).some((w) => lowerWords.has(w) || w.length < 2);
    }
    return false;
  }

  /**
   * Whether tokens [a, b) stand set off by commas after a noun of a person's role, with perhaps a
   * phrase of place or office after the noun: "China's envoy to the UN, X,", "its head of
   * counter-terrorism, X.", "one of them, X, had", "its self-proclaimed "king", X,".
   */
  function roleAppositiveAt(a: number, b: number): boolean {
    if (a === 0 || !/^, ?$/.test((tokens[a] as Token).gap)) return false;
    if (b < n && !/^[,.;:(]|^ \(/.test((tokens[b] as Token).gap) && !isListedNameAt(b)) return false;
    const from = (tokens[a] as Token).start;
    const before = text.slice(Math.max(0, from - 80), from).replace(/["”’]?,\s*$/, '');
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf('('), before.lastIndexOf('\n')) + 1);
    const said = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    if (ONE_OF_THEM.test(said.slice(-4).join(' '))) return true;
    for (let k = said.length - 1; k >= 0 && k >= said.length - 8; k--) {
      const w = said[k] as string;
      if (!PERSON_ROLE_CUES.has(w) && !TITLES.has(w)) continue;
      const after = said[k + 1];
      if (after === undefined || ['of', 'in', 'to', 'for', 'at', 'from', 'with', 'on'].includes(after)) return true;
    }
    return false;
  }

  /** Whether a role noun (perhaps after another word) and "of"/"for"/"at" stand at token `at`: "commander of", "chief executive of", "spokesman for". */
  function roleOfAt(at: number): boolean {
    for (let k = at; k < at + 2 && k + 1 < n; k++) {
      const t = tokens[k] as Token;
      if (t.isCapitalised || (k > at && t.gap !== ' ')) return false;
      if ((PERSON_ROLE_CUES.has(t.key) || TITLES.has(t.key)) && ROLE_OF_WORDS.has(keys[k + 1] as string) && (tokens[k + 1] as Token).gap === ' ') return true;
    }
    return false;
  }

  /** "a radio station in Nangarhar named X", "a channel called X": a name given to an outlet told just before. */
  function isMediaNamedAt(a: number, prevKey: string): boolean {
    if (prevKey !== 'named' && prevKey !== 'called') return false;
    const before = text.slice(Math.max(0, (tokens[a] as Token).start - 70), (tokens[a] as Token).start);
    return MEDIA_NAMED.test(before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1));
  }

  /** Whether " and " and one to four capitalised words closed by punctuation stand at token b: the second name of "X and Y,". */
  function isListedNameAt(b: number): boolean {
    if (keys[b] !== 'and' || (tokens[b] as Token).isCapitalised || (tokens[b] as Token).gap !== ' ') return false;
    let k = b + 1;
    while (k < n && k - b <= 4 && (tokens[k] as Token).isCapitalised && (k === b + 1 || NAME_GAP.test((tokens[k] as Token).gap) || /^\. ?$/.test((tokens[k] as Token).gap))) k++;
    return k > b + 1 && (k >= n || /^[,.;:(]|^ \(/.test((tokens[k] as Token).gap));
  }

  /** A division, or a town of 100,000 or more: "the Kabul government" is a state's, not a leader's. */
  function isKnownPlace(place: Place | undefined): boolean {
    return place !== undefined && (place.level !== 'city' || place.population >= 100_000);
  }

  function isSentenceStart(a: number): boolean {
    return a === 0 || /[.!?:]\s*$|\n\s*$/.test((tokens[a] as Token).gap);
  }

  function countryOf(surface: string): string | null {
    const demonym = gazetteer.countryOfDemonym(surface);
    if (demonym) return demonym;
    const hit = gazetteer.lookup(surface)[0];
    return hit?.level === 'country' ? hit.country : null;
  }
}

/**
 * The front matter's lines that name the report's own authors, their affiliations and its
 * publication, not actors: "By Farhan Qureshi and Elena Marsh", "Jane Roe (University of X) and
 * John Doe", the affiliation line under an author line, "Journal of X, Vol. 9, No. 2 (2025)",
 * "CTC SENTINEL | MAY 2025"; and a wire story's closing credit "(Reporting by …; Editing by …)".
 * The front matter ends at the first line of more than 25 words.
 */
export function frontMatterSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let lineStart = 0;
  let afterAuthors = false;
  while (lineStart < text.length && lineStart < 3000) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    const words = line.split(/\s+/).filter((w) => w !== '');
    if (words.length > 25) break;
    if (line !== '') {
      const authors = BYLINE.test(line) || AUTHOR_LINE.test(line) || isAffiliatedAuthorLine(line, words);
      const affiliation = afterAuthors && words.length <= 10 && !/[.!?:]$/.test(line);
      if (authors || affiliation || MASTHEAD.test(line)) spans.push([lineStart, lineEnd]);
      afterAuthors = authors;
    }
    lineStart = lineEnd + 1;
  }
  for (const m of text.matchAll(WIRE_CREDIT)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** "By Farhan Qureshi and Elena Marsh", "By staff correspondent | 14 September 2024". */
const BYLINE = /^By\s+\p{Lu}/u;
/** Two or more personal names joined by "and", each perhaps with its affiliation in brackets. */
const AUTHOR_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{2,80}\))?(?:,\s+|\s+and\s+)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{2,80}\))?$/u;
/** One personal name, then its affiliation after a comma: "Jane Roe-Doe, Institute of Conflict Studies, Oslo". */
const AFFILIATED_AUTHOR_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+[^,]*\b(?:Institute|Institut|Instituto|Istituto|University|Universit[éy]|Universidad|Universidade|Università|College|Centre|Center|Centro|School|Academy|Foundation|Fondation|Programme|Program|Department|Faculty|Observatory|Council)\b/u;
/** A line of the front matter that is one personal name and its affiliation, no sentence: "Jane Roe-Doe, Institute of Conflict Studies, Oslo". */
function isAffiliatedAuthorLine(line: string, words: readonly string[]): boolean {
  return words.length <= 15 && !/[.!?:]$/.test(line) && !CAPITALISED_STOPWORDS.has((words[0] ?? '').toLowerCase()) && AFFILIATED_AUTHOR_LINE.test(line);
}

/** A masthead or a citation of the issue: "CTC SENTINEL | MAY 2025", "Journal of X, Vol. 9, No. 2 (2025), pp. 114-139". */
const MASTHEAD = /\bVol\.\s*\d+|\bpp\.\s*\d+|^[^|]{2,60}\|\s*(?:\d{1,2}\s+)?\p{L}+\.?\s+(?:\d{1,2},?\s+)?\d{4}$/u;
/**
 * Where a wire story's dateline names its outlet, in brackets before the dash: "IDLIB, Syria, July 14 (Levant Desk) - ",
 * "SHIRAZ, Iran, Aug 15 (Gulf Desk) - ": a media outlet, whatever its words.
 */
export function datelineOutletSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(DATELINE_OUTLET)) {
    const from = m.index + m[0].indexOf('(') + 1;
    spans.push([from, from + (m[1] as string).length]);
  }
  return spans;
}

/** A wire story's closing credit. */
const WIRE_CREDIT = /\((?:Reporting|Writing|Additional reporting) by [^()]{3,300}\)/g;

/**
 * A transcript's speaker labels and its credit lines, which name the people talking, no actors: "HOST (JANE ROE):",
 * "DANIEL OKAFOR:", "MEMBER (Jane Roe):" at a line's start (the label only: what follows is what they said), and a
 * whole "Host: Jane Roe. Guest: Dr. John Doe, researcher." line.
 */
export function speakerLabelSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(SPEAKER_LABEL)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(CREDIT_LINE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A speaker's label in capitals at a line's start, perhaps with a name in brackets: "RANIA HADDAD:", "HOST (SARA LINDQVIST):". */
const SPEAKER_LABEL = /^[ \t]*\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?: \([^()\n:]{2,60}\))?:(?=\s)/gmu;
/** A programme's credit line: "Host: Jane Roe. Guest: Dr. John Doe, political violence researcher." */
const CREDIT_LINE = /^[ \t]*(?:Hosts?|Guests?|Presenters?|Producers?|Interviewers?|Moderators?|Panelists?|Panellists?):[^\n]{0,300}$/gm;

/**
 * Photo captions and credits ("(Ivan Petrov/TASS via Getty Images)", "District court press office via AP"):
 * short lines or brackets that credit a photo agency name no actor of the report.
 */
export function captionSpans(text: string, to: number): [number, number][] {
  const spans: [number, number][] = [];
  const CREDIT = /\b(?:via (?:AP|AFP|Reuters|Getty|EPA|TASS|Sputnik|Anadolu|Xinhua|Wikimedia)|Getty Images|AP Photo|AFP Photo|Photo(?:graph)?:|Photo credit|Image:|Image credit|Credit:)/;
  const BRACKET = /\([^()\n]{3,160}\)/g;
  for (let m = BRACKET.exec(text); m !== null && m.index < to; m = BRACKET.exec(text)) {
    if (CREDIT.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  let lineStart = 0;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (CREDIT.test(line) && line.split(/\s+/).length <= 20) spans.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * Whether a position lies inside one of `spans` ([start, end) each): the spans merged and sorted
 * once, then each position found by binary search, so a long document's many captions cost no
 * more per mention than a short one's few.
 */
export function spanTest(spans: readonly (readonly [number, number])[]): (pos: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of sorted) {
    if (e <= s) continue;
    if (ends.length > 0 && s <= (ends[ends.length - 1] as number)) ends[ends.length - 1] = Math.max(ends[ends.length - 1] as number, e);
    else {
      starts.push(s);
      ends.push(e);
    }
  }
  return (pos) => {
    // the last merged span starting at or before pos
    const lo = countBefore(starts, (s) => s, pos, true);
    return lo > 0 && pos < (ends[lo - 1] as number);
  };
}

/** Whether the line holding `pos` is short (under 200 characters): looked at within a bounded window, so long paragraphs cost no more per mention. */
function isShortLineAt(text: string, pos: number): boolean {
  let a = pos;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) if (pos - --a > 200) return false;
  let b = pos;
  while (b < text.length && text.charCodeAt(b) !== 10) if (++b - a > 200) return false;
  return true;
}

/** The line holding `pos` reads as a heading: no closing stop and mostly capitalised words (a list's item ends on ";" or ","). */
function isHeadingAt(text: string, pos: number): boolean {
  const start = text.lastIndexOf('\n', pos) + 1;
  const endAt = text.indexOf('\n', pos);
  const line = text.slice(start, endAt < 0 ? text.length : endAt).trim();
  if (/[.!?:;,"”]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && words.length <= 16 && capitalised / words.length >= 0.6;
}

function extendsRun(
  tokens: readonly Token[], keys: readonly string[], runStart: number, j: number, matcher: ReferenceMatcher,
  accept: (start: number) => (name: ReferenceName, length: number) => boolean,
): boolean {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1] as Token;
  const initialGap = /^\. ?$/.test(t.gap) && ONE_CAPITAL.test(prev.text);
  if (!NAME_GAP.test(t.gap) && !initialGap) return false;
  // "convicted Beran A. The court …": a sentence after an initial, not a surname
  // ("identified him as Rasmus K. KAPO did not …": nor an acronym)
  if (initialGap && (CAPITALISED_STOPWORDS.has(t.key) || ALL_CAPS.test(t.text))) return false;
  if (t.isCapitalised) {
    if (STARTS_WITH_NUMBER.test(t.text)) return false;
    // a pack name starting here ends the run ("Tajik Jamaat Ansarullah")
    const pack = j > runStart ? matcher.matchAt(keys, j, accept(j)) : null;
    // "Alliance of Sahel States": a place inside a longer body's name, after its head's "of"
    const packEnd = pack ? tokens[j + pack.length] : undefined;
    if (pack && pack.name.entry.type === 'location' && prev.key === 'of' && !prev.isCapitalised && packEnd !== undefined && packEnd.isCapitalised &&
      NAME_GAP.test(packEnd.gap) && headBefore(keys, runStart, j - 1)) return true;
    // ("Islamic Resistance in Iraq": a place the pack knows after a resistance's or a mission's "in")
    if (pack && pack.name.entry.type === 'location' && prev.key === 'in' && (keys[j - 2] === 'resistance' || keys[j - 2] === 'mission')) return true;
    if (pack && !NAME_PARTICLES.has(prev.key)) {
      // "Yahya Abu Hafs": a fuller rendering of a kunya the pack knows
      if (pack.name.entry.type === 'person' && KUNYA_OPENERS.has(keys[j] as string)) return true;
      return j - runStart === 1 && GROUP_LEAD_HEADS.has(keys[runStart] as string);
    }
    return true;
  }
  const next = tokens[j + 1];
  if (!next || !next.isCapitalised || !NAME_GAP.test(next.gap)) {
    // "Council of the Eastern Provinces", "Popular Front for the Liberation of Palestine": the connector may be followed by "the" then a capital
    if ((t.key === 'of' || t.key === 'for') && next?.key === 'the' && tokens[j + 2]?.isCapitalised) return headBefore(keys, runStart, j);
    if (t.key === 'the' && (keys[j - 1] === 'of' || keys[j - 1] === 'for') && next?.isCapitalised) return true;
    // "Comandos de la Frontera": another language's "of" and its article
    if (OF_PARTICLES.has(t.key) && next !== undefined && OF_ARTICLES.has(next.key) && tokens[j + 2]?.isCapitalised && tokens[j + 2]?.gap === ' ') return headBefore(keys, runStart, j);
    return false;
  }
  // "Abbey Gate at Kabul airport": "at", "as", "an" between spaces are English words, not the Arabic article
  if (ENGLISH_PARTICLES.has(t.key) && t.gap === ' ' && next.gap === ' ') return false;
  if (NAME_PARTICLES.has(t.key)) {
    // "Jabhat Fatah al-Sham", "Jaysh Ansar al-Sham": a region's name closes a group's name that has its head
    const pack = matcher.matchAt(keys, j, accept(j));
    return !pack || (pack.name.entry.type === 'location' && headBefore(keys, runStart, j));
  }
  // ("Sacred Heart of Jesus Cathedral": a building's word closing the name after the "of")
  if (CONNECTORS.has(t.key) && t.key !== 'and') return headBefore(keys, runStart, j) || t.key === 'of' && buildingAhead(tokens, keys, j + 1);
  // "Cabinet Committee on Security": "on" after a body's head, not before a day ("the Ministry on Monday")
  if (t.key === 'on' && t.gap === ' ' && ORG_TAILS.has(prev.key) && !CAPITALISED_STOPWORDS.has(next.key)) return true;
  // "African Union Transition Mission in Somalia": a mission's country; "Islamic Resistance in Iraq": a resistance's
  if (t.key === 'in' && t.gap === ' ' && (prev.key === 'mission' || prev.key === 'resistance') && !CAPITALISED_STOPWORDS.has(next.key)) return true;
  if (OF_PARTICLES.has(t.key)) return headBefore(keys, runStart, j);
  if (OF_ARTICLES.has(t.key) && OF_PARTICLES.has(prev.key)) return true;
  return false;
}

/** Whether one to three capitalised words from token `at` end on a building's word: "… of Jesus Cathedral". */
function buildingAhead(tokens: readonly Token[], keys: readonly string[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.isCapitalised || (k > at && !NAME_GAP.test(t.gap))) return false;
    if (BUILDING_NOUNS.has(keys[k] as string)) return true;
  }
  return false;
}

function headBefore(keys: readonly string[], runStart: number, j: number): boolean {
  for (let k = runStart; k < j; k++) {
    const w = keys[k] as string;
    // ("Church of the Intercession", "Basilica del Pilar": a building's word opening its name)
    if (ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) || MEDIA_TAIL_HEADS.has(w) || ORGANIZATION_LEAD_HEADS.has(w) || GROUP_LEAD_HEADS.has(w) ||
      (k === runStart && (WATER_LEADS.has(w) || BUILDING_NOUNS.has(w)))) {
      return true;
    }
  }
  return false;
}

function stateBodyTail(tokens: readonly Token[], at: number): { words: readonly string[] } | null {
  for (const tail of STATE_BODY_TAILS) {
    let ok = true;
    for (let k = 0; k < tail.length; k++) {
      const t = tokens[at + k];
      if (!t || t.isCapitalised || t.key !== tail[k] || !/^[ \u00a0]$/.test(t.gap)) {
        ok = false;
        break;
      }
    }
    if (ok) return { words: tail };
  }
  return null;
}

/**
 * Whether a stretch of text ends in whitespace after one of the endings (lower case): a test as cheap as the
 * patterns anchored at their end are dear, which need it (a pattern ending in "of(?:\s+the)?\s+$" needs "of" or "the").
 */
function endsInWord(text: string, endings: readonly string[]): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  const tail = trimmed.slice(-8).toLowerCase();
  return endings.some((e) => tail.endsWith(e));
}

/** Whether a stretch of text ends as KIND_BEFORE and POSTED_ON_BEFORE need: a comma or "on", perhaps "the" after it, and whitespace. */
function endsInKindCue(text: string): boolean {
  let trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  const tail = trimmed.slice(-3).toLowerCase();
  if (tail === 'the') {
    const rest = trimmed.slice(0, -3);
    trimmed = rest.trimEnd();
    if (trimmed.length === rest.length) return false;
  }
  return trimmed.endsWith(',') || trimmed.slice(-2).toLowerCase() === 'on';
}

/**
 * Whether the words before a name are GROUP_KNOWN_AS's ("the armed group known as (the) X"): the cheap test of their
 * ending ("as", "called", "named", "itself", perhaps "the" after it) before the pattern, which scans them all.
 */
function endsInKnownAs(before: string): boolean {
  let trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  if (trimmed.slice(-3).toLowerCase() === 'the') {
    const rest = trimmed.slice(0, -3);
    trimmed = rest.trimEnd();
    if (trimmed.length === rest.length) return false;
  }
  const tail = trimmed.slice(-6).toLowerCase();
  if (!KNOWN_AS_ENDS.some((e) => tail.endsWith(e))) return false;
  return GROUP_KNOWN_AS.test(before.replace(/\bthe\s+$/i, ''));
}

/** Where the document's opening lines end: its title, dateline and byline (up to four short lines before the first long one). */
function openingLinesEnd(text: string): number {
  let at = 0;
  let lines = 0;
  while (at < text.length && lines < 4) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end - at > 160) break;
    if (text.slice(at, end).trim() !== '') lines++;
    at = end + 1;
  }
  return Math.min(at, text.length);
}

/** A place a digest's item opens on: the town (or the one place given) and the division in brackets after it. */
interface DigestPlace { end: number; role: 'town' | 'division'; division: string | null }

/** The places digest items open on, by their first token: "- 2 Sep, Bamenda (Mezam): …" gives Bamenda (town) and Mezam (division). */
function findDigestPlaces(text: string, tokens: readonly Token[]): Map<number, DigestPlace> {
  const out = new Map<number, DigestPlace>();
  const tokenAt = (pos: number): number => {
    const k = countBefore(tokens, (t) => t.start, pos);
    return k < tokens.length && (tokens[k] as Token).start === pos ? k : -1;
  };
  const endToken = (from: number, end: number): number => {
    let k = from;
    while (k < tokens.length && (tokens[k] as Token).end <= end) k++;
    return k;
  };
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    DIGEST_PLACE_LINE.lastIndex = at;
    const m = lineEnd - at > 8 ? DIGEST_PLACE_LINE.exec(text) : null;
    if (m !== null && m.index === at) {
      const town = m[1] as string;
      const townStart = m.index + m[0].indexOf(town, m[0].indexOf(','));
      const bracket = m[2];
      const division = bracket === undefined ? null : (bracket.split(',')[0] as string).trim();
      const first = tokenAt(townStart);
      if (first >= 0) out.set(first, { end: endToken(first, townStart + town.length), role: 'town', division });
      if (bracket !== undefined && division !== null && /^\p{Lu}/u.test(division)) {
        const divisionStart = m.index + m[0].lastIndexOf('(') + 1 + bracket.indexOf(division);
        const k = tokenAt(divisionStart);
        if (k >= 0) out.set(k, { end: endToken(k, divisionStart + division.length), role: 'division', division: null });
      }
    }
    at = lineEnd + 1;
  }
  return out;
}

function spanText(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
}
