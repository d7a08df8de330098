import type { KeyedSeries } from './event-analysis.js';

/** The name of the series the smaller ones are added into. */
export const OTHER_SERIES_KEY = 'other';

/**
 * The `n` series with most events, and one "other" series adding up the rest (period by
 * period), so a chart split by country shows 8 readable series instead of 165. Series keep
 * their order among the kept ones; nothing changes when there are `n + 1` or fewer.
 */
export function keepTopSeries(series: readonly KeyedSeries[], n: number): KeyedSeries[] {
  if (series.length <= n + 1) return [...series];
  const total = (s: KeyedSeries) => s.points.reduce((sum, p) => sum + p.events, 0);
  const ranked = [...series].sort((a, b) => total(b) - total(a) || String(a.key).localeCompare(String(b.key)));
  const kept = new Set(ranked.slice(0, n));
  const other = new Map<string, { period: string; events: number; fatalities: number }>();
  for (const s of series) {
    if (kept.has(s)) continue;
    for (const p of s.points) {
      const cell = other.get(p.period) ?? { period: p.period, events: 0, fatalities: 0 };
      cell.events += p.events;
      cell.fatalities += p.fatalities;
      other.set(p.period, cell);
    }
  }
  const points = [...other.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return [...series.filter((s) => kept.has(s)), { key: OTHER_SERIES_KEY, points }];
}
