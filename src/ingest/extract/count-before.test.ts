import { describe, expect, it } from 'vitest';
import { countBefore } from './count-before.js';

describe('countBefore', () => {
  const same = (n: number) => n;
  it('counts the items before a position, and with isInclusive those at it too', () => {
    const starts = [2, 5, 5, 9];
    expect([0, 2, 3, 5, 6, 9, 10].map((at) => countBefore(starts, same, at))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect([0, 2, 3, 5, 6, 9, 10].map((at) => countBefore(starts, same, at, true))).toEqual([0, 1, 1, 3, 3, 4, 4]);
  });
  it('reads typed arrays and keys of objects, and an empty list', () => {
    expect(countBefore(Int32Array.from([1, 4, 8]), same, 5)).toBe(2);
    expect(countBefore([{ start: 3 }, { start: 7 }], (x) => x.start, 7)).toBe(1);
    expect(countBefore([], same, 1)).toBe(0);
  });
});
