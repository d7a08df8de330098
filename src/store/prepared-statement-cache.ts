/**
 * What the two engines' prepared-statement caches (pglite.ts, postgres.ts) share: how many
 * statements a cache keeps, their order of use and names (PreparedStatementCache, StatementNames),
 * and the error that asks for a statement to be prepared again.
 */

/** Most statements kept prepared at once (per connection); the one used longest ago is closed beyond. */
export const MAX_PREPARED = 200;

/** PostgreSQL's error when a prepared statement's result columns changed under it (DDL since it was prepared). */
const CACHED_PLAN_CHANGED = '0A000';

/** Whether `error` says a prepared statement's result columns changed under it, so it must be prepared again. */
export function isCachedPlanChanged(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === CACHED_PLAN_CHANGED;
}

/** Names for prepared statements, `tessera_1`, `tessera_2`, … (one sequence per owner). */
export class StatementNames {
  private count = 0;

  next(): string {
    return `tessera_${(this.count += 1)}`;
  }
}

/**
 * One connection's prepared statements by SQL text, least recently used first, each with what its
 * engine keeps of it (its name, its parameter types). The caller prepares and closes; this only
 * keeps the order and says which statement to close before another is prepared.
 */
export class PreparedStatementCache<Entry> {
  private readonly bySql = new Map<string, Entry>();

  has(sql: string): boolean {
    return this.bySql.has(sql);
  }

  /** The entry of `sql`, now the most recently used; undefined when it is not prepared. */
  use(sql: string): Entry | undefined {
    const entry = this.bySql.get(sql);
    if (entry !== undefined) {
      this.bySql.delete(sql);
      this.bySql.set(sql, entry);
    }
    return entry;
  }

  /** The SQL text to close before another statement is prepared: the least recently used, once MAX_PREPARED are kept. */
  toClose(): string | undefined {
    return this.bySql.size >= MAX_PREPARED ? this.bySql.keys().next().value : undefined;
  }

  /** Keeps a statement just prepared, as the most recently used. */
  add(sql: string, entry: Entry): void {
    this.bySql.set(sql, entry);
  }

  /** Forgets `sql`, answering its entry (undefined when it was not prepared). */
  remove(sql: string): Entry | undefined {
    const entry = this.bySql.get(sql);
    this.bySql.delete(sql);
    return entry;
  }
}
