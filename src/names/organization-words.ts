/**
 * The vocabulary of organisation and outlet names: legal forms (folded to one spelling), generic
 * words that say what kind of body it is rather than which one, Arabic/Persian/Pashto terms read
 * as their English gloss, and the renamings of the Islamic State family whose acronyms the field
 * uses interchangeably (ISIS, ISIL, IS, Daesh).
 */

/** Multi-word phrases rewritten before words are compared (normalised text, whole words). */
export const ORGANIZATION_PHRASES: [RegExp, string][] = [
  [/\b(?:islamic state (?:of|in) iraq and (?:the )?(?:syria|sham|al sham|ash sham|levant))\b/g, 'islamic state'],
  [/\b(?:ad dawla(?:h|t)? al islamiya(?:h|t)?|dawlat al islamiya(?:h)?|al dawla al islamiya)\b/g, 'islamic state'],
  [/\b(?:daesh|daish|da ish|isis|isil)\b/g, 'islamic state'],
  // "Wilayat Khurasan" is the Islamic State's Khorasan Province
  [/\b(?:wilayat|wilayah|wilaya|vilayat|viloyati|viloyat|velayat|wlaya|wlayt|wlayh) (?:al |ul )?([a-z]+)\b/g, 'islamic state $1 province'],
  // "Khurasan Wilayah": the same province named place first
  [/\b([a-z]{4,}) (?:wilayat|wilayah|wilaya|vilayat|viloyati|viloyat|velayat)$/g, 'islamic state $1 province'],
  [/\bjoint stock company\b/g, 'jsc'],
  [/\bopen jsc\b/g, 'ojsc'],
  [/\bclosed jsc\b/g, 'cjsc'],
  [/\bpublic jsc\b/g, 'pjsc'],
  [/\blimited liability company\b/g, 'llc'],
  [/\bpublic limited company\b/g, 'plc'],
  [/\bgesellschaft mit beschrankter haftung\b/g, 'gmbh'],
  [/\bsociedad anonima\b/g, 'sa'],
  [/\bsociete anonyme\b/g, 'sa'],
  [/\bp l c\b/g, 'plc'],
  [/\bsocietatea cu raspundere limitata\b/g, 'srl'],
  [/\bsocieta a responsabilita limitata\b/g, 'srl'],
  [/\bsp z o ?o\b/g, 'spzoo'],
  [/\bspolka z ograniczona odpowiedzialnoscia\b/g, 'spzoo'],
  [/\bobshchestvo s ogranichennoy otvetstvennostyu\b/g, 'llc'],
  [/\botkrytoe aktsionernoe obshchestvo\b/g, 'ojsc'],
  [/\bzakrytoe aktsionernoe obshchestvo\b/g, 'cjsc'],
  [/\bpublichnoe aktsionernoe obshchestvo\b/g, 'pjsc'],
  [/\baktsionernoe obshchestvo\b/g, 'jsc'],
  [/\ba s\b/g, 'as'],
];

/** Single words with one canonical spelling. */
export const ORGANIZATION_SYNONYMS: Record<string, string> = {
  aktiengesellschaft: 'ag',
  limited: 'ltd',
  incorporated: 'inc',
  corporation: 'corp',
  company: 'co',
  international: 'intl',
  int: 'intl',
  limitada: 'ltda',
  ooo: 'llc',
  tov: 'llc',
  oao: 'ojsc',
  zao: 'cjsc',
  pao: 'pjsc',
  ao: 'jsc',
  // Arabic, Persian, Pashto and Tajik terms, by their English gloss
  katibat: 'battalion',
  katiba: 'battalion',
  katibah: 'battalion',
  liwa: 'brigade',
  jabhat: 'front',
  jabha: 'front',
  jabhah: 'front',
  harakat: 'movement',
  harakah: 'movement',
  harakatul: 'movement',
  harakati: 'movement',
  tehreek: 'movement',
  tehrik: 'movement',
  tahrik: 'movement',
  hizb: 'party',
  hezb: 'party',
  hizbi: 'party',
  hizbut: 'party',
  muassasat: 'foundation',
  muassasa: 'foundation',
  muassasah: 'foundation',
  jamaat: 'jamaat',
  jamaah: 'jamaat',
  jamaa: 'jamaat',
  jamat: 'jamaat',
  jamiat: 'jamaat',
  jamoat: 'jamaat',
  jamaatul: 'jamaat',
  jammat: 'jamaat',
  brigades: 'brigade',
  battalions: 'battalion',
  fronts: 'front',
  movements: 'movement',
  // vessel prefixes (motor vessel, motor tanker…)
  mv: 'vessel',
  mt: 'vessel',
};

