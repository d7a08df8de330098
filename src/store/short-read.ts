/**
 * Both adapters keep statements prepared (postgres.ts, pglite.ts). Under plan_cache_mode auto the
 * server compares a generic plan's estimate with those of plans made for the values at hand, and
 * for the text search the generic plan guesses thousands of matching names and events, so it lost
 * every time: the statement was planned again at each call (searches at 100,000 entities and 1M
 * events: 300 of 300 executions custom-planned, on PGlite 3.7-9.4 ms of CPU per search against
 * 1.6-2.6 with the generic plan; on PostgreSQL 0.45-0.65 ms of backend time against 0.23-0.31;
 * same plan shape, same rows). On PostgreSQL that generic guess also gathered the event index
 * scans from two parallel workers (30-200 ms of worker start-up for scans that find nothing) and
 * had JIT compile the plan at every execution (about 25 ms of backend CPU against 2).
 *
 * A statement known to read few rows through its indexes whatever its values begins with this
 * comment, and runs with plan_cache_mode force_generic_plan (planned once per connection), and on
 * PostgreSQL also with max_parallel_workers_per_gather 0 and jit off (PGlite has neither workers
 * nor JIT). A PostgreSQL connection keeps these settings until it runs anything else, which
 * resets them first (ShortReadSettings in postgres.ts), so a run of searches costs no extra round
 * trip; PGlite's one session sets and resets the plan mode in the short read's own batch.
 */
export const SHORT_READ = '/* short read */ ';

/** Whether `sql` is marked as a short read (it begins with SHORT_READ). */
export function isShortRead(sql: string): boolean {
  return sql.startsWith(SHORT_READ);
}
