import type { Claim, ClaimKind, Entity, Event, EventClaim, EventFilter, Id } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import { entityLabelSql } from './entities.js';
import { eventFilterSql } from './event-counts.js';
import { eventSelect } from './events.js';
import { CLAIM_COLUMNS_SQL, claimsFromArrays, isoInstantSql, type ExportClaimSelection } from './export-rows.js';
import type { Store } from './store.js';

/**
 * A whole-workspace export read in one pass over each table: each query runs once through a
 * cursor (the claims scanned in table order and sorted once) and is fetched a page of rows at a
 * time, each row an array of its columns' values (Store.queryRowArrays). Keyset pages by a random
 * UUID key visited the claim table's pages in random order again at every page: on PGlite, whose
 * buffer pool is small, most of them came through its file system each time. Cursors live in a transaction: call these inside
 * `store.transaction`, which also gives the export one snapshot of the workspace.
 */

/**
 * Rows fetched at a time: small enough that a page's objects die young. A page is alive while its
 * objects are built, so each young-generation collection copied what was left of it: 100,000-object
 * export (bench/stix.ts), 2,000 -> 500 rows: scavenge time ~1.0-2.5 -> 0.5-0.7 s, peak RSS ~460-485 -> ~350 MB.
 */
const FETCH_ROWS = 500;

/**
 * The memory a cursor's sort may take before it spills to temporary files: with PostgreSQL's 4 MB
 * the claims were sorted through temporary files; with this each cursor's sort stays in memory (the
 * largest, 120,000 name and attribute claims, takes about 55 MB).
 */
const EXPORT_WORK_MEM = '64MB';

/**
 * The share of a cursor's rows the planner plans to fetch. PostgreSQL's 0.1 plans a cursor for its
 * first rows, so every claim cursor walked an index (claim_entity_idx, claim_pkey, claim_event_idx)
 * and fetched the claim table's heap pages in the index's order, each one through PGlite's file
 * system again (16 MB buffer pool): 190,000 reads of 8 KB for a 6,600-page table. An export reads
 * every row, so it is planned for all of them: a scan of the table and one sort in memory
 * (100,000-object bench export: 195,923 -> 5,729 reads, CPU 10.3 -> 7.7-9.1 s).
 */
const EXPORT_CURSOR_TUPLE_FRACTION = 1;

let cursorsOpened = 0;

