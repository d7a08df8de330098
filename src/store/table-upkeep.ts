import type { Store } from './store.js';

/** Puts back what suspendTableUpkeep dropped: each index built again in one sort, each key checked in one join. */
export type RestoreTableUpkeep = () => Promise<void>;

/**
 * For a bulk write into `tables`, inside the write's transaction: drops their secondary indexes
 * (not primary keys, unique indexes or the indexes of constraints) and, when `foreignKeys`, their
 * foreign keys, and returns what creates them again from their definitions (call it before the
 * transaction commits; an error rolls the drops back with everything else). Each dropped index
 * was updated, and each key checked by a trigger, once per written row (on PGlite about 20 µs a
 * row for a key). Dropping takes the tables' exclusive lock until the transaction ends, and a
 * key's drop also locks the table it refers to: drop keys only where this process is the only
 * writer (PGlite).
 */
export async function suspendTableUpkeep(
  store: Store,
  tables: readonly string[],
  options: { foreignKeys: boolean },
): Promise<RestoreTableUpkeep> {
  const indexes = await store.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = ANY(SELECT to_regclass(t)::oid FROM unnest($1::text[]) AS t) AND NOT x.indisunique AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
      ORDER BY i.relname`,
    [tables],
  );
  const keys = options.foreignKeys
    ? await store.query<{ table: string; name: string; definition: string }>(
        `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
          WHERE conrelid = ANY(SELECT to_regclass(t)::oid FROM unnest($1::text[]) AS t) AND contype = 'f'
          ORDER BY conrelid::regclass::text, conname`,
        [tables],
      )
    : [];
  for (const key of keys) await store.execScript(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdent(key.name)}`);
  for (const index of indexes) await store.execScript(`DROP INDEX ${quoteIdent(index.name)}`);
  return async () => {
    for (const index of indexes) await store.execScript(index.definition);
    for (const key of keys) await store.execScript(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`);
  };
}

/** The estimated rows of `tables` together (0 for a table never analysed or indexed). */
export async function estimatedRows(store: Store, tables: readonly string[]): Promise<number> {
  const rows = await store.query<{ rows: number }>(
    `SELECT coalesce(sum(greatest(reltuples, 0)), 0)::float8 AS rows FROM pg_class
      WHERE oid = ANY(SELECT to_regclass(t)::oid FROM unnest($1::text[]) AS t)`,
    [tables],
  );
  return Number(rows[0]?.rows ?? 0);
}

/**
 * Whether `tables` together hold at most `limit` rows: the planner's estimate when it says so,
 * otherwise counted, up to limit + 1 rows. The estimate lags: after a delete PostgreSQL keeps the
 * deleted rows in reltuples until autovacuum or ANALYZE next runs, so a table emptied (or a
 * workspace dropped) just before a large import still looked full, and the import kept its
 * indexes up to date row by row instead of building them once.
 */
export async function holdsAtMost(store: Store, tables: readonly string[], limit: number): Promise<boolean> {
  if ((await estimatedRows(store, tables)) <= limit) return true;
  let rows = 0;
  for (const table of tables) {
    const [counted] = await store.query<{ rows: number }>(
      `SELECT count(*)::float8 AS rows FROM (SELECT 1 FROM ${quoteIdent(table)} LIMIT $1) t`,
      [limit + 1 - rows],
    );
    rows += Number(counted?.rows ?? 0);
    if (rows > limit) return false;
  }
  return true;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
