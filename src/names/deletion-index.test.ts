import { describe, expect, it } from 'vitest';
import { DeletionIndex } from './deletion-index.js';

function longer(index: DeletionIndex, word: string): [string, number][] {
  const out: [string, number][] = [];
  index.forEachLonger(word, (key, at) => out.push([key, at]));
  return out.sort();
}

describe('DeletionIndex', () => {
  it('finds the indexed words one letter longer, with where the letter was added', () => {
    const index = new DeletionIndex(2);
    for (const key of ['k:qurbonov', 'k:qurbanov', 'k:kurbonov', 'k:qurbonova', 'k:tilloev']) index.add(key);
    // a letter dropped from the middle, from the end; a changed letter is no neighbour
    expect(longer(index, 'qurbnov')).toEqual([
      ['k:qurbanov', 4],
      ['k:qurbonov', 4],
    ]);
    expect(longer(index, 'qurbonov')).toEqual([['k:qurbonova', 8]]);
    expect(longer(index, 'tiloev')).toEqual([['k:tilloev', 2]]);
    expect(longer(index, 'qurbinov')).toEqual([]);
  });

  it('stays right as its table grows', () => {
    const index = new DeletionIndex();
    for (let i = 0; i < 3000; i += 1) index.add(`name${i}`);
    expect(longer(index, 'nme123')).toEqual([['name123', 1]]);
    const found = longer(index, 'name12');
    // a doubled letter is added at the first of its places
    expect(found).toContainEqual(['name112', 4]);
    expect(found).toContainEqual(['name122', 5]);
    expect(found).toContainEqual(['name129', 6]);
    expect(found.every(([key]) => key.length === 7)).toBe(true);
  });
});
