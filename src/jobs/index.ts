/** Jobs: the use cases the CLI and the server both call. */
export * from './read-csv-records.js';
export * from './read-watchlist-files.js';
export * from './count-watchlist-entries.js';
export * from './import-watchlist.js';
export * from './merge-entities.js';
export * from './find-duplicate-entities.js';
export * from './screen-names.js';
export * from './score-name-pairs.js';
export * from './link-names.js';
export * from './import-events.js';
export * from './analyse-events.js';
export * from './ingest-files.js';
export * from './review-claims.js';
export * from './build-demo.js';
export * from './show-entity.js';
export * from './actor-resolver.js';
export * from './find-entity.js';
// the store handle the surfaces open once and pass to every job (cli/ and server/ import only jobs/ and model/)
export { openStore, type OpenStoreOptions, type Store } from '../store/index.js';
export * from './export-stix.js';
export * from './validate-stix-file.js';
export * from './manage-users.js';
export * from './sign-in.js';
export * from './list-audit.js';
export * from './default-marking.js';
