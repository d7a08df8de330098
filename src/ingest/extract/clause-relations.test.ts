import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/index.js';
import { readClauses, type NamedSpan } from './clause-relations.js';

/** The clause reader's relations in an invented sentence whose names are given with their types, as `source type target`. */
function read(sentence: string, names: Record<string, EntityType>): string[] {
  const spans: NamedSpan[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length, key: name, type });
  }
  spans.sort((a, b) => a.start - b.start);
  return readClauses(sentence, 0, sentence.length, spans).relations.map((r) => `${r.source.key} ${r.type} ${r.target.key}`);
}

describe('readClauses: subjects and objects', () => {
  it('reads the subject before the verb and each listed object after its preposition', () => {
    expect(read('In 2015, Jund al-Aqsa merged with Ahrar al-Sham, Liwa al-Fath and the Zenki Movement.', {
      'Jund al-Aqsa': 'group', 'Ahrar al-Sham': 'group', 'Liwa al-Fath': 'group', 'Zenki Movement': 'group',
    })).toEqual(['Jund al-Aqsa merged_with Ahrar al-Sham', 'Jund al-Aqsa merged_with Liwa al-Fath', 'Jund al-Aqsa merged_with Zenki Movement']);
    expect(read('Jamaat Tawhid pledged allegiance to Katibat Nur in 2014.', { 'Jamaat Tawhid': 'group', 'Katibat Nur': 'group' }))
      .toEqual(['Jamaat Tawhid pledged_allegiance_to Katibat Nur']);
  });

  it('reads the subject across an appositive between commas', () => {
    expect(read('Karim Aziz, a former police officer, joined Ansar Beit al-Maqdis in 2013.', { 'Karim Aziz': 'person', 'Ansar Beit al-Maqdis': 'group' }))
      .toEqual(['Karim Aziz member_of Ansar Beit al-Maqdis']);
  });

  it('reads the body a relative pronoun stands for, through the description in apposition to it', () => {
    expect(read('The cell trained with Nordic Shield, an organisation that broke away from Vargr Front in 2021.', { 'Nordic Shield': 'group', 'Vargr Front': 'group' }))
      .toEqual(['Nordic Shield split_from Vargr Front']);
  });

  it('takes the head of a phrase as the end, not a name that modifies it', () => {
    // ("the former Vargr Front leader Erik Lund": Lund, not the front; "Vargr Front’s emir": no name heads the phrase)
    expect(read('Nordic Shield, led by the former Vargr Front leader Erik Lund, did not answer.', { 'Nordic Shield': 'group', 'Vargr Front': 'group', 'Erik Lund': 'person' }))
      .toEqual(['Erik Lund leader_of Nordic Shield']);
    expect(read('Jamaat Tawhid pledged allegiance to Vargr Front’s emir.', { 'Jamaat Tawhid': 'group', 'Vargr Front': 'group' })).toEqual([]);
  });
});

describe('readClauses: the passive and participles', () => {
  it('reads "X is led by Y" and "X, a militia led by Y," as Y leading X', () => {
    expect(read('Harakat Nur is led by Samir Qadri.', { 'Harakat Nur': 'group', 'Samir Qadri': 'person' })).toEqual(['Samir Qadri leader_of Harakat Nur']);
    expect(read('The Union of Desert Tribes, a militia led by the businessman Salem Awad, guards the road.', { 'Union of Desert Tribes': 'group', 'Salem Awad': 'person' }))
      .toEqual(['Salem Awad leader_of Union of Desert Tribes']);
  });

  it('reads each money agent of a passive "financed by … from Y, and by … from Z"', () => {
    expect(read('The Baqir Network is financed largely by donations from sympathizers in the Gulf, moved through couriers, and by subsidies from Liwa al-Fath.', {
      'Baqir Network': 'group', 'Liwa al-Fath': 'group',
    })).toEqual(['Liwa al-Fath funded Baqir Network']);
  });

  it('carries the subject into an infinitive only after verbs that keep it ("continues to lead")', () => {
    expect(read('The cell was financed by Hassan Nasr, who continues to lead the Baqir Network.', { 'Hassan Nasr': 'person', 'Baqir Network': 'group' }))
      .toContain('Hassan Nasr leader_of Baqir Network');
    expect(read('Omar Said urged Karim Aziz to join Harakat Nur.', { 'Omar Said': 'person', 'Karim Aziz': 'person', 'Harakat Nur': 'group' })).toEqual([]);
  });
});

