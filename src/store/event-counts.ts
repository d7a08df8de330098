import {
  ACTOR_SIDES,
  EVENT_TYPES,
  rolesOfSide,
  TesseraError,
  type EventFilter,
  type EventPeriod,
  type EventSplit,
  type PlaceCountRow,
  type PlaceLevel,
} from '../model/index.js';
import { isUnrestricted, markingCondition } from './access-policy.js';
import { sameEventSql } from './event-duplicates.js';
import type { Store } from './store.js';
import { currentVersionSql } from './document-versions.js';
import { containsPattern } from './like-pattern.js';
import { INITIATOR_SIDE, TARGET_SIDE } from './event-rollups.js';

export interface EventCountQuery {
  by: EventPeriod;
  /** One dimension, or several (their values joined by " / " in the key). */
  split?: EventSplit | readonly EventSplit[] | null;
  filter?: EventFilter;
  /** Read the monthly roll-up where it can answer (default true; false for comparisons). */
  useRollup?: boolean;
}

/** Events and fatalities in one period (and one split value, when split). */
export interface EventCountRow {
  period: string;
  key: string | null;
  events: number;
  fatalities: number;
}

/** Period labels: YYYY, YYYY-Qn, YYYY-MM, ISO week YYYY-Www, YYYY-MM-DD. */
export function periodSql(column: string, by: EventPeriod): string {
  switch (by) {
    case 'year':
      return `to_char(${column}, 'YYYY')`;
    case 'quarter':
      return `to_char(${column}, 'YYYY-"Q"Q')`;
    case 'month':
      return `to_char(${column}, 'YYYY-MM')`;
    case 'week':
      return `to_char(${column}, 'IYYY-"W"IW')`;
    case 'day':
      return `to_char(${column}, 'YYYY-MM-DD')`;
  }
}

const SOURCE_SQL = (alias: string) => `coalesce(${alias}.dataset, 'reports')`;

type TypeMatch = { column: 'type' | 'dataset_type' | 'dataset_subtype'; value: string } | null;

/** What `--type` means here: a Tessera type, else a dataset type some event has, else a sub-type. */
async function resolveType(store: Store, type: string | undefined): Promise<TypeMatch> {
  if (type === undefined || type.trim() === '') return null;
  const lower = type.trim().toLowerCase();
  if ((EVENT_TYPES as readonly string[]).includes(lower)) return { column: 'type', value: lower };
  const params: unknown[] = [store.workspaceId, lower];
  const known = await store.query<{ hit: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM event_month_rollup WHERE workspace_id = $1 AND lower(dataset_type) = $2
         AND ${markingCondition(store, 'marking', params)})
       OR EXISTS (SELECT 1 FROM event WHERE workspace_id = $1 AND dataset IS NULL AND lower(dataset_type) = $2
         AND ${markingCondition(store, 'marking', params)}) AS hit`,
    params,
  );
  if (known[0]?.hit) return { column: 'dataset_type', value: lower };
  const subtypeParams: unknown[] = [store.workspaceId, lower];
  // dataset events' sub-types from their roll-up (indexed), report events' from the events
  const subtype = await store.query<{ hit: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM event_area_rollup WHERE workspace_id = $1 AND lower(dataset_subtype) = $2
         AND ${markingCondition(store, 'marking', subtypeParams)})
       OR EXISTS (SELECT 1 FROM event WHERE workspace_id = $1 AND dataset IS NULL AND lower(dataset_subtype) = $2
         AND ${markingCondition(store, 'marking', subtypeParams)}) AS hit`,
    subtypeParams,
  );
  if (!subtype[0]?.hit) {
    // an unknown type would count nothing and look like an answer: say so instead
    throw new TesseraError(
      'invalid_input',
      `type "${type}" is neither a Tessera event type (${EVENT_TYPES.join(', ')}) nor a type or sub-type of the workspace's events`,
      { issues: [{ path: 'filter.type', message: 'unknown event type' }] },
    );
  }
  return { column: 'dataset_subtype', value: lower };
}

