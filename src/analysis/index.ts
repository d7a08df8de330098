/** Analyses over event counts: periods, series, change, seasonality, anomalies. Pure functions. */
export * from './period.js';
export * from './time-series.js';
export * from './seasonality.js';
export * from './anomaly.js';
export * from './network/index.js';
