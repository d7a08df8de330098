import { describe, it, expect } from 'vitest';
import { seasonality } from './seasonality.js';

const month = (year: number, m: number, events: number) => ({ period: `${year}-${String(m).padStart(2, '0')}`, events, fatalities: 0 });

describe('seasonality', () => {
  it('finds an April–August peak season in a series built that way', () => {
    const points = [2021, 2022, 2023].flatMap((y) =>
      Array.from({ length: 12 }, (_, i) => month(y, i + 1, i + 1 >= 4 && i + 1 <= 8 ? 20 : 4)),
    );
    const s = seasonality(points);
    expect(s.profile[4]!.meanEvents).toBe(20);
    expect(s.peakSeason.label).toBe('Apr–Aug');
    expect(s.peakSeason.months).toBe(5);
    expect(s.peakMonthByYear.map((p) => p.month)).toEqual([4, 4, 4]);
  });
  it('wraps the peak season across the year end and corrects for partly covered years', () => {
    const points = [month(2021, 11, 30), month(2021, 12, 30), month(2022, 1, 30), month(2022, 2, 2), month(2022, 6, 2)];
    const s = seasonality(points);
    expect(s.peakSeason.label).toBe('Nov–Jan');
    expect(s.profile[0]!.years).toBe(1);
  });
});
