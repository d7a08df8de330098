import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/ingest/extract/find-quantities.js';

/** Stated figures (sentences we wrote): approximate ones keep their qualifier, bibliographic numbers are none. */
const figures = (text: string) => findQuantities(text).map((q) => q.quantity);

describe('quantities', () => {
  it('keeps "dozens", "hundreds" and "more than 90" approximate, with their range', () => {
    const dozens = figures('The blast wounded dozens of spectators at the stadium.')[0];
    expect(dozens?.isApproximate).toBe(true);
    expect(dozens?.low).toBeLessThan(dozens?.high ?? 0);
    const more = figures('The bombing killed more than 90 worshippers.')[0];
    expect(more).toMatchObject({ low: 90, isApproximate: true });
    expect(more?.qualifier).toMatch(/more than/);
  });

  it('reads no count in volume, issue and page numbers, nor in spans of time', () => {
    expect(figures('CTC Sentinel, Volume 22, Issue 7, pp. 14-19.')).toEqual([]);
    expect(figures('Volume: 22 Issue: 7')).toEqual([]);
    expect(figures('He had left Osh two years before the attack.')).toEqual([]);
  });
});
