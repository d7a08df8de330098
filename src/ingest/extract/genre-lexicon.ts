/**
 * The words of the genre the extraction rules lean on: honorifics, titles, name particles,
 * head nouns of group, organisation, media and site names, and the role nouns that mark a
 * following name as a person. Keys are lower case.
 */

/** Religious honorifics and kunya/nisba particles: part of a person's name, never a person alone. */
export const HONORIFICS = new Set([
  'shaykh', 'sheikh', 'sheik', 'shaikh', 'mavlavi', 'mawlawi', 'maulvi', 'mawlavi', 'molvi', 'mufti', 'qori', 'qari', 'kori',
  'ustad', 'ustaz', 'ustoz', 'mullah', 'mullo', 'mulla', 'maulana', 'mawlana', 'hafiz', 'haji', 'hajji', 'hoji', 'sayyid',
  'sayed', 'syed', 'domla', 'eshon', 'ishan', 'amir', 'emir', 'imam',
]);

/** Worldly titles: dropped from the name, kept as an alias ("General Marta J. Olsen"). */
export const TITLES = new Set([
  'general', 'gen', 'colonel', 'col', 'major', 'lieutenant', 'captain', 'commander', 'president', 'minister', 'dr', 'mr',
  'mrs', 'ms', 'senator', 'ambassador', 'prince', 'king', 'sergeant', 'admiral', 'governor', 'judge', 'professor', 'prof',
  'director', 'chairman', 'secretary', 'marshal', 'brigadier', 'deputy', 'bishop', 'mayor', 'chancellor',
]);

/** Kunya openers: "Abu Usama", "Umm Hamza", "Ibn Taymiyya". */
export const KUNYA_OPENERS = new Set(['abu', 'abou', 'abul', 'abu l', 'umm', 'ibn', 'abdul', 'abdel', 'abd']);

/** Lower-case particles that may stand inside a name: al-Tajiki, bin Laden, Jaish-e-Mohammed. */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ez', 'ed', 'es', 'ibn', 'bin', 'bint', 'ul', 'ud', 'e', 'i', 'wa', 'wal', 'de', 'du',
  'da', 'van', 'von', 'la', 'le', 'y', 'ut', 'us', 'ur', 'il', 'aal', 'ould', 'ben', 'dos', 'di',
]);

/** Last words of an armed group's name. */
export const GROUP_TAIL_HEADS = new Set([
  'battalion', 'brigade', 'brigades', 'front', 'movement', 'army', 'mujahideen', 'mujahidin', 'network', 'emirate', 'jamaat',
  'jamaah', 'katiba', 'legion', 'militia', 'caliphate', 'wilayat', 'cartel',
]);

/** First words of an armed group's name: "Jamaat Ansarullah", "Katibat al-Tawhid". */
export const GROUP_LEAD_HEADS = new Set([
  'jamaat', 'jamaa', 'jamaah', 'jamiat', 'katibat', 'katiba', 'harakat', 'harakah', 'tehrik', 'tehreek', 'tahrik', 'lashkar',
  'jaish', 'jaysh', 'ansar', 'ansaar', 'jabhat', 'jabha', 'hizb', 'hezb', 'tanzim', 'liwa', 'jund', 'junud', 'kataib', 'saraya',
  'majlis', 'wilayat', 'wilayah', 'vilayat', 'imarat', 'jamoat', 'jamoati', 'cartel', 'carteles', 'diwan',
  // leagues, brigades, a corps, transliterated: "Asa'ib Ahl al-Haq", "Alwiya al-Fadl", "Faylaq al-Sham"
  'asaib', 'alwiya', 'faylaq',
  // Spanish, Portuguese and French: "Frente de Guerra Nororiental", "Comandos de la Frontera", "Mouvement pour …"
  // (not "ejército", "fuerzas", "armée": a state's army is named so too)
  'frente', 'comando', 'comandos', 'movimiento', 'autodefensas', 'bloque', 'brigada', 'brigadas', 'grupo', 'mouvement', 'groupe',
]);

