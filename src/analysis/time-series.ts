import type { ChangePoint, DualPoint, EventPeriod, KeyedSeries, SeriesPoint } from '../model/index.js';
import type { EventCountRow } from '../store/index.js';
import { listPeriods, periodOf } from './period.js';

export interface FillOptions {
  /** ISO days bounding the axis; the data's first and last periods when omitted. */
  from?: string;
  to?: string;
}

/**
 * Count rows as continuous series: one per split key, with every period from the first to the
 * last (or from/to) present, periods without events as zero.
 */
export function toSeries(rows: readonly EventCountRow[], by: EventPeriod, options: FillOptions = {}): KeyedSeries[] {
  if (rows.length === 0 && (options.from === undefined || options.to === undefined)) return [];
  const periods = rows.map((r) => r.period).sort();
  const first = options.from !== undefined ? periodOf(options.from, by) : periods[0]!;
  const last = options.to !== undefined ? periodOf(options.to, by) : periods[periods.length - 1]!;
  const axis = listPeriods(first, last, by);
  const byKey = new Map<string | null, Map<string, EventCountRow>>();
  for (const row of rows) {
    let m = byKey.get(row.key);
    if (!m) byKey.set(row.key, (m = new Map()));
    m.set(row.period, row);
  }
  if (byKey.size === 0) byKey.set(null, new Map());
  return [...byKey.entries()]
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
    .map(([key, m]) => ({
      key,
      points: axis.map((period) => ({ period, events: m.get(period)?.events ?? 0, fatalities: m.get(period)?.fatalities ?? 0 })),
    }));
}

/** Trailing moving average over `window` points (null until the window is full). */
export function movingAverage(values: readonly number[], window: number): (number | null)[] {
  const out: (number | null)[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i]!;
    if (i >= window) sum -= values[i - window]!;
    out.push(i >= window - 1 ? sum / window : null);
  }
  return out;
}

/** Period-over-period change, e.g. year-over-year on a yearly series. */
export function periodChange(points: readonly SeriesPoint[]): ChangePoint[] {
  return points.map((point, i) => {
    const previous = i === 0 ? undefined : points[i - 1];
    if (previous === undefined) return { ...point, change: null, changePercent: null };
    const change = point.events - previous.events;
    return {
      ...point,
      change,
      changePercent: previous.events === 0 ? null : Math.round((change / previous.events) * 1000) / 10,
    };
  });
}

export function alignSeries(a: readonly SeriesPoint[], b: readonly SeriesPoint[], measureA: 'events' | 'fatalities', measureB: 'events' | 'fatalities'): DualPoint[] {
  const periods = [...new Set([...a.map((p) => p.period), ...b.map((p) => p.period)])].sort();
  const ma = new Map(a.map((p) => [p.period, p[measureA]]));
  const mb = new Map(b.map((p) => [p.period, p[measureB]]));
  return periods.map((period) => ({ period, a: ma.get(period) ?? 0, b: mb.get(period) ?? 0 }));
}