class Params {
  readonly values: unknown[];
  constructor(first: unknown) {
    this.values = [first];
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function checkDay(name: string, value: string | undefined): void {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new TesseraError('invalid_input', `--${name} "${value}" is not a YYYY-MM-DD date`);
  }
}

/** Throws on a filter that cannot be read: dates not ISO days, a side without an actor. */
function checkFilter(filter: EventFilter): void {
  checkDay('from', filter.from);
  checkDay('to', filter.to);
  if (filter.actorSide === undefined) return;
  if (!(ACTOR_SIDES as readonly string[]).includes(filter.actorSide)) {
    throw new TesseraError('invalid_input', `--actor-side "${filter.actorSide}" is not one of ${ACTOR_SIDES.join(', ')}`);
  }
  if (filter.actorSide !== 'any' && !filter.actor) {
    throw new TesseraError('invalid_input', `--actor-side ${filter.actorSide} needs --actor NAME`);
  }
}

/** WHERE conditions over event alias `e` for the filter (after the workspace), the viewer's clearance first. */
function eventConditions(store: Store, p: Params, filter: EventFilter, type: TypeMatch): string[] {
  // events read from a superseded version of a document never count beside the current version's
  const where: string[] = [markingCondition(store, 'e.marking', p.values), currentVersionSql('e')];
  if (filter.countries?.length) where.push(`e.country = ANY(${p.add(filter.countries.map((c) => c.toUpperCase()))}::text[])`);
  if (filter.admin1) where.push(`lower(e.admin1) = ${p.add(filter.admin1.toLowerCase())}`);
  if (type) where.push(type.column === 'type' ? `e.type = ${p.add(type.value)}` : `lower(e.${type.column}) = ${p.add(type.value)}`);
  if (filter.actor) where.push(actorCondition(p, filter.actor, rolesOfSide(filter.actorSide ?? 'any')));
  if (filter.from) where.push(`e.period_date >= ${p.add(filter.from)}::date`);
  if (filter.to) where.push(`e.period_date <= ${p.add(filter.to)}::date`);
  if (filter.sources?.length) where.push(`${SOURCE_SQL('e')} = ANY(${p.add(filter.sources.map((s) => s.toLowerCase()))}::text[])`);
  return where;
}

/**
 * SQL: event `e` has an actor whose text contains `actor` (any case), in one of `roles` when
 * given. The workspace's distinct actor names are walked on event_actor_text_idx (one index probe
 * per name, migration 0013), those that match are kept, and the events are found from their
 * actor rows on the same index: the same events as testing every event's actors, without reading
 * them all.
 */
function actorCondition(p: Params, actor: string, roles: readonly string[] | null): string {
  return `e.event_id IN (SELECT fa.event_id FROM event_actor fa
      WHERE fa.workspace_id = $1${roles ? ` AND fa.role = ANY(${p.add(roles)}::text[])` : ''}
        AND fa.actor_text = ANY (ARRAY(
          WITH RECURSIVE name AS (
            SELECT (SELECT min(n.actor_text) FROM event_actor n WHERE n.workspace_id = $1) AS text
            UNION ALL
            SELECT (SELECT min(n.actor_text) FROM event_actor n WHERE n.workspace_id = $1 AND n.actor_text > name.text)
            FROM name WHERE name.text IS NOT NULL)
          SELECT text FROM name WHERE text ILIKE ${p.add(containsPattern(actor))})))`;
}

/**
 * SQL (after the other conditions on `e`): leaves likely duplicates out — an event flagged as
 * repeating one kept, and a report event repeating a dataset event. For a viewer below the
 * highest clearance only a kept event they may see counts: otherwise an event would vanish
 * from their counts because of one they cannot see.
 */
function dedupeSql(store: Store, p: Params): string {
  if (isUnrestricted(store)) {
    return `AND e.duplicate_of IS NULL AND (e.dataset IS NOT NULL OR NOT EXISTS (
         SELECT 1 FROM event k WHERE ${sameEventSql('k', 'e')} AND k.dataset IS NOT NULL))`;
  }
  return `AND NOT EXISTS (SELECT 1 FROM event kd WHERE kd.workspace_id = e.workspace_id AND kd.event_id = e.duplicate_of
         AND ${markingCondition(store, 'kd.marking', p.values)})
       AND (e.dataset IS NOT NULL OR NOT EXISTS (
         SELECT 1 FROM event k WHERE ${sameEventSql('k', 'e')} AND k.dataset IS NOT NULL
           AND ${markingCondition(store, 'k.marking', p.values)}))`;
}

/** Whether analyses over this selection leave flagged duplicates out (several sources in play). */
export function excludesDuplicates(filter: EventFilter): boolean {
  return filter.sources?.length !== 1;
}

function oneSplitSql(split: EventSplit, alias: string): string {
  switch (split) {
    case 'actor':
      return 'sa.actor_text';
    case 'source':
      return alias === 'r' ? 'r.dataset' : SOURCE_SQL(alias);
    case 'country':
      return `${alias}.country::text`;
    default:
      return `${alias}.${split}`;
  }
}

function splitsOf(split: EventCountQuery['split']): EventSplit[] {
  if (split === undefined || split === null) return [];
  return typeof split === 'string' ? [split as EventSplit] : [...(split as readonly EventSplit[])];
}

function splitSql(split: EventCountQuery['split'], alias: string): string {
  const splits = splitsOf(split);
  if (splits.length === 0) return 'NULL::text';
  if (splits.length === 1) return oneSplitSql(splits[0]!, alias);
  return `concat_ws(' / ', ${splits.map((s) => `coalesce(${oneSplitSql(s, alias)}, '')`).join(', ')})`;
}

const isMonthStart = (day: string) => day.endsWith('-01');
const isMonthEnd = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
};

