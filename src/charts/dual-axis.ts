import type { TopLevelSpec } from 'vega-lite';
import type { DualPoint } from '../model/index.js';
import type { ChartText } from './chart-theme.js';
import { periodAxis } from './period-axis.js';

export interface DualAxisOptions extends ChartText {
  /** Legend and axis names of the two series, e.g. "ISK attacks" and "ISK losses". */
  labelA: string;
  labelB: string;
  xTitle?: string;
}

/** Two series over one time axis: A as bars on the left axis, B as a line on the right axis. */
export function dualAxisSpec(points: readonly DualPoint[], options: DualAxisOptions): TopLevelSpec {
  const values = points.map((p) => ({ period: p.period, a: p.a, b: p.b, seriesA: options.labelA, seriesB: options.labelB }));
  const x = periodAxis(points.map((p) => p.period), options.xTitle ?? 'Month');
  const colorScale = { domain: [options.labelA, options.labelB], range: ['#0072B2', '#D55E00'] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    width: Math.min(900, Math.max(420, points.length * 22)),
    height: 300,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.85 },
        encoding: {
          x,
          y: { field: 'a', type: 'quantitative', title: options.labelA, axis: { titleColor: '#0072B2' } },
          color: { field: 'seriesA', type: 'nominal', title: null, scale: colorScale },
        },
      },
      {
        mark: { type: 'line', strokeWidth: 2.5, point: true },
        encoding: {
          x,
          y: { field: 'b', type: 'quantitative', title: options.labelB, axis: { orient: 'right', titleColor: '#D55E00' } },
          color: { field: 'seriesB', type: 'nominal', title: null, scale: colorScale },
        },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  } as TopLevelSpec;
}