/** Last words of a state body, party, research body or company's name. */
export const ORGANIZATION_TAIL_HEADS = new Set([
  'ministry', 'committee', 'council', 'agency', 'service', 'services', 'police', 'command', 'department', 'directorate',
  'office', 'court', 'commission', 'bureau', 'institute', 'center', 'centre', 'university', 'party', 'parliament', 'senate',
  'guard', 'guards', 'forces', 'government', 'embassy', 'coalition', 'organization', 'organisation', 'association', 'program',
  'programme', 'foundation', 'corps', 'prosecutor', 'administration', 'assembly', 'unit', 'squad', 'team', 'group',
  'company', 'bank', 'tribunal', 'inc', 'ltd', 'project', 'initiative', 'society', 'federation', 'union',
]);

/** First words of a state body's name: "Ministry of Interior", "Office of Foreign Assets Control". */
export const ORGANIZATION_LEAD_HEADS = new Set([
  'ministry', 'committee', 'council', 'department', 'directorate', 'office', 'bureau', 'commission', 'agency', 'institute',
  'center', 'centre', 'university', 'court', 'government', 'state', 'federal', 'national', 'general', 'supreme', 'party',
  'union', 'parliament', 'alliance',
]);

/** Last words of a media outlet's name. */
export const MEDIA_TAIL_HEADS = new Set([
  'news', 'media', 'magazine', 'newspaper', 'radio', 'tv', 'television', 'times', 'post', 'journal', 'gazette', 'daily',
  'weekly', 'channel', 'press', 'tribune', 'herald', 'review', 'monitor', 'broadcasting', 'telegraph', 'guardian', 'wire',
  'sentinel', 'productions', 'production',
]);

/** Lower-case words after a name that make it a media outlet: "the Zello channel". */
export const MEDIA_LOWER_TAILS = new Set(['channel', 'magazine', 'newspaper', 'website', 'app', 'outlet', 'bulletin', 'newsletter', 'account']);

/** Last words of a site's name: "Crocus City Hall", "Kabul airport", "Dubrovka Theater". */
export const SITE_TAIL_HEADS = new Set([
  'airport', 'hall', 'theater', 'theatre', 'mosque', 'church', 'synagogue', 'temple', 'shrine', 'hotel', 'stadium', 'prison',
  'jail', 'hospital', 'school', 'market', 'bazaar', 'bridge', 'dam', 'base', 'camp', 'embassy', 'consulate', 'square',
  'checkpoint', 'crossing', 'station', 'mall', 'plaza', 'arena', 'cathedral', 'madrassa', 'madrasa', 'academy', 'valley',
  'river', 'mountains', 'pass', 'gorge', 'corridor', 'province', 'district', 'region', 'oblast', 'governorate', 'city',
  'penitentiary', 'complex',
]);

/** Lower-case nouns after a country or demonym that name a state body: "the Tajik government". */
export const STATE_BODY_TAILS: readonly (readonly string[])[] = [
  ['security', 'services'], ['security', 'service'], ['security', 'forces'], ['intelligence', 'services'],
  ['intelligence', 'service'], ['special', 'services'], ['armed', 'forces'], ['border', 'guards'], ['interior', 'ministry'],
  ['foreign', 'ministry'], ['defense', 'ministry'], ['defence', 'ministry'], ['government'], ['authorities'], ['officials'],
  ['special', 'forces'], ['coast', 'guard'], ['intelligence'], ['gendarmerie'], ['navy'], ['police'], ['military'], ['army'], ['troops'], ['soldiers'], ['forces'], ['investigators'], ['prosecutors'], ['courts'],
  ['court'], ['regime'],
];

/** State-body tails that mean the government as a whole. */
export const GOVERNMENT_TAILS = new Set(['government', 'authorities', 'officials', 'regime']);

