import type { TopLevelSpec } from 'vega-lite';
import type { KeyedSeries } from '../model/index.js';
import type { ChartText } from './chart-theme.js';
import { periodAxis } from './period-axis.js';

export interface PeriodBarsOptions extends ChartText {
  measure: 'events' | 'fatalities';
  /** The split's name for the legend ("Country", "Type"…), when series are split. */
  legendTitle?: string;
  /** Trailing moving average drawn as a line over the bars (total of all series). */
  movingAverage?: { window: number; values: (number | null)[] } | null;
  xTitle?: string;
}

/** Bars per period (events or fatalities), stacked by split key with a legend; value labels when few bars. */
export function periodBarsSpec(series: readonly KeyedSeries[], options: PeriodBarsOptions): TopLevelSpec {
  const isSplit = series.length > 1 || (series[0]?.key ?? null) !== null;
  const values = series.flatMap((s) => s.points.map((p) => ({ period: p.period, key: s.key ?? 'all', value: p[options.measure] })));
  const periods = series[0]?.points.length ?? 0;
  const yTitle = options.measure === 'events' ? 'Events' : 'Fatalities';
  const width = Math.min(900, Math.max(360, periods * 28));
  const bars = {
    mark: { type: 'bar', ...(isSplit ? {} : { color: '#0072B2' }) },
    encoding: {
      x: periodAxis(series[0]?.points.map((p) => p.period) ?? [], options.xTitle ?? 'Period'),
      y: { field: 'value', type: 'quantitative', title: yTitle, aggregate: 'sum' },
      ...(isSplit ? { color: { field: 'key', type: 'nominal', title: options.legendTitle ?? '' } } : {}),
      tooltip: [{ field: 'period' }, { field: 'key' }, { field: 'value' }],
    },
  };
  const layers: unknown[] = [bars];
  if (!isSplit && periods <= 16) {
    layers.push({
      mark: { type: 'text', dy: -6, fontSize: 11, color: '#222' },
      encoding: {
        x: { field: 'period', type: 'ordinal' },
        y: { field: 'value', type: 'quantitative', aggregate: 'sum' },
        text: { field: 'value', type: 'quantitative', aggregate: 'sum' },
      },
    });
  }
  if (options.movingAverage) {
    const ma = options.movingAverage;
    const axis = series[0]?.points.map((p) => p.period) ?? [];
    layers.push({
      data: { values: axis.map((period, i) => ({ period, ma: ma.values[i], label: `${ma.window}-period moving average` })) },
      mark: { type: 'line', color: '#D55E00', strokeWidth: 2.5 },
      encoding: {
        x: { field: 'period', type: 'ordinal' },
        y: { field: 'ma', type: 'quantitative' },
        strokeDash: { field: 'label', type: 'nominal', title: null, legend: { orient: 'top' } },
      },
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    width,
    height: 300,
    data: { values },
    layer: layers,
  } as TopLevelSpec;
}
