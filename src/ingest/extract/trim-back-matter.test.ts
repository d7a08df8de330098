import { describe, expect, it } from 'vitest';
import { trimBackMatter } from './trim-back-matter.js';

const BODY = 'The cell was dismantled in Osh in 2023.\n\nThe threat remains high across the Fergana Valley.';

describe('trimBackMatter', () => {
  it('sets the author’s biography and the disclaimer apart from the body', () => {
    const text = `${BODY}\n\nJane Doe is a senior fellow at the Example Institute and previously served with the Example Command.\n\nThe views expressed here are those of the author and not of the Example Agency.`;
    expect(text.slice(0, trimBackMatter(text, text.length)).trim()).toBe(BODY);
  });

  it('keeps a closing paragraph of analysis', () => {
    const text = `${BODY}\n\nThe group is a serious threat to the region and is likely to grow.`;
    expect(trimBackMatter(text, text.length)).toBe(text.length);
  });

  it('never takes the whole text', () => {
    const text = 'Jane Doe is a senior fellow at the Example Institute.';
    expect(trimBackMatter(text, text.length)).toBe(text.length);
  });
});
