/**
 * Tessera as a library: the model, the store and the use cases (jobs) that the CLI and the
 * server call. Applications embedding Tessera import from here; the browser imports
 * `tessera/model` only.
 */
export * from './model/index.js';
export { openStore, type Store, type OpenStoreOptions } from './store/index.js';
export { loadConfig, type Config } from './config.js';
export * from './jobs/index.js';