/** Lower-case role nouns that make a following capitalised name a person. */
export const PERSON_ROLE_CUES = new Set([
  'leader', 'leaders', 'spokesman', 'spokesperson', 'commander', 'recruiter', 'emir', 'amir', 'cleric', 'preacher', 'ideologue',
  'citizen', 'national', 'named', 'expert', 'analyst', 'journalist', 'reporter', 'correspondent', 'researcher', 'scholar',
  'member', 'ringleader', 'attacker', 'suspect', 'son', 'brother', 'father', 'wife', 'daughter', 'cousin', 'uncle', 'founder',
  'deputy', 'chief', 'head', 'official', 'militant', 'fighter', 'jihadi', 'jihadist', 'minister', 'president', 'author',
  'survivor', 'bomber', 'gunman', 'perpetrator', 'detainee', 'mastermind', 'colonel', 'general', 'recruit', 'operative',
  'facilitator', 'financier', 'propagandist', 'preachers', 'governor', 'mufti', 'imam', 'son-in-law', 'man', 'woman',
  'resident', 'native', 'student', 'blogger', 'activist', 'dissident', 'director', 'professor', 'ambassador', 'envoy',
  'representative', 'spokesmen', 'investigator', 'prosecutor', 'judge', 'lawyer', 'director', 'kunya', 'nom', 'individual',
  // people named by their trade, kin or lot: "the candidate X", "the businessman X", "his widow X"
  'candidate', 'politician', 'lawmaker', 'legislator', 'businessman', 'businesswoman', 'hostage', 'victim', 'soldier', 'officer', 'pilot', 'teacher',
  'priest', 'pastor', 'agent', 'negotiator', 'trucker', 'accountant', 'headman', 'pupil', 'refugee', 'mechanic', 'writer', 'writers', 'activists',
  'journalists', 'bloggers', 'brothers', 'sister', 'men', 'women', 'husband', 'widow', 'mother', 'nephew', 'aide', 'associate', 'bodyguard', 'king', 'queen',
  'comedian', 'singer', 'rapper', 'musician', 'actor', 'actress', 'artist', 'poet', 'novelist', 'filmmaker', 'photographer', 'broadcaster', 'presenter',
  'influencer', 'footballer', 'cricketer', 'boxer', 'athlete', 'employee', 'executive', 'entrepreneur', 'banker', 'doctor', 'engineer', 'farmer', 'contractor',
  'intermediary', 'middleman', 'hitman', 'courier', 'informant', 'smuggler', 'trafficker',
  // posts, kin and bystanders the press names people by: "government spokeswoman X", "the prefect X", "a grandson of X", "a passer-by, X"
  'spokeswoman', 'coroner', 'prefect', 'commissioner', 'magistrate', 'rabbi', 'grandson', 'granddaughter', 'grandfather', 'grandmother',
  'passer-by', 'bystander', 'settler', 'farmhand', 'chauffeur', 'driver',
]);

/** Verbs right after a name that make it a person. */
export const PERSON_VERB_CUES = new Set([
  'said', 'says', 'stated', 'told', 'wrote', 'writes', 'confessed', 'argued', 'argues', 'noted', 'notes', 'added', 'explained',
  'died', 'pledged', 'traveled', 'travelled', 'met', 'urged', 'called', 'admitted', 'denied', 'married', 'fled', 'joined',
  'recruited', 'praised', 'threatened', 'vowed', 'announced', 'recorded', 'himself', 'herself', 'whose', 'who',
  'defected', 'heads', 'headed', 'leads', 'became', 'returned', 'served', 'oversaw', 'oversees', 'escaped', 'surrendered',
  'preached', 'swore', 'resigned', 'confirmed',
]);

/**
 * Verbs after two or three capitalised words that make them a person only when nothing else
 * (a place, a group's head noun, the pack) claimed them: "Bonomade Machude Omar was killed".
 */
export const PERSON_WEAK_VERB_CUES = new Set(['was', 'is', 'had', 'has', 'remains', 'reportedly', 'allegedly']);

/** What is said of people after a weak verb: "X was killed", "X is believed", "X reportedly fled". */
export const PERSON_PREDICATES = new Set([
  'killed', 'arrested', 'born', 'appointed', 'sentenced', 'detained', 'charged', 'extradited', 'convicted', 'captured',
  'elected', 'promoted', 'executed', 'assassinated', 'injured', 'wounded', 'radicalized', 'radicalised', 'believed',
  'thought', 'fled', 'married', 'recruited', 'deported', 'imprisoned', 'jailed', 'acquitted', 'indicted', 'identified',
  'designated', 'sanctioned', 'succeeded', 'replaced', 'died', 'pledged', 'joined', 'previously', 'formerly', 'also', 'named',
]);

/**
 * Common given names of the region's reporting (Arabic, Somali, Persian, Pashto, Central Asian,
 * North Caucasian): a capitalised run of two to four words opening with one is a person's name.
 */