/** Whether a monthly roll-up can answer the query's periods and dates at all. */
function isMonthly(query: EventCountQuery): boolean {
  const f = query.filter ?? {};
  return (
    query.useRollup !== false &&
    (query.by === 'year' || query.by === 'quarter' || query.by === 'month') &&
    (f.from === undefined || isMonthStart(f.from)) &&
    (f.to === undefined || isMonthEnd(f.to))
  );
}

/**
 * The monthly roll-up that answers the query exactly, or null: event_month_rollup (country, type
 * and sub-type, the fewest cells) when it can, else event_area_rollup (also admin1, migration
 * 0013). Actors, weeks, days and dates inside a month need the event table.
 */
function rollupFor(query: EventCountQuery): 'event_month_rollup' | 'event_area_rollup' | null {
  const f = query.filter ?? {};
  const splits = splitsOf(query.split);
  if (!isMonthly(query) || splits.includes('actor') || f.actor) return null;
  const needsArea = splits.includes('admin1') || f.admin1 !== undefined;
  return needsArea ? 'event_area_rollup' : 'event_month_rollup';
}

/**
 * The dimension of event_dimension_rollup (migration 0016) that answers the query, or null: a
 * split by actor or admin1, or a filter on one of them, with no filter on country or type and no
 * other split. An actor filter is answered there only when it matches one name (checked later).
 */
function dimensionRollupFor(query: EventCountQuery): 'actor' | 'admin1' | null {
  const f = query.filter ?? {};
  const splits = splitsOf(query.split);
  if (!isMonthly(query) || f.countries?.length || f.type !== undefined || splits.length > 1) return null;
  const [split] = splits;
  if (f.actor) return split === undefined && f.admin1 === undefined ? 'actor' : null;
  if (split === 'actor') return f.admin1 === undefined ? 'actor' : null;
  return split === 'admin1' || (split === undefined && f.admin1 !== undefined) ? 'admin1' : null;
}

/**
 * The dataset actor names containing `actor` (any case), at most two: the workspace's distinct
 * names in the actor roll-up are walked on its index, one probe per name.
 */
async function datasetActorNames(store: Store, actor: string): Promise<string[]> {
  const rows = await store.query<{ text: string }>(
    `WITH RECURSIVE name AS (
       SELECT (SELECT min(n.value) FROM event_dimension_rollup n WHERE n.workspace_id = $1 AND n.dimension = 'actor') AS text
       UNION ALL
       SELECT (SELECT min(n.value) FROM event_dimension_rollup n
               WHERE n.workspace_id = $1 AND n.dimension = 'actor' AND n.value > name.text)
       FROM name WHERE name.text IS NOT NULL)
     SELECT text FROM name WHERE text ILIKE $2 LIMIT 2`,
    [store.workspaceId, containsPattern(actor)],
  );
  return rows.map((row) => row.text);
}

