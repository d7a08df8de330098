import { describe, expect, it } from 'vitest';
import { WordIndex, WordOpenings } from './word-index.js';

describe('WordIndex.startsOf', () => {
  it('finds the words that open with one of the openings, in any case, in text order', () => {
    const text = 'Killed kin; the killing, KILLS and skills. 3rd raid, 12 raids; a raider_x was appointed, wasp.';
    const index = new WordIndex(text);
    const at = (openings: string[]) => [...index.startsOf(new WordOpenings(openings))].map((k) => text.slice(k, k + 7));
    expect(at(['kill'])).toEqual(['Killed ', 'killing', 'KILLS a']);
    expect(at(['kil', 'kin'])).toEqual(['Killed ', 'kin; th', 'killing', 'KILLS a']);
    expect(at(['3rd', '12', 'raid'])).toEqual(['3rd rai', 'raid, 1', '12 raid', 'raids; ', 'raider_']);
    expect(at(['was appointed'])).toEqual(['was app']);
    expect(at(['z'])).toEqual([]);
  });
});
