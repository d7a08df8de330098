import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber } from './find-quantities.js';

describe('findQuantities', () => {
  it('reads a range with its unit and approximation', () => {
    const [q] = findQuantities('Officials say an estimated 1,700 to 2,500 Kyrgyz nationals travelled to Iraq.');
    expect(q?.quantity).toMatchObject({ low: 1700, high: 2500, unit: 'Kyrgyz nationals', isApproximate: true });
  });

  it('keeps the period a count runs over', () => {
    const [q] = findQuantities('The monitor logged 553 recorded episodes since May 10, 2021, in the province.');
    expect(q?.quantity).toMatchObject({ low: 553, high: 553, unit: 'recorded episodes' });
    expect(q?.quantity.qualifier).toContain('since May 10, 2021');
  });

  it('reads qualifiers, words and percentages', () => {
    const qs = findQuantities('Up to 1,000 fighters moved north, at least four militants died, and 50 percent of funds came from abroad.');
    expect(qs.map((q) => [q.quantity.low, q.quantity.high, q.quantity.unit, q.quantity.qualifier])).toEqual([
      [1000, 1000, 'fighters', 'up to'],
      [4, 4, 'militants', 'at least'],
      [50, 50, 'percent', null],
    ]);
  });

  it('drops an endnote number glued to a figure', () => {
    const [q] = findQuantities('some 1,700 to 2,5004 nationals');
    expect(q?.quantity.high).toBe(2500);
  });

  it('does not read years or days of a month as figures', () => {
    expect(findQuantities('In 2019 the group split; on March 14, 2019 it struck.')).toEqual([]);
  });
});

describe('parseNumber', () => {
  it('reads digits and words', () => {
    expect(parseNumber('1,300')).toBe(1300);
    expect(parseNumber('four')).toBe(4);
    expect(parseNumber('two thousand')).toBe(2000);
    expect(parseNumber('2.5 million')).toBe(2_500_000);
    expect(parseNumber('several')).toBeNull();
  });
});
