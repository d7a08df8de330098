import { describe, it, expect } from 'vitest';
import { alignSeries, movingAverage, periodChange, toSeries } from './time-series.js';

describe('series', () => {
  it('fills the periods without events with zero, per split key', () => {
    const series = toSeries(
      [
        { period: '2021', key: 'AF', events: 353, fatalities: 10 },
        { period: '2023', key: 'AF', events: 45, fatalities: 2 },
        { period: '2022', key: 'PK', events: 5, fatalities: 1 },
      ],
      'year',
    );
    expect(series.map((s) => [s.key, s.points.map((p) => p.events)])).toEqual([
      ['AF', [353, 0, 45]],
      ['PK', [0, 5, 0]],
    ]);
  });
  it('computes year-over-year change', () => {
    const change = periodChange([
      { period: '2021', events: 353, fatalities: 0 },
      { period: '2022', events: 217, fatalities: 0 },
      { period: '2023', events: 45, fatalities: 0 },
    ]);
    expect(change.map((c) => [c.change, c.changePercent])).toEqual([[null, null], [-136, -38.5], [-172, -79.3]]);
  });
  it('averages over a trailing window', () => {
    expect(movingAverage([3, 6, 9, 12], 3)).toEqual([null, null, 6, 9]);
  });
  it('aligns two series on one axis', () => {
    const a = [{ period: '2022-01', events: 4, fatalities: 9 }];
    const b = [{ period: '2022-02', events: 1, fatalities: 7 }];
    expect(alignSeries(a, b, 'events', 'fatalities')).toEqual([
      { period: '2022-01', a: 4, b: 0 },
      { period: '2022-02', a: 0, b: 7 },
    ]);
  });
});
