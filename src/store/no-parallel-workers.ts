/**
 * The PostgreSQL adapter (postgres.ts) keeps statements prepared and lets the server settle on a
 * generic plan. A statement whose generic plan would start parallel workers for a short read —
 * the text search, whose generic plan guesses how many names and events a typed prefix matches
 * (thousands) and gathers the event index scans from two workers, 30-200 ms of worker start-up
 * for scans that find nothing — begins with this comment, and runs prepared with
 * max_parallel_workers_per_gather set to 0 on its connection for that statement only (set before,
 * reset after). PGlite has no parallel workers.
 */
export const NO_PARALLEL_WORKERS = '/* no parallel workers */ ';

/** Whether `sql` asks to run without parallel workers (it begins with NO_PARALLEL_WORKERS). */
export function isWithoutParallelWorkers(sql: string): boolean {
  return sql.startsWith(NO_PARALLEL_WORKERS);
}
