import type { Id } from '../model/index.js';
import type { Store } from './store.js';

/** Which list entry an entity was imported from. */
export interface WatchlistEntry {
  list: string;
  externalId: string;
  entityId: Id;
  reference: string | null;
  listedOn: string | null;
  programs: string[];
  listDate: string | null;
}

interface WatchlistEntryRow {
  list: string;
  external_id: string;
  entity_id: string;
  reference: string | null;
  listed_on: string | null;
  programs: string[];
  list_date: string | null;
}

const toEntry = (row: WatchlistEntryRow): WatchlistEntry => ({
  list: row.list,
  externalId: row.external_id,
  entityId: row.entity_id,
  reference: row.reference,
  listedOn: row.listed_on,
  programs: row.programs,
  listDate: row.list_date,
});

const COLUMNS = 'list, external_id, entity_id, reference, listed_on, programs, list_date';

/** The entries of one list with these external ids, by external id. */
export async function findWatchlistEntries(
  store: Store,
  list: string,
  externalIds: readonly string[],
): Promise<Map<string, WatchlistEntry>> {
  if (externalIds.length === 0) return new Map();
  const rows = await store.query<WatchlistEntryRow>(
    `SELECT ${COLUMNS} FROM watchlist_entry WHERE workspace_id = $1 AND list = $2 AND external_id = ANY($3::text[])`,
    [store.workspaceId, list, externalIds],
  );
  return new Map(rows.map((row) => [row.external_id, toEntry(row)]));
}

/** Records list entries (call inside the import's transaction); an existing entry is updated. */
export async function upsertWatchlistEntries(store: Store, entries: readonly WatchlistEntry[]): Promise<void> {
  for (const e of entries) {
    await store.query(
      `INSERT INTO watchlist_entry (workspace_id, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT watchlist_entry_pkey DO UPDATE
         SET reference = EXCLUDED.reference, listed_on = EXCLUDED.listed_on, programs = EXCLUDED.programs,
             list_date = EXCLUDED.list_date, imported_at = now()`,
      [store.workspaceId, e.list, e.externalId, e.entityId, e.reference, e.listedOn, e.programs, e.listDate],
    );
  }
}

/** Every imported list entry, optionally of some lists only. */
export async function listWatchlistEntries(store: Store, lists?: readonly string[]): Promise<WatchlistEntry[]> {
  const rows = await store.query<WatchlistEntryRow>(
    `SELECT ${COLUMNS} FROM watchlist_entry WHERE workspace_id = $1 AND ($2::text[] IS NULL OR list = ANY($2::text[]))
      ORDER BY list, external_id`,
    [store.workspaceId, lists ?? null],
  );
  return rows.map(toEntry);
}