/** The rows of `select`, each an array of its columns' values, a page at a time. */
async function* cursorPages(store: Store, select: string, params: readonly unknown[]): AsyncGenerator<unknown[][]> {
  cursorsOpened += 1;
  const name = `export_cursor_${cursorsOpened}`;
  // for the rest of the export's transaction (SET LOCAL ends with it)
  await store.query(`SET LOCAL work_mem = '${EXPORT_WORK_MEM}'`);
  await store.query(`SET LOCAL cursor_tuple_fraction = ${EXPORT_CURSOR_TUPLE_FRACTION}`);
  await store.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${select}`, params);
  let isOpen = true;
  try {
    for (;;) {
      const rows = await store.queryRowArrays(`FETCH ${FETCH_ROWS} FROM ${name}`);
      if (rows.length > 0) yield rows;
      if (rows.length < FETCH_ROWS) break;
    }
    isOpen = false;
    await store.query(`CLOSE ${name}`);
  } finally {
    // left early (the reader stopped, or failed): close it unless the transaction is already lost
    if (isOpen) await store.query(`CLOSE ${name}`).catch(() => undefined);
  }
}

/**
 * Claims from a cursor in the order of some key, handed out key by key as the caller walks the
 * same order (`take` with ascending keys); claims whose key is never asked for are passed over.
 */
export class OrderedClaims {
  private page: Claim[] = [];
  private at = 0;
  private isDone = false;

  constructor(
    private readonly pages: AsyncGenerator<unknown[][]>,
    private readonly keyOf: (claim: Claim) => string,
  ) {}

  /** The claims whose key is `key` (keys asked in ascending order). */
  async take(key: string): Promise<Claim[]> {
    const taken: Claim[] = [];
    for (;;) {
      if (this.at === this.page.length && !(await this.nextPage())) return taken;
      const claim = this.page[this.at]!;
      const claimKey = this.keyOf(claim);
      if (claimKey > key) return taken;
      if (claimKey === key) taken.push(claim);
      this.at += 1;
    }
  }

  /** Closes the cursor (when the caller stops before the end). */
  async close(): Promise<void> {
    await this.pages.return(undefined);
  }

  private async nextPage(): Promise<boolean> {
    while (!this.isDone) {
      const next = await this.pages.next();
      if (next.done === true) {
        this.isDone = true;
        break;
      }
      this.page = claimsFromArrays(next.value);
      this.at = 0;
      if (this.page.length > 0) return true;
    }
    return false;
  }
}

function claimsSelect(store: Store, kinds: readonly ClaimKind[], selection: ExportClaimSelection, order: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [store.workspaceId, kinds, selection.statuses];
  const sql = `SELECT ${CLAIM_COLUMNS_SQL} FROM claim c
    WHERE c.workspace_id = $1 AND c.kind = ANY($2::text[]) AND c.status = ANY($3::text[]) AND ${markingCondition(store, 'c.marking', params)}
    ORDER BY ${order}`;
  return { sql, params };
}

/**
 * The entities the viewer may see, in one pass (inside a transaction), each with its visible name
 * and attribute claims of the chosen statuses (by recorded time, then id), in entity-id order; an
 * entity with no such claim is not yielded: for the viewer it is not known by anything.
 */
export async function* scanEntitiesWithClaims(store: Store, selection: ExportClaimSelection): AsyncGenerator<{ entity: Entity; claims: Claim[] }> {
  const claimsQuery = claimsSelect(store, ['name', 'attribute'], selection, 'c.entity_id, c.recorded_at, c.claim_id');
  const claims = new OrderedClaims(cursorPages(store, claimsQuery.sql, claimsQuery.params), (claim) => (claim as { entityId: Id }).entityId);
  try {
    const params: unknown[] = [store.workspaceId];
    const entities = cursorPages(
      store,
      `SELECT e.entity_id::text, e.type, ${entityLabelSql(store, 'e', params)}, ${isoInstantSql('e.created_at')}
         FROM entity e WHERE e.workspace_id = $1 ORDER BY e.entity_id`,
      params,
    );
    for await (const rows of entities) {
      for (const [id, type, label, createdAt] of rows as [Id, Entity['type'], string, string][]) {
        const about = await claims.take(id);
        if (about.length === 0) continue;
        yield { entity: { id, type, label, createdAt }, claims: about };
      }
    }
  } finally {
    await claims.close();
  }
}

/** Visible claims of some kinds and statuses in claim-id order, in one pass (inside a transaction). */
export async function* scanClaims(store: Store, kinds: readonly ClaimKind[], selection: ExportClaimSelection): AsyncGenerator<Claim> {
  const { sql, params } = claimsSelect(store, kinds, selection, 'c.claim_id');
  for await (const rows of cursorPages(store, sql, params)) yield* claimsFromArrays(rows);
}

/**
 * The visible event claims of the chosen statuses (inside a transaction), handed out event by
 * event in event-id order (`take(eventId)`), each event's in claim-id order; close it when done.
 */
export function scanEventClaims(store: Store, selection: ExportClaimSelection): OrderedClaims {
  const { sql, params } = claimsSelect(store, ['event'], selection, 'c.event_id, c.claim_id');
  return new OrderedClaims(cursorPages(store, sql, params), (claim) => (claim as EventClaim).eventId);
}

/** The columns of eventSelect (with recorded_at first, as toISOString writes it) that scanEvents reads back, in order. */
const EVENT_COLUMNS = [
  isoInstantSql('t.recorded_at'), 't.event_id', 't.type', 't.dataset_type', 't.dataset_subtype', 't.date_start', 't.date_end', 't.date_precision',
  't.date_text', 't.country', 't.admin1', 't.admin2', 't.place', 't.latitude', 't.longitude', 't.geo_precision', 't.fatalities', 't.wounded',
  't.arrested', 't.summary', 't.notes', 't.source_text', 't.dataset', 't.dataset_event_id', 't.document_id', 't.marking', 't.actors',
];

/**
 * The events the viewer may see that match `filter`, in event-id order, each with when it was
 * recorded, in one pass (inside a transaction). The rows are eventSelect's (its actors as the
 * viewer may see them), each read as an array and taken as the store wrote them (as toEvent builds
 * them, without its schema parse): an export reads every event.
 */
export async function* scanEvents(store: Store, filter: EventFilter): AsyncGenerator<{ event: Event; recordedAt: string }> {
  const { conditions, params } = await eventFilterSql(store, filter);
  const select = eventSelect(store, params, 'e.recorded_at, ');
  const sql = `SELECT ${EVENT_COLUMNS.join(', ')}
    FROM (${select} WHERE e.workspace_id = $1 ${conditions.map((c) => `AND ${c}`).join(' ')}) t ORDER BY t.event_id`;
  for await (const rows of cursorPages(store, sql, params)) {
    for (const v of rows) yield { event: eventFromArray(v), recordedAt: v[0] as string };
  }
}

function eventFromArray(v: readonly unknown[]): Event {
  const date: Record<string, unknown> = { start: v[5], end: v[6], precision: v[7] };
  if (v[8] !== null) date.text = v[8];
  return {
    id: v[1],
    type: v[2],
    datasetType: v[3],
    datasetSubtype: v[4],
    date,
    location: { country: v[9], admin1: v[10], admin2: v[11], place: v[12], latitude: v[13], longitude: v[14], geoPrecision: v[15] },
    actors: v[26] ?? [],
    counts: { fatalities: v[16], wounded: v[17], arrested: v[18] },
    summary: v[19],
    notes: v[20],
    sourceText: v[21],
    origin: v[22] !== null ? { kind: 'dataset', dataset: v[22], datasetEventId: v[23] } : { kind: 'document', documentId: v[24] },
    marking: v[25],
  } as Event;
}
