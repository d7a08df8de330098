/**
 * The PostgreSQL adapter (postgres.ts) keeps statements prepared and lets the server settle on a
 * generic plan. A statement whose best plan depends on its values — the text search, whose rows
 * depend on the words typed — begins with this comment instead and is sent unnamed, planned for
 * each call's values as before: its generic plan at 20,000 entities guessed how many names and
 * events a typed prefix matches, joined the name index with the whole workspace's and scanned the
 * event indexes in parallel workers (EXPLAIN ANALYZE, plan_cache_mode force_generic_plan).
 */
export const PLANNED_PER_CALL = '/* planned per call */ ';

/** Whether `sql` asks to be planned for each call's values (it begins with PLANNED_PER_CALL). */
export function isPlannedPerCall(sql: string): boolean {
  return sql.startsWith(PLANNED_PER_CALL);
}
