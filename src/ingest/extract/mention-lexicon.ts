/**
 * The word sets and patterns several of the mention finder's rules share (the run reader, the typing by heads, the
 * place and person rules): the gap that joins a name's words, a body's and a place's last words, particles. A set one
 * file alone reads stays in that file; the genre's broader word lists are genre-lexicon.ts's.
 */
import { ORGANIZATION_TAIL_HEADS } from './genre-lexicon.js';

export const NAME_GAP = /^(?:[ \u00a0]|-|‑|–(?=)| ?- ?)$/u;

export const DIVISION_WORDS = new Set(['province', 'district', 'region', 'oblast', 'governorate', 'city', 'county', 'valley', 'territory']);

/** Last words of organisations' names beyond the lexicon's: "Rwanda Defence Force", "Financial Action Task Force", "Defence Headquarters", "Kivara Security Forum", "Borno Conflict Observatory", "Ostrava Risk Partners", "Pre-Trial Chamber". */
export const ORG_TAILS = new Set([...ORGANIZATION_TAIL_HEADS, 'force', 'board', 'headquarters', 'enforcement', 'duma', 'gendarmerie', 'authority', 'secretariat', 'mission', 'fund', 'forum', 'observatory', 'partners', 'chamber', 'panel']);

export const DIGEST_MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Capitalised words that are never a town, though a locative word comes before them ("in Islam"). */
export const NOT_TOWN_WORDS = new Set([
  'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'africa', 'asia', 'europe', 'america', 'latin', 'cyrillic', 'person', 'absentia',
  // languages the region's reports name ("a video in Swahili")
  'swahili', 'kiswahili', 'hausa', 'kanuri', 'fulfulde', 'fula', 'amharic', 'tigrinya', 'oromo', 'farsi', 'tajiki', 'uyghur', 'bengali',
  'hindi', 'tamil', 'malay', 'tagalog', 'lingala', 'kinyarwanda', 'yoruba', 'igbo', 'bambara', 'wolof', 'tamasheq', 'baluchi', 'balochi',
  'brahui', 'sindhi', 'punjabi', 'kurdish', 'kurmanji', 'sorani', 'chechen', 'avar', 'turkmen', 'kazakh', 'kyrgyz', 'uzbek',
  // parts of a document ("as set out in Annex", "in Chapter")
  'annex', 'appendix', 'chapter', 'section', 'part', 'volume', 'issue', 'paragraph', 'footnote', 'endnote', 'table', 'figure', 'box',
]);

/** A claim of an attack after a name, which makes it a group's: "the Kashmir Tigers, which claimed the ambush". */
export const CLAIMED_AFTER = /^,?\s+(?:which|that)\s+(?:has\s+|had\s+|later\s+|quickly\s+)?claimed\b/;

/** Last words of names of seas, waterways and lands: "the Red Sea", "Suez Canal", "the Western Desert", "Lido Beach". */
export const LAND_AND_WATER_TAILS = new Set(['sea', 'ocean', 'canal', 'strait', 'straits', 'desert', 'beach', 'street', 'avenue', 'boulevard', 'peninsula']);

/** First words of names of waters that go on with "of": "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal". */
export const WATER_LEADS = new Set(['gulf', 'strait', 'straits', 'bay', 'sea', 'lake']);

/** "of" in the languages whose groups' names the genre quotes: "Comando da Capital", "Frente de Guerra", "Cártel del Noreste". */
export const OF_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'des', 'du']);

/** Articles that may follow those: "Comandos de la Frontera", "Frente de los Pueblos". */
export const OF_ARTICLES = new Set(['la', 'las', 'los', 'le', 'les', 'el', 'l']);

export const POSSESSIVE_GAP = /^['’]s $/;

export const STATION_WORDS = new Set(['railway', 'train', 'bus', 'police', 'metro', 'subway']);

export const CONNECTORS = new Set(['of', 'for', 'the', 'and']);

export const COMPASS_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural']);

/** Lower-case words that join the words of a place's name: "Agusan del Sur", "Port-au-Prince", "Croix-des-Bouquets", "Châlons-en-Champagne". */
export const PLACE_JOINERS = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'des', 'du', 'au', 'aux', 'en', 'sur', 'sous', 'les', 'la', 'le', 'di', 'y',
  // "Sistan and Baluchestan", "Jammu and Kashmir": a division the gazetteer knows whole, named with "and" inside
  'and']);

export const UNIT_NUMBER = /^\d{1,4}$/;

export const NUMBERED_UNITS = new Set(['front', 'brigade', 'battalion', 'regiment', 'bloc', 'bloque', 'frente', 'column', 'company', 'division']);

