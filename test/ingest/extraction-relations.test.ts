import { describe, expect, it } from 'vitest';
import { measure } from './extract-helpers.js';

/** People's roles from plain sentences (sentences we wrote): type, ends, start date and hedge. */
const relations = (text: string): string[] =>
  measure(text).relations.map((r) => `${r.source} ${r.type} ${r.target}${r.start ? ` from ${r.start}` : ''}${r.hedge ? ` (${r.hedge})` : ''}`);

describe('relations from plain sentences', () => {
  it('reads leadership with its start date: "has led ISKP since June 2020"', () => {
    expect(relations('Sanaullah Ghafari has led ISKP since June 2020.')).toContain('Sanaullah Ghafari leader_of Islamic State Khorasan Province from 2020-06');
    expect(relations('Mullah Omar was the head of the Taliban.')).toContain('Mullah Omar leader_of Taliban');
  });

  it('reads membership, with its hedge', () => {
    expect(relations('Dilshod Karimov is a member of Islamic State.')).toContain('Dilshod Karimov member_of Islamic State');
    expect(relations('Dilshod Karimov is reportedly a member of ISKP.')).toContain('Dilshod Karimov member_of Islamic State Khorasan Province (reportedly)');
  });

  it('reads recruiting and splitting with their years', () => {
    expect(relations('Abu Usmon al-Tojiki recruited Dilshod Karimov for ISKP in 2021.')).toContain('Abu Usmon al-Tojiki recruited Dilshod Karimov from 2021');
    expect(relations('Hafiz Gul Bahadur split from the TTP in 2008.')).toContain('Hafiz Gul Bahadur split_from Tehrik-i-Taliban Pakistan from 2008');
  });

  it('carries a person across sentences by "He"', () => {
    expect(relations('Sanaullah Ghafari was born in Kabul in 1994. He has led ISKP since 2020.').join(' ')).toMatch(/Sanaullah Ghafari leader_of Islamic State Khorasan Province/);
  });

  it('reads a group present in a list of provinces, not the leader named in a participle', () => {
    const found = relations('Jamaat Ansarullah, led by Mahdi Arsalon, remains weak but maintains a presence in the provinces of Takhar, Helmand and Badakhshan, according to officials.');
    // (the attribution closing the sentence governs each of its relations)
    expect(found).toEqual(expect.arrayContaining(['Jamaat Ansarullah located_in Takhar (according to)', 'Jamaat Ansarullah located_in Helmand (according to)', 'Jamaat Ansarullah located_in Badakhshan (according to)']));
    expect(found.some((r) => r.startsWith('Mahdi Arsalon located_in'))).toBe(false);
  });

  it('puts a town within its province only where the text places it there', () => {
    expect(relations('Police searched a flat in Gera, in Thuringia, in May 2021.')).toContain('Gera located_in Thuringia');
    expect(relations('Police searched a flat in Gera in May 2021. Thuringia tightened its laws in 2022.')).not.toContain('Gera located_in Thuringia');
  });

  it('places a town only in the narrowest container the text gives', () => {
    const found = relations('Police searched a flat in Gera, in Thuringia, Germany, in May 2021.');
    expect(found).toEqual(expect.arrayContaining(['Gera located_in Thuringia', 'Thuringia located_in Germany']));
    expect(found).not.toContain('Gera located_in Germany');
  });

  it('reads "A merged with B, C and D to form E" as each merging into E, not with each other', () => {
    const found = relations('In March 2019 the Ansar Brigade merged with Liwa al-Tawhid, Jund al-Aqsa and Jaysh al-Mujahideen to form Jabhat al-Haqq.')
      .map((r) => r.replace(/ from .*$/, ''));
    expect(found).toEqual(expect.arrayContaining(['Ansar Brigade merged_with Jabhat al-Haqq', 'Liwa al-Tawhid merged_with Jabhat al-Haqq',
      'Jund al-Aqsa merged_with Jabhat al-Haqq', 'Jaysh al-Mujahideen merged_with Jabhat al-Haqq']));
    expect(found.some((r) => /^(?:Ansar Brigade|Liwa al-Tawhid|Jund al-Aqsa) merged_with (?!Jabhat al-Haqq)/.test(r))).toBe(false);
    // without a group formed, the merger stays between the two
    expect(relations('In 2020 the Ansar Brigade merged with Jaysh al-Mujahideen.').join(' ')).toMatch(/Ansar Brigade merged_with Jaysh al-Mujahideen/);
  });

  it('reads no relation in an intention or in an allegation the text rebuts', () => {
    expect(relations('In 2019 Katibat al-Tawhid sought to merge with Hurras al-Din, but the talks failed.').some((r) => r.includes('merged_with'))).toBe(false);
    expect(relations('Rejecting claims that Jamaat Ansarullah had pledged allegiance to the Islamic State, its spokesman said in 2016 that the group was loyal to the Taliban.')
      .some((r) => r.includes('pledged_allegiance_to'))).toBe(false);
  });

  it('takes neither a renamed group nor a group before the people a participle is said of as a subject', () => {
    expect(relations('In 2018 hundreds of fighters joined Jabhat al-Nusra, an al-Qaeda-aligned group now known as Hayat Tahrir al-Sham.')
      .some((r) => r.startsWith('Hayat Tahrir al-Sham allied_with'))).toBe(false);
    expect(relations('Jamaat Ansarullah’s growth in 2019 offers Tajiks fighting with the Islamic State a place to go.').some((r) => r.includes('allied_with'))).toBe(false);
  });

  it('gives the pledge to the person, not to the group named in the person’s role', () => {
    const found = relations('Ahmed Yusuf, a former al-Shabaab ideologue, pledged allegiance to Abu Bakr al-Baghdadi in 2016.');
    expect(found).toContain('Ahmed Yusuf pledged_allegiance_to Abu Bakr al-Baghdadi from 2016');
    expect(found.some((r) => r.startsWith('al-Shabaab pledged_allegiance_to'))).toBe(false);
  });

  it('reads "the group" after "announced the formation of X" as X', () => {
    const found = relations('In May 2019 defectors from HTS announced the formation of Ansar al-Tawhid. The group was led by Abu Diab al-Halabi.');
    expect(found).toContain('Abu Diab al-Halabi leader_of Ansar al-Tawhid');
    expect(found.some((r) => r.startsWith('Abu Diab al-Halabi leader_of Hayat'))).toBe(false);
  });

  it('dates a relation by its own words, not by a birth date or a relative clause', () => {
    expect(relations('Sanaullah Ghafari, who was born in Kabul in 1994, has led ISKP since June 2020.'))
      .toContain('Sanaullah Ghafari leader_of Islamic State Khorasan Province from 2020-06');
    const found = relations('Omar Khalid, the former commander of Jamaat-ul-Ahrar who split from the TTP in 2014, was killed in 2022.');
    expect(found).toContain('Jamaat-ul-Ahrar split_from Tehrik-i-Taliban Pakistan from 2014');
    expect(found.some((r) => r.startsWith('Omar Khalid') && r.includes('from 2014'))).toBe(false);
  });

  it('gives a leader to the group led, not to the group that names its allegiance by a hyphen', () => {
    const found = relations('Katiba Macina, the al-Qaeda-affiliated faction led by Amadou Koufa, raided a camp near Mopti in 2019.');
    expect(found.some((r) => r.startsWith('Amadou Koufa leader_of Katiba Macina'))).toBe(true);
    expect(found.some((r) => /^Amadou Koufa leader_of al-Qa/.test(r))).toBe(false);
  });

  it('does not take the subject of a new clause as the object of a verb', () => {
    const found = relations('Russian officials blamed foreign intelligence services, and Islamic State media praised the gunmen.');
    expect(found.some((r) => / criticized Islamic State$/.test(r))).toBe(false);
  });

  it('reads "the Saharan branch of AQIM" as the branch’s, not as every group listed before it', () => {
    const found = relations('JNIM was formed through the merger of Ansar Dine, Katiba Macina and the Saharan branch of al-Qaeda in the Islamic Maghreb.');
    expect(found.some((r) => /^(?:Ansar Dine|Katiba Macina) affiliated_with/.test(r))).toBe(false);
  });

  it('reads "was appointed as the new leader" with no group named as leading the group the paragraph is about', () => {
    const found = relations('Jamaat Ansarullah is based in Afghanistan. Its founder died in 2015, and Mavlavi Salmon was appointed as the new leader in 2016.');
    expect(found.some((r) => r.startsWith('Mavlavi Salmon leader_of Jamaat Ansarullah'))).toBe(true);
  });
});
