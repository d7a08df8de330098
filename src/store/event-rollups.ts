import type { Store } from './store.js';

/**
 * Rebuilds the monthly roll-up of the given datasets from their events (run in the import's
 * transaction, so the roll-up is never seen out of step with the events).
 */
export async function refreshEventRollup(store: Store, datasets: readonly string[]): Promise<void> {
  if (datasets.length === 0) return;
  await store.query('DELETE FROM event_month_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', [
    store.workspaceId,
    datasets,
  ]);
  // one cell per marking of its events and per marking of the event a duplicate repeats
  // (migration 0008); the CASE looks the kept event up only for flagged rows
  await store.query(
    `INSERT INTO event_month_rollup (workspace_id, dataset, month, country, type, dataset_type, marking, duplicate_marking,
       events, fatalities, duplicate_events, duplicate_fatalities)
     SELECT workspace_id, dataset, month, country, type, dataset_type, marking, duplicate_marking,
       count(*), coalesce(sum(fatalities), 0),
       count(*) FILTER (WHERE is_duplicate), coalesce(sum(fatalities) FILTER (WHERE is_duplicate), 0)
     FROM (
       SELECT e.workspace_id, e.dataset, date_trunc('month', e.period_date)::date AS month, e.country, e.type,
         e.dataset_type, e.marking, e.fatalities, e.duplicate_of IS NOT NULL AS is_duplicate,
         CASE WHEN e.duplicate_of IS NULL THEN NULL ELSE
           (SELECT k.marking FROM event k WHERE k.workspace_id = e.workspace_id AND k.event_id = e.duplicate_of) END
           AS duplicate_marking
       FROM event e
       WHERE e.workspace_id = $1 AND e.dataset = ANY($2::text[])
     ) x
     GROUP BY workspace_id, dataset, month, country, type, dataset_type, marking, duplicate_marking`,
    [store.workspaceId, datasets],
  );
}
