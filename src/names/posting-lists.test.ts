import { describe, expect, it } from 'vitest';
import { PostingLists } from './posting-lists.js';

function rowsOf(postings: PostingLists, key: string): number[] {
  const list = postings.find(key);
  if (list < 0) return [];
  return [...postings.pool.subarray(postings.start(list), postings.start(list) + postings.length(list))];
}

describe('PostingLists', () => {
  it('keeps each key\'s rows in order as lists grow and move, and after compacting', () => {
    const postings = new PostingLists();
    const want = new Map<string, number[]>();
    for (let row = 0; row < 5000; row += 1) {
      for (const key of [`k${row % 7}`, `k${row % 100}`, `only${row}`]) {
        postings.add(key, row);
        want.set(key, [...(want.get(key) ?? []), row]);
      }
    }
    postings.add('k1', 4999);
    for (const [key, rows] of want) expect(rowsOf(postings, key)).toEqual([...new Set(rows)]);
    postings.compact();
    for (const [key, rows] of want) expect(rowsOf(postings, key)).toEqual([...new Set(rows)]);
    postings.add('k3', 6000);
    expect(rowsOf(postings, 'k3').at(-1)).toBe(6000);
    expect(postings.includes(postings.find('k3'), 6000)).toBe(true);
    expect(postings.includes(postings.find('k3'), 6001)).toBe(false);
    expect(postings.find('missing')).toBe(-1);
    expect(postings.length(-1)).toBe(0);
  });

  it('compacts itself as lists move, keeping every row', () => {
    const postings = new PostingLists();
    for (let row = 0; row < 400_000; row += 1) {
      postings.add(`a${row % 3}`, row);
      postings.add(`b${row % 50_000}`, row);
      postings.add(`c${row}`, row);
    }
    expect(postings.isFragmented).toBe(false);
    expect(postings.pool.length).toBeLessThan(2.5 * 1_200_000);
    expect(rowsOf(postings, 'a1')).toHaveLength(133_333);
    expect(rowsOf(postings, 'b7')).toEqual(Array.from({ length: 8 }, (_, i) => 7 + i * 50_000));
    expect(rowsOf(postings, 'c399999')).toEqual([399_999]);
  });
});
