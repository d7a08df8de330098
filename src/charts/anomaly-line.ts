import type { TopLevelSpec } from 'vega-lite';
import type { AnomalyPoint } from '../model/index.js';
import type { ChartText } from './chart-theme.js';
import { periodAxis } from './period-axis.js';

/** Counts as a line with the rolling baseline band (mean ± 2 sd) and anomalies marked. */
export function anomalyLineSpec(points: readonly AnomalyPoint[], options: ChartText & { xTitle?: string }): TopLevelSpec {
  const values = points.map((p) => ({
    period: p.period,
    events: p.events,
    mean: p.baselineMean,
    low: p.baselineMean === null ? null : Math.max(0, p.baselineMean - 2 * (p.baselineSd ?? 0)),
    high: p.baselineMean === null ? null : p.baselineMean + 2 * (p.baselineSd ?? 0),
    anomaly: p.isAnomaly ? 'Anomaly' : null,
  }));
  const x = periodAxis(points.map((p) => p.period), options.xTitle ?? 'Period');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    width: Math.min(900, Math.max(420, points.length * 20)),
    height: 300,
    data: { values },
    layer: [
      { mark: { type: 'area', color: '#cfe0f0', opacity: 0.8 }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } },
      { mark: { type: 'line', color: '#7f7f7f', strokeDash: [4, 3] }, encoding: { x, y: { field: 'mean', type: 'quantitative' } } },
      { mark: { type: 'line', color: '#0072B2', strokeWidth: 2 }, encoding: { x, y: { field: 'events', type: 'quantitative', title: 'Events' } } },
      {
        transform: [{ filter: 'datum.anomaly !== null' }],
        mark: { type: 'point', filled: true, size: 80, color: '#D55E00' },
        encoding: { x, y: { field: 'events', type: 'quantitative' }, shape: { field: 'anomaly', type: 'nominal', title: null } },
      },
    ],
  } as TopLevelSpec;
}
