/** Event files: any of the event formats (ACLED, UCDP GED, GTD, Tessera CSV), detected by header and read as a stream of events. */
export * from './imported-event.js';
export * from './country-code.js';
export { EVENT_LOCATION_COLUMNS, locationValues } from './location-columns.js';
export { detectEventFormat, checkHeader } from './detect-format.js';
export { openEventFile, type EventFileReader, type ReadEventFileOptions } from './read-event-file.js';
