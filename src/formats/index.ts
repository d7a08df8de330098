/** Formats: one folder per external format, each turning bytes into model values and back; none touches the store. */
export * from './stix/index.js';
