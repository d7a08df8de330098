import { describe, it, expect } from 'vitest';
import { tagNameParts } from './name-parts.js';
import { variantKey, skeletonKey } from './name-key.js';

const roles = (name: string): string[] => tagNameParts(name).map((p) => `${p.role}:${p.text}`);

describe('tagNameParts', () => {
  it('tags kunya and nisba', () => {
    expect(roles('Abu Usama Noraki')).toEqual(['kunya_marker:abu', 'kunya:usama', 'nisba:noraki']);
    expect(roles('Umm Hafsa al-Tajiki')).toEqual(['kunya_marker:umm', 'kunya:hafsa', 'particle:al', 'nisba:tajiki']);
  });
  it('tags honorifics, given, patronymic and family names', () => {
    expect(roles('Mullah Tojiddin Nazarov')).toEqual(['honorific:mullah', 'given:tojiddin', 'family:nazarov']);
    expect(roles('Sergey Viktorovich Lavrov')).toEqual(['given:sergey', 'patronymic:viktorovich', 'family:lavrov']);
    expect(roles('Saidakbar Rahmonzoda')).toEqual(['given:saidakbar', 'family:rahmonzoda']);
    expect(roles('Shaykh Qori Salimjon Urganchiy')).toEqual([
      'honorific:shaykh',
      'honorific:qori',
      'given:salimjon',
      'nisba:urganchiy',
    ]);
  });
  it('joins Abd al- names and reads bin as filiation', () => {
    expect(roles('Abd al-Aziz bin Baz')).toEqual(['given:abdulaziz', 'particle:bin', 'family:baz']);
    expect(roles('Abdul Rahman bin Muhammad al-Muhajir')).toEqual([
      'given:abdulrahman',
      'particle:bin',
      'patronymic:muhammad',
      'particle:al',
      'laqab:muhajir',
    ]);
  });
  it('reads an Abd al- name after the article as one family name', () => {
    expect(roles('Yahya al-Abd al-Muhsin')).toEqual(['given:yahya', 'particle:al', 'family:abdulmuhsin']);
    expect(roles('Yahya Al-Abdulmohsen')).toEqual(['given:yahya', 'particle:al', 'family:abdulmohsen']);
    expect(roles('Karim al-Abdi')).toEqual(['given:karim', 'particle:al', 'nisba:abdi']);
  });
  it('reads "FAMILY, Given" order', () => {
    expect(roles('NAZAROV, Tojiddin')).toEqual(['given:tojiddin', 'family:nazarov']);
  });
  it('keeps a lone title as the name', () => {
    expect(roles('Amir')).toEqual(['given:amir']);
  });
});

describe('variant keys', () => {
  it.each([
    ['usama', 'osama'],
    ['ousama', 'usama'],
    ['khurasan', 'xurasan'],
    ['qori', 'kori'],
    ['mawlawi', 'mavlavi'],
    ['dzhamshed', 'jamshed'],
    ['sheer', 'shir'],
    ['hamzah', 'hamza'],
    ['muhammad', 'muhamad'],
  ])('%s and %s share a variant key', (a, b) => {
    expect(variantKey(a)).toBe(variantKey(b));
  });
  it('matches Arabic consonants to a vowelled spelling', () => {
    expect(skeletonKey('mhmd')).toBe(skeletonKey('muhammad'));
    expect(skeletonKey('tojiddin')).toBe(skeletonKey('tajiddin'));
    expect(variantKey('usama')).not.toBe(variantKey('usadoor'));
  });
});
