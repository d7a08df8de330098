import { INITIATOR_ROLES, TARGET_ROLES } from '../model/index.js';
import type { Store } from './store.js';
import { LARGE_IMPORT_ROWS } from './event-import.js';
import { holdsAtMost, suspendTableUpkeep } from './table-upkeep.js';
import { writeRollupCells, type RollupCellCounts } from './event-rollup-cells.js';

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
 *
 * `expectedRows` (the rows a bulk import just read, an upper bound of the cells it rolls up): when
 * that many cells or more may be written, LARGE_IMPORT_ROWS at least, and the roll-ups hold no
 * more rows than that, their secondary indexes (and on PGlite their foreign keys) are dropped and
 * built again after the inserts (table-upkeep.ts): inserting 82,000 area cells into four indexes
 * and a key checked per row took about five times as long as the query that groups them.
 *
 * `cells`: the cells an import counted as it read its rows (EventImport.rollupCells), of all the
 * events of exactly `datasets`; when none of those events is flagged as a duplicate they are
 * written as they are instead of grouped from the events again.
 */
export async function refreshEventRollup(
  store: Store,
  datasets: readonly string[],
  options: { expectedRows?: number; cells?: { datasets: readonly string[]; counts: RollupCellCounts } | null } = {},
): Promise<void> {
  if (datasets.length === 0) return;
  const expectedRows = options.expectedRows ?? 0;
  const restore =
    expectedRows >= LARGE_IMPORT_ROWS && (await holdsAtMost(store, ROLLUP_TABLES, expectedRows))
      ? await suspendTableUpkeep(store, ROLLUP_TABLES, { foreignKeys: store.backend === 'pglite' })
      : null;
  const cells = options.cells;
  const isCounted = cells != null && cells.datasets.length === datasets.length && datasets.every((d) => cells.datasets.includes(d));
  await rebuildRollups(store, datasets, isCounted ? cells.counts : null);
  await restore?.();
}

/**
 * SQL: the marking of the event a group of duplicates (c.duplicate_of) repeats, as k.marking;
 * looked up only for a flagged group (NULL otherwise, and when the kept event is gone).
 */
const KEPT_MARKING_JOIN = `LEFT JOIN LATERAL (
       SELECT k.marking FROM event k WHERE c.duplicate_of IS NOT NULL AND k.workspace_id = c.workspace_id AND k.event_id = c.duplicate_of
     ) k ON true`;

const ROLLUP_TABLES = ['event_area_rollup', 'event_month_rollup', 'event_dimension_rollup'];

/**
 * SQL: the area and actor cells, grouped (a subquery with workspace_id, dataset, month, the
 * grouped columns, marking, duplicate_of, events and fatalities) as `c`; every cell's duplicate
 * counts and the marking of the event its duplicates repeat. When none of the datasets' events is
 * flagged (`isFlagged` false: a dataset alone in its workspace, or none of its rows met another
 * source's) those are NULL and 0, and each group is a cell (duplicate_of is NULL in all): the
 * second grouping and the look-up of kept events (a hash join over the whole event table) are
 * left out. `columns` are the cell's key as selected, `groupBy` the same without constants.
 */
function cellsSql(columns: string, groupBy: string, grouped: string, isFlagged: boolean): string {
  if (!isFlagged) return `SELECT ${columns}, NULL, c.events, coalesce(c.fatalities, 0), 0, 0 FROM (${grouped}) c`;
  return `SELECT ${columns}, k.marking, sum(c.events), coalesce(sum(c.fatalities), 0),
       coalesce(sum(c.events) FILTER (WHERE c.duplicate_of IS NOT NULL), 0),
       coalesce(sum(c.fatalities) FILTER (WHERE c.duplicate_of IS NOT NULL), 0)
     FROM (${grouped}) c
     ${KEPT_MARKING_JOIN}
     GROUP BY ${groupBy}, k.marking`;
}

