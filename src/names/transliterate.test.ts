import { describe, it, expect } from 'vitest';
import { romanise } from './transliterate.js';
import { normaliseName } from './normalise.js';
import { detectScript, detectCyrillicStyle } from './script.js';

describe('romanise', () => {
  it('keeps Tajik letters apart from Russian rules', () => {
    expect(romanise('Тоҷиддин')).toBe('Tojiddin');
    expect(romanise('Ғафур Ҳасанов')).toBe('Ghafur Hasanov');
    expect(romanise('Нораки')).toBe('Noraki');
  });
  it('reads Russian Cyrillic with Russian rules', () => {
    expect(romanise('Сергей Лавров')).toBe('Sergey Lavrov');
    expect(romanise('Жуков')).toBe('Zhukov');
  });
  it('writes Uzbek Cyrillic as Uzbek Latin', () => {
    expect(romanise('Ўткир Хоразмий')).toBe("O'tkir Xorazmiy");
  });
  it('writes Arabic and Persian letters as consonants and long vowels', () => {
    expect(romanise('محمد')).toBe('mhmd');
    expect(romanise('أسامة')).toBe('asama');
    expect(romanise('حسین')).toBe('hsyn');
    expect(romanise('الطاجيكي')).toBe('al-tajyky');
  });
  it('splits Chinese and Korean names into syllables', () => {
    expect(normaliseName('习近平')).toBe('xi jin ping');
  });
  it('reads katakana and hiragana as Hepburn romaji, a word between each dot', () => {
    expect(normaliseName('バラク・オバマ')).toBe('baraku obama');
    expect(normaliseName('ジョージ・ブッシュ')).toBe('jooji busshu');
  });
});

describe('normaliseName', () => {
  it('folds case, diacritics, apostrophes and ʿayn', () => {
    expect(normaliseName("Al-Qa'ida")).toBe('al qaida');
    expect(normaliseName('ʿAbd al-Raḥmān')).toBe('abd al rahman');
    expect(normaliseName('Oʻtkir Gʻafurov')).toBe('otkir ghafurov');
    expect(normaliseName('A.B.C. Company')).toBe('abc company');
    expect(normaliseName('Şeyh')).toBe('sheyh');
  });
});

describe('detectScript', () => {
  it('tells scripts and Cyrillic orthographies apart', () => {
    expect(detectScript('Абу Усама')).toBe('cyrillic');
    expect(detectScript('أبو أسامة')).toBe('arabic');
    expect(detectScript('Abu Usama')).toBe('latin');
    expect(detectScript('习近平')).toBe('other');
    expect(detectCyrillicStyle('Тоҷиддин')).toBe('tajik');
    expect(detectCyrillicStyle('Ўткир')).toBe('uzbek');
    expect(detectCyrillicStyle('Сергей')).toBe('russian');
  });
});
