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
  await store.query(
    `INSERT INTO event_month_rollup (workspace_id, dataset, month, country, type, dataset_type, events, fatalities,
       duplicate_events, duplicate_fatalities)
     SELECT workspace_id, dataset, date_trunc('month', period_date)::date, country, type, dataset_type,
       count(*), coalesce(sum(fatalities), 0),
       count(*) FILTER (WHERE duplicate_of IS NOT NULL), coalesce(sum(fatalities) FILTER (WHERE duplicate_of IS NOT NULL), 0)
     FROM event
     WHERE workspace_id = $1 AND dataset = ANY($2::text[])
     GROUP BY workspace_id, dataset, date_trunc('month', period_date), country, type, dataset_type`,
    [store.workspaceId, datasets],
  );
}
