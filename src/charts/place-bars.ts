import type { TopLevelSpec } from 'vega-lite';
import type { ChartText } from './chart-theme.js';

export interface PlaceBar {
  label: string;
  events: number;
  fatalities: number;
}

/** Horizontal bars per place (province bars), largest first, value at the end of each bar. */
export function placeBarsSpec(places: readonly PlaceBar[], options: ChartText & { measure: 'events' | 'fatalities' }): TopLevelSpec {
  const values = places.map((p) => ({ label: p.label, value: p[options.measure] }));
  const x = { field: 'value', type: 'quantitative', title: options.measure === 'events' ? 'Events' : 'Fatalities' };
  const y = { field: 'label', type: 'nominal', title: null, sort: '-x' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    width: 520,
    height: Math.max(120, places.length * 22),
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#0072B2' }, encoding: { x, y } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { x, y, text: { field: 'value', type: 'quantitative' } } },
    ],
  } as TopLevelSpec;
}
