/**
 * What the two engines' prepared-statement caches (pglite.ts, postgres.ts) share: how many
 * statements a cache keeps, and the error that asks for a statement to be prepared again.
 */

/** Most statements kept prepared at once (per connection); the one used longest ago is closed beyond. */
export const MAX_PREPARED = 200;

/** PostgreSQL's error when a prepared statement's result columns changed under it (DDL since it was prepared). */
const CACHED_PLAN_CHANGED = '0A000';

/** Whether `error` says a prepared statement's result columns changed under it, so it must be prepared again. */
export function isCachedPlanChanged(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === CACHED_PLAN_CHANGED;
}
