/** Publication-quality figures: Vega-Lite specs rendered headless to SVG and PNG. */
export * from './chart-theme.js';
export * from './render-chart.js';
export * from './period-bars.js';
export * from './place-bars.js';
export * from './dual-axis.js';
export * from './seasonal-profile.js';
export * from './anomaly-line.js';
export * from './lineage-timeline.js';
