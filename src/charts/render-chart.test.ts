import { describe, it, expect } from 'vitest';
import { chartFormatOf } from '../model/index.js';
import { renderChart } from './render-chart.js';
import { periodBarsSpec } from './period-bars.js';
import { dualAxisSpec } from './dual-axis.js';

const series = [
  {
    key: null,
    points: [
      { period: '2021', events: 353, fatalities: 900 },
      { period: '2022', events: 217, fatalities: 500 },
      { period: '2023', events: 45, fatalities: 80 },
    ],
  },
];

describe('charts', () => {
  it('renders bars by year as SVG with title, axis titles, value labels and source line', async () => {
    const spec = periodBarsSpec(series, { title: 'ISK attacks per year', subtitle: 'Afghanistan', source: '', measure: 'events', xTitle: 'Year' });
    const svg = (await renderChart(spec, 'Source: synthetic figures', 'svg')) as string;
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['ISK attacks per year', 'Afghanistan', 'Source: synthetic figures', 'Events', 'Year', '353', '217', '45']) {
      expect(svg).toContain(text);
    }
  });
  it('renders a dual-axis chart as PNG', async () => {
    const spec = dualAxisSpec(
      [
        { period: '2022-01', a: 4, b: 10 },
        { period: '2022-02', a: 6, b: 3 },
      ],
      { title: 'Attacks and losses', source: '', labelA: 'Attacks', labelB: 'Losses' },
    );
    const png = (await renderChart(spec, 'Source: synthetic', 'png')) as Uint8Array;
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
  it('takes the format from the file name', () => {
    expect(chartFormatOf('x.PNG')).toBe('png');
    expect(() => chartFormatOf('x.pdf')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
