import { newTimeOrderedId } from './time-ordered-id.js';
import type { ImportedEvent } from '../ingest/index.js';
import type { Store } from './store.js';

/** How a batch of dataset rows changed the store. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const EVENT_COLUMNS = [
  'workspace_id',
  'event_id',
  'type',
  'dataset_type',
  'dataset_subtype',
  'date_start',
  'date_end',
  'date_precision',
  'date_text',
  'period_date',
  'country',
  'admin1',
  'admin2',
  'place',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'wounded',
  'arrested',
  'summary',
  'notes',
  'source_text',
  'dataset',
  'dataset_event_id',
  'row_hash',
] as const;
/** Columns an updated row overwrites (not its id, workspace or dataset key). */
const UPDATED_COLUMNS = EVENT_COLUMNS.filter((c) => !['workspace_id', 'event_id', 'dataset', 'dataset_event_id'].includes(c));

/**
 * Opens the staging table a dataset import copies each batch into. Call inside the import's
 * transaction; the table is dropped when it ends.
 */
export async function beginEventImport(tx: Store): Promise<void> {
  await tx.execScript(
    `CREATE TEMP TABLE IF NOT EXISTS event_stage (LIKE event INCLUDING DEFAULTS) ON COMMIT DROP;
     TRUNCATE event_stage;`,
  );
}

function stageRow(workspaceId: string, event: ImportedEvent): unknown[] {
  const { location: l, counts: c, date: d } = event;
  return [
    workspaceId,
    newTimeOrderedId(),
    event.type,
    event.datasetType,
    event.datasetSubtype,
    d.start,
    d.end,
    d.precision,
    d.text ?? null,
    event.periodDate,
    l.country,
    l.admin1,
    l.admin2,
    l.place,
    l.latitude,
    l.longitude,
    l.geoPrecision,
    c.fatalities,
    c.wounded,
    c.arrested,
    event.summary,
    event.notes,
    event.sourceText,
    event.origin.dataset,
    event.origin.datasetEventId,
    event.rowHash,
  ];
}

/**
 * Upserts a batch of dataset rows by (dataset, dataset event id): a new row is inserted, a row
 * whose source hash changed replaces the stored one (keeping its id) with its actors, an equal
 * row is left alone. Bulk path: COPY into the staging table, then one INSERT … ON CONFLICT.
 * Must run inside the transaction that called beginEventImport.
 */
export async function upsertDatasetEvents(tx: Store, batch: readonly ImportedEvent[]): Promise<UpsertCounts> {
  // within one batch the last row of an id wins (ON CONFLICT may not touch a row twice)
  const byKey = new Map<string, ImportedEvent>();
  for (const event of batch) byKey.set(`${event.origin.dataset}\u0000${event.origin.datasetEventId}`, event);
  const events = [...byKey.values()];
  if (events.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  await tx.copyRows(
    'event_stage',
    EVENT_COLUMNS,
    events.map((event) => stageRow(tx.workspaceId, event)),
  );
  const columns = EVENT_COLUMNS.join(', ');
  const changed = await tx.query<{ event_id: string; dataset: string; dataset_event_id: string; is_insert: boolean }>(
    `INSERT INTO event (${columns})
     SELECT ${columns} FROM event_stage
     ON CONFLICT ON CONSTRAINT event_dataset_key DO UPDATE
       SET ${UPDATED_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, recorded_at = now()
       WHERE event.row_hash IS DISTINCT FROM excluded.row_hash
     RETURNING event_id, dataset, dataset_event_id, (xmax = 0) AS is_insert`,
  );
  await tx.execScript('TRUNCATE event_stage');
  const updatedIds = changed.filter((row) => !row.is_insert).map((row) => row.event_id);
  if (updatedIds.length > 0) {
    await tx.query('DELETE FROM event_actor WHERE workspace_id = $1 AND event_id = ANY($2::uuid[])', [
      tx.workspaceId,
      updatedIds,
    ]);
  }
  const actorRows: unknown[][] = [];
  for (const row of changed) {
    const event = byKey.get(`${row.dataset}\u0000${row.dataset_event_id}`);
    event?.actors.forEach((actor, position) =>
      actorRows.push([tx.workspaceId, row.event_id, position, actor.text, actor.entityId, actor.role]),
    );
  }
  await tx.copyRows('event_actor', ['workspace_id', 'event_id', 'position', 'actor_text', 'entity_id', 'role'], actorRows);
  const inserted = changed.length - updatedIds.length;
  return { inserted, updated: updatedIds.length, unchanged: events.length - changed.length };
}
