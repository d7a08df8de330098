/** The store's public API: the only layer that touches the database. */
export type { Store } from './store.js';
export { openStore, type OpenStoreOptions } from './open-store.js';
export { migrate, listMigrations } from './migrate.js';
export { ensureWorkspace, summariseWorkspace, type WorkspaceSummary } from './workspaces.js';
export {
  insertDocument,
  findDocumentByHash,
  getDocument,
  listDocuments,
  listSentences,
  listCitedWorks,
  type DocumentSummary,
} from './documents.js';
export { insertEntity, getEntity, listEntities, type EntityFilter } from './entities.js';
export { insertClaims, listClaims, countClaims, setClaimStatus, type ClaimFilter } from './claims.js';
export { insertEvent, getEvent, listDocumentEvents } from './events.js';
