/** The look of Tessera's figures: plain, print-friendly, like charts in published assessments. */
export const CHART_FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';

/** Colour-blind-safe palette (Okabe–Ito), first colour for the main series. */
export const CHART_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

export const CHART_CONFIG = {
  font: CHART_FONT,
  background: 'white',
  padding: { left: 12, right: 16, top: 12, bottom: 12 },
  view: { stroke: null },
  title: { fontSize: 16, fontWeight: 'bold', anchor: 'start', subtitleFontSize: 12, subtitleColor: '#444', offset: 12 },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: '#222',
    labelColor: '#333',
    domainColor: '#888',
    tickColor: '#888',
    gridColor: '#e6e6e6',
  },
  axisX: { grid: false },
  legend: { labelLimit: 480, labelFontSize: 11, titleFontSize: 12, orient: 'top', direction: 'horizontal', titleFontWeight: 'normal' },
  range: { category: CHART_COLORS },
  bar: { color: CHART_COLORS[0] },
  line: { color: CHART_COLORS[1], strokeWidth: 2 },
} as const;

/** What every figure carries besides its data. */
export interface ChartText {
  title: string;
  subtitle?: string;
  /** The source line under the figure, e.g. "Source: ACLED, imported 2026-11-21; Tessera". */
  source: string;
}
