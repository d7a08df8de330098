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

/**
 * Refreshes the statistics of those of `tables` that have grown well past what the planner last
 * saw (more than twice the pages of the last ANALYZE, and over a megabyte): a store filled by many
 * small writes on PGlite, where no autovacuum runs, would otherwise be planned as if empty, and a
 * keyset page would scan and sort the whole table each time (an export went quadratic). Reading
 * the sizes costs a catalogue lookup per table; call it before reading a large part of the store.
 */
export async function refreshStaleStatistics(store: Store, tables: readonly AnalysedTable[]): Promise<void> {
  const rows = await store.query<{ name: AnalysedTable }>(
    // each table's catalogue row by its oid: a join let the planner size every relation in the catalogue
    // (500 file lookups, up to a second on PGlite) before matching the four asked for
    `SELECT t.name FROM unnest($1::text[]) AS t(name)
       CROSS JOIN LATERAL (SELECT c.relpages, pg_relation_size(c.oid) AS bytes FROM pg_class c WHERE c.oid = to_regclass(t.name)::oid) s
      WHERE s.bytes > 1048576 AND s.bytes / 8192 > 2 * greatest(s.relpages, 0)`,
    [tables],
  );
  await refreshStatistics(
    store,
    rows.map((row) => row.name),
  );
}
