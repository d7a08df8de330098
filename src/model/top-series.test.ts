import { describe, expect, it } from 'vitest';
import { keepTopSeries } from './top-series.js';

const series = (key: string, counts: number[]) => ({
  key,
  points: counts.map((events, i) => ({ period: `202${i}`, events, fatalities: events * 2 })),
});

describe('keepTopSeries', () => {
  it('keeps the N largest series and adds the rest up, period by period, as "other"', () => {
    const all = [series('AF', [5, 5]), series('PK', [1, 0]), series('SY', [9, 9]), series('IQ', [0, 2]), series('TJ', [1, 1])];
    const top = keepTopSeries(all, 2);
    expect(top.map((s) => s.key)).toEqual(['AF', 'SY', 'other']);
    expect(top[2]!.points).toEqual([
      { period: '2020', events: 2, fatalities: 4 },
      { period: '2021', events: 3, fatalities: 6 },
    ]);
  });

  it('changes nothing when at most one series would be folded', () => {
    const all = [series('AF', [1]), series('PK', [2]), series('SY', [3])];
    expect(keepTopSeries(all, 2)).toEqual(all);
  });
});
