import { describe, expect, it } from 'vitest';
import { AnchoredPattern, openingsOf } from './anchored-pattern.js';
import { WordIndex } from './word-index.js';

const TEXT = [
  'On 3 May 2024 the group’s new leader, Abu Said, was appointed as the emir of the cell. ISKP claimed the attack',
  'on Kabul airport; officials said 13 were killed and 20 wounded.The NEW leader of the faction was killed in an airstrike',
  '(a drone strike). He had previously led IS-K since June 2020, and the group pledged its allegiance to the caliph.',
  'Designated Hukumov, he reportedly fled; subpoenas were issued, re-attacked, attackers, xattack and attack_2 too, in mid-June 2021 and late-Sept. 2022.',
].join('\n');

const PATTERNS: RegExp[] = [
  /\b(?:(?:current |former |then |new |the |its |overall )*(?:leader|head|emir) of|led|(?:was |were )?appointed (?:as )?(?:the )?(?:new )?(?:leader|head|emir|amir|chief)(?: of)?)\s/gi,
  /\b(?:attack(?:ed|s)?|bomb(?:ing|ings|ed)|(?:SV|PB|V)?IEDs?|(?:killed|killing) (?:\d[\d,]*|one|two))\b/gi,
  /\b(?:(?:was|were|been|is) (?:reportedly |allegedly )?(?:killed|assassinated)(?: in (?:an? |the )?(?:[\w.-]+ ){0,2}(?:airstrike|strike))?)\b/gi,
  /\b(?:pledg\w* (?:their |his |its )?(?:allegiance|bay[’'`]?ah) to)\s/gi,
  /\b(?:[Dd]esignated|[Bb]lacklisted) (?:the )?(?=\p{Lu}\p{Ll})/gu,
  /(?<![\d,.\-–/])\b((?:19|20)\d\d)\b(?!\d)/g,
  /\b(?:the (?:following|next) (day|week)|a (day|week) later)\b/gi,
  /\b(?:on|since|by) (May|June) (\d{1,2})\b/gi,
  /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(May|June),? ((?:19|20)\d\d)/gi,
  /\b(?:early|mid|late|spring|summer|autumn|fall|winter)[ -](?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?),? ((?:19|20)\d\d)/gi,
  /\b(?:reportedly|said|officials?)\b/gi,
];

const globalMatches = (re: RegExp, str: string): [number, string][] =>
  [...str.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, m[0]]);

describe('openingsOf', () => {
  it('reads the literal words every match opens with', () => {
    expect(openingsOf(/\b(?:killed|assassinated|eliminated) (?:the |a )?/gi)).toEqual(['killed ', 'assassinat', 'eliminated']);
    expect(openingsOf(/\b(?:[Dd]esignated|[Bb]lacklisted) (?=\p{Lu})/u)).toEqual(['blackliste', 'designated']);
    expect(openingsOf(/\b(?:(?:SV|PB|V)?IEDs?)\b/i)).toEqual(['ied', 'vied', 'pbied', 'svied']);
  });

  it('opens a number on its first digit', () => {
    expect(openingsOf(/\b(?:\d+|one|two) killed/gi)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'one killed', 'two killed']);
    expect(openingsOf(/\b(?:on|by) (May|June) (\d{1,2})\b/gi)).toEqual(['by may ', 'on may ', 'by june ', 'on june ']);
  });

  it('cuts the openings shorter where there are too many of ten letters', () => {
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
    const openings = openingsOf(new RegExp(`\\b(?:early|mid|late|spring|summer|autumn|fall|winter)[ -](?:${months}),? ((?:19|20)\\d\\d)`, 'gi'));
    expect(openings).toContain('mid-ja');
    expect(openings).toContain('autumn');
    expect(openings?.every((o) => o.length <= 6)).toBe(true);
  });

  it('gives none where a match need not open a word with a known text', () => {
    expect(openingsOf(/(?:killed|died)/gi)).toBeNull();
    expect(openingsOf(/\b\w+ed\b/gi)).toBeNull();
    // (with `i` and `u`, \b and \w take in ſ and the Kelvin sign)
    expect(openingsOf(/\bkilled/iu)).toBeNull();
  });
});

describe('AnchoredPattern', () => {
  it.each(PATTERNS.map((re) => [re.source.slice(0, 50), re] as const))('finds what the pattern finds: %s', (_, re) => {
    const pattern = new AnchoredPattern(re);
    expect(pattern.openings).not.toBeNull();
    const index = new WordIndex(TEXT);
    const starts = pattern.startsIn(index);
    const found = pattern.matchesIn(TEXT, 0, index, starts).map((m): [number, string] => [m.index, m[0]]);
    expect(found).toEqual(globalMatches(re, TEXT));
    // any stretch of the text, cut inside words or not
    for (let from = 0; from < TEXT.length; from += 7) {
      for (const length of [1, 12, 45, 160]) {
        const str = TEXT.slice(from, from + length);
        expect(pattern.matchesIn(str, from, index, starts).map((m): [number, string] => [m.index, m[0]])).toEqual(globalMatches(re, str));
        expect(pattern.firstIn(str, from, index, starts)?.[0]).toBe(new RegExp(re.source, re.flags.replace('g', '')).exec(str)?.[0]);
      }
    }
  });

  it('searches as usual a pattern without openings, or a text the index does not hold', () => {
    const pattern = new AnchoredPattern(/(?:killed|wounded)/g);
    expect(pattern.openings).toBeNull();
    const index = new WordIndex(TEXT, 0, 40);
    expect(pattern.matchesIn(TEXT, 0, index, pattern.startsIn(index)).map((m) => m.index)).toEqual(globalMatches(/(?:killed|wounded)/g, TEXT).map(([i]) => i));
    const anchored = new AnchoredPattern(/\bkilled\b/g);
    expect(anchored.matchesIn(TEXT, 0, index, anchored.startsIn(index)).length).toBe(2);
  });
});
