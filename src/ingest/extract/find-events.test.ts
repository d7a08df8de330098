import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { extractKnowledge, type ExtractKnowledgeInput, type ExtractKnowledgeOptions } from './extract-knowledge.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { toMeasurementJson } from './to-measurement-json.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();
const extractWithReference = (input: ExtractKnowledgeInput, options: ExtractKnowledgeOptions = {}) => extractKnowledge(input, { reference, ...options });

/** Events of a text we wrote (genre-like sentences, no real report), as `type date country`. */
function eventsOf(text: string, published?: string): string[] {
  const sentences = splitSentences(text, text.length);
  const options = published ? { published: { start: published, end: published, precision: 'day' as const, text: published } } : {};
  const out = toMeasurementJson(extractWithReference({ text, bodyEnd: text.length, sentences }, options));
  return out.events.map((e) => `${e.type} ${e.date ?? '-'} ${e.country ?? '-'}`);
}

describe('findEvents', () => {
  it('reads an attacker or a suspect the police kill in a fight as their clash, not a targeted killing', () => {
    expect(eventsOf('On 3 May 2023 a man stabbed two passers-by in Lyon, France. The attacker, Karim Benali, was shot dead by police minutes later.'))
      .toEqual(['attack 2023-05-03 FR', 'clash 2023-05-03 FR']);
    expect(eventsOf('On 3 May 2023 Karim Benali drove a van into a crowd at a market in Lyon, France. He then fired at officers, who returned fire and killed him.'))
      .toEqual(['attack 2023-05-03 FR', 'clash 2023-05-03 FR']);
    // (the shot the suspect fired opens the raid's clash: no attack of its own)
    expect(eventsOf('Ali Murad and Omar Bek were detained in a raid in Grozny, Russia, on 12 June 2023, in which a third suspect opened fire and was killed.'))
      .toEqual(['arrest 2023-06-12 RU', 'clash 2023-06-12 RU']);
    // (the end of the killer of a killing the sentence told is that killing's; a figure the police killed, no fight told, is a killing)
    expect(eventsOf('On 3 May 2023 the teacher Paul Morel was beheaded in Lyon, France, by Karim Benali, who was shot dead by police shortly afterwards.'))
      .toEqual(['killing 2023-05-03 FR']);
    expect(eventsOf('Abu Talib al-Kenyi ran the cell for three years. He led it until Kenyan police killed him in Mombasa, Kenya, in May 2019.')).toEqual(['killing 2019-05 KE']);
  });

  it('reads a shoot-out as a clash, and the shot at the police that opened it as no attack of its own', () => {
    expect(eventsOf('On 7 March 2024 officers killed two members of the cell in a shootout in the Kaluga region, Russia.')).toEqual(['clash 2024-03-07 RU']);
    expect(eventsOf('On 12 February 2025 three suspects were killed in a shoot-out in Bajaur, Pakistan, after they opened fire on a police team.'))
      .toEqual(['clash 2025-02-12 PK']);
    // (a shot at others is an attack still)
    expect(eventsOf('On 12 February 2025 gunmen opened fire on a wedding party in Bajaur, Pakistan, killing six guests.')).toEqual(['attack 2025-02-12 PK']);
  });

  it('reads a pledge a relative clause gives in the past perfect, with no date of its own, as no event of the sentence’s date', () => {
    expect(eventsOf('In June 2024 police in Graz, Austria, arrested Omar Said, who had pledged allegiance to the Islamic State, over a plan to bomb a church.'))
      .not.toContain('pledge 2024-06 AT');
    // (dated in its clause, it is one)
    expect(eventsOf('In June 2024 police arrested Omar Said, who had pledged allegiance to the Islamic State in a video in March 2023, in Vienna, Austria.'))
      .toContain('pledge 2023-03 -');
  });

  it('reads a figure a bombing killed with many others as one of the attack’s dead, not a targeted killing', () => {
    expect(eventsOf('On 28 February 2025 a suicide bombing at a seminary in Akora Khattak, Pakistan, killed its head, Hamid Gul, and at least seven others.'))
      .toEqual(['attack 2025-02-28 PK']);
    // (a figure a bomb killed alone, or one killed with others in no bombing, is a killing)
    expect(eventsOf('In June 2023 a car bomb in Fayzabad, Afghanistan, killed Nisar Ahmad Ahmadi, the acting deputy governor of Badakhshan.')).toEqual(['killing 2023-06 AF']);
    expect(eventsOf('Its founder Malik Ishaq was killed with 13 others in what police described as an escape attempt in Muzaffargarh, Pakistan, on 29 July 2015.'))
      .toEqual(['killing 2015-07-29 PK']);
  });

  it('reads no release in an attack named by its claim, and no attack in a heart attack', () => {
    expect(eventsOf('The ISKP-claimed attack on a market in Kabul, Afghanistan, on 3 June 2024 killed 12 people.')).toEqual(['attack 2024-06-03 AF']);
    expect(eventsOf('Its first claimed operation was a failed bid to kill a judge in Cairo, Egypt, on 5 August 2016.')).not.toContain('propaganda 2016-08-05 EG');
    // (a claim the group made is a release, as before)
    expect(eventsOf('On 3 June 2024 gunmen attacked a market in Kabul, Afghanistan. ISKP claimed the attack the same day through Amaq.'))
      .toEqual(['attack 2024-06-03 AF', 'propaganda 2024-06-03 AF']);
    expect(eventsOf('Omar Haddad, the deputy of the Lashkar front, died of a heart attack in Lahore, Pakistan, in December 2024.')).not.toContain('attack 2024-12 PK');
  });

  it('reads the militants a security operation kills as its toll: one clash, no attack of their own', () => {
    expect(eventsOf('On 30 July 2025 an army operation near Tera in Niger killed 30 militants.')).toEqual(['clash 2025-07-30 NE']);
    expect(eventsOf('On 30 July 2025 a combined air and ground operation near Tera in Niger killed "around 30 terrorists".')).toEqual(['clash 2025-07-30 NE']);
    // (a force that opens the clause after a date with no comma is the subject still)
    expect(eventsOf('On 30 July 2025 soldiers killed 30 militants near Tera in Niger.')).toEqual(['clash 2025-07-30 NE']);
    // (the plural is what a force does over time, no occasion)
    expect(eventsOf('In 2016 he was directing ground operations in Syria and Iraq.')).toEqual([]);
  });

  it('keeps undated, not in a year of its background, the items of a digest whose only years are the background’s', () => {
    const digest = 'Border Security Digest - Week 50 (8-14 Dec)\n\nDated entries\n\n' +
      '- 9 Dec: Gunmen attacked a police post in Saravan, Iran, killing four officers.\n\n' +
      '- 11 Dec: Police arrested two men in Zahedan, Iran, over the attack.\n\n' +
      'Background\n\nThe group abducted border guards near Mirjaveh in October 2018 and bombed a bus in February 2019, last year of its major attacks.';
    const events = eventsOf(digest);
    expect(events).toContain('attack - IR');
    expect(events).toContain('arrest - IR');
    expect(events.some((e) => e.includes(' 2018-12') || e.includes(' 2019-12'))).toBe(false);
    // (with a publication date, the same items are of its year)
    expect(eventsOf(digest, '2023-12-15')).toContain('attack 2023-12-09 IR');
  });

  it('dates an event named by its year to the day or month its sentence tells in that year', () => {
    expect(eventsOf('The order cites the 2019 attack in which members of the group burned a police post at Kollam in Kerala, India, on 12 March 2019.', '2022-10-01'))
      .toEqual(['attack 2019-03-12 IN']);
    // (a day of another year is another occasion's)
    expect(eventsOf('The order cites the 2019 attack on a police post at Kollam in Kerala, India, which the court tried on 12 March 2021.', '2022-10-01'))
      .toEqual(['attack 2019 IN']);
  });

  it('does not date an arrest by the occasion it is told after', () => {
    const text = 'On 4 May 2026 police in Graz, Austria, arrested three men. The arrests came five years after the 2 June 2021 bombing in the city centre.';
    expect(eventsOf(text).filter((e) => e.startsWith('arrest'))).toEqual(['arrest 2026-05-04 AT']);
    // (an arrest told for the occasion is told by its date: the arrests followed it)
    expect(eventsOf('Police in Graz, Austria, arrested three men for the 2 June 2021 bombing.')).toContain('arrest 2021-06-02 AT');
  });

  it('does not date a plot or an arrest by the day or month of the occasion planned', () => {
    const text = 'Police in Almaty, Kazakhstan, said they had arrested a cell of five people planning attacks on crowds during the holiday in March.';
    expect(eventsOf(text, '2025-02-10').filter((e) => e.includes('2025-03'))).toEqual([]);
    expect(eventsOf('Prosecutors said he planned a shooting at a synagogue in New York on or around 9 November 2024.', '2025-06-01')).toEqual([]);
    // (a year is the plot's too)
    expect(eventsOf('A cell planning bombings in Almaty, Kazakhstan, in 2019 was broken up before it acted.', '2025-06-01')).toContain('plot 2019 KZ');
  });

  it('does not date an event by a clause on a noun set beside its own', () => {
    const text = 'US forces struck radar sites in Yemen on 12 January 2025. Five days later Washington announced that it would again designate the group as a Specially Designated Global Terrorist group, a measure that took effect in February.';
    expect(eventsOf(text, '2025-07-01').filter((e) => e.startsWith('designation'))).toEqual(['designation 2025-01-17 US']);
  });

  it('dates an event by its own clause’s date, not by the date of a clause with another named subject before it', () => {
    expect(eventsOf('Canada listed the group as a terrorist entity in February 2021, and the United Kingdom proscribed it, including its other name, in April 2021.'))
      .toContain('designation 2021-04 GB');
  });

  it('places an event at a town in the division a digest’s bracket names', () => {
    // (Palmyra is also a small US town, and the United States is named; "(Homs)" says which Palmyra it is)
    const digest = 'US forces struck the Islamic State in Syria this week.\n\n5 Jun 2025, near Palmyra (Homs): gunmen killed four shepherds.';
    expect(eventsOf(digest)).toContain('attack 2025-06-05 SY');
  });

  it('reads one group’s bombing of another’s men as an attack, and the killing of an office-holder named after a long title as a killing', () => {
    expect(eventsOf('On 5 March 2025 an ISKP suicide bomber struck a Taliban checkpoint in Kabul, killing six.')).toEqual(['attack 2025-03-05 AF']);
    expect(eventsOf('On 5 March 2025 ISKP fighters attacked Taliban positions in Kunar, Afghanistan.')).toEqual(['clash 2025-03-05 AF']);
    expect(eventsOf('The raid recalled the killing of the Taliban Minister of Refugees and Repatriation, Khalil Haqqani, by an ISKP suicide bomber in Kabul on 11 December 2024.'))
      .toEqual(['killing 2024-12-11 AF']);
  });

  it('reads a standing ban or listing as a status, not a designation or a policy made', () => {
    expect(eventsOf('On 3 April 2026 police in Osh, Kyrgyzstan, arrested members of a cell of Islamic State, which is banned on the territory of the republic.'))
      .toEqual(['arrest 2026-04-03 KG']);
    expect(eventsOf('On 3 April 2026 Kyrgyzstan banned the group.')).toEqual(['policy 2026-04-03 KG']);
  });

  it('reads a police search as no fight, and a part played in many attacks as no attack', () => {
    expect(eventsOf('On 9 May 2023 officers of the criminal investigation directorate raided a farmhouse in Sitra, Bahrain, and seized 40 kilograms of explosives.')).toEqual([]);
    expect(eventsOf('On 9 May 2023 police raided a farmhouse in Sitra, Bahrain; two gunmen were killed.')).toEqual(['clash 2023-05-09 BH']);
    expect(eventsOf('He was listed on 22 November 2021 as a senior leader in Kabul province who directed attacks in the capital.')).not.toContain('attack 2021-11-22 AF');
    // (a possessive among the words between: "directed the brigade’s attacks")
    expect(eventsOf('The front has been led by Karim Dost since 2018, and he is believed to have directed the brigade’s attacks in 2025 in Balochistan, Pakistan.')).toEqual([]);
    expect(eventsOf('On 3 May 2024 ISKP fighters led attacks on two checkpoints in Kunar, Afghanistan.')).toEqual(['attack 2024-05-03 AF']);
  });

  it('reads an authority’s statement as no propaganda, a warrant and a pending decision as no arrest', () => {
    expect(eventsOf('On 19 May 2026 the suspects were picked up in dawn raids in Istanbul, Turkey, the office said in a written statement.')).not.toContain('propaganda 2026-05-19 TR');
    expect(eventsOf('On 19 May 2026 the group said in a statement on its Telegram channel that it had struck a convoy in Kidal, Mali.')).toContain('propaganda 2026-05-19 -');
    expect(eventsOf('On 19 May 2026 a court in Istanbul, Turkey, was expected to decide whether to formally arrest the suspects.')).toEqual([]);
    expect(eventsOf('Germany issued an international arrest warrant for him in February 2025.')).toEqual([]);
  });

  it('reads a bomb being prepared as a plot, not an attack', () => {
    expect(eventsOf('On 27 April 2026 the security service arrested five men in Kirkuk, Iraq, who were allegedly preparing a car bomb.'))
      .toEqual(['arrest 2026-04-27 IQ', 'plot 2026-04-27 IQ']);
    expect(eventsOf('On 27 April 2026 a car bomb exploded in Kirkuk, Iraq, killing five.')).toEqual(['attack 2026-04-27 IQ']);
  });

  it('reads a change of method as a trend, not an occasion', () => {
    expect(eventsOf('Since August 2021 the group has shifted from sectarian bombings towards the assassination of Taliban governors in Afghanistan.')).toEqual([]);
    expect(eventsOf('On 3 May 2024 ISKP gunmen moved from Nangarhar to Kunar, Afghanistan, and attacked a checkpoint.')).toEqual(['attack 2024-05-03 AF']);
  });

  it('reads an arrest made in a joint operation as the arrest alone', () => {
    expect(eventsOf('All four men were arrested in coordinated raids on 27 November 2024 in Essen, Germany.')).toEqual(['arrest 2024-11-27 DE']);
    expect(eventsOf('On 27 November 2024 police raids on three flats in Essen, Germany, led to four arrests.')).toEqual(['arrest 2024-11-27 DE']);
    // (a raid that fights is a clash still)
    expect(eventsOf('On 27 November 2024 a police raid on a flat in Essen, Germany, ended in an exchange of fire; two men were arrested.'))
      .toEqual(['clash 2024-11-27 DE', 'arrest 2024-11-27 DE']);
    expect(eventsOf('On 16 August 2025 the adviser announced the arrest of the group’s leader in a joint operation by the police and the army in Kaduna, Nigeria.'))
      .toEqual(['arrest 2025-08-16 NG']);
  });

  it('does not place an event in the country whose border it was near', () => {
    expect(eventsOf('On 2 August 2026 fighters of two groups clashed near the Mali border west of Ayorou in Niger.')).toEqual(['clash 2026-08-02 NE']);
  });

  it('reads "killed hundreds" and "killed 200" as attacks, a year before the subject being no tally', () => {
    expect(eventsOf('On 2 May 2023, JNIM fighters killed hundreds of villagers in Djibo, Burkina Faso.')).toContain('attack 2023-05-02 BF');
    expect(eventsOf('On 2 May 2023, JNIM fighters killed 200 villagers in Djibo, Burkina Faso.')).toContain('attack 2023-05-02 BF');
    expect(eventsOf('The group conducted more than 300 attacks in Somalia in 2022.')).toEqual([]);
  });

  it('reads a death in an airstrike as one killing, not a clash besides', () => {
    const events = eventsOf('The group’s founder, Abu Hamza al-Masri, was killed in a U.S. airstrike in Somalia in March 2019.');
    expect(events).toContain('killing 2019-03 SO');
    expect(events.filter((e) => e.startsWith('clash'))).toEqual([]);
  });

  it('reads an arrest "on suspicion of planning an attack" as an arrest and a plot, not an attack', () => {
    const events = eventsOf('Belgian police arrested two men in Antwerp on Tuesday on suspicion of planning an Islamist terror attack.', '2024-05-10');
    expect(events).toEqual(expect.arrayContaining(['arrest 2024-05-07 BE', 'plot 2024-05-07 BE']));
    expect(events.filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('takes no date from a birth date, and no plot from a tally of plots', () => {
    const events = eventsOf('Abu Dawud al-Kenyi, born in Garissa in 1991, recruited Kenyan students and directed at least two plots in Europe.');
    expect(events).toEqual([]);
  });

  it('reads "designated" before a name as a designation', () => {
    expect(eventsOf('The U.S. Treasury designated Bashir Qorgab in May 2022.')).toContain('designation 2022-05 US');
  });

  it('reads "forces killed <Name>" as a killing, two people killed in one month as two killings', () => {
    const events = eventsOf(
      'On 3 May 2022, U.S. forces killed Bashir Qorgab, a senior al-Shabaab commander responsible for planning attacks in Kenya, in a strike in Somalia. ' +
        'Al-Shabaab commander Moalim Osman Abdi Badil was killed in clashes with Somali troops in Jubaland in May 2022.',
    );
    expect(events.filter((e) => e.startsWith('killing'))).toEqual(['killing 2022-05-03 SO', 'killing 2022-05 SO']);
    expect(events.filter((e) => e.startsWith('plot') || e.startsWith('clash'))).toEqual([]);
  });

  it('places an arrest where it happened, not in the countries the suspects came from', () => {
    const events = eventsOf('On 2 March 2024, Spanish police arrested five men from Morocco, Algeria and Tunisia in Catalonia.');
    expect(events).toEqual(['arrest 2024-03-02 ES']);
  });

  it('dates "the same day" by the last day the text named', () => {
    const events = eventsOf('On 2 March 2024, Spanish police arrested five men in Catalonia. In 2021 two of them had been to Syria. A sixth suspect was detained in France the same day.');
    expect(events).toContain('arrest 2024-03-02 FR');
  });

  it('gives a designation the country of the state that designates', () => {
    expect(eventsOf('Katibat Imam al-Bukhari, an Uzbek group in Syria, was designated by the United States in March 2022.')).toContain('designation 2022-03 US');
    expect(eventsOf('The U.S. Treasury designated Bashir Qorgab, an al-Shabaab financier in Kenya, in May 2022.')).toContain('designation 2022-05 US');
  });

  it('places an event at a site named after its town in the country the paragraph is about', () => {
    expect(eventsOf('In late December 2023, police in Spain detained three men over an alleged plot against Seville Cathedral.')).toContain('plot 2023-12 ES');
  });

  it('takes a running total "has killed … since" for no attack, and a launched offensive for a clash', () => {
    expect(eventsOf('Since 2021 the group has killed more than 900 civilians in northern Mozambique.')).toEqual([]);
    expect(eventsOf('Rwandan and Mozambican forces launched a joint offensive against the group in Mozambique in July 2021.')).toContain('clash 2021-07 MZ');
  });

  it('reads unnamed victims "shot dead" as an attack', () => {
    expect(eventsOf('Two Danish tourists were shot dead in Copenhagen on 3 June 2023 by a man who claimed to act for ISIS.')).toContain('attack 2023-06-03 DK');
  });

  it('reads a named figure’s death as a killing, and no one else’s', () => {
    expect(eventsOf('In Mali, the group’s founder, Hamadoun Kouffa Diallo, died in March 2021.')).toContain('killing 2021-03 ML');
    const events = eventsOf('Four soldiers died in an attack near Djibo in June 2023, ISWAP leader Abu Musab al-Barnawi said.');
    expect(events.filter((e) => e.startsWith('killing'))).toEqual([]);
  });

  it('reads "named X as its new leader" as an appointment', () => {
    expect(eventsOf('In August 2023, the Islamic State named Abu Hafs al-Hashimi al-Qurashi as its new leader.')).toContain('appointment 2023-08 -');
  });

  it('reads "claimed a series of attacks on <day>" as the attacks, the claimant their perpetrator (no outlet: no release)', () => {
    const events = eventsOf('The Balochistan Liberation Army claimed a series of coordinated attacks across Balochistan on 26 August 2024.');
    expect(events).toEqual(['attack 2024-08-26 PK']);
  });

  it('places a claim where the attack it claims took place, not where officials spoke', () => {
    const events = eventsOf('On 5 May 2023, gunmen attacked a market in Kano, Nigeria. ISWAP claimed responsibility through Amaq, and U.S. officials said the claim was credible.');
    expect(events).toContain('propaganda 2023-05-05 NG');
  });

  it('reads a count of the dead a spokesman gives as no killing of the person the sentence names', () => {
    expect(eventsOf('On 3 May 2023, the ministry spokesman, Daud Karimi, said five people were killed in Herat, Afghanistan.').filter((e) => e.startsWith('killing'))).toEqual([]);
    expect(eventsOf('On 3 May 2023, gunmen stormed a hotel in Herat, Afghanistan. Its manager, Daud Karimi, said both hostage-takers were killed.').filter((e) => e.startsWith('killing'))).toEqual([]);
    // (a named one killed with others is a killing still)
    expect(eventsOf('On 3 May 2023, the commander Daud Karimi and two other men were killed in Herat, Afghanistan.')).toContain('killing 2023-05-03 AF');
  });

  it('reads "the arrest", "X’s arrest" with no one or nowhere after it as the arrest told before', () => {
    expect(eventsOf('Musa Dan was detained in Niamey, Niger, in May 2023. Benin welcomed the arrest and said it would seek his extradition.')).toEqual(['arrest 2023-05 NE']);
    expect(eventsOf('Musa Dan was detained in Niamey, Niger, in May 2023. In Benin, Dan’s arrest is unlikely to slow the front.')).toEqual(['arrest 2023-05 NE']);
    // ("the arrest of", "his arrest in" tell one)
    expect(eventsOf('On 4 May 2023, Benin announced the arrest of two smugglers in Cotonou.')).toEqual(['arrest 2023-05-04 BJ']);
  });

  it('reads no arrest from one denied behind an aside, wanted, or forecast', () => {
    expect(eventsOf('On 4 May 2023, the Kandor front bombed a depot in Niamey, Niger. Police have not, so far, arrested anyone.')).toEqual(['attack 2023-05-04 NE']);
    expect(eventsOf('In May 2023, Washington offered a reward for information leading to his arrest.')).toEqual([]);
    expect(eventsOf('On 4 May 2023, police in Niamey, Niger, detained two men. Further arrests are probable in June 2023.')).toEqual(['arrest 2023-05-04 NE']);
  });

  it('reads a ban of a group named before it, by a pronoun or as the subject of the passive, as a designation', () => {
    expect(eventsOf('The Kandor Front grew in Dorvia after 2019. Pakistan banned it in January 2022.')).toEqual(['designation 2022-01 PK']);
    expect(eventsOf('The Kandor Front, a separatist group founded in Dorvia, was banned by Pakistan in March 2022.')).toEqual(['designation 2022-03 PK']);
    // (a ban on an association or on what a group does is a policy)
    expect(eventsOf('In March 2022, Germany banned the association Open Hands.')).toEqual(['policy 2022-03 DE']);
  });

  it('keeps two releases on two days of one month apart, and gives a release no country of its own', () => {
    const events = eventsOf('Al-Kataib released a video on 3 June 2022. It published a second video on 19 June 2022.');
    expect(events).toEqual(['propaganda 2022-06-03 -', 'propaganda 2022-06-19 -']);
  });

  it('takes "an editorial celebrating the attack" and "the war in Gaza" for no new event', () => {
    const events = eventsOf('The next issue of al-Naba, released on 28 March 2024, carried an editorial celebrating the attack. An issue released in October 2023 was devoted to the war in Gaza.');
    expect(events.filter((e) => e.startsWith('attack') || e.startsWith('clash'))).toEqual([]);
    expect(events).toContain('propaganda 2024-03-28 -');
  });

  it('gives "The U.S. designated X" to the United States, and a comparison "first … since 2016" no event', () => {
    expect(eventsOf('The U.S. designated Bashir Qorgab a Specially Designated Global Terrorist in May 2018.')).toContain('designation 2018-05 US');
    expect(eventsOf('On 9 May 2024 gunmen attacked a hotel in Bamako, Mali. It was the first major assault on the capital since 2016.')).toEqual(['attack 2024-05-09 ML']);
  });

  it('gives the figures a participle goes on with to its own sentence\'s event, not to a like event told before', () => {
    const text = 'On 3 May 2023, gunmen attacked a checkpoint in Gao, Mali, killing four soldiers. On 3 May 2023, gunmen also attacked a convoy ' +
      'near Tillaberi, Niger, and fired on its escort, killing nine soldiers.';
    const sentences = splitSentences(text, text.length);
    const out = toMeasurementJson(extractWithReference({ text, bodyEnd: text.length, sentences }));
    const fatalities = out.events.filter((e) => e.type === 'attack').map((e) => e.fatalities).sort((x, y) => (x ?? 0) - (y ?? 0));
    expect(fatalities).toEqual([4, 9]);
  });

  it('places a clash by "Puntland forces" in Somalia, the country of the region whose forces fought', () => {
    expect(eventsOf('In December 2024, Puntland forces launched an offensive against ISS in the Cal Miskaad range, U.S. officials said.')).toContain('clash 2024-12 SO');
  });
});

describe('events that did not happen, and occasions that are not (issue 8 item 1)', () => {
  it('reads no attack from what a group seeks, only the attack it carried out', () => {
    expect(eventsOf('The movement still seeks large attacks on pilgrims in Kano, and no major attack in Kano in early 2024 should be read as weakness.')).toEqual([]);
  });

  it('reads no release from a statement denying involvement', () => {
    const events = eventsOf('On 4 April 2022, a car bomb struck a market in Baidoa, Somalia, killing 11 people. No group claimed it, and al-Shabaab issued a statement denying any involvement.');
    expect(events).toEqual(['attack 2022-04-04 SO']);
  });

  it('reads no event from what a group does in the present tense', () => {
    expect(eventsOf('Since its defeat in Sirte in December 2016, the group has moved south into Fezzan, where it attacks oil fields that have no guards.')).toEqual([]);
  });

  it('reads no arrest from a suspect already held', () => {
    const events = eventsOf('On 9 June 2023, gunmen killed 12 people at a hotel in Mogadishu, Somalia. One of the detained gunmen, a Kenyan national, told interrogators he had been paid.');
    expect(events).toEqual(['attack 2023-06-09 SO']);
  });

  it('reads no arrest from a running total of arrests since an attack', () => {
    expect(eventsOf('Kenyan police have made dozens of al-Shabaab-related arrests since the bombing of the DusitD2 complex in Nairobi in January 2019.').filter((e) => e.startsWith('arrest'))).toEqual([]);
    expect(eventsOf('Its police have arrested more suspected al-Shabaab members than any other country since the bombing in Nairobi in January 2019.').filter((e) => e.startsWith('arrest'))).toEqual([]);
  });

  it('reads no attack from a trend in fewer attacks', () => {
    expect(eventsOf('In Niger, the Tillabéri region has seen fewer large attacks since March 2023, local sources say.').filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('places an event on a border where it happened, not in the neighbour, nor where its suspects came from', () => {
    expect(eventsOf('On 2 March 2023, a bomb went off at a church in North Kivu, on the border with Uganda, killing at least nine people.')).toEqual(['attack 2023-03-02 CD']);
    expect(eventsOf('On 5 May 2023, police in Hamburg, Germany, arrested three men; a Tajik national was among them.')).toEqual(['arrest 2023-05-05 DE']);
  });
});

describe('occasions the genre tells in other words', () => {
  it('dates no plot by the start of a period', () => {
    expect(eventsOf('Since 2021, much of the attention paid to the group has focused on its plotting in Europe.')).toEqual([]);
  });

  it('places nothing by a place in a "one of whom" aside', () => {
    const events = eventsOf('In October 2023, Ugandan police disrupted a plot to bomb churches in Kampala. Five suspects were arrested, one of whom had trained at a camp in Ituri province.');
    expect(events).toContain('arrest 2023-10 UG');
    expect(events.filter((e) => e.endsWith(' CD'))).toEqual([]);
  });

  it('reads designations of people by number, by pronoun and by asset freezes, placed by the designating state', () => {
    expect(eventsOf('In March 2023, the U.S. Treasury Department’s Office of Foreign Assets Control (OFAC) designated three Kenya-based individuals for financing al-Shabaab.')).toEqual(['designation 2023-03 US']);
    expect(eventsOf('Al-Shabaab has raised money through mobile wallets for years; the United States designated it in March 2008.')).toEqual(['designation 2008-03 US']);
    expect(eventsOf('In May 2023, the central bank froze the assets of six people linked to the network.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['designation 2023-05']);
  });

  it('reads a hijacking as an attack and a published article as a release', () => {
    expect(eventsOf('On 2 June 2023, gunmen hijacked a bus near Mandera, Kenya.')).toEqual(['attack 2023-06-02 KE']);
    expect(eventsOf('An article published in the group’s magazine in May 2023 praised the attackers.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['propaganda 2023-05']);
  });
});

describe('claims, plans and tallies that name no occasion', () => {
  it('reads no release from a group that claimed no attacks, rarely claims them, or claims attacks in general', () => {
    expect(eventsOf('Formed in May 2012, the faction has claimed no attacks since 2019.').filter((e) => e.startsWith('propaganda'))).toEqual([]);
    expect(eventsOf('The front, founded in 2012, has rarely claimed attacks in its own name since 2019.').filter((e) => e.startsWith('propaganda'))).toEqual([]);
    expect(eventsOf('The group had first claimed attacks in northern Togo in 2022.')).toEqual([]);
  });

  it('reads no plot from a commander who planned an attack told elsewhere', () => {
    expect(eventsOf('The commander is believed to have planned the Garissa attack of April 2015.').filter((e) => e.startsWith('plot'))).toEqual([]);
  });

  it('dates no attack by a span of years, a period bound or a superlative over many', () => {
    expect(eventsOf('JNIM carried out the deadliest attacks of its history in Burkina Faso in 2023 and 2024.')).toEqual([]);
    expect(eventsOf('By mid-2024, Somali officials stated that their forces had killed several hundred fighters in the Cal Miskaad.')).toEqual([]);
  });

  it('carries no period bound to the next sentence', () => {
    expect(eventsOf('The front has served the group as a deniable brand since 2019. We argue that the model left it exposed once an attack was large enough to provoke a response.')).toEqual([]);
  });

  it('reads no attack from a strategy, a capacity or a source of inspiration', () => {
    expect(eventsOf('In March 2024, the new emir continued the strategy of focusing attacks on southern forces rather than on the Houthis.')).toEqual([]);
    expect(eventsOf('In 2024 the cell retained enough capacity to build an IED, officials said.')).toEqual([]);
    expect(eventsOf('Europol said that in 2023 the Islamic State remained the main source of inspiration for jihadist attacks in Europe.')).toEqual([]);
  });

  it('places an attack near two borders in neither neighbour', () => {
    const events = eventsOf('On 1 July 2025, JNIM attacked seven towns near the borders with Senegal and Mauritania, including Kayes in Mali.');
    expect(events.filter((e) => / (?:SN|MR)$/.test(e))).toEqual([]);
  });
});

describe('killings of named people, states that act elsewhere, bans', () => {
  it('reads a killing only of a named person, "he" being the person just named', () => {
    const clash = eventsOf('One suspect, Yusuf Abdi Farah, was arrested in Garissa, Kenya, in February 2024; a second was killed in a clash with soldiers in Lamu the following month.');
    expect(clash.filter((e) => e.startsWith('killing'))).toEqual([]);
    expect(clash).toContain('clash 2024-03 KE');
    const roles = toMeasurementJson(extractWithReference({ text: PRONOUN, bodyEnd: PRONOUN.length, sentences: splitSentences(PRONOUN, PRONOUN.length) })).events;
    expect(roles.map((e) => `${e.type} ${e.date} ${(e.targets ?? []).join(',')}`)).toEqual(['killing 2023-06 Ahmed Madobe Yusuf']);
    const semicolon = eventsOf('Its first emir, Ahmed Madobe Yusuf, was a former commander of the movement; he was killed in a U.S. strike in Jilib, Somalia, in July 2016.');
    expect(semicolon).toEqual(['killing 2016-07 SO']);
  });

  it('places a strike where it landed, not in the state that launched it', () => {
    expect(eventsOf('The United States conducted air strikes against al-Shabaab near Jilib, Somalia, on 1 February 2025.')).toEqual(['clash 2025-02-01 SO']);
  });

  it('reads a ministry banning a group as a designation', () => {
    expect(eventsOf('Kenya’s interior ministry banned al-Shabaab in March 2010, describing it as a terrorist group.')).toEqual(['designation 2010-03 KE']);
    expect(eventsOf('In London, the Northern Resistance became a proscribed organisation on 5 July 2025.')).toEqual(['designation 2025-07-05 GB']);
  });
});

const PRONOUN = 'The most important leader of the period was Ahmed Madobe Yusuf, who led the faction in Lower Juba. He was killed in a military operation in Kismayo in June 2023.';

describe('more of the genre’s words for events', () => {
  it('reads a town retaken as a clash, an interception or a surrender as an arrest, a successor named as an appointment', () => {
    expect(eventsOf('In April 2025, al-Shabaab reportedly retook the town of Jalalaqsi in Hiraan, Somalia.')).toEqual(['clash 2025-04 SO']);
    expect(eventsOf('In January 2025, a Kenyan recruit of the group was intercepted in Tanzania.').map((e) => e.split(' ')[0])).toEqual(['arrest']);
    expect(eventsOf('On 24 August 2024, the suspect surrendered to police in Solingen, Germany.')).toEqual(['arrest 2024-08-24 DE']);
    expect(eventsOf('On 10 March 2024, the group announced the death of its emir and named Ahmed Umar as his successor.').map((e) => e.split(' ').slice(0, 2).join(' '))).toContain('appointment 2024-03-10');
  });

  it('reads no arrest from a document that was captured', () => {
    expect(eventsOf('According to a communiqué that was captured in Afghanistan, the group sought to merge with another in 2016.').filter((e) => e.startsWith('arrest'))).toEqual([]);
  });
});

describe('a claim made later', () => {
  it('dates no release by the date of the attacks it later claimed', () => {
    const events = eventsOf('More than 30 villagers were killed near Beni, in the Democratic Republic of the Congo, in May 2023, in attacks that the group later claimed through the Amaq News Agency.');
    expect(events.filter((e) => e.startsWith('propaganda'))).toEqual([]);
  });
});

describe('findEvents in a digest’s dated items (issue 8)', () => {
  const digest = 'SAHEL SECURITY DIGEST\nCoverage: 3-9 March 2025\nIssued: 11 March 2025\n\nINCIDENTS\n\nNiger\n\n' +
    '- 4 March, Tillabéri: Soldiers clashed with about 30 militants near a market. Four militants were killed.\n\n' +
    '- 6 March, Niamey: Police arrested a man accused of financing the group. He was later released on bail.\n\n' +
    'Nigeria\n\n- 8 March, Maiduguri, Borno: A suicide bomber detonated explosives at a checkpoint, killing three soldiers.\n\n' +
    '- 9 March: The army reported an armed encounter with gunmen on a highway. No one was hurt.\n';

  it('dates each item’s events by the day it opens with, in the digest’s year, and places them where it says', () => {
    const events = eventsOf(digest, '2025-03-11');
    expect(events).toEqual(expect.arrayContaining(['clash 2025-03-04 NE', 'arrest 2025-03-06 NE', 'attack 2025-03-08 NG']));
  });

  it('gives a sentence of an item that names no place the heading’s country, and reads an "encounter with" gunmen as a clash', () => {
    expect(eventsOf(digest, '2025-03-11')).toContain('clash 2025-03-09 NG');
  });

  it('reads a heading’s region in the countries the digest names, not in a namesake’s country it never names', () => {
    const text = 'ZAMBIA - MONTHLY SECURITY NOTES\nIssued: 3 May 2025\n\nOverview\n\nZambia saw fewer incidents in April. Zambia’s police ' +
      'reported most of them.\n\nEASTERN PROVINCE\n\n- 4 April, Vubwi: Gunmen ambushed a police vehicle on a rural road, killing two officers.\n';
    const events = eventsOf(text, '2025-05-03');
    expect(events).toContain('attack 2025-04-04 ZM');
    expect(events.filter((e) => e.endsWith(' SA'))).toEqual([]);
    // a heading in capitals the mentions leave alone is looked up in the digest's countries too
    const other = 'CAMEROON - MONTHLY SECURITY NOTES\nIssued: 3 May 2025\n\nOverview\n\nCameroon saw fewer incidents in April. Cameroon’s army ' +
      'reported most of them.\n\nNORTH-WEST REGION\n\n- 4 April, Ekondo: Gunmen ambushed an army truck on a rural road, killing two soldiers.\n';
    expect(eventsOf(other, '2025-05-03')).toEqual(['attack 2025-04-04 CM']);
  });

  it('carries an item’s day to its later sentences, never to the next item', () => {
    const text = 'WEEKLY NOTES\n\n- 2 June, Maiduguri: Police raided a house. The suspects fled. Officers arrested two of them.\n' +
      '- Gunmen attacked a bus near Kaduna.\n';
    const events = eventsOf(text, '2025-06-08');
    expect(events).toContain('arrest 2025-06-02 NG');
    expect(events.filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('tells no event from a court retelling an attack or a killing, nor from a group named "the outlawed X"', () => {
    expect(eventsOf('ABUJA, Nov 20 (Delta Wire) - A federal judge on Thursday sentenced Obi Chukwu, leader of the outlawed Movement for Eastern Renewal, to life in prison.', '2025-11-20')).toEqual([]);
    expect(eventsOf('This note covers the trial of Kenji Mori before the Osaka District Court for the killing of a former minister, which opened on 3 March 2025.')).toEqual([]);
    expect(eventsOf('The judgment of the Kobe District Court of 19 September 2025 against Taro Sato for the bombing attempt on a mayor was read in public.')).toEqual([]);
    expect(eventsOf('Kenya’s interior ministry banned al-Shabaab in March 2010, describing it as a terrorist group.')).toEqual(['designation 2010-03 KE']);
    expect(eventsOf('In London, the Northern Resistance became a proscribed organisation on 5 July 2025.')).toEqual(['designation 2025-07-05 GB']);
  });

  it('gives a listing that names no designator the state that listed before it, or the one the report is about', () => {
    const text = 'On 7 January 2025 the United States imposed sanctions on two commanders, and the Treasury designated Ahmed Musa on the same day. ' +
      'The Department had designated Omar Musa on 6 March 2023.';
    expect(eventsOf(text)).toContain('designation 2023-03-06 US');
    const paper = 'Loyalist violence in Northern Ireland fell after 1994. The Red Hand Defenders were proscribed on 12 March 2001, after a wave of attacks in Belfast.';
    expect(eventsOf(paper)).toContain('designation 2001-03-12 GB');
    // (a listing by a body above states stays without a country)
    expect(eventsOf('Loyalist violence in Northern Ireland fell after 1994. The group was added to the Consolidated List by the Security Council Committee on 12 March 2001.')).toContain('designation 2001-03-12 -');
    // (nor does a state's place after the verb make it the designator: "members who fought in Syria")
    expect(eventsOf('Sectarian violence in Kurram, Pakistan, rose in 2024. The Ministry of Interior proscribed the Fatemiyoun Brigade in October 2024 on the assessment that members who had fought in Syria were returning.')).toContain('designation 2024-10 PK');
  });

  it('places no event in the country its victims come from, and reads a claim told in passing as no release', () => {
    expect(eventsOf('On 8 January 2010, gunmen fired on the bus carrying the Togo national football team shortly after it crossed into Cabinda.')).toEqual(['attack 2010-01-08 AO']);
    expect(eventsOf('Another New Zealand pilot was shot dead on 5 August 2024 moments after landing in Alama village in Mimika, Papua.')).toEqual(['attack 2024-08-05 ID']);
    expect(eventsOf('On 3 March 2014 a bomb in Sitra, Bahrain, killed three policemen, among them an officer from the United Arab Emirates.')).toEqual(['attack 2014-03-03 BH']);
    const claimed = eventsOf('Rebels are blamed for the killing of 16 road workers in Nduga, Papua, in December 2018, which the front claimed at the time as an attack on army engineers.');
    expect(claimed.filter((e) => e.startsWith('propaganda'))).toEqual([]);
  });

  it('places an attack where it was, not in the country of its victim nor in one an aside about its attacker names', () => {
    expect(eventsOf("On 19 December 2016 an off-duty police officer shot dead Russia's ambassador at an Ankara art gallery.")).toEqual(['attack 2016-12-19 TR']);
    expect(eventsOf('On 2 November 2020 Jalil Morina, a 20-year-old convert who had tried to join the group in Syria, shot dead four people in central Vienna.'))
      .toEqual(['attack 2020-11-02 AT']);
    expect(eventsOf('On 2 November 2020 Jalil Morina, who had tried to join the group in Syria, shot dead four people in central Vienna.'))
      .toEqual(['attack 2020-11-02 AT']);
  });

  it('dates no attack by the date of the report, editorial or statement that speaks of it', () => {
    expect(eventsOf('The panel mentioned the Kivu Front in its July 2025 report, noting that the front had claimed the attack on the convoy twice.')).toEqual([]);
    expect(eventsOf("The group's weekly devoted its editorial of 2 January 2025 to the attack, calling the province a gateway.")).toEqual([]);
    // (the event's own date still dates it)
    expect(eventsOf('In its July 2025 report, the panel said militants attacked a convoy near Kidal, Mali, on 3 June 2025.')).toEqual(['attack 2025-06-03 ML']);
  });

  it('reads no attack in a demolition, the toll of a war, or words against a rival, and a force that kills inmates as an attack', () => {
    expect(eventsOf('On 24 April 2025 the houses of nine alleged militants were demolished in controlled explosions by the authorities in Pulwama, India.')).toEqual([]);
    expect(eventsOf('The movement wants to revive the republic, whose 1967 secession led to a civil war that killed more than a million people in Nigeria.')).toEqual([]);
    expect(eventsOf('In February 2019 the spokesman attacked the rival faction in audio messages, calling its members apostates.')).toEqual([]);
    expect(eventsOf('The gang was founded after the 1992 prison massacre in Sao Paulo, Brazil, in which military police killed 111 inmates.')).toEqual(['attack 1992 BR']);
  });

  it('reads an attack a force repelled as an attack with the force among its targets, not a clash by the force', () => {
    const text = 'On 24 May 2025 Nigerien troops repelled a night attack on their base in Bosso, Niger; the ministry said 15 militants had been killed.';
    const out = toMeasurementJson(extractWithReference({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) }));
    expect(out.events.map((e) => `${e.type} ${e.date} ${e.country} [${e.actors.join(', ')}] -> [${e.targets.join(', ')}]`)).toEqual(['attack 2025-05-24 NE [] -> [Nigerien troops]']);
    // (the group the attack's own words name did it: "an attack by ISWAP", "an ISWAP attack")
    for (const named of ['repelled an attack by ISWAP', 'repulsed an ISWAP attack']) {
      const told = `On 24 May 2025 Nigerian troops ${named} on their base in Monguno, Nigeria.`;
      const roles = toMeasurementJson(extractWithReference({ text: told, bodyEnd: told.length, sentences: splitSentences(told, told.length) })).events
        .map((e) => `${e.type} [${e.actors.join(', ')}] -> [${e.targets.join(', ')}]`);
      expect(roles).toEqual(['attack [Islamic State West Africa Province] -> [Nigerian troops]']);
    }
  });

  it('reads plots counted as foiled over years as a tally, not one plot', () => {
    expect(eventsOf('The head of the service said in October 2017 that 20 plots had been foiled since 2013, seven of them since March.')).toEqual([]);
    // (one plot foiled is one)
    expect(eventsOf('In October 2017 police in Leeds, England, foiled a plot to bomb a synagogue.')).toEqual(['plot 2017-10 GB']);
  });

  it('reads listings, delistings and bans told by other verbs as designations', () => {
    expect(eventsOf("On 14 May 2019 the Security Council Committee added the Kivu Front to the ISIL (Da'esh) and Al-Qaida Sanctions List.")).toEqual(['designation 2019-05-14 -']);
    expect(eventsOf('The Kivu Front was listed on 23 February 2020 as QDe.170.')).toEqual(['designation 2020-02-23 -']);
    expect(eventsOf('On 29 September 2025 Canada added the Harbour gang to its list of terrorist entities.')).toEqual(['designation 2025-09-29 CA']);
    expect(eventsOf('The State Department removed the Kivu Front from the Terrorist Exclusion List in November 2020.')).toEqual(['designation 2020-11 US']);
    expect(eventsOf('In March 2025 the United States Treasury imposed sanctions on the Harbour network and its leader.')).toEqual(['designation 2025-03 US']);
    expect(eventsOf('In April 2021 Indonesia labelled the Highland Front a terrorist organisation.')).toEqual(['designation 2021-04 ID']);
    // (a state of emergency declared is no listing)
    expect(eventsOf('In April 2021 Indonesia declared a state of emergency in the highlands.').filter((e) => e.startsWith('designation'))).toEqual([]);
  });

  it('reads no attack in an accident, a drill, a device disposed of, or an attack on an idea', () => {
    expect(eventsOf('An explosion at a restaurant in Lahore, Pakistan, on 3 May 2024 was caused by a gas leak, police said.')).toEqual([]);
    expect(eventsOf('On 3 May 2024 police in Lyon, France, held a drill simulating an attack on a metro station.')).toEqual([]);
    expect(eventsOf('On 3 May 2024 a suspicious package found at the station in Lyon, France, was safely detonated by the bomb squad.')).toEqual([]);
    expect(eventsOf('Critics described the law passed on 3 May 2024 in France as an attack on press freedom.').filter((e) => e.startsWith('attack'))).toEqual([]);
    // (a blast the police tie to a cell is one)
    expect(eventsOf('An explosion at a restaurant in Lahore, Pakistan, on 3 May 2024 was caused by a bomb planted by the cell, police said.')).toEqual(['attack 2024-05-03 PK']);
  });

  it("reads a group's attacks over a year as no one attack", () => {
    expect(eventsOf("The front's attacks in 2024 in Mali demonstrated the reach of its units.")).toEqual([]);
    // (told to its month, it is one occasion)
    expect(eventsOf("The front's attacks of March 2024 in Bamako, Mali, killed twelve soldiers.")).toEqual(['attack 2024-03 ML']);
  });

  it('reads a kidnapping or an abduction as an attack, and kidnapping as a trade as none', () => {
    expect(eventsOf('On 3 May 2024 gunmen abducted five aid workers near Mopti, Mali.')).toEqual(['attack 2024-05-03 ML']);
    expect(eventsOf('The kidnapping of two nurses in Borno, Nigeria, on 3 May 2024 was not claimed.')).toEqual(['attack 2024-05-03 NG']);
    expect(eventsOf('In 2022 funds raised in South Africa through kidnapping for ransom were sent to Mozambique.')).toEqual([]);
  });

  it('reads the killing of an office-holder no name is given for as an attack, or a clash between rivals', () => {
    expect(eventsOf('On 3 May 2024 gunmen assassinated a police commander in Kandahar, Afghanistan.')).toEqual(['attack 2024-05-03 AF']);
    expect(eventsOf('On 3 May 2024 the Taliban killed an ISKP commander in Kunar, Afghanistan.')).toEqual(['clash 2024-05-03 AF']);
    // (one named is a killing)
    expect(eventsOf('On 3 May 2024 gunmen killed the deputy governor of Balkh, Mohammad Dawood, in Mazar-i-Sharif, Afghanistan.')).toEqual(['killing 2024-05-03 AF']);
  });

  it('counts the dead and the wounded each by its own verb, and reads a toll given as a range', () => {
    const countsOf = (text: string) => toMeasurementJson(extractWithReference({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) })).events
      .map((e) => `${e.type} ${e.fatalities ?? '-'} ${e.wounded ?? '-'}`);
    expect(countsOf('On 3 May 2024 a bombing in Kidal, Mali, killed at least 12 people and wounded dozens.')).toEqual(['attack 12 -']);
    expect(countsOf('On 3 May 2024 gunmen killed between 20 and 30 villagers in Kidal, Mali.')).toEqual(['attack 20 -']);
  });

  it('reads no harm done as no denial of the attack, and "either attack" as one told before', () => {
    expect(eventsOf('No casualties were reported after a grenade was thrown at a police post in Srinagar, India, on 3 May 2024.')).toEqual(['attack 2024-05-03 IN']);
    expect(eventsOf('No one was hurt when gunmen attacked a bank in Athens, Greece, on 3 May 2024.')).toEqual(['attack 2024-05-03 GR']);
    // (an attack denied is none)
    expect(eventsOf('No group attacked the base in Kidal, Mali, on 3 May 2024.')).toEqual([]);
    expect(eventsOf('On 5 January 2017 gunmen attacked a cafe in Gothenburg, Sweden. On 3 March 2017 gunmen attacked a bookshop in Malmo, Sweden. No one was killed in either attack.'))
      .toEqual(['attack 2017-01-05 SE', 'attack 2017-03-03 SE']);
  });

  it('reads a force that kills villagers or civilians as an attack, not a clash', () => {
    const massacre = eventsOf('On 25 February 2024, after militants attacked military positions in the area, soldiers killed at least 223 villagers in two villages near Ouahigouya, Burkina Faso.');
    expect(massacre).toContain('attack 2024-02-25 BF');
    expect(massacre.filter((e) => e.startsWith('clash'))).toEqual([]);
  });

  it('dates a killing told in a "who" clause by the date its clause gives, not by the date before the clause', () => {
    const events = eventsOf('The front was proclaimed in August 2021 by Omar Latif, son of the commander Latif Khan, who was assassinated by two suicide bombers at Khwaja Bahauddin in Takhar province on 9 September 2001.');
    expect(events).toEqual(['killing 2001-09-09 AF']);
  });

  it('tells no event from footage that surfaced, words against a decision, or an attack said not to have happened', () => {
    expect(eventsOf('Videos circulated on social media on 11 March 2025 show militiamen standing among bodies near Solenzo, Burkina Faso.')).toEqual([]);
    expect(eventsOf('In a video circulated in August 2024, the deputy commander, Omar Dagalo, told fighters that the city would fall.')).toEqual(['propaganda 2024-08 -']);
    expect(eventsOf('On 3 June 2024 the regulator in Sydney, Australia, ordered the platform to remove the clip, and its owner attacked the order publicly.')).toEqual([]);
    expect(eventsOf('In March 2025 prosecutors in Poland said the young man had been promised payment for a similar attack in Warsaw, which did not happen.')).toEqual([]);
  });
});

describe('killings counted in words (issue 8)', () => {
  it('reads "killed twelve", "killed nearly forty" as an occasion, a force that kills militants as a clash', () => {
    expect(eventsOf('On 3 March 2024, gunmen killed twelve villagers in Zamfara State, Nigeria.')).toEqual(['attack 2024-03-03 NG']);
    expect(eventsOf('On 3 March 2024, gunmen killed nearly forty villagers in Zamfara State, Nigeria.')).toEqual(['attack 2024-03-03 NG']);
    expect(eventsOf('On 3 March 2024, Nigerian troops killed fifteen militants in Cameroon.')).toEqual(['clash 2024-03-03 CM']);
  });

  it('reads no occasion from a span of time or a running total after "killed"', () => {
    expect(eventsOf('On 3 March 2024, a Nigerian court convicted Musa Dan. His brother was killed about a week later.').filter((e) => e.startsWith('attack'))).toEqual([]);
    expect(eventsOf('Between 1968 and 2010 the front killed some 850 people in Spain.')).toEqual([]);
  });
});

describe('dates as an analyst reads them (issue 8)', () => {
  it('does not carry the date before to a sentence that tells its own time in words nothing places', () => {
    const wire = 'LYON, June 4 (Delta Wire) - Police questioned two men, officials said.\n\nA gunman killed four people at a bus stop in Lyon, France, on 2 November 2021, prosecutors said. Last year police arrested two teenagers over a plan to bomb a concert in Lyon.';
    expect(eventsOf(wire).filter((e) => e.startsWith('arrest'))).toEqual(['arrest - FR']);
  });

  it('does not carry the date before to a sentence told "since then"', () => {
    const text = 'Soldiers arrested the faction’s founder in Gao, Mali, in 2019. Hundreds of fighters have died in clashes since then.';
    expect(eventsOf(text, '2024-05-01')).toEqual(['arrest 2019 ML']);
  });

  it('does not date an arrest by the date after "since" that starts the span it belongs to', () => {
    const text = 'Police in Izmir, Turkey, announced new arrests of suspected militants, continuing a crackdown seen since the bombing of a concert hall in Ankara in October 2023.';
    expect(eventsOf(text, '2024-06-10').filter((e) => e.startsWith('arrest'))).toEqual([]);
  });

  it('does not date "the killing of X" by the date of a statement that speaks of it', () => {
    const text = 'Relations soured after the foreign minister told parliament in March 2022 that there was evidence linking foreign agents to the killing of Omar Dastan, a dissident living in Oslo, Norway.';
    expect(eventsOf(text, '2024-06-10').filter((e) => e.startsWith('killing'))).toEqual([]);
  });

  it('does not carry the date before to a sentence that names a month of its own', () => {
    const text = 'On 4 March 2022 the rebels seized a cargo ship off Hodeidah, Yemen. Its crew was freed in January 2024. Drone attacks on shipping followed from April.';
    expect(eventsOf(text, '2024-09-01').filter((e) => e.startsWith('attack'))).toEqual(['attack 2022-03-04 YE']);
  });
});

describe('words that name no attack', () => {
  it('reads "assault rifles" as a weapon, a police car ramming a suspect as his arrest, a deal struck as no strike: no attacks', () => {
    expect(eventsOf('On 21 March 2024 the prime minister announced a ban on military-style semi-automatic weapons and assault rifles.')).toEqual([]);
    expect(eventsOf('Police seized two assault rifles and a pistol in a raid on a flat in Kandahar, Afghanistan, on 3 May 2024.').filter((e) => e.startsWith('attack'))).toEqual([]);
    expect(eventsOf('On 15 March 2024 two officers rammed his car and arrested him in Invercargill, New Zealand.')).toEqual(['arrest 2024-03-15 NZ']);
    // (deals struck, laws struck down, walk-outs, sanctions, hijacked debates, ranges, talks and launchers are none either)
    for (const text of [
      'On 3 May 2024 the government struck a deal with the rebels in Doha, Qatar.',
      'On 3 May 2024 the Supreme Court struck down the anti-terrorism law in Islamabad, Pakistan.',
      'On 3 May 2024 the opposition leader stormed out of parliament in Kampala, Uganda.',
      'On 3 May 2024 the Treasury targeted three al-Shabaab financiers with sanctions in Washington.',
      'On 3 May 2024 the group hijacked the protest movement in Nairobi, Kenya.',
      'On 3 May 2024 militants posted videos of a shooting range in Idlib, Syria.',
      'Hostage negotiations resumed in Doha, Qatar, on 3 May 2024.',
      'On 3 May 2024 police in Lyon, France, found a grenade launcher in a car.',
    ]) expect(eventsOf(text).filter((e) => e.startsWith('attack'))).toEqual([]);
    expect(eventsOf('On 3 May 2024 gunmen targeted a police convoy with rockets in Quetta, Pakistan.')).toEqual(['attack 2024-05-03 PK']);
    // (an assault itself is one)
    expect(eventsOf('Gunmen assaulted a police post in Kidal, Mali, on 3 May 2024.')).toEqual(['attack 2024-05-03 ML']);
  });

  it('reads a cardiac arrest, a clash of views, a minister clashing with a general and a ministry statement as no events', () => {
    for (const text of [
      'On 3 May 2024 the senator suffered a cardiac arrest in Abuja, Nigeria.',
      'On 3 May 2024 the minister clashed with the army chief over the budget in Islamabad, Pakistan.',
      'On 3 May 2024 clashes of opinion broke out in the assembly in Tunis, Tunisia.',
      'On 3 May 2024 the Ministry of Interior released a statement in Manama, Bahrain.',
    ]) expect(eventsOf(text)).toEqual([]);
    // (fighters clash, police arrest, a group releases)
    expect(eventsOf('On 3 May 2024 Taliban fighters clashed with ISKP militants in Kunar, Afghanistan.')).toEqual(['clash 2024-05-03 AF']);
    expect(eventsOf('On 3 May 2024 police arrested two men in Kano, Nigeria.')).toEqual(['arrest 2024-05-03 NG']);
    expect(eventsOf('On 3 May 2024 al-Shabaab released a video on Telegram.').map((e) => e.split(' ')[0])).toEqual(['propaganda']);
  });

  it('reads the killing of an unnamed journalist, activist, priest or elder as an attack', () => {
    expect(eventsOf('On 3 May 2024 unidentified gunmen killed a journalist in Karachi, Pakistan.')).toEqual(['attack 2024-05-03 PK']);
    expect(eventsOf('On 3 May 2024 militants shot and killed a tribal elder in Khost, Afghanistan.')).toEqual(['attack 2024-05-03 AF']);
  });

  it('reads an assassination attempt survived or an attempt on someone\'s life as an attack, not talk of attempts', () => {
    expect(eventsOf('The mayor survived an assassination attempt in Kirkuk, Iraq, on 9 February 2024.')).toEqual(['attack 2024-02-09 IQ']);
    expect(eventsOf('On 9 February 2024 gunmen made an attempt on the governor’s life in Kirkuk, Iraq.')).toEqual(['attack 2024-02-09 IQ']);
    expect(eventsOf('He spoke about assassination attempts in general in Kirkuk, Iraq, on 9 February 2024.')).toEqual([]);
  });
});
