/**
 * The generic words of the field's organisation names in Russian, Tajik, Uzbek, Arabic and
 * Persian, as `normaliseName` romanises them, read as their English word when two organisation
 * names are compared: "Исламское государство" is "Islamic State", "Davlati Islomii" is
 * "Islamic State", "ولاية خراسان" is "Wilayat Khurasan" (see the phrase rules in
 * organization-words.ts). Arabic-script forms are written without short vowels ("dwla", "hrka").
 * Proper names (Khorasan, Taliban) need no entry: their spellings meet through the variant keys.
 */

export const TRANSLATION_LANGUAGES = ['Russian', 'Tajik', 'Uzbek', 'Arabic', 'Persian'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export interface OrganizationTranslation {
  /** The English word the comparison uses. */
  english: string;
  /** The languages that write the word so ("Tajik/Uzbek" when both do). */
  language: string;
}

const table: [TranslationLanguage, string, string[]][] = [
  // outlets: voice, radio, news, media, foundation, agency
  ['Russian', 'voice', ['golos', 'golosa']],
  ['Tajik', 'voice', ['sadoi', 'sado', 'ovozi']],
  ['Uzbek', 'voice', ['ovozi', 'sadosi']],
  ['Arabic', 'voice', ['sawt', 'saut', 'sout', 'swt']],
  ['Persian', 'voice', ['sedaye', 'sadaye', 'sedai', 'sadai', 'seda', 'sda']],
  ['Tajik', 'radio', ['radioi']],
  ['Uzbek', 'radio', ['radiosi']],
  ['Russian', 'news', ['novosti']],
  ['Tajik', 'news', ['akhbor', 'khabar', 'khabarho']],
  ['Uzbek', 'news', ['yangiliklar', 'yangiliklari', 'xabarlar', 'xabarlari', 'khabarlari']],
  ['Arabic', 'news', ['akhbar', 'khbar', 'anba']],
  ['Persian', 'news', ['akhbar']],
  ['Russian', 'media', ['smi']],
  ['Uzbek', 'media', ['mediya']],
  ['Arabic', 'media', ['ilam', 'ilamiya', 'ilamiyya', 'alam']],
  ['Russian', 'foundation', ['fond', 'fonda']],
  ['Tajik', 'foundation', ['bunyod', 'bunyodi', 'fondi']],
  ['Uzbek', 'foundation', ['jamgarma', 'jamgarmasi', 'fondi']],
  ['Persian', 'foundation', ['bonyad', 'bunyad', 'bnyad']],
  ['Russian', 'agency', ['agentstvo', 'agentstva']],
  ['Tajik', 'agency', ['agentii', 'agentiyi']],
  ['Uzbek', 'agency', ['agentligi', 'agentlik']],
  ['Arabic', 'agency', ['wikala', 'wakala', 'wakalat', 'wkala', 'wkalt']],
  ['Persian', 'agency', ['khabargozari', 'khbrgzary']],
  ['Russian', 'army', ['armiya', 'armii', 'armiia']],
  ['Tajik', 'army', ['artishi', 'lashkari']],
  ['Uzbek', 'army', ['armiyasi', 'qoshini']],
  ['Arabic', 'army', ['jaysh', 'jaish', 'jish', 'jiish']],
  ['Persian', 'army', ['artesh', 'lashkar', 'lshkr']],
  ['Tajik', 'province', ['viloyati']],
  ['Uzbek', 'province', ['viloyati', 'viloyat']],
  ['Arabic', 'province', ['wilaya', 'wilayah', 'wilayat', 'wlaya', 'wlayt']],
  ['Persian', 'province', ['velayat', 'ostan', 'ostane']],
  ['Tajik', 'movement', ['harakati', 'nahzati', 'nehzati']],
  ['Tajik', 'jamaat', ['jamoat', 'jamoati']],
  ['Russian', 'islamic', ['islamskoe', 'islamskoye', 'islamskogo', 'islamskaya', 'islamskoy', 'islamskoi', 'islamskiy', 'islamskii', 'islamskij', 'islamskie', 'islamskikh']],
  ['Russian', 'state', ['gosudarstvo', 'gosudarstva', 'gosudarstve']],
  ['Russian', 'province', ['provintsiya', 'provintsii', 'provinciya']],
  ['Russian', 'movement', ['dvizhenie', 'dvizheniye', 'dvizheniya', 'dvizhenija']],
  ['Russian', 'party', ['partiya', 'partii', 'partija']],
  ['Russian', 'front', ['fronta']],
  ['Russian', 'battalion', ['batalon', 'batalyon', 'batalona', 'batalyona', 'batalion']],
  ['Russian', 'brigade', ['brigada', 'brigady']],
  ['Russian', 'emirate', ['emirat', 'emirata', 'imarat']],
  ['Russian', 'jamaat', ['dzhamaat', 'dzhamaata']],
  ['Russian', 'society', ['obshchestvo', 'obshchestva']],
  ['Russian', 'organization', ['organizatsiya', 'organizatsii']],
  ['Tajik', 'state', ['davlati']],
  ['Tajik', 'islamic', ['islomi', 'islomii']],
  ['Tajik', 'front', ['jabhai']],
  ['Tajik', 'emirate', ['amorat', 'amorati', 'imorat', 'imorati']],
  ['Tajik', 'society', ['jamiyat', 'jamiyati']],
  ['Uzbek', 'state', ['davlat', 'davlati', 'davlatining']],
  ['Uzbek', 'islamic', ['islomiy', 'islom']],
  ['Uzbek', 'movement', ['harakati', 'harakatining']],
  ['Uzbek', 'party', ['partiyasi']],
  ['Uzbek', 'front', ['fronti']],
  ['Uzbek', 'emirate', ['amirligi', 'amirlik']],
  ['Uzbek', 'battalion', ['batalyoni']],
  ['Uzbek', 'jamaat', ['jamoati']],
  ['Arabic', 'state', ['dwla', 'dwlt', 'dawla', 'dawlah', 'dawlat']],
  ['Arabic', 'islamic', ['islamya', 'islamyt', 'islamiya', 'islamiyya', 'islamiyah']],
  ['Arabic', 'movement', ['hrka', 'hrkt', 'haraka']],
  ['Arabic', 'party', ['hzb']],
  ['Arabic', 'front', ['jbha', 'jbht']],
  ['Arabic', 'battalion', ['ktiba', 'ktibt']],
  ['Arabic', 'brigade', ['lwa']],
  ['Arabic', 'emirate', ['imara', 'imarat', 'imarah', 'amara']],
  ['Arabic', 'jamaat', ['jmaa', 'jmaat']],
  ['Arabic', 'organization', ['tnzym', 'tanzim', 'tanzeem']],
  ['Persian', 'islamic', ['aslamy', 'eslami', 'islami']],
  ['Persian', 'movement', ['jnbsh', 'jonbesh', 'junbish', 'jombesh']],
  ['Persian', 'party', ['hezb']],
  ['Persian', 'front', ['jbhh', 'jebhe', 'jebheh']],
  ['Persian', 'emirate', ['emarat', 'amart']],
  ['Persian', 'battalion', ['grdan', 'gordan']],
  // state bodies and outlets: national, information, federal, security, service, committee, republic
  ['Russian', 'national', ['natsionalnoe', 'natsionalnogo', 'natsionalnaya', 'natsionalnoy', 'natsionalnoi', 'natsionalnyy', 'natsionalnyi', 'natsionalnye']],
  ['Russian', 'information', ['informatsionnoe', 'informatsionnogo', 'informatsionnaya', 'informatsionnyy', 'informatsionnyi', 'informatsionnoy']],
  ['Russian', 'federal', ['federalnaya', 'federalnoy', 'federalnoi', 'federalnyy', 'federalnyi', 'federalnoe', 'federalnogo']],
  ['Russian', 'service', ['sluzhba', 'sluzhby', 'sluzhbe']],
  ['Russian', 'security', ['bezopasnosti', 'bezopasnost']],
  ['Russian', 'committee', ['komitet', 'komiteta']],
  ['Tajik', 'national', ['milli', 'millii']],
  ['Tajik', 'republic', ['jumhurii', 'jumhuriyi', 'jumhuri']],
  ['Persian', 'republic', ['jomhuri', 'jomhouri', 'jomhuriye', 'jomhuri-ye']],
  ['Arabic', 'foundation', ['muassasat', 'muassasa', 'muassasah', 'muasasat', 'muasasa', 'mwssa', 'mwsst']],
];

/** Romanised word → its English word and the language it was read from. */
export const ORGANIZATION_TRANSLATIONS: ReadonlyMap<string, OrganizationTranslation> = (() => {
  const out = new Map<string, OrganizationTranslation>();
  for (const [language, english, words] of table) {
    for (const w of words) {
      const had = out.get(w);
      out.set(w, had && had.english === english ? { english, language: `${had.language}/${language}` } : { english, language });
    }
  }
  return out;
})();

/**
 * Words that are also common given or family names in the region (Davlat, Islom): alone they do
 * not make a name an organisation's.
 */
export const NAME_LIKE_TRANSLATIONS = new Set(['bunyod', 'bunyodi', 'seda', 'sado', 'khabar', 'ostan', 'lashkar', 'davlat', 'davlati', 'islom', 'islomi', 'islami', 'eslami', 'islomiy', 'dawlat', 'amara']);

/** The English word for a word of an organisation's name in another language, if it is one of the generic words. */
export function translateOrganizationWord(word: string): OrganizationTranslation | undefined {
  return ORGANIZATION_TRANSLATIONS.get(word);
}
