import type { Id, TlpMarking } from '../model/index.js';
import { markingCondition } from './access-policy.js';
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
  /** TLP 2.0 marking of the entry (TLP:CLEAR when an import gives none). */
  marking?: TlpMarking;
}

interface WatchlistEntryRow {
  list: string;
  external_id: string;
  entity_id: string;
  reference: string | null;
  listed_on: string | null;
  programs: string[];
  list_date: string | null;
  marking: TlpMarking;
}

const toEntry = (row: WatchlistEntryRow): WatchlistEntry => ({
  list: row.list,
  externalId: row.external_id,
  entityId: row.entity_id,
  reference: row.reference,
  listedOn: row.listed_on,
  programs: row.programs,
  listDate: row.list_date,
  marking: row.marking,
});

const COLUMNS = 'list, external_id, entity_id, reference, listed_on, programs, list_date, marking';

/** The entries of one list with these external ids that the viewer may see, by external id. */
export async function findWatchlistEntries(
  store: Store,
  list: string,
  externalIds: readonly string[],
): Promise<Map<string, WatchlistEntry>> {
  if (externalIds.length === 0) return new Map();
  const params: unknown[] = [store.workspaceId, list, externalIds];
  const rows = await store.query<WatchlistEntryRow>(
    `SELECT ${COLUMNS} FROM watchlist_entry WHERE workspace_id = $1 AND list = $2 AND external_id = ANY($3::text[])
       AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return new Map(rows.map((row) => [row.external_id, toEntry(row)]));
}

/** Records list entries (call inside the import's transaction); an existing entry is updated. */
export async function upsertWatchlistEntries(store: Store, entries: readonly WatchlistEntry[]): Promise<void> {
  for (const e of entries) {
    await store.query(
      `INSERT INTO watchlist_entry (workspace_id, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT watchlist_entry_pkey DO UPDATE
         SET reference = EXCLUDED.reference, listed_on = EXCLUDED.listed_on, programs = EXCLUDED.programs,
             list_date = EXCLUDED.list_date, marking = EXCLUDED.marking, imported_at = now()`,
      [
        store.workspaceId,
        e.list,
        e.externalId,
        e.entityId,
        e.reference,
        e.listedOn,
        e.programs,
        e.listDate,
        e.marking ?? 'TLP:CLEAR',
      ],
    );
  }
}

/** Every imported list entry the viewer may see, optionally of some lists only. */
export async function listWatchlistEntries(store: Store, lists?: readonly string[]): Promise<WatchlistEntry[]> {
  const params: unknown[] = [store.workspaceId, lists ?? null];
  const rows = await store.query<WatchlistEntryRow>(
    `SELECT ${COLUMNS} FROM watchlist_entry WHERE workspace_id = $1 AND ($2::text[] IS NULL OR list = ANY($2::text[]))
       AND ${markingCondition(store, 'marking', params)}
      ORDER BY list, external_id`,
    params,
  );
  return rows.map(toEntry);
}
