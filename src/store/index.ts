/** The store's public API: the only layer that touches the database. */
export type { Store } from './store.js';
export { openStore, type OpenStoreOptions } from './open-store.js';
export { StoreLock, LOCK_FILE, type StoreLockOptions } from './store-lock.js';
export { migrate, listMigrations } from './migrate.js';
export { ensureWorkspace, summariseWorkspace, type WorkspaceSummary } from './workspaces.js';
export {
  insertDocument,
  insertSentences,
  findDocumentByHash,
  getDocument,
  listDocuments,
  listSentences,
  listCitedWorks,
  listCitedWorksOf,
} from './documents.js';
export {
  currentVersionSql,
  findCurrentVersion,
  listDocumentVersions,
  listSupersededDocumentIds,
  moveClaimEvidence,
  moveEventToDocument,
  recordNewVersion,
  type DocumentSource,
} from './document-versions.js';
export { insertEntity, insertEntities, getEntity, getEntities, listEntities, countEntities, type EntityFilter } from './entities.js';
export { readEntityPage, type EntityPageRows } from './entity-page.js';
export { insertClaims, listClaims, countClaims, setClaimStatus, updateClaimStatus, type ClaimFilter } from './claims.js';
export { insertEvent, insertEvents, getEvent, listDocumentEvents, listEntityEvents, listEventsPage } from './events.js';
export { encodeEvents, EventEncoder, EventImport, LARGE_IMPORT_ROWS, type EncodedEvents, type UpsertCounts } from './event-import.js';
export { ANALYZE_AFTER_ROWS, refreshStaleStatistics, refreshStatistics, type AnalysedTable } from './table-statistics.js';
export { refreshEventRollup } from './event-rollups.js';
export { flagDuplicateEvents, listDuplicateEvents } from './event-duplicates.js';
export {
  countEvents,
  countEventsByPlace,
  countUndatedEvents,
  eventFilterSql,
  listEventSources,
  excludesDuplicates,
  type EventCountQuery,
  type EventCountRow,
} from './event-counts.js';
export {
  listNameRecords,
  listSameAsLinks,
  storeClock,
  type NameRecord,
  type NameRecordFilter,
  type SameAsLink,
} from './identity.js';
export {
  EntityNameIndex,
  type EntityCandidate,
  type EntityLookupOptions,
  type EntityNameIndexOptions,
  type NameWordHit,
} from './entity-name-index.js';
export {
  findWatchlistEntries,
  upsertWatchlistEntries,
  listWatchlistEntries,
  type WatchlistEntry,
} from './watchlists.js';
export { markingCondition } from './access-policy.js';
export {
  listRelationGraphClaims,
  listEventCoActorClaims,
  listSentenceCoMentionClaims,
  listGraphEntities,
  listMergedEntityPairs,
  readRelationGraphTopology,
  type RelationGraphFilter,
  type RelationGraphTopology,
  type GraphEntityRow,
} from './relation-graph.js';
export { prefixQuery, searchEntityNames, searchDocumentText, searchEventText, searchText, type NameTextHit, type DocumentTextHit, type EventTextHit, type TextSearchHits, type TextSearchOptions } from './search.js';
export {
  streamDocumentsWithoutText,
  listRelationSubjects,
  type ExportClaimSelection,
} from './export-rows.js';
export { scanEntitiesWithClaims, scanClaims, scanEventClaims, scanEvents, type OrderedClaims } from './export-cursor.js';
export {
  insertUser,
  findActiveUser,
  listActiveUsers,
  countActiveUsers,
  hasReachableAdmin,
  findFirstAdmin,
  disableUser,
  setPasswordHash,
  deleteUserSessions,
  insertApiToken,
  findViewerByTokenHash,
  revokeApiTokens,
  userNamesById,
  insertSession,
  findSession,
  deleteSession,
  deleteExpiredSessions,
  insertLoginToken,
  consumeLoginToken,
  type StoredUser,
  type NewUser,
} from './users.js';
export { appendAudit, countAuditEntries, listAuditEntries, type AuditFilter } from './audit-log.js';
export { getDefaultMarking, setDefaultMarking } from './workspace-marking.js';
export {
  insertPostedStixObjects,
  listPostedStixObjects,
  listWorkspaceIds,
  readChangeMarker,
  type ChangeFeed,
  type PostedStixObject,
} from './taxii-objects.js';
export {
  existingRowIds,
  documentIdsByHash,
  insertImportedDocuments,
  insertImportedEvents,
  insertRawStixObjects,
  findKeptStixIds,
  suspendClaimUpkeep,
  type RawStixRow,
} from './stix-import.js';
