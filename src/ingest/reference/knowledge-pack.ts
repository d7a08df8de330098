import type { ReferenceEntry } from './reference-entry.js';

/**
 * The reference knowledge pack: militant groups of South/Central Asia, the Middle East
 * and Africa, their media outlets and leaders, state bodies and outlets that threat
 * assessments cite, and regions the gazetteer does not hold. Written for Tessera from
 * public facts (UN, US and EU listings, encyclopaedic sources); extend freely.
 */
export const KNOWLEDGE_PACK: readonly ReferenceEntry[] = [
  // ---- Islamic State and its provinces
  {
    id: 'islamic-state', type: 'group', name: 'Islamic State',
    aliases: ['IS', 'ISIS', 'ISIL', 'Daesh', 'Daish', 'Da’esh', 'Islamic State of Iraq and Syria',
      'Islamic State in Iraq and Syria', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and al-Sham',
      'Islamic State in Iraq and the Levant', 'Islamic State of Iraq', 'ISI', 'Исламское государство', 'ИГИЛ',
      'الدولة الإسلامية', 'داعش'],
  },
  {
    id: 'isk', type: 'group', name: 'Islamic State Khorasan Province',
    aliases: ['Islamic State Khorasan', 'Islamic State-Khorasan', 'Islamic State Khorasan Province', 'ISK', 'ISKP', 'IS-K',
      'IS-KP', 'ISIS-K', 'ISIL-K', 'ISIS-KP', 'IS Khorasan', 'IS Khorasan Province', 'Islamic State in Khorasan',
      'Islamic State – Khorasan Province', 'Islamic State’s Khorasan Province', 'Islamic State Khurasan',
      'Islamic State Khurasan Province', 'Wilayat Khorasan', 'Wilayat Khurasan', 'Wilayah Khorasan', 'Khorasan Province',
      'Daesh-Khorasan', 'ИГИЛ-Хорасан', 'Вилаят Хорасан', 'ولاية خراسان'],
    country: 'AF', links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'ispp', type: 'group', name: 'Islamic State Pakistan Province',
    aliases: ['ISPP', 'IS-PP', 'Wilayat Pakistan'], country: 'PK',
    links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'iswap', type: 'group', name: 'Islamic State West Africa Province',
    aliases: ['ISWAP', 'IS-WA', 'Islamic State in West Africa', 'Wilayat Gharb Ifriqiya'], country: 'NG',
    links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'is-sahel', type: 'group', name: 'Islamic State Sahel Province',
    aliases: ['ISSP', 'IS Sahel', 'Islamic State in the Greater Sahara', 'ISGS'],
    links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'iscap', type: 'group', name: 'Islamic State Central Africa Province',
    aliases: ['ISCAP', 'IS-CAP', 'IS-DRC', 'IS-Congo', 'Islamic State Congo Province'], links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'is-somalia', type: 'group', name: 'Islamic State Somalia Province',
    aliases: ['ISS', 'IS-Somalia', 'Islamic State in Somalia'], country: 'SO',
    links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'is-mozambique', type: 'group', name: 'Islamic State Mozambique Province',
    aliases: ['ISMP', 'IS-Mozambique', 'IS Mozambique', 'Islamic State in Mozambique', 'Wilayat Mozambique'], country: 'MZ',
    links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'aswj', type: 'group', name: 'Ahlu Sunna wal Jama’a',
    aliases: ['ASWJ', 'Ahl al-Sunna wal-Jama’a', 'Ahlu Sunnah Wa-Jama', 'Ansar al-Sunna', 'Ansar al-Sunnah'], country: 'MZ',
    links: [{ type: 'affiliated_with', target: 'is-mozambique' }],
  },
  {
    id: 'is-caucasus', type: 'group', name: 'Islamic State Caucasus Province',
    aliases: ['Wilayat Qawqaz', 'Vilayat Kavkaz', 'IS Caucasus Province'], country: 'RU',
    links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'is-al-furqan-office', type: 'group', name: 'al-Furqan Office',
    aliases: ['Maktab al-Furqan'], links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  {
    id: 'al-siddiq-office', type: 'group', name: 'al-Siddiq Office',
    aliases: ['Maktab al-Siddiq'], links: [{ type: 'affiliated_with', target: 'islamic-state' }],
  },
  // ---- al-Qaeda and its branches
  {
    id: 'al-qaida', type: 'group', name: 'al-Qaeda',
    aliases: ['al-Qaida', 'al-Qa’ida', 'al-Qa`ida', 'al Qaeda', 'al-Qa‘ida', 'Al Qaida', 'AQ', 'Аль-Каида', 'القاعدة'],
  },
  {
    id: 'aqis', type: 'group', name: 'al-Qaeda in the Indian Subcontinent',
    aliases: ['AQIS', 'al-Qaida in the Indian Subcontinent', 'al-Qa`ida in the Indian Subcontinent'],
    links: [{ type: 'affiliated_with', target: 'al-qaida' }],
  },
  {
    id: 'aqap', type: 'group', name: 'al-Qaeda in the Arabian Peninsula',
    aliases: ['AQAP', 'al-Qaida in the Arabian Peninsula', 'al-Qa`ida in the Arabian Peninsula'], country: 'YE',
    links: [{ type: 'affiliated_with', target: 'al-qaida' }],
  },
  {
    id: 'aqim', type: 'group', name: 'al-Qaeda in the Islamic Maghreb',
    aliases: ['AQIM', 'al-Qaida in the Islamic Maghreb', 'al-Qa`ida in the Islamic Maghreb'],
    links: [{ type: 'affiliated_with', target: 'al-qaida' }],
  },
  {
    id: 'jnim', type: 'group', name: 'Jama’at Nusrat al-Islam wal-Muslimin',
    aliases: ['JNIM', 'Jamaat Nusrat al-Islam wal-Muslimin', 'Group for the Support of Islam and Muslims'], country: 'ML',
    links: [{ type: 'affiliated_with', target: 'al-qaida' }],
  },
  {
    id: 'al-shabaab', type: 'group', name: 'al-Shabaab',
    aliases: ['al-Shabab', 'Harakat al-Shabaab al-Mujahideen', 'Harakat al-Shabab al-Mujahidin', 'Shabaab'], country: 'SO',
    links: [{ type: 'affiliated_with', target: 'al-qaida' }],
  },
  {
    id: 'nusra-front', type: 'group', name: 'Jabhat al-Nusra',
    aliases: ['Nusra Front', 'al-Nusra Front', 'Jabhat Fateh al-Sham', 'JFS', 'Jabhat al-Nusrah', 'al-Nusra'], country: 'SY',
    links: [{ type: 'allied_with', target: 'al-qaida' }],
  },
  {
    id: 'hts', type: 'group', name: 'Hayat Tahrir al-Sham',
    aliases: ['HTS', 'Hay’at Tahrir al-Sham', 'Hayʼat Tahrir al-Sham', 'Hayat Tahrir al-Shām', 'Tahrir al-Sham',
      'Hay`at Tahrir al-Sham', 'Хайят Тахрир аш-Шам'], country: 'SY',
  },
  {
    id: 'hurras-al-din', type: 'group', name: 'Hurras al-Din',
    aliases: ['Hurras al-Deen', 'Tanzim Hurras al-Din', 'Guardians of Religion'], country: 'SY',
    links: [{ type: 'allied_with', target: 'al-qaida' }],
  },
  // ---- Afghanistan and Pakistan
  {
    id: 'taliban', type: 'group', name: 'Taliban',
    aliases: ['Afghan Taliban', 'Islamic Emirate of Afghanistan', 'Islamic Emirate', 'IEA', 'Талибан', 'طالبان'], country: 'AF',
  },
  {
    id: 'haqqani-network', type: 'group', name: 'Haqqani Network',
    aliases: ['Haqqanis', 'HQN', 'Haqqani network'], country: 'AF',
    links: [{ type: 'affiliated_with', target: 'taliban' }],
  },
  {
    id: 'ttp', type: 'group', name: 'Tehrik-i-Taliban Pakistan',
    aliases: ['TTP', 'Tehrik-e-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban', 'Tehrik-e Taliban Pakistan'],
    country: 'PK',
  },
  {
    id: 'jamaat-ul-ahrar', type: 'group', name: 'Jamaat-ul-Ahrar', aliases: ['JuA', 'Jamaat ul-Ahrar'], country: 'PK',
  },
  {
    id: 'lashkar-e-taiba', type: 'group', name: 'Lashkar-e-Taiba',
    aliases: ['LeT', 'Lashkar-e-Tayyiba', 'Lashkar-i-Taiba', 'Jamaat-ud-Dawa', 'JuD'], country: 'PK',
  },
  {
    id: 'jaish-e-mohammed', type: 'group', name: 'Jaish-e-Mohammed',
    aliases: ['JeM', 'Jaish-e-Muhammad', 'Jaish-i-Mohammed', 'Jaish-e-Mohammad'], country: 'PK',
  },
  {
    id: 'lashkar-e-jhangvi', type: 'group', name: 'Lashkar-e-Jhangvi',
    aliases: ['LeJ', 'Lashkar-i-Jhangvi'], country: 'PK',
  },
  {
    id: 'hizb-e-islami', type: 'group', name: 'Hezb-e Islami',
    aliases: ['Hizb-i-Islami', 'Hezb-e-Islami', 'Hizb-e-Islami Gulbuddin', 'HIG', 'Hezb-e Islami Gulbuddin'], country: 'AF',
  },
  {
    id: 'bla', type: 'group', name: 'Balochistan Liberation Army', aliases: ['BLA', 'Baloch Liberation Army'], country: 'PK',
  },
  {
    id: 'jaish-al-adl', type: 'group', name: 'Jaish al-Adl', aliases: ['Jaish ul-Adl', 'Army of Justice'], country: 'IR',
  },
  // ---- Central Asian and Uyghur groups
  {
    id: 'imu', type: 'group', name: 'Islamic Movement of Uzbekistan',
    aliases: ['IMU', 'Islamic Movement of Turkestan', 'Исламское движение Узбекистана', 'ИДУ', 'Oʻzbekiston islomiy harakati'],
    country: 'UZ',
  },
  {
    id: 'iju', type: 'group', name: 'Islamic Jihad Union',
    aliases: ['IJU', 'Islamic Jihad Group', 'Союз исламского джихада'], country: 'UZ',
  },
  {
    id: 'jamaat-ansarullah', type: 'group', name: 'Jamaat Ansarullah',
    aliases: ['Jamaat Ansarulloh', 'Jamaat Ansarallah', 'Jama’at Ansarullah', 'Ansarullah', 'Ansarulloh', 'Джамаат Ансаруллах',
      'Жамоат Ансоруллох', 'Ҷамоати Ансоруллоҳ'],
    country: 'AF',
  },
  {
    id: 'katibat-imam-al-bukhari', type: 'group', name: 'Katibat Imam al-Bukhari',
    aliases: ['KIB', 'Imam Bukhari Battalion', 'Imam al-Bukhari Battalion', 'Imam Bukhari Jamaat', 'Imam Bukhari Brigade',
      'Katibat Imam Bukhari', 'Катибат Имам аль-Бухари'],
    country: 'SY',
  },
  {
    id: 'katibat-tawhid-wal-jihad', type: 'group', name: 'Katibat al-Tawhid wal-Jihad',
    aliases: ['KTJ', 'Jannat Oshiqlari', 'Katibat Tawhid wal Jihad'], country: 'SY',
  },
  {
    id: 'tip', type: 'group', name: 'Turkestan Islamic Party',
    aliases: ['TIP', 'East Turkestan Islamic Movement', 'ETIM', 'East Turkistan Islamic Movement', 'Turkistan Islamic Party',
      'Hizb al-Islami al-Turkistani'],
    country: 'CN',
  },
  {
    id: 'hizb-ut-tahrir', type: 'group', name: 'Hizb ut-Tahrir', aliases: ['Hizb-ut-Tahrir', 'HuT', 'Хизб ут-Тахрир'],
  },
  {
    id: 'jund-al-khilafah', type: 'group', name: 'Jund al-Khilafah', aliases: ['Jund al-Khilafa', 'Soldiers of the Caliphate'], country: 'KZ',
  },
  {
    id: 'caucasus-emirate', type: 'group', name: 'Caucasus Emirate', aliases: ['Imarat Kavkaz', 'Имарат Кавказ'], country: 'RU',
  },
  // ---- Middle East and Africa
  { id: 'hezbollah', type: 'group', name: 'Hezbollah', aliases: ['Hizballah', 'Hizbullah', 'Lebanese Hezbollah'], country: 'LB' },
  { id: 'hamas', type: 'group', name: 'Hamas', aliases: ['Harakat al-Muqawama al-Islamiya', 'Islamic Resistance Movement'], country: 'PS' },
  { id: 'houthis', type: 'group', name: 'Houthis', aliases: ['Ansar Allah', 'Houthi movement', 'Houthi'], country: 'YE' },
  {
    id: 'boko-haram', type: 'group', name: 'Boko Haram',
    aliases: ['Jama’atu Ahlis Sunna Lidda’awati wal-Jihad', 'JAS', 'Jamā’at Ahl as-Sunnah lid-Da’wah wa’l-Jihād'], country: 'NG',
  },
  { id: 'pkk', type: 'group', name: 'Kurdistan Workers’ Party', aliases: ['PKK', 'Kurdistan Workers Party'], country: 'TR' },
  { id: 'ahrar-al-sham', type: 'group', name: 'Ahrar al-Sham', aliases: ['Harakat Ahrar al-Sham al-Islamiyya'], country: 'SY' },
  { id: 'jund-al-aqsa', type: 'group', name: 'Jund al-Aqsa', aliases: [], country: 'SY' },
  { id: 'ansar-al-sharia', type: 'group', name: 'Ansar al-Sharia', aliases: ['Ansar al-Shariah'] },
  { id: 'is-sinai', type: 'group', name: 'Islamic State Sinai Province', aliases: ['Ansar Bayt al-Maqdis', 'Wilayat Sinai', 'IS-Sinai'], country: 'EG', links: [{ type: 'affiliated_with', target: 'islamic-state' }] },
  { id: 'is-east-asia', type: 'group', name: 'Islamic State East Asia Province', aliases: ['ISEAP', 'IS-East Asia'], country: 'PH', links: [{ type: 'affiliated_with', target: 'islamic-state' }] },
  { id: 'abu-sayyaf', type: 'group', name: 'Abu Sayyaf Group', aliases: ['Abu Sayyaf', 'ASG'], country: 'PH' },
  { id: 'jemaah-islamiyah', type: 'group', name: 'Jemaah Islamiyah', aliases: ['JI', 'Jemaah Islamiya'], country: 'ID' },
  { id: 'jad', type: 'group', name: 'Jamaah Ansharut Daulah', aliases: ['JAD'], country: 'ID', links: [{ type: 'pledged_allegiance_to', target: 'islamic-state' }] },
  { id: 'jmb', type: 'group', name: 'Jamaat-ul-Mujahideen Bangladesh', aliases: ['JMB', 'Neo-JMB'], country: 'BD' },
  { id: 'adf', type: 'group', name: 'Allied Democratic Forces', aliases: ['ADF'], country: 'CD', links: [{ type: 'affiliated_with', target: 'iscap' }] },
  { id: 'lashkar-e-islam', type: 'group', name: 'Lashkar-e-Islam', aliases: ['LeI'], country: 'PK' },
  { id: 'hizbul-mujahideen', type: 'group', name: 'Hizbul Mujahideen', aliases: ['Hizb-ul-Mujahideen'], country: 'IN' },
  { id: 'ansarul-islam', type: 'group', name: 'Ansarul Islam', aliases: ['Ansaroul Islam'], country: 'BF' },
  { id: 'wagner', type: 'organization', name: 'Wagner Group', aliases: ['PMC Wagner', 'Africa Corps'], country: 'RU' },
  { id: 'iyad-ag-ghaly', type: 'person', name: 'Iyad Ag Ghaly', aliases: ['Iyad ag Ghali'], links: [{ type: 'leader_of', target: 'jnim' }] },
  { id: 'ahmed-diriye', type: 'person', name: 'Ahmed Diriye', aliases: ['Ahmad Umar', 'Abu Ubaidah'], links: [{ type: 'leader_of', target: 'al-shabaab' }] },
  { id: 'khalid-batarfi', type: 'person', name: 'Khalid Batarfi', aliases: ['Khalid bin Umar Batarfi'], links: [{ type: 'member_of', target: 'aqap' }] },
  { id: 'abu-musab-al-barnawi', type: 'person', name: 'Abu Musab al-Barnawi', aliases: ['Habib Yusuf'], links: [{ type: 'member_of', target: 'iswap' }] },
  { id: 'abu-al-hassan-al-hashimi', type: 'person', name: 'Abu al-Hassan al-Hashimi al-Qurashi', aliases: ['Abu al-Hasan al-Hashimi al-Qurashi'], links: [{ type: 'leader_of', target: 'islamic-state' }] },
  { id: 'abu-al-hussein-al-husseini', type: 'person', name: 'Abu al-Hussein al-Husseini al-Qurashi', aliases: ['Abu al-Husayn al-Husayni al-Qurashi'], links: [{ type: 'leader_of', target: 'islamic-state' }] },
  { id: 'abu-muhammad-al-maqdisi', type: 'person', name: 'Abu Muhammad al-Maqdisi', aliases: ['al-Maqdisi'] },
  { id: 'anwar-al-awlaki', type: 'person', name: 'Anwar al-Awlaki', aliases: ['Anwar al-Aulaqi'], links: [{ type: 'member_of', target: 'aqap' }] },
  { id: 'abdul-rashid-dostum', type: 'person', name: 'Abdul Rashid Dostum', aliases: ['Dostum'] },
  // ---- Media outlets and channels
  {
    id: 'amaq', type: 'media', name: 'Amaq News Agency',
    aliases: ['Amaq', 'A’maq', 'A`maq', 'Amaq news agency', 'Amaq Agency', 'Amaq News', 'Вилаят Амак', 'أعماق', 'وكالة أعماق'],
    links: [{ type: 'published_by', target: 'islamic-state' }],
  },
  {
    id: 'al-naba', type: 'media', name: 'al-Naba',
    aliases: ['al-Naba’', 'al-Nabaa', 'Al Naba', 'النبأ'], links: [{ type: 'published_by', target: 'islamic-state' }],
  },
  {
    id: 'al-furqan', type: 'media', name: 'al-Furqan Media',
    aliases: ['al-Furqan Media Foundation', 'al-Furqan Foundation', 'Furqan Media'],
    links: [{ type: 'published_by', target: 'islamic-state' }],
  },
  {
    id: 'al-hayat', type: 'media', name: 'al-Hayat Media Center',
    aliases: ['al-Hayat Media Centre', 'Al Hayat Media Center'], links: [{ type: 'published_by', target: 'islamic-state' }],
  },
  { id: 'dabiq', type: 'media', name: 'Dabiq', aliases: ['Dabiq magazine'], links: [{ type: 'published_by', target: 'islamic-state' }] },
  { id: 'rumiyah', type: 'media', name: 'Rumiyah', aliases: ['Rumiyah magazine'], links: [{ type: 'published_by', target: 'islamic-state' }] },
  {
    id: 'al-azaim', type: 'media', name: 'Al-Azaim Foundation',
    aliases: ['al-Azaim', 'Al Azaim', 'Al-Azaim Media', 'Al-Azaim Foundation for Media Production', 'al-Azaim Media Foundation'],
    links: [{ type: 'published_by', target: 'isk' }],
  },
  {
    id: 'voice-of-khurasan', type: 'media', name: 'Voice of Khurasan',
    aliases: ['Voice of Khorasan', 'Voice of Khurasan magazine'], links: [{ type: 'published_by', target: 'isk' }],
  },
  {
    id: 'sadoi-khuroson', type: 'media', name: 'Sadoi Khuroson',
    aliases: ['Sadoi Khurason', 'Sado-i Khuroson', 'Садои Хуросон'], links: [{ type: 'published_by', target: 'isk' }],
  },
  { id: 'khurasan-ghag', type: 'media', name: 'Khurasan Ghag', aliases: ['Khorasan Ghag'], links: [{ type: 'published_by', target: 'isk' }] },
  {
    id: 'al-millat', type: 'media', name: 'Al-Millat Media', aliases: ['al-Millat', 'Millat Media'],
    links: [{ type: 'published_by', target: 'isk' }],
  },
  { id: 'al-qital', type: 'media', name: 'al-Qital Media Center', aliases: ['al-Qital'] },
  {
    id: 'al-sahab', type: 'media', name: 'As-Sahab',
    aliases: ['al-Sahab', 'As-Sahab Media', 'al-Sahab Media Foundation'], links: [{ type: 'published_by', target: 'al-qaida' }],
  },
  { id: 'inspire', type: 'media', name: 'Inspire', aliases: ['Inspire magazine'], links: [{ type: 'published_by', target: 'aqap' }] },
  { id: 'al-kataib', type: 'media', name: 'al-Kataib Media', aliases: ['al-Kataib'], links: [{ type: 'published_by', target: 'al-shabaab' }] },
  { id: 'nashir-news', type: 'media', name: 'Nashir News Agency', aliases: ['Nashir', 'Nashir News'], links: [{ type: 'affiliated_with', target: 'islamic-state' }] },
  { id: 'al-battar', type: 'media', name: 'al-Battar Media Foundation', aliases: ['al-Battar'] },
  { id: 'al-malahim', type: 'media', name: 'al-Malahim Media', aliases: ['al-Malahem Media', 'al-Malahim'], links: [{ type: 'published_by', target: 'aqap' }] },
  { id: 'al-zallaqa', type: 'media', name: 'al-Zallaqa Media', aliases: ['az-Zallaqa', 'al-Zallaqa'], links: [{ type: 'published_by', target: 'jnim' }] },
  { id: 'yaqeen-media', type: 'media', name: 'Yaqeen Media', aliases: ['Yaqeen'] },
  { id: 'umar-media', type: 'media', name: 'Umar Media', aliases: [], links: [{ type: 'published_by', target: 'ttp' }] },
  { id: 'telegram', type: 'media', name: 'Telegram', aliases: ['Телеграм'] },
  { id: 'whatsapp', type: 'media', name: 'WhatsApp', aliases: ['Whatsapp'] },
  { id: 'zello', type: 'media', name: 'Zello', aliases: ['Zello channel'] },
  { id: 'facebook', type: 'media', name: 'Facebook', aliases: [] },
  { id: 'youtube', type: 'media', name: 'YouTube', aliases: [] },
  { id: 'twitter', type: 'media', name: 'Twitter', aliases: [] },
  { id: 'tiktok', type: 'media', name: 'TikTok', aliases: [] },
  { id: 'instagram', type: 'media', name: 'Instagram', aliases: [] },
  { id: 'vkontakte', type: 'media', name: 'VKontakte', aliases: ['VK'] },
  { id: 'odnoklassniki', type: 'media', name: 'Odnoklassniki', aliases: [] },
  { id: 'rocketchat', type: 'media', name: 'Rocket.Chat', aliases: ['RocketChat'] },
  { id: 'tamtam', type: 'media', name: 'TamTam', aliases: [] },
  { id: 'element', type: 'media', name: 'Element', aliases: [] },
  {
    id: 'rferl', type: 'media', name: 'Radio Free Europe/Radio Liberty',
    aliases: ['Radio Free Europe', 'RFE/RL', 'RFERL', 'Radio Liberty', 'Радио Свобода'],
  },
  { id: 'radio-ozodi', type: 'media', name: 'Radio Ozodi', aliases: ['Ozodi', 'Радиои Озодӣ'], links: [{ type: 'affiliated_with', target: 'rferl' }] },
  { id: 'radio-azattyk', type: 'media', name: 'Radio Azattyk', aliases: ['Azattyk'], links: [{ type: 'affiliated_with', target: 'rferl' }] },
  { id: 'radio-ozodlik', type: 'media', name: 'Radio Ozodlik', aliases: ['Ozodlik'], links: [{ type: 'affiliated_with', target: 'rferl' }] },
  { id: 'asia-plus', type: 'media', name: 'Asia-Plus', aliases: ['Asia Plus', 'Азия-Плюс'] },
  { id: 'eurasianet', type: 'media', name: 'Eurasianet', aliases: ['EurasiaNet'] },
  { id: 'bbc', type: 'media', name: 'BBC', aliases: ['BBC News', 'British Broadcasting Corporation'] },
  { id: 'reuters', type: 'media', name: 'Reuters', aliases: [] },
  { id: 'al-jazeera', type: 'media', name: 'Al Jazeera', aliases: ['Al-Jazeera', 'الجزيرة'] },
  { id: 'tass', type: 'media', name: 'TASS', aliases: ['ТАСС'] },
  { id: 'ria-novosti', type: 'media', name: 'RIA Novosti', aliases: ['РИА Новости'] },
  { id: 'interfax', type: 'media', name: 'Interfax', aliases: ['Интерфакс'] },
  { id: 'new-york-times', type: 'media', name: 'New York Times', aliases: ['The New York Times', 'NYT'] },
  { id: 'washington-post', type: 'media', name: 'Washington Post', aliases: ['The Washington Post'] },
  { id: 'ctc-sentinel', type: 'media', name: 'CTC Sentinel', aliases: [] },
  { id: 'long-war-journal', type: 'media', name: 'Long War Journal', aliases: ["FDD's Long War Journal"] },
  // ---- Leaders and figures
  {
    id: 'abu-bakr-al-baghdadi', type: 'person', name: 'Abu Bakr al-Baghdadi',
    aliases: ['Ibrahim Awad Ibrahim al-Badri', 'Абу Бакр аль-Багдади'], links: [{ type: 'leader_of', target: 'islamic-state' }],
  },
  {
    id: 'abu-ibrahim-al-hashimi', type: 'person', name: 'Abu Ibrahim al-Hashimi al-Qurashi',
    aliases: ['Amir Muhammad Said Abdal-Rahman al-Mawla', 'Abu Ibrahim al-Hashimi'], links: [{ type: 'leader_of', target: 'islamic-state' }],
  },
  {
    id: 'abu-hafs-al-hashimi', type: 'person', name: 'Abu Hafs al-Hashimi al-Qurashi',
    aliases: ['Abu Hafs al-Hashimi'], links: [{ type: 'leader_of', target: 'islamic-state' }],
  },
  { id: 'abu-mohammed-al-adnani', type: 'person', name: 'Abu Muhammad al-Adnani', aliases: ['Abu Mohammed al-Adnani'] },
  {
    id: 'sanaullah-ghafari', type: 'person', name: 'Sanaullah Ghafari',
    aliases: ['Shahab al-Muhajir', 'Sanaullah Ghaffari', 'Shahab al-Mohajir'], links: [{ type: 'leader_of', target: 'isk' }],
  },
  { id: 'hafiz-saeed-khan', type: 'person', name: 'Hafiz Saeed Khan', aliases: [], links: [{ type: 'leader_of', target: 'isk' }] },
  { id: 'aslam-farooqi', type: 'person', name: 'Aslam Farooqi', aliases: ['Abdullah Orakzai'], links: [{ type: 'leader_of', target: 'isk' }] },
  { id: 'abu-omar-khorasani', type: 'person', name: 'Abu Omar Khorasani', aliases: ['Abu Omar al-Khorasani'] },
  {
    id: 'osama-bin-laden', type: 'person', name: 'Osama bin Laden', aliases: ['Usama bin Ladin', 'Usama bin Laden'],
    links: [{ type: 'leader_of', target: 'al-qaida' }],
  },
  {
    id: 'ayman-al-zawahiri', type: 'person', name: 'Ayman al-Zawahiri', aliases: ['Ayman al-Zawahri', 'al-Zawahiri'],
    links: [{ type: 'leader_of', target: 'al-qaida' }],
  },
  { id: 'saif-al-adel', type: 'person', name: 'Saif al-Adel', aliases: ['Sayf al-Adl'] },
  {
    id: 'hibatullah-akhundzada', type: 'person', name: 'Hibatullah Akhundzada',
    aliases: ['Haibatullah Akhundzada', 'Mawlawi Hibatullah Akhundzada'], links: [{ type: 'leader_of', target: 'taliban' }],
  },
  { id: 'mullah-omar', type: 'person', name: 'Mullah Omar', aliases: ['Mohammed Omar', 'Mullah Mohammad Omar'], links: [{ type: 'leader_of', target: 'taliban' }] },
  {
    id: 'sirajuddin-haqqani', type: 'person', name: 'Sirajuddin Haqqani', aliases: [],
    links: [{ type: 'leader_of', target: 'haqqani-network' }],
  },
  { id: 'noor-wali-mehsud', type: 'person', name: 'Noor Wali Mehsud', aliases: ['Mufti Noor Wali Mehsud'], links: [{ type: 'leader_of', target: 'ttp' }] },
  { id: 'abu-mohammad-al-julani', type: 'person', name: 'Abu Mohammad al-Julani', aliases: ['Abu Muhammad al-Jawlani', 'Ahmed al-Sharaa', 'al-Julani', 'al-Jawlani'], links: [{ type: 'leader_of', target: 'hts' }] },
  { id: 'tahir-yuldashev', type: 'person', name: 'Tahir Yuldashev', aliases: ['Tohir Yoʻldosh'], links: [{ type: 'leader_of', target: 'imu' }] },
  { id: 'usmon-ghazi', type: 'person', name: 'Usmon Ghazi', aliases: ['Usman Ghazi'], links: [{ type: 'leader_of', target: 'imu' }] },
  {
    id: 'gulmurod-khalimov', type: 'person', name: 'Gulmurod Khalimov',
    aliases: ['Gulmurod Halimov', 'Abu Malik', 'Гулмурод Халимов'], links: [{ type: 'member_of', target: 'islamic-state' }],
  },
  { id: 'emomali-rahmon', type: 'person', name: 'Emomali Rahmon', aliases: ['Emomali Rahmonov', 'Эмомали Рахмон'] },
  { id: 'shavkat-mirziyoyev', type: 'person', name: 'Shavkat Mirziyoyev', aliases: ['Шавкат Мирзиёев'] },
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', aliases: ['Putin', 'Владимир Путин'] },
  { id: 'abubakar-shekau', type: 'person', name: 'Abubakar Shekau', aliases: [], links: [{ type: 'leader_of', target: 'boko-haram' }] },
  // ---- State bodies and international organisations
  { id: 'united-nations', type: 'organization', name: 'United Nations', aliases: ['UN', 'U.N.', 'ООН'] },
  { id: 'un-security-council', type: 'organization', name: 'UN Security Council', aliases: ['United Nations Security Council', 'U.N. Security Council', 'UNSC', 'Security Council'] },
  {
    id: 'un-monitoring-team', type: 'organization', name: 'UN Monitoring Team',
    aliases: ['Analytical Support and Sanctions Monitoring Team', 'Monitoring Team', 'U.N. Monitoring Team', 'United Nations Monitoring Team'],
    links: [{ type: 'affiliated_with', target: 'un-security-council' }],
  },
  { id: 'unama', type: 'organization', name: 'UNAMA', aliases: ['United Nations Assistance Mission in Afghanistan'] },
  { id: 'gknb-kg', type: 'organization', name: 'GKNB', aliases: ['State Committee for National Security', 'ГКНБ', 'SCNS'], country: 'KG' },
  { id: 'fsb', type: 'organization', name: 'FSB', aliases: ['Federal Security Service', 'ФСБ', 'Russian Federal Security Service'], country: 'RU' },
  { id: 'nac-ru', type: 'organization', name: 'National Antiterrorism Committee', aliases: ['NAC', 'НАК'], country: 'RU' },
  { id: 'sgb-uz', type: 'organization', name: 'State Security Service of Uzbekistan', aliases: ['SGB', 'SNB', 'СГБ', 'National Security Service of Uzbekistan'], country: 'UZ' },
  { id: 'knb-kz', type: 'organization', name: 'National Security Committee of Kazakhstan', aliases: ['KNB', 'КНБ'], country: 'KZ' },
  { id: 'nds', type: 'organization', name: 'National Directorate of Security', aliases: ['NDS'], country: 'AF' },
  { id: 'gdi', type: 'organization', name: 'General Directorate of Intelligence', aliases: ['GDI'], country: 'AF' },
  { id: 'isi', type: 'organization', name: 'Inter-Services Intelligence', aliases: ['ISI (Pakistan)'], country: 'PK' },
  { id: 'ctd-pk', type: 'organization', name: 'Counter Terrorism Department', aliases: ['CTD'], country: 'PK' },
  { id: 'nia-in', type: 'organization', name: 'National Investigation Agency', aliases: ['NIA'], country: 'IN' },
  { id: 'fbi', type: 'organization', name: 'FBI', aliases: ['Federal Bureau of Investigation'], country: 'US' },
  { id: 'cia', type: 'organization', name: 'CIA', aliases: ['Central Intelligence Agency'], country: 'US' },
  { id: 'dhs', type: 'organization', name: 'Department of Homeland Security', aliases: ['DHS'], country: 'US' },
  { id: 'nctc', type: 'organization', name: 'National Counterterrorism Center', aliases: ['NCTC'], country: 'US' },
  { id: 'us-state-department', type: 'organization', name: 'U.S. State Department', aliases: ['State Department', 'US State Department', 'U.S. Department of State', 'Department of State'], country: 'US' },
  { id: 'us-treasury', type: 'organization', name: 'U.S. Treasury', aliases: ['Treasury Department', 'U.S. Department of the Treasury', 'OFAC', 'Office of Foreign Assets Control'], country: 'US' },
  { id: 'pentagon', type: 'organization', name: 'Pentagon', aliases: ['U.S. Department of Defense', 'Department of Defense', 'DoD'], country: 'US' },
  { id: 'centcom', type: 'organization', name: 'U.S. Central Command', aliases: ['CENTCOM', 'US Central Command', 'Central Command'], country: 'US' },
  { id: 'us-congress', type: 'organization', name: 'Congress', aliases: ['U.S. Congress', 'US Congress'], country: 'US' },
  { id: 'europol', type: 'organization', name: 'Europol', aliases: [] },
  { id: 'interpol', type: 'organization', name: 'Interpol', aliases: ['INTERPOL'] },
  { id: 'european-union', type: 'organization', name: 'European Union', aliases: ['EU'] },
  { id: 'nato', type: 'organization', name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { id: 'sco', type: 'organization', name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { id: 'csto', type: 'organization', name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'ОДКБ'] },
  { id: 'irpt', type: 'organization', name: 'Islamic Renaissance Party of Tajikistan', aliases: ['IRPT', 'Islamic Revival Party of Tajikistan', 'ПИВТ', 'Партия исламского возрождения Таджикистана'], country: 'TJ' },
  { id: 'omon', type: 'organization', name: 'OMON', aliases: ['Special Purpose Police Unit', 'ОМОН', 'Otryad Militsii Osobogo Naznacheniya'] },
  { id: 'irgc', type: 'organization', name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC'], country: 'IR' },
  { id: 'ctc-west-point', type: 'organization', name: 'Combating Terrorism Center', aliases: ['CTC', 'Combating Terrorism Center at West Point'], country: 'US' },
  { id: 'soufan-center', type: 'organization', name: 'Soufan Center', aliases: ['The Soufan Center', 'TSC'], country: 'US' },
  { id: 'crisis-group', type: 'organization', name: 'International Crisis Group', aliases: ['Crisis Group', 'ICG'] },
  { id: 'acled', type: 'organization', name: 'ACLED', aliases: ['Armed Conflict Location & Event Data Project', 'Armed Conflict Location and Event Data'] },
  { id: 'human-rights-watch', type: 'organization', name: 'Human Rights Watch', aliases: ['HRW'] },
  { id: 'amnesty-international', type: 'organization', name: 'Amnesty International', aliases: [] },
  // ---- Regions and historical names the gazetteer does not hold
  { id: 'central-asia', type: 'location', name: 'Central Asia', aliases: ['Центральная Азия'] },
  { id: 'south-asia', type: 'location', name: 'South Asia', aliases: [] },
  { id: 'middle-east', type: 'location', name: 'Middle East', aliases: [] },
  { id: 'levant', type: 'location', name: 'Levant', aliases: ['al-Sham', 'Bilad al-Sham'] },
  { id: 'europe', type: 'location', name: 'Europe', aliases: ['Western Europe'] },
  { id: 'africa', type: 'location', name: 'Africa', aliases: [] },
  { id: 'sahel', type: 'location', name: 'Sahel', aliases: [] },
  { id: 'caucasus', type: 'location', name: 'Caucasus', aliases: ['North Caucasus', 'Northern Caucasus'] },
  { id: 'fergana-valley', type: 'location', name: 'Fergana Valley', aliases: ['Ferghana Valley'] },
  { id: 'soviet-union', type: 'location', name: 'Soviet Union', aliases: ['USSR', 'former Soviet Union'] },
  { id: 'mawarannahr', type: 'location', name: 'Mawarannahr', aliases: ['Transoxiana', 'Ma wara’ an-Nahr'] },
  { id: 'waziristan', type: 'location', name: 'Waziristan', aliases: ['Wazirstan', 'North Waziristan', 'South Waziristan'], country: 'PK' },
  { id: 'raqqa', type: 'location', name: 'Raqqa', aliases: ['al-Raqqa', 'Ar-Raqqah', 'Raqqah'], country: 'SY' },
  { id: 'mazar-i-sharif', type: 'location', name: 'Mazar-i-Sharif', aliases: ['Mazar-e Sharif', 'Mazar-e-Sharif'], country: 'AF' },
  { id: 'jalalabad-af', type: 'location', name: 'Jalalabad', aliases: [], country: 'AF' },
  { id: 'balkans', type: 'location', name: 'Balkans', aliases: ['Western Balkans'] },
  { id: 'maghreb', type: 'location', name: 'Maghreb', aliases: [] },
  { id: 'horn-of-africa', type: 'location', name: 'Horn of Africa', aliases: [] },
  { id: 'lake-chad-basin', type: 'location', name: 'Lake Chad Basin', aliases: ['Lake Chad region'] },
  { id: 'arabian-peninsula', type: 'location', name: 'Arabian Peninsula', aliases: [] },
  { id: 'persian-gulf', type: 'location', name: 'Persian Gulf', aliases: ['Gulf states'] },
  { id: 'south-caucasus', type: 'location', name: 'South Caucasus', aliases: [] },
  { id: 'hindu-kush', type: 'location', name: 'Hindu Kush', aliases: [] },
  { id: 'wakhan-corridor', type: 'location', name: 'Wakhan Corridor', aliases: ['Wakhan'], country: 'AF' },
  { id: 'pamirs', type: 'location', name: 'Pamirs', aliases: ['Pamir Mountains', 'Pamir'] },
  { id: 'fata', type: 'location', name: 'Federally Administered Tribal Areas', aliases: ['FATA'], country: 'PK' },
  { id: 'kashmir', type: 'location', name: 'Kashmir', aliases: ['Jammu and Kashmir'] },
  { id: 'kurdistan', type: 'location', name: 'Kurdistan', aliases: ['Iraqi Kurdistan', 'Kurdistan Region'] },
  { id: 'donbas', type: 'location', name: 'Donbas', aliases: ['Donbass'], country: 'UA' },
  { id: 'southeast-asia', type: 'location', name: 'Southeast Asia', aliases: [] },
  { id: 'west-africa', type: 'location', name: 'West Africa', aliases: [] },
  { id: 'east-africa', type: 'location', name: 'East Africa', aliases: [] },
  { id: 'north-africa', type: 'location', name: 'North Africa', aliases: [] },
  { id: 'euphrates-river-valley', type: 'location', name: 'Euphrates River Valley', aliases: ['Middle Euphrates River Valley'] },
  { id: 'puntland', type: 'location', name: 'Puntland', aliases: [], country: 'SO' },
  { id: 'jubaland', type: 'location', name: 'Jubaland', aliases: [], country: 'SO' },
  { id: 'sinai', type: 'location', name: 'Sinai', aliases: ['Sinai Peninsula', 'northern Sinai'], country: 'EG' },
  { id: 'mindanao', type: 'location', name: 'Mindanao', aliases: [], country: 'PH' },
  { id: 'gorno-badakhshan', type: 'location', name: 'Gorno-Badakhshan', aliases: ['GBAO', 'Gorno-Badakhshan region', 'Gorno-Badakhshan Autonomous Region', 'Горно-Бадахшанская автономная область'], country: 'TJ' },
];

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
