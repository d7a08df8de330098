/** Interop: figures, GeoJSON and other formats others read. */
export * from './charts/index.js';
export * from './geojson.js';
export * from './events-csv.js';
export * from './graph-export/index.js';
