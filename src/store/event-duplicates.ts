import type { DuplicatePair } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import type { Store } from './store.js';

/**
 * SQL: whether events `a` and `b` are likely one event told by two sources: both dated to the
 * day and the same day, same country and Tessera type, from different sources (datasets or
 * reports), at the same place (same place name, coordinates within about 10 km, or the same
 * admin1 when one of them names no place).
 */
export function sameEventSql(a: string, b: string): string {
  // for events dated to the day, date_start is that day: comparing it lets event_country_date_idx serve
  return `${a}.workspace_id = ${b}.workspace_id AND ${a}.country = ${b}.country AND ${a}.date_start = ${b}.date_start
    AND ${a}.period_date = ${b}.period_date
    AND ${a}.date_precision = 'day' AND ${b}.date_precision = 'day'
    AND ${a}.country = ${b}.country AND ${a}.type = ${b}.type
    AND coalesce(${a}.dataset, 'reports') <> coalesce(${b}.dataset, 'reports')
    AND (lower(${a}.place) = lower(${b}.place)
      OR (abs(${a}.latitude - ${b}.latitude) < 0.1 AND abs(${a}.longitude - ${b}.longitude) < 0.1)
      OR ((${a}.place IS NULL OR ${b}.place IS NULL) AND lower(${a}.admin1) = lower(${b}.admin1)))`;
}

/**
 * SQL: `a` comes before `b` as the event to keep: dataset rows before events read from reports,
 * then the earlier recorded, then by id.
 */
function keepsBeforeSql(a: string, b: string): string {
  return `((${a}.dataset IS NOT NULL AND ${b}.dataset IS NULL)
    OR ((${a}.dataset IS NULL) = (${b}.dataset IS NULL) AND (${a}.recorded_at, ${a}.event_id) < (${b}.recorded_at, ${b}.event_id)))`;
}

/**
 * Flags likely duplicates across sources: each event that repeats one kept before it gets
 * `duplicate_of`; flags that no longer hold are cleared. Returns the sources whose flags changed
 * (datasets by name, "reports" for events from documents), so their roll-ups can be rebuilt.
 */
export async function flagDuplicateEvents(store: Store): Promise<string[]> {
  const ws = [store.workspaceId];
  // two sources or more: two datasets, or a dataset and reports (dataset NULL). Four probes of
  // event_dataset_key, where listing the distinct datasets read every event of the workspace
  // (1.4 s after a million-row import on PGlite)
  const [sources] = await store.query<{ is_several: boolean }>(
    `SELECT (SELECT min(dataset) FROM event WHERE workspace_id = $1) IS DISTINCT FROM (SELECT max(dataset) FROM event WHERE workspace_id = $1)
       OR (EXISTS (SELECT 1 FROM event WHERE workspace_id = $1 AND dataset IS NULL)
         AND EXISTS (SELECT 1 FROM event WHERE workspace_id = $1 AND dataset IS NOT NULL)) AS is_several`,
    ws,
  );
  const changed = new Set<string>();
  if (sources?.is_several !== true) {
    const cleared = await store.query<{ source: string }>(
      `UPDATE event SET duplicate_of = NULL WHERE workspace_id = $1 AND duplicate_of IS NOT NULL
       RETURNING coalesce(dataset, 'reports') AS source`,
      ws,
    );
    for (const row of cleared) changed.add(row.source);
    return [...changed];
  }
  // matched is MATERIALIZED: right after an import the planner's statistics still say the table
  // is nearly empty, and inlined it was evaluated again for every event (the 297 demo events
  // took 10-17 s of CPU on PGlite, 83,348 index scans; materialized, 0.12 s)
  const rows = await store.query<{ source: string }>(
    `WITH matched AS MATERIALIZED (
       SELECT DISTINCT ON (b.event_id) b.event_id, a.event_id AS keep_id
       FROM event b JOIN event a ON ${sameEventSql('a', 'b')} AND ${keepsBeforeSql('a', 'b')}
       WHERE b.workspace_id = $1
       ORDER BY b.event_id, (a.dataset IS NULL), a.recorded_at, a.event_id
     ), wanted AS (
       SELECT e.event_id, m.keep_id FROM event e LEFT JOIN matched m ON m.event_id = e.event_id
       WHERE e.workspace_id = $1 AND (m.keep_id IS NOT NULL OR e.duplicate_of IS NOT NULL)
     )
     UPDATE event e SET duplicate_of = w.keep_id FROM wanted w
     WHERE e.workspace_id = $1 AND e.event_id = w.event_id AND e.duplicate_of IS DISTINCT FROM w.keep_id
     RETURNING coalesce(e.dataset, 'reports') AS source`,
    ws,
  );
  for (const row of rows) changed.add(row.source);
  return [...changed];
}

/** The flagged duplicates where the viewer may see both events, newest first. */
export async function listDuplicateEvents(store: Store, limit = 100): Promise<DuplicatePair[]> {
  const params: unknown[] = [store.workspaceId, limit];
  const rows = await store.query<{
    date: string;
    country: string | null;
    type: string;
    kept_id: string;
    kept_source: string;
    kept_ref: string | null;
    kept_place: string | null;
    dup_id: string;
    dup_source: string;
    dup_ref: string | null;
    dup_place: string | null;
  }>(
    `SELECT d.period_date AS date, d.country, d.type,
       k.event_id AS kept_id, coalesce(k.dataset, 'reports') AS kept_source, k.dataset_event_id AS kept_ref, k.place AS kept_place,
       d.event_id AS dup_id, coalesce(d.dataset, 'reports') AS dup_source, d.dataset_event_id AS dup_ref, d.place AS dup_place
     FROM event d JOIN event k ON k.workspace_id = d.workspace_id AND k.event_id = d.duplicate_of
     WHERE d.workspace_id = $1 AND ${markingCondition(store, 'd.marking', params)}
       AND ${markingCondition(store, 'k.marking', params)}
     ORDER BY d.period_date DESC, d.event_id LIMIT $2`,
    params,
  );
  return rows.map((r) => ({
    date: r.date,
    country: r.country,
    type: r.type,
    kept: { eventId: r.kept_id, source: r.kept_source, datasetEventId: r.kept_ref, place: r.kept_place },
    duplicate: { eventId: r.dup_id, source: r.dup_source, datasetEventId: r.dup_ref, place: r.dup_place },
  }));
}
