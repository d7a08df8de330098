import { describe, it, expect } from 'vitest';
import { chineseSyllableKeys, isSameChineseName } from './chinese-syllables.js';

describe('chineseSyllableKeys', () => {
  it('splits pinyin words into syllables and reads hyphenated Wade-Giles syllables', () => {
    expect(chineseSyllableKeys('Mao Zedong')).toEqual(['mao', 'Ze', 'Tong']);
    expect(chineseSyllableKeys('Mao Tse-tung')).toEqual(['mao', 'Ze', 'Tong']);
    expect(chineseSyllableKeys('Hsi Chin-ping')).toEqual(chineseSyllableKeys('Xi Jinping'));
  });
  it('gives nothing for a word that is not Chinese syllables', () => {
    expect(chineseSyllableKeys('Abu Bakr al-Baghdadi')).toBeNull();
    expect(chineseSyllableKeys('Kim Jong-un')).toBeNull();
  });
});

describe('isSameChineseName', () => {
  it('needs a sign of a Chinese romanisation on one side', () => {
    expect(isSameChineseName('Mao Tse-tung', 'Mao Zedong')).toBe(true);
    // "Ali Hasan" splits into pinyin syllables, but nothing says it is Chinese
    expect(isSameChineseName('Ali Hasan', 'Ali Hassan')).toBe(false);
    expect(isSameChineseName('Mao Tse-tung', 'Mao Zhidong')).toBe(false);
  });
});
