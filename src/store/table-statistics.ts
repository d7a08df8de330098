import type { Store } from './store.js';

/** The tables whose statistics a bulk write may leave stale. */
export type AnalysedTable = 'event' | 'event_actor' | 'claim' | 'entity' | 'watchlist_entry';

/** Rows written below which the statistics are left to PostgreSQL's autovacuum. */
export const ANALYZE_AFTER_ROWS = 1_000;

/**
 * Refreshes the planner's statistics of `tables` after a bulk write. PGlite runs no autovacuum,
 * so without this a store filled by one import keeps the estimates of an empty one and the
 * planner walks a million events to find twenty (search went from seconds to milliseconds);
 * on PostgreSQL it spares the wait for autovacuum. Samples a fixed number of rows per table.
 */
export async function refreshStatistics(store: Store, tables: readonly AnalysedTable[]): Promise<void> {
  if (tables.length === 0) return;
  await store.execScript(`ANALYZE ${[...new Set(tables)].join(', ')}`);
}
