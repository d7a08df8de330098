import { INITIATOR_ROLES, TARGET_ROLES } from '../model/index.js';
import type { Store } from './store.js';

/** Bits of event_dimension_rollup.sides (migration 0016): the name is on the initiating side, on the receiving side. */
export const INITIATOR_SIDE = 1;
export const TARGET_SIDE = 2;

/**
 * Rebuilds the roll-ups of the given datasets from their events (run in the import's
 * transaction, so a roll-up is never seen out of step with the events): the monthly roll-up by
 * place, type and sub-type (event_area_rollup, migration 0013) from the events in one scan, the
 * monthly roll-up by country, type and sub-type (event_month_rollup) and the admin1 cells of the
 * roll-up by one dimension (event_dimension_rollup, migration 0016) grouped from it, and that
 * roll-up's actor cells from the events and their actors.
 */
export async function refreshEventRollup(store: Store, datasets: readonly string[]): Promise<void> {
  if (datasets.length === 0) return;
  const params = [store.workspaceId, datasets];
  await store.query('DELETE FROM event_area_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
  await store.query('DELETE FROM event_month_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
  await store.query('DELETE FROM event_dimension_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
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
  await store.query(
    `INSERT INTO event_dimension_rollup (workspace_id, dataset, month, dimension, value, sides, marking, duplicate_marking,
       events, fatalities, duplicate_events, duplicate_fatalities)
     SELECT workspace_id, dataset, month, 'admin1', admin1, NULL, marking, duplicate_marking,
       sum(events), sum(fatalities), sum(duplicate_events), sum(duplicate_fatalities)
     FROM event_area_rollup
     WHERE workspace_id = $1 AND dataset = ANY($2::text[])
     GROUP BY workspace_id, dataset, month, admin1, marking, duplicate_marking`,
    params,
  );
  // an event counts once per actor name, with the roles the name has in it
  await store.query(
    `INSERT INTO event_dimension_rollup (workspace_id, dataset, month, dimension, value, sides, marking, duplicate_marking,
       events, fatalities, duplicate_events, duplicate_fatalities)
     SELECT workspace_id, dataset, month, 'actor', actor_text, sides, marking, duplicate_marking,
       count(*), coalesce(sum(fatalities), 0),
       count(*) FILTER (WHERE is_duplicate), coalesce(sum(fatalities) FILTER (WHERE is_duplicate), 0)
     FROM (
       SELECT e.workspace_id, e.dataset, date_trunc('month', e.period_date)::date AS month, a.actor_text,
         bit_or(CASE WHEN a.role = ANY($3::text[]) THEN ${INITIATOR_SIDE} WHEN a.role = ANY($4::text[]) THEN ${TARGET_SIDE} ELSE 0 END)::smallint
           AS sides,
         e.marking, e.fatalities, e.duplicate_of IS NOT NULL AS is_duplicate,
         CASE WHEN e.duplicate_of IS NULL THEN NULL ELSE
           (SELECT k.marking FROM event k WHERE k.workspace_id = e.workspace_id AND k.event_id = e.duplicate_of) END
           AS duplicate_marking
       FROM event e
       JOIN event_actor a ON a.workspace_id = e.workspace_id AND a.event_id = e.event_id
       WHERE e.workspace_id = $1 AND e.dataset = ANY($2::text[])
       GROUP BY e.workspace_id, e.event_id, a.actor_text
     ) x
     GROUP BY workspace_id, dataset, month, actor_text, sides, marking, duplicate_marking`,
    [...params, INITIATOR_ROLES, TARGET_ROLES],
  );
}
