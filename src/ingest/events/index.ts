/** Event datasets: ACLED, UCDP GED, GTD and Tessera's own CSV, read as streams of events. */
export * from './imported-event.js';
export * from './country-code.js';
export { EVENT_LOCATION_COLUMNS, locationValues } from './location-columns.js';
export { acledEventType, mapAcledRow, ACLED_COLUMNS } from './acled.js';
export { mapUcdpRow, UCDP_COLUMNS } from './ucdp.js';
export { mapGtdRow, GTD_COLUMNS } from './gtd.js';
export { mapTesseraCsvRow, parseActors, TESSERA_CSV_COLUMNS, TESSERA_CSV_REQUIRED } from './tessera-csv.js';
export { detectEventFormat, checkHeader } from './detect-format.js';
export { openEventFile, type EventFileReader, type ReadEventFileOptions } from './read-event-file.js';
