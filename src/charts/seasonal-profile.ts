import type { TopLevelSpec } from 'vega-lite';
import type { Seasonality } from '../model/index.js';
import type { ChartText } from './chart-theme.js';

/** Mean events per month of the year, the peak season's months highlighted. */
export function seasonalProfileSpec(season: Seasonality, options: ChartText): TopLevelSpec {
  const { startMonth, months } = season.peakSeason;
  const inPeak = (m: number) => (m - startMonth + 12) % 12 < months;
  const peakLabel = `Peak season (${season.peakSeason.label}, ${Math.round(season.peakSeason.share * 100)}% of events)`;
  const values = season.profile.map((m) => ({
    month: m.name,
    order: m.month,
    mean: m.meanEvents,
    season: inPeak(m.month) ? peakLabel : 'Other months',
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    width: 480,
    height: 280,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: { field: 'order' }, title: 'Month of year', axis: { labelAngle: 0 } },
      y: { field: 'mean', type: 'quantitative', title: 'Mean events per year' },
      color: {
        field: 'season',
        type: 'nominal',
        title: null,
        scale: { domain: [peakLabel, 'Other months'], range: ['#D55E00', '#9DB9D3'] },
      },
    },
  } as TopLevelSpec;
}