/**
 * Events and fatalities per period (and split value) over the filter. Reads the monthly roll-up
 * for dataset events when it can answer exactly, and the event table otherwise; events from
 * reports are always counted live. With several sources in play, likely duplicates are left out
 * (flagged dataset rows, and report events that repeat a dataset event).
 */
export async function countEvents(store: Store, query: EventCountQuery): Promise<EventCountRow[]> {
  const filter = query.filter ?? {};
  checkFilter(filter);
  const type = await resolveType(store, filter.type);
  const dedupe = excludesDuplicates(filter);
  const rollup = await rollupSqlFor(store, query, type, dedupe);
  if (rollup === null) {
    return fetchCountRows(store, ...liveCountSql(store, query, type, dedupe, false));
  }
  // dataset events from the roll-up, events from reports (few, indexed) counted live; merged here
  const [fromRollup, fromReports] = await Promise.all([
    fetchCountRows(store, ...rollup),
    fetchCountRows(store, ...liveCountSql(store, query, type, dedupe, true)),
  ]);
  if (fromReports.length === 0) return fromRollup.filter((row) => row.events > 0);
  const merged = new Map<string, EventCountRow>();
  for (const row of [...fromRollup, ...fromReports]) {
    const id = `${row.period}\u0000${row.key}`;
    const cell = merged.get(id);
    if (cell) {
      cell.events += row.events;
      cell.fatalities += row.fatalities;
    } else merged.set(id, { ...row });
  }
  return [...merged.values()]
    .filter((row) => row.events > 0)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : String(a.key ?? '').localeCompare(String(b.key ?? ''))));
}

/**
 * SQL counting the query's dataset events from the roll-up that answers it exactly, or null when
 * none does: the roll-up by one dimension (actor or admin1), else the one by country and type,
 * else the one by place.
 */
async function rollupSqlFor(store: Store, query: EventCountQuery, type: TypeMatch, dedupe: boolean): Promise<[string, unknown[]] | null> {
  const filter = query.filter ?? {};
  const p = new Params(store.workspaceId);
  // one roll-up cell per marking (migration 0008): the viewer's cells only
  const r: string[] = [markingCondition(store, 'r.marking', p.values)];
  let table: string;
  let key: string;
  const dimension = dimensionRollupFor(query);
  const names = dimension === 'actor' && filter.actor ? await datasetActorNames(store, filter.actor) : [];
  if (dimension !== null && names.length <= 1) {
    table = 'event_dimension_rollup';
    key = splitsOf(query.split).length === 0 ? 'NULL::text' : 'r.value';
    r.push(`r.dimension = ${p.add(dimension)}`);
    if (filter.admin1) r.push(`lower(r.value) = ${p.add(filter.admin1.toLowerCase())}`);
    if (filter.actor) {
      // no dataset actor matches: no cell does
      r.push(names.length === 0 ? 'false' : `r.value = ${p.add(names[0])}`);
      const side = filter.actorSide ?? 'any';
      if (side !== 'any') r.push(`r.sides & ${side === 'initiator' ? INITIATOR_SIDE : TARGET_SIDE} <> 0`);
    }
  } else {
    const area = rollupFor(query);
    if (area === null) return null;
    table = area;
    key = splitSql(query.split, 'r');
    if (filter.countries?.length) r.push(`r.country = ANY(${p.add(filter.countries.map((c) => c.toUpperCase()))}::text[])`);
    if (filter.admin1) r.push(`lower(r.admin1) = ${p.add(filter.admin1.toLowerCase())}`);
    if (type) r.push(type.column === 'type' ? `r.type = ${p.add(type.value)}` : `lower(r.${type.column}) = ${p.add(type.value)}`);
  }
  if (filter.from) r.push(`r.month >= ${p.add(filter.from)}::date`);
  if (filter.to) r.push(`r.month <= ${p.add(filter.to)}::date`);
  if (filter.sources?.length) r.push(`r.dataset = ANY(${p.add(filter.sources.map((s) => s.toLowerCase()))}::text[])`);
  // duplicates are subtracted only where the viewer may see the event they repeat
  const duplicates = (column: string) =>
    isUnrestricted(store)
      ? column
      : `CASE WHEN ${markingCondition(store, 'r.duplicate_marking', p.values)} THEN ${column} ELSE 0 END`;
  const events = dedupe ? `r.events - ${duplicates('r.duplicate_events')}` : 'r.events';
  const fatalities = dedupe ? `r.fatalities - ${duplicates('r.duplicate_fatalities')}` : 'r.fatalities';
  const sql = `SELECT ${periodSql('r.month', query.by)} AS period, ${key} AS key,
      sum(${events})::int AS events, sum(${fatalities})::int AS fatalities
    FROM ${table} r WHERE r.workspace_id = $1 ${r.map((c) => `AND ${c}`).join(' ')}
    GROUP BY 1, 2`;
  return [sql, p.values];
}