/** Heads of a unit that a group's possessive makes the group's own: "the NPA's Front Committee", "the group's Southern Command". */
export const GROUP_UNIT_TAILS = new Set(['command', 'committee', 'front', 'unit', 'units', 'cell', 'wing', 'brigade', 'brigades', 'battalion', 'column', 'division', 'bureau', 'commission', 'council', 'department']);

/** An appositive that names the leader of the name before it, which makes an unknown name a group's: "Xyz, led by Abel Dorsey,". */
export const LED_BY_AFTER = /^,\s+(?:now\s+|then\s+|which is\s+|long\s+)?led by\s+\p{Lu}/u;

/** An appositive that calls the name before it an armed group: ", an al-Qaeda-aligned faction that", ", a Baloch militant group,". */
export const GROUP_APPOSITIVE = /^,\s+(?:an?|the)\s+(?:(?!of\b|and\b)[\w’'-]+\s+){0,4}(?:faction|militant group|armed group|jihadist group|insurgent group|terrorist group|militia|insurgency|splinter group|outfit)(?=[,.;:)]|\s+(?:that|which|who|whose|based|active|operating|formed|founded|in|from|with|linked|led)\b)/;

/**
 * Words of belonging or of a group's history before a name, which make an unknown name a group's: "founded the X",
 * "a national leader of the X", "former members of X", "the merger of A and X", "grew out of X", "has since fought the X".
 */
export const GROUP_RELATION_CUE = /\b(?:(?:founded|co-founded|joined|rejoined|fought|fighting|fights)\s+the|formed(?:\s+the)?|(?:was|were|been)\s+claimed\s+by(?:\s+the)?|(?<!\b(?:crew|staff|family|board|cabinet|committee|council|team|club|household|faculty)\s)(?:leaders?|founders?|co-founders?|members|fighters|commanders|militants|ranks)\s+of(?:\s+the)?|(?:merger|merging|amalgamation)\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,4}?and(?:\s+the)?|(?:split|splintered|broke away|defected|grew out|emerged)\s+(?:from|out of|of)(?:\s+the)?|allied\s+(?:itself\s+)?with\s+the)\s+$/iu;

/** Lower-case nouns after a name that make it the name of a building: "the Santa Maria church". */
export const BUILDING_NOUNS = new Set(['church', 'cathedral', 'chapel', 'basilica', 'synagogue', 'temple', 'hotel', 'stadium', 'theatre', 'theater', 'monastery']);

/** Lower-case nouns after a name that make it a place: "the Kandahar mosque attack", "the Garissa college siege". */
export const PLACE_CONTEXT_NOUNS = new Set([
  'attack', 'attacks', 'bombing', 'bombings', 'siege', 'massacre', 'blast', 'explosion', 'airstrike', 'raid', 'offensive',
  'mosque', 'school', 'airport', 'prison', 'market', 'bazaar', 'hospital', 'shrine', 'checkpoint', 'border', 'garrison',
  'base', 'hotel', 'university', 'stadium', 'embassy', 'consulate', 'residents', 'police',
]);

export const STARTS_WITH_NUMBER = /^\p{N}/u;

export const ONE_CAPITAL = /^\p{Lu}$/u;

export const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** The Arabic article written in lower case before a capitalised word: "al-Mayadin", "el-Arish". */
export const ARTICLE_OPENERS = new Set(['al', 'el']);

export const HYPHEN_GAP = /^[-‑]$/;

/** Lower-case particles of Arabic names (not "de", "van" and the like): a name holding one is shaped like an Arabic name. */
export const ARABIC_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'ash', 'az', 'ez', 'es', 'ed', 'ul', 'ud']);

/** First words of Arabic place names: a well ("Bir al-Abed"), bridge, vineyard, hill, cape, spring, monastery, village, castle. */
export const ARABIC_PLACE_LEADS = new Set(['bir', 'jisr', 'karm', 'tell', 'tal', 'ras', 'ain', 'deir', 'dayr', 'kafr', 'qasr', 'khirbet', 'khirbat', 'marj', 'tall']);

/**
 * Posts written before a holder's name like a title, beyond the worldly titles: "Deputy Prosecutor X Y", "Chief Justice X Y",
 * "Prefect X Y" (some are the last words of bodies' names too: "Prosecutor's Office").
 */
export const POST_WORDS = new Set([
  'prosecutor', 'judge', 'justice', 'commissioner', 'prefect', 'attorney', 'registrar', 'inspector', 'superintendent', 'magistrate',
  'ombudsman', 'rapporteur', 'envoy', 'spokesman', 'spokesperson', 'spokeswoman', 'sheriff', 'chief', 'speaker', 'premier', 'coroner',
  'adviser', 'advisor', 'leader', 'constable', 'constables', 'detective', 'sir', 'dame', 'father', 'reverend', 'rev', 'sgt', 'cpl',
]);
