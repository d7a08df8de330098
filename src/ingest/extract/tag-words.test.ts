import { describe, expect, it } from 'vitest';
import { tagWords } from './tag-words.js';

describe('tagWords', () => {
  it('gives each word where it stands in the text, its base form and its part of speech', () => {
    const text = 'The cell wasn’t funded by Harakat Nur; its leader didn\'t recruit them.';
    const words = tagWords(text);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    const funded = words.find((w) => w.text === 'funded');
    expect(funded).toMatchObject({ lemma: 'fund', pos: 'VERB' });
    expect(words.find((w) => w.text === 'recruit')?.pos).toBe('VERB');
    expect(words.filter((w) => w.lemma === 'not').length).toBe(2);
  });
});