/** Legal-form words: nearly no weight (Gazprom Neft JSC = Gazprom Neft OAO). */
export const LEGAL_FORMS = new Set([
  'ag', 'ltd', 'inc', 'corp', 'co', 'llc', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'plc', 'gmbh', 'sa', 'srl', 'bv', 'nv',
  'lp', 'llp', 'kg', 'oy', 'ab', 'pte', 'pvt', 'sarl', 'spa', 'fze', 'fzco', 'fzc', 'ano', 'sdn', 'bhd', 'tbk',
  'pt', 'kft', 'doo', 'dd', 'spzoo', 'eood', 'vessel', 'ood', 'sp', 'zoo', 'se', 'lc',
  // Spanish, Portuguese, French and Czech forms (Ltda., S.A. de C.V., S. de R.L., S.A.S., S.A.L., Eireli, s.r.o.)
  'ltda', 'cv', 'rl', 'sas', 'sasu', 'sal', 'sac', 'saa', 'spr', 'scs', 'sl', 'lda', 'eireli', 'eirl', 'sro', 'cia',
]);

/** Long legal-form words, so a misspelling ("Aktiengeselschaft") still reads as its short form. */
export const LONG_LEGAL_FORMS: Record<string, string> = {
  aktiengesellschaft: 'ag',
  corporation: 'corp',
  incorporated: 'inc',
  limited: 'ltd',
  company: 'co',
  gesellschaft: 'gmbh',
  international: 'intl',
};

/** Legal forms that name the same kind of company (Russian AO family, limited companies…). */
export const LEGAL_FORM_FAMILIES: Record<string, string> = {
  jsc: 'ao', ojsc: 'ao', cjsc: 'ao', pjsc: 'ao',
  llc: 'ltd', ltd: 'ltd', spzoo: 'ltd', srl: 'ltd',
  inc: 'corp', corp: 'corp', co: 'corp',
};

/** Words that say what kind of body it is, not which one. */
export const GENERIC_WORDS = new Set([
  'jamaat', 'battalion', 'brigade', 'front', 'movement', 'party', 'foundation', 'media', 'tactical',
  'group', 'organization', 'organisation', 'network', 'province', 'wing', 'army', 'forces', 'force', 'council',
  'union', 'association', 'society', 'center', 'centre', 'institute', 'agency', 'office', 'committee',
  'news', 'information', 'channel', 'radio', 'publication', 'publications', 'production', 'productions', 'studio',
  'holding', 'holdings', 'enterprise', 'enterprises', 'industries', 'industry', 'services',
  'trading', 'unit', 'cell', 'division', 'corps', 'command', 'voice', 'project', 'projects',
]);

/**
 * Continents and world regions: in a company's name ("Faberlic Europe Sp. z o.o.") they say which
 * arm of the brand it is, as a legal form says which kind of company; a group's region ("al-Qaeda
 * in the Islamic Maghreb") stays a branch of its own.
 */
export const REGION_WORDS = new Set([
  'europe', 'european', 'asia', 'asian', 'africa', 'african', 'america', 'americas', 'eurasia', 'pacific',
  'scandinavia', 'nordic', 'global', 'worldwide', 'intl',
]);

/**
 * Nationalities (and "national") that, before a generic word, only say what kind of body a name
 * is: "Russian News Agency TASS" is TASS, "Pajhwok Afghan News" is Pajhwok. Before a name word
 * they stay specific ("Pakistani Taliban" is not the Taliban).
 */