export const GIVEN_NAMES = new Set([
  'ahmed', 'ahmad', 'ahmet', 'mohammed', 'mohammad', 'muhammad', 'mohamed', 'mohamad', 'mohamud', 'mahamat', 'muhammed',
  'abdullah', 'abdallah', 'abdulla', 'abdirahman', 'abdulrahman', 'abdurrahman', 'abdikadir', 'abdulqadir', 'abdelkader',
  'ali', 'omar', 'umar', 'hassan', 'hasan', 'hussein', 'husayn', 'hussain', 'ibrahim', 'ismail', 'ismoil', 'yusuf', 'yousef',
  'khalid', 'khaled', 'mustafa', 'mahmoud', 'mahmud', 'hamza', 'bilal', 'osama', 'usama', 'abdi', 'aden', 'musa', 'yahya',
  'zakaria', 'salah', 'saif', 'faisal', 'jamal', 'karim', 'rashid', 'tariq', 'walid', 'yasin', 'yassin', 'zubair',
  'farhod', 'farrukh', 'rustam', 'dilshod', 'bakhtiyor', 'sherzod', 'jamshid', 'alisher', 'ruslan', 'magomed', 'shamil',
  'sirajuddin', 'jalaluddin', 'hafiz', 'noor', 'nur', 'sayed', 'sayyid', 'amadou', 'mamadou', 'moussa', 'boubacar',
  'abubakar', 'abubakr', 'idris', 'anwar', 'ayman', 'hamid', 'majid', 'nasser', 'nasir', 'qasim', 'salim', 'sulaiman',
  'suleiman', 'sultan', 'abdulaziz', 'abdul', 'abdel', 'abd', 'davron', 'shokhrukh', 'akhmed', 'zelimkhan', 'khamzat',
]);

/** Typical endings of Central Asian, Persian and Arabic personal names: Qasimov, Saidzoda, Habibullah. */
export const PERSON_NAME_ENDINGS =
  /(?:ov|ova|ev|eva|yev|yeva|iev|ieva|zoda|zada|zade|zod|ullah|ulloh|ulla|uddin|iddin|jon|bek|bekov|khon|khan|yar|shoh|mirzo|bakhsh|ovich|evich|ovna|evna|enko|ski|sky)$/;

/** Capitalised words that open sentences or headings and are no names. */
export const CAPITALISED_STOPWORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'as', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when',
  'while', 'where', 'since', 'after', 'before', 'during', 'although', 'though', 'because', 'however', 'moreover', 'furthermore',
  'additionally', 'separately', 'meanwhile', 'thus', 'therefore', 'still', 'also', 'both', 'each', 'every', 'all', 'some',
  'many', 'most', 'several', 'other', 'another', 'such', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'no',
  'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last',
  'next', 'according', 'despite', 'given', 'unlike', 'like', 'with', 'without', 'within', 'between', 'among', 'amid', 'against',
  'under', 'over', 'until', 'beginning', 'following', 'regarding', 'based', 'apart', 'earlier', 'later', 'today', 'yesterday',
  'abstract', 'introduction', 'conclusion', 'conclusions', 'notes', 'note', 'bottom', 'line', 'up', 'front', 'figure', 'table',
  'source', 'sources', 'photo', 'image', 'editor', 'subscribe', 'read', 'more', 'see', 'ibid', 'further', 'recently', 'yes',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'jihadi', 'jihadis', 'jihadist', 'salafi', 'muslim', 'muslims', 'western', 'westerners', 'eastern', 'northern',
  'southern', 'new', 'old', 'former', 'then', 'now', 'today', 'only', 'even', 'just', 'did', 'does', 'do', 'was',
  'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'might', 'must', 'can',
  'internet', 'arabic', 'english', 'persian', 'pashto', 'dari', 'urdu', 'quran', 'koran', 'allah', 'god', 'prophet', 'ramadan',
  'eid', 'caliph', 'caliphate', 'sharia', 'hijra', 'mujahid', 'shia', 'sunni', 'christian', 'christians', 'jews', 'jewish',
  'covid', 'mr', 'mrs', 'ms', 'dr', 'st', 'ii', 'iii', 'iv', 'v', 'vi', 'x', 'pdf', 'url', 'ok', 'tlp',
]);

/** Words that, written before a place, make it a place: "in Kunduz", "near Herat", "south of Dushanbe". */
export const LOCATIVE_CUES = new Set([
  'in', 'near', 'at', 'from', 'to', 'into', 'outside', 'inside', 'across', 'around', 'within', 'toward', 'towards', 'of',
  'through', 'via', 'throughout', 'between', 'and', 'city', 'town', 'village', 'province', 'district', 'capital', 'region',
]);

/** The words of a region of a land: "northern", "central", "south-eastern". */
export const COMPASS_PART = 'northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern';
