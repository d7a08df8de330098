/** Formats: one folder per external format, each turning bytes into model values and back; none touches the store. */
export * from './csv/open-csv-file.js';
export * from './csv/read-csv-records.js';
export * from './event-file/index.js';
export { acledEventType, mapAcledRow, ACLED_COLUMNS } from './acled/acled.js';
export { mapUcdpRow, UCDP_COLUMNS } from './ucdp/ucdp.js';
export { mapGtdRow, GTD_COLUMNS } from './gtd/gtd.js';
export { mapTesseraCsvRow, parseActors, TESSERA_CSV_COLUMNS, TESSERA_CSV_REQUIRED } from './tessera-csv/tessera-csv.js';
export * from './tessera-csv/events-csv.js';
export * from './watchlist/watchlist-record.js';
export * from './watchlist/xml-records.js';
export * from './un-sanctions/un-sanctions-list.js';
export * from './ofac/ofac-list.js';
export * from './geojson/geojson.js';
export * from './graph/index.js';
export * from './stix/index.js';
export * from './ofac/ofac-list-kind.js';
export * from './tessera-csv/knowledge-csv.js';
export * from './geojson/events-geojson.js';