describe('readClauses: money', () => {
  it('reads money sent to a name as funding it, and what else is sent as nothing', () => {
    expect(read('Hassan Nasr transferred funds to the Baqir Network in 2019.', { 'Hassan Nasr': 'person', 'Baqir Network': 'group' })).toEqual(['Hassan Nasr funded Baqir Network']);
    expect(read('Its alleged leader, Karim Haddad, was accused of sending part of the profits to Harakat Nur.', { 'Karim Haddad': 'person', 'Harakat Nur': 'group' }))
      .toEqual(['Karim Haddad funded Harakat Nur']);
    expect(read('Hassan Nasr sent fighters to the Baqir Network in 2019.', { 'Hassan Nasr': 'person', 'Baqir Network': 'group' })).toEqual([]);
  });
});

describe('readClauses: negation and what is not asserted', () => {
  it('reads nothing of a negated, refused, future or conditional verb', () => {
    const names: Record<string, EntityType> = { 'Liwa al-Fath': 'group', 'Harakat Nur': 'group', 'Tursun Bek': 'person' };
    expect(read('Liwa al-Fath did not fund Harakat Nur, and Tursun Bek never joined Harakat Nur.', names)).toEqual([]);
    expect(read('Tursun Bek refused to join Harakat Nur.', names)).toEqual([]);
    expect(read('Tursun Bek would join Harakat Nur.', names)).toEqual([]);
    expect(read('Tursun Bek denied funding Harakat Nur.', names)).toEqual([]);
  });

  it('keeps a verb the text hedges ("may have directed"): the hedge goes with the claim', () => {
    expect(read('Abdul Rahman may have directed Omar Said from Syria.', { 'Abdul Rahman': 'person', 'Omar Said': 'person' })).toEqual(['Abdul Rahman directed Omar Said']);
  });

  it('does not give a subordinate clause’s verb to the name the sentence opens on', () => {
    expect(read('Harakat Nur, known until 2020 as Jamaat Nur, split from Liwa al-Fath in 2015 when its founder, Tursun Bek, pledged allegiance to Katibat Sayf.', {
      'Harakat Nur': 'group', 'Jamaat Nur': 'group', 'Liwa al-Fath': 'group', 'Tursun Bek': 'person', 'Katibat Sayf': 'group',
    })).not.toContain('Harakat Nur pledged_allegiance_to Katibat Sayf');
  });
});

describe('readClauses: subjects a pattern may be checked against', () => {
  it('gives where an active verb’s subject stands (the phrase a relative pronoun follows), not a description earlier', () => {
    const sentence = 'Investigators believe the group trained with a small circle of veterans that broke away from Vargr Front in 2021.';
    const at = sentence.indexOf('veterans');
    const reading = readClauses(sentence, 0, sentence.length, [{ start: sentence.indexOf('Vargr Front'), end: sentence.indexOf('Vargr Front') + 11, key: 'vargr', type: 'group' }]);
    const subject = reading.subjects.find((x) => sentence.slice(x.verbStart, x.verbEnd) === 'broke');
    expect(subject?.spans.some(([a, b]) => a <= at && at < b)).toBe(true);
    expect(subject?.spans.some(([a, b]) => a <= sentence.indexOf('the group') && sentence.indexOf('the group') < b)).toBe(false);
    expect(reading.relations).toEqual([]);
  });
});