const AREA_CELL = 'c.workspace_id, c.dataset, c.month, c.country, c.admin1, c.type, c.dataset_type, c.dataset_subtype, c.marking';

async function rebuildRollups(store: Store, datasets: readonly string[], counted: RollupCellCounts | null): Promise<void> {
  const params = [store.workspaceId, datasets];
  await store.query('DELETE FROM event_area_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
  await store.query('DELETE FROM event_month_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
  await store.query('DELETE FROM event_dimension_rollup WHERE workspace_id = $1 AND dataset = ANY($2::text[])', params);
  const [flags] = await store.query<{ is_flagged: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM event WHERE workspace_id = $1 AND dataset = ANY($2::text[]) AND duplicate_of IS NOT NULL) AS is_flagged',
    params,
  );
  const isFlagged = flags?.is_flagged ?? true;
  // the import counted the cells of all these datasets' events while reading them: none flagged,
  // they are those cells (grouping a million events again took seconds)
  if (counted !== null && !isFlagged) return writeRollupCells(store, counted);
  // one cell per marking of its events and per marking of the event a duplicate repeats
  // (migration 0008): the events are grouped first with the id of the event each repeats, and the
  // kept event's marking is looked up once per group and only for flagged ones (a look-up per row
  // inside a CASE was costed by the planner for every row, which then walked a million events in
  // index order to save a sort: 7 s of 10 at 100,000 events on PGlite)
  await store.query(
    `INSERT INTO event_area_rollup (workspace_id, dataset, month, country, admin1, type, dataset_type, dataset_subtype,
       marking, duplicate_marking, events, fatalities, duplicate_events, duplicate_fatalities)
     ${cellsSql(
       AREA_CELL,
       AREA_CELL,
       `SELECT e.workspace_id, e.dataset, date_trunc('month', e.period_date)::date AS month, e.country, e.admin1, e.type,
         e.dataset_type, e.dataset_subtype, e.marking, e.duplicate_of, count(*) AS events, sum(e.fatalities) AS fatalities
       FROM event e
       WHERE e.workspace_id = $1 AND e.dataset = ANY($2::text[])
       GROUP BY e.workspace_id, e.dataset, month, e.country, e.admin1, e.type, e.dataset_type, e.dataset_subtype, e.marking,
         e.duplicate_of`,
       isFlagged,
     )}`,
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
  // an event counts once per actor name, with the roles the name has in it (grouped as the area cells are)
  await store.query(
    `INSERT INTO event_dimension_rollup (workspace_id, dataset, month, dimension, value, sides, marking, duplicate_marking,
       events, fatalities, duplicate_events, duplicate_fatalities)
     ${cellsSql(
       "c.workspace_id, c.dataset, c.month, 'actor', c.actor_text, c.sides, c.marking",
       'c.workspace_id, c.dataset, c.month, c.actor_text, c.sides, c.marking',
       `SELECT workspace_id, dataset, month, actor_text, sides, marking, duplicate_of, count(*) AS events, sum(fatalities) AS fatalities
       FROM (
         SELECT e.workspace_id, e.dataset, date_trunc('month', e.period_date)::date AS month, a.actor_text,
           bit_or(CASE WHEN a.role = ANY($3::text[]) THEN ${INITIATOR_SIDE} WHEN a.role = ANY($4::text[]) THEN ${TARGET_SIDE} ELSE 0 END)::smallint
             AS sides,
           e.marking, e.fatalities, e.duplicate_of
         FROM event e
         JOIN event_actor a ON a.workspace_id = e.workspace_id AND a.event_id = e.event_id
         WHERE e.workspace_id = $1 AND e.dataset = ANY($2::text[])
         GROUP BY e.workspace_id, e.event_id, a.actor_text
       ) x
       GROUP BY workspace_id, dataset, month, actor_text, sides, marking, duplicate_of`,
       isFlagged,
     )}`,
    [...params, INITIATOR_ROLES, TARGET_ROLES],
  );
}