/** SQL counting events in the event table (only those read from reports, when `onlyReports`). */
function liveCountSql(
  store: Store,
  query: EventCountQuery,
  type: TypeMatch,
  dedupe: boolean,
  onlyReports: boolean,
): [string, unknown[]] {
  const p = new Params(store.workspaceId);
  const conditions = eventConditions(store, p, query.filter ?? {}, type);
  if (onlyReports) conditions.push('e.dataset IS NULL');
  // an event whose date is unknown has no period to count in (countUndatedEvents says how many were left out)
  conditions.push('e.period_date IS NOT NULL');
  // split by actor: with a side asked for, the actors on that side
  const sideRoles = query.filter?.actor ? rolesOfSide(query.filter.actorSide ?? 'any') : null;
  const actorJoin = splitsOf(query.split).includes('actor')
    ? `JOIN event_actor sa ON sa.workspace_id = e.workspace_id AND sa.event_id = e.event_id${
        sideRoles ? ` AND sa.role = ANY(${p.add(sideRoles)}::text[])` : ''
      }`
    : '';
  const dup = dedupe ? dedupeSql(store, p) : '';
  const where = `WHERE e.workspace_id = $1 ${conditions.map((c) => `AND ${c}`).join(' ')} ${dup}`;
  const period = periodSql('e.period_date', query.by);
  if (actorJoin === '') {
    const sql = `SELECT ${period} AS period, ${splitSql(query.split, 'e')} AS key,
        count(*)::int AS events, coalesce(sum(e.fatalities), 0)::int AS fatalities
      FROM event e ${where}
      GROUP BY 1, 2`;
    return [sql, p.values];
  }
  // an event counts once per actor name, however often the name appears in it (as in the roll-up)
  const sql = `SELECT c.period, c.key, count(*)::int AS events, coalesce(sum(c.fatalities), 0)::int AS fatalities
    FROM (SELECT ${period} AS period, ${splitSql(query.split, 'e')} AS key, e.fatalities
          FROM event e ${actorJoin} ${where}
          GROUP BY e.workspace_id, e.event_id, sa.actor_text) c
    GROUP BY 1, 2`;
  return [sql, p.values];
}

/**
 * Runs a grouped count query and returns its rows sorted by period and key. PGlite hands rows
 * to JavaScript one value at a time, so there the result travels as one JSON text (about twice
 * as fast for thousands of rows); PostgreSQL's wire protocol is faster with plain rows.
 */
async function fetchCountRows(store: Store, sql: string, params: readonly unknown[]): Promise<EventCountRow[]> {
  if (store.backend === 'pglite') {
    const rows = await store.query<{ rows: string | null }>(
      `SELECT json_agg(json_build_array(c.period, c.key, c.events, c.fatalities) ORDER BY c.period, c.key)::text AS rows
       FROM (${sql}) c`,
      params,
    );
    const packed = JSON.parse(rows[0]?.rows ?? '[]') as [string, string | null, number, number][];
    return packed.map(([period, key, events, fatalities]) => ({ period, key, events, fatalities }));
  }
  const rows = await store.query<EventCountRow>(`${sql} ORDER BY 1, 2`, params);
  return rows.map((row) => ({ period: row.period, key: row.key, events: Number(row.events), fatalities: Number(row.fatalities) }));
}

