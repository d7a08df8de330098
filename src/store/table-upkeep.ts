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
 * writer (PGlite). The locks are taken first, all of them, without queueing (lockWithoutWaiting);
 * null, and nothing dropped, when other sessions kept them busy for `waitMs`: the write then
 * keeps the indexes up to date row by row. Indexes named in `keepIndexes` stay (those the write's
 * rows do not enter).
 */
export async function suspendTableUpkeep(
  store: Store,
  tables: readonly string[],
  options: { foreignKeys: boolean; waitMs?: number; keepIndexes?: readonly string[] },
): Promise<RestoreTableUpkeep | null> {
  if (!(await lockWithoutWaiting(store, tables, options.waitMs ?? LOCK_WAIT_MS))) return null;
  const indexes = await store.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = ANY(SELECT to_regclass(t)::oid FROM unnest($1::text[]) AS t) AND NOT x.indisunique AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        AND NOT i.relname = ANY($2::text[])
      ORDER BY i.relname`,
    [tables, options.keepIndexes ?? []],
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

/** How long a bulk write tries to take its tables' exclusive locks before it writes with the indexes in place. */
const LOCK_WAIT_MS = 30_000;

/**
 * Takes the exclusive lock of each of `tables` in the transaction, in the order given, never
 * waiting in line for one: NOWAIT, and when another session holds one, the attempt is rolled back
 * to a savepoint and tried again a little later, until `waitMs` has passed (false). A bulk write
 * that queued for the lock of one table while holding another's could close a cycle with a reader
 * that holds the second and waits for the first ("deadlock detected" for one of them, seen on
 * PostgreSQL with readers and a large import at once); one that never waits is in no cycle.
 */
export async function lockWithoutWaiting(store: Store, tables: readonly string[], waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 500)) {
    await store.execScript('SAVEPOINT table_upkeep_lock');
    try {
      await store.execScript(`LOCK TABLE ${tables.map(quoteIdent).join(', ')} IN ACCESS EXCLUSIVE MODE NOWAIT`);
      await store.execScript('RELEASE SAVEPOINT table_upkeep_lock');
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code !== LOCK_NOT_AVAILABLE) throw error;
      await store.execScript('ROLLBACK TO SAVEPOINT table_upkeep_lock');
      if (Date.now() + pause > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** SQLSTATE of a NOWAIT lock another session holds. */
const LOCK_NOT_AVAILABLE = '55P03';

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
