import type { Store } from './store.js';

/**
 * Rebuilds the roll-ups of the given datasets from their events (run in the import's
 * transaction, so a roll-up is never seen out of step with the events): the monthly roll-up by
 * place, type and sub-type (event_area_rollup, migration 0013) from the events in one scan, and
 * the monthly roll-up by country, type and sub-type (event_month_rollup) grouped from it.
 */
export async function refreshEventRollup(store: Store, datasets: readonly string[]): Promise<void> {
  if (datasets.length === 0) return;
  const params = [store.workspaceId, datasets];
  await store.query('DELETE FROM event_area_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
  await store.query('DELETE FROM event_month_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
  // one cell per marking of its events and per marking of the event a duplicate repeats
  // (migration 0008); the CASE looks the kept event up only for flagged rows
  await store.query(
    `INSERT INTO event_area_rollup (workspace_id, dataset, month, country, admin1, type, dataset_type, dataset_subtype,
       marking, duplicate_marking, events, fatalities, duplicate_events, duplicate_fatalities)
     SELECT workspace_id, dataset, month, country, admin1, type, dataset_type, dataset_subtype, marking, duplicate_marking,
       count(*), coalesce(sum(fatalities), 0),
       count(*) FILTER (WHERE is_duplicate), coalesce(sum(fatalities) FILTER (WHERE is_duplicate), 0)
     FROM (
       SELECT e.workspace_id, e.dataset, date_trunc('month', e.period_date)::date AS month, e.country, e.admin1, e.type,
         e.dataset_type, e.dataset_subtype, e.marking, e.fatalities, e.duplicate_of IS NOT NULL AS is_duplicate,
         CASE WHEN e.duplicate_of IS NULL THEN NULL ELSE
           (SELECT k.marking FROM event k WHERE k.workspace_id = e.workspace_id AND k.event_id = e.duplicate_of) END
           AS duplicate_marking
       FROM event e
       WHERE e.workspace_id = $1 AND e.dataset = ANY($2::text[])
     ) x
     GROUP BY workspace_id, dataset, month, country, admin1, type, dataset_type, dataset_subtype, marking, duplicate_marking`,
    params,
  );
  await store.query(
    `INSERT INTO event_month_rollup (workspace_id, dataset, month, country, type, dataset_type, dataset_subtype, marking,
       duplicate_marking, events, fatalities, duplicate_events, duplicate_fatalities)
     SELECT workspace_id, dataset, month, country, type, dataset_type, dataset_subtype, marking, duplicate_marking,
       sum(events), sum(fatalities), sum(duplicate_events), sum(duplicate_fatalities)
     FROM event_area_rollup
     WHERE workspace_id = $1 AND dataset = ANY($2::text[])
     GROUP BY workspace_id, dataset, month, country, type, dataset_type, dataset_subtype, marking, duplicate_marking`,
    params,
  );
}