/**
 * How many events the filter selects but every count by period leaves out, their date being
 * unknown (precision `unknown`, no period_date: only events read from reports). The period bounds
 * of the filter do not apply: such an event lies in no period, so a bounded count leaves it out too.
 */
export async function countUndatedEvents(store: Store, filter: EventFilter = {}): Promise<number> {
  checkFilter(filter);
  const type = await resolveType(store, filter.type);
  const p = new Params(store.workspaceId);
  const { from: _from, to: _to, ...unbounded } = filter;
  const conditions = eventConditions(store, p, unbounded, type);
  const rows = await store.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM event e
     WHERE e.workspace_id = $1 AND e.dataset IS NULL AND e.period_date IS NULL ${conditions.map((c) => `AND ${c}`).join(' ')}`,
    p.values,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * The WHERE conditions (over alias `e`, after the workspace as $1) and parameters that select
 * the filter's events, for other queries over the event table (listings, exports).
 */
export async function eventFilterSql(store: Store, filter: EventFilter): Promise<{ conditions: string[]; params: unknown[] }> {
  checkFilter(filter);
  const p = new Params(store.workspaceId);
  const conditions = eventConditions(store, p, filter, await resolveType(store, filter.type));
  return { conditions, params: p.values };
}

/**
 * The places with most events (by country, admin1, admin2 or place), with mean coordinates;
 * `places` receives how many places the filter covers in all (the list stops at `limit`).
 * Undated events count where they happened (a place but no period) unless the filter bounds dates.
 */
export async function countEventsByPlace(
  store: Store,
  level: PlaceLevel,
  filter: EventFilter = {},
  limit = 20,
  places?: { total: number },
): Promise<PlaceCountRow[]> {
  checkFilter(filter);
  const type = await resolveType(store, filter.type);
  const p = new Params(store.workspaceId);
  const conditions = eventConditions(store, p, filter, type);
  const dup = excludesDuplicates(filter) ? dedupeSql(store, p) : '';
  const keys = {
    country: ['e.country', 'NULL::text', 'NULL::text'],
    admin1: ['e.country', 'e.admin1', 'NULL::text'],
    admin2: ['e.country', 'e.admin1', 'e.admin2'],
    place: ['e.country', 'e.admin1', 'e.place'],
  }[level];
  const rows = await store.query<PlaceCountRow & { total_places: number }>(
    `SELECT ${keys[0]}::text AS country, ${keys[1]} AS admin1, ${keys[2]} AS place, count(*)::int AS events,
       coalesce(sum(e.fatalities), 0)::int AS fatalities, avg(e.latitude) AS latitude, avg(e.longitude) AS longitude,
       (count(*) OVER ())::int AS total_places
     FROM event e WHERE e.workspace_id = $1 ${conditions.map((c) => `AND ${c}`).join(' ')} ${dup}
     GROUP BY 1, 2, 3 ORDER BY events DESC, fatalities DESC, 1, 2, 3 LIMIT ${p.add(limit)}`,
    p.values,
  );
  if (places !== undefined) places.total = Number(rows[0]?.total_places ?? 0);
  return rows.map(({ total_places: _total, ...row }) => row);
}

/** The sources in the store with the counts of their events the viewer may see: datasets by name and "reports". */
export async function listEventSources(store: Store): Promise<{ source: string; events: number; first: string | null; last: string | null }[]> {
  const params: unknown[] = [store.workspaceId];
  return store.query(
    `SELECT coalesce(dataset, 'reports') AS source, count(*)::int AS events,
       to_char(min(period_date), 'YYYY-MM-DD') AS first, to_char(max(period_date), 'YYYY-MM-DD') AS last
     FROM event e WHERE e.workspace_id = $1 AND ${markingCondition(store, 'e.marking', params)} AND ${currentVersionSql('e')}
     GROUP BY 1 ORDER BY 1`,
    params,
  );
}
