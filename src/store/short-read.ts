/**
 * The PostgreSQL adapter (postgres.ts) keeps statements prepared and lets the server settle on a
 * generic plan. A generic plan does not know how many rows its values select, and for the text
 * search it guesses thousands of matching names and events: it gathered the event index scans
 * from two parallel workers (30-200 ms of worker start-up for scans that find nothing), and a plan
 * estimated above jit_above_cost is compiled by JIT at every execution (about 25 ms of backend
 * CPU against 2 for the statement itself). A statement known to read few rows begins with this
 * comment, and runs prepared with max_parallel_workers_per_gather 0 and jit off: its connection
 * keeps them until it runs anything else, which resets them first (ShortReadSettings in
 * postgres.ts), so a run of searches costs no extra round trip. PGlite has neither workers nor JIT.
 */
export const SHORT_READ = '/* short read */ ';

/** Whether `sql` is marked as a short read (it begins with SHORT_READ). */
export function isShortRead(sql: string): boolean {
  return sql.startsWith(SHORT_READ);
}