export const DESCRIPTIVE_ADJECTIVES = new Set([
  'national', 'afghan', 'russian', 'tajik', 'uzbek', 'kyrgyz', 'kazakh', 'turkmen', 'pakistani', 'iranian', 'iraqi',
  'syrian', 'turkish', 'chinese', 'indian', 'american', 'british', 'french', 'german', 'arab', 'somali', 'nigerian',
]);

/** Words dropped from organisation names ("of", "the", the Arabic article). */
export const ORGANIZATION_STOPWORDS = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'ul',
  'ad', 'ash', 'as', 'an', 'fi', 'und', 'der', 'die', 'das', 'et',
  // Arabic "and", Persian/Tajik/Urdu izafe ("Tehrik-i-Taliban", "Sado-i Khuroson")
  'wal', 'wa', 'i', 'e', 'ye',
  // the article assimilated to the next word's first letter ("Hizb ut-Tahrir", "Nasr ud-Din")
  'ut', 'ud', 'ur', 'ush', 'uz',
]);

/** Function words an acronym skips ("TTP" for Tehrik-i-Taliban Pakistan, "KTJ" for Katibat al-Tawhid wal-Jihad). */
export const ACRONYM_SKIPPED = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'al', 'ul', 'ut', 'ud', 'ur', 'ush', 'uz', 'wal', 'wa', 'i', 'e', 'ye',
  'de', 'du', 'des', 'la', 'le', 'el', 'ash', 'as', 'ad', 'fi',
  // French and Spanish "and", "to the", "of the", "for" ("CBSP" = Comité de Bienfaisance et de Secours aux Palestiniens)
  'et', 'aux', 'au', 'y', 'del', 'los', 'las', 'pour', 'para', 'por',
]);
/** Articles an acronym may keep ("AQ" for al-Qaeda, "AQAP"). */
export const ACRONYM_ARTICLES = new Set(['al', 'el']);

/** Acronyms of the Islamic State family that mean "IS" when they open an acronym. */
export const ACRONYM_PREFIXES: [RegExp, string][] = [[/^(?:isis|isil)/, 'is']];

/**
 * Words that make an untyped name read as an organisation's (a spreadsheet without a type column):
 * the field's group names are built of them, person names are not. A weak word ("State",
 * "Islamic") counts only with another one: "State Nazarov" may be a person.
 */
export const ORGANIZATION_MARKERS = new Set([
  'tehrik', 'tehreek', 'tahrik', 'hayat', 'katibat', 'katiba', 'taliban', 'qaeda', 'qaida', 'mujahideen', 'mujahidin',
  'ansar', 'ansarullah', 'lashkar', 'jaish', 'jaysh', 'hizb', 'hezbollah', 'hizballah', 'shabaab', 'emirate',
  'caliphate', 'radio', 'voice', 'jamaat', 'movement', 'front',
  // the bodies sanctions lists name: banks, firms, trusts, ministries (English, Spanish, Portuguese)
  'bank', 'banco', 'banque', 'trust', 'exchange', 'investment', 'investments', 'inversiones', 'development', 'shipping',
  'airlines', 'airways', 'ministry', 'ministerio', 'directorate', 'bureau', 'electricity', 'energy', 'petroleum', 'oil',
  'cement', 'steel', 'construction', 'constructora', 'engineering', 'management', 'commercial', 'comercial',
  'comercializadora', 'inmobiliaria', 'agricola', 'industrial', 'import', 'export', 'trade', 'farm', 'hotel', 'club',
  'branch', 'sociedad', 'empresa', 'compania', 'fundacion', 'grupo', 'servicios', 'transporte', 'establishment',
  'institution', 'charity', 'charitable', 'relief', 'welfare', 'humanitarian', 'gang', 'cartel', 'prison',
]);
export const WEAK_ORGANIZATION_MARKERS = new Set(['islamic', 'state', 'jihad', 'tawhid', 'tahrir', 'haram', 'khilafah']);
