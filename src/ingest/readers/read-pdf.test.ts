import { describe, it, expect } from 'vitest';
import { joinHyphenated } from './read-pdf.js';

describe('joinHyphenated', () => {
  it('mends words split over a line and keeps real compounds', () => {
    expect(joinHyphenated('the group began recruit-', 'ment in 2015')).toBe('the group began recruitment in 2015');
    expect(joinHyphenated('an Islamic State-', 'claimed attack')).toBe('an Islamic State-claimed attack');
    expect(joinHyphenated('a self-', 'declared emir')).toBe('a self-declared emir');
    expect(joinHyphenated('a Tajik-', 'language channel')).toBe('a Tajik-language channel');
    expect(joinHyphenated('an al-Qaeda-', 'aligned group')).toBe('an al-Qaeda-aligned group');
    expect(joinHyphenated('the Afghanistan-', 'based wing')).toBe('the Afghanistan-based wing');
  });
});
