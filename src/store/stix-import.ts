import type { CitedWork, Document, Event, Id, TlpMarking } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import { higherMarking, documentMarkings } from './marking-inheritance.js';
import { refreshEventRollup } from './event-rollups.js';
import type { Store } from './store.js';

/**
 * Writes for the STIX import: rows that keep the ids, times and markings they were exported with,
 * so an import of Tessera's own bundle gives back the same store. Each helper is idempotent
 * through `existingRowIds` (the importer writes only rows not yet there), and bulk (COPY or one
 * statement per batch). Call inside the import's transaction.
 */

const ID_COLUMNS = { entity: 'entity_id', event: 'event_id', document: 'document_id', claim: 'claim_id' } as const;

/** Which of some ids already have a row (whoever may read it: this is a write's check, not a read). */
export async function existingRowIds(store: Store, table: keyof typeof ID_COLUMNS, ids: readonly Id[]): Promise<Set<Id>> {
  if (ids.length === 0) return new Set();
  const column = ID_COLUMNS[table];
  const rows = await store.query<{ id: string }>(
    `SELECT ${column} AS id FROM ${table} WHERE workspace_id = $1 AND ${column} = ANY($2::uuid[])`,
    [store.workspaceId, ids],
  );
  return new Set(rows.map((row) => row.id));
}

/** The ids of the documents already stored under some content hashes, by hash. */
export async function documentIdsByHash(store: Store, hashes: readonly string[]): Promise<Map<string, Id>> {
  if (hashes.length === 0) return new Map();
  const rows = await store.query<{ content_hash: string; document_id: string }>(
    'SELECT content_hash, document_id FROM document WHERE workspace_id = $1 AND content_hash = ANY($2::text[])',
    [store.workspaceId, hashes],
  );
  return new Map(rows.map((row) => [row.content_hash, row.document_id]));
}

/** Documents read from a bundle (their text does not travel) with their cited works. */
export async function insertImportedDocuments(store: Store, documents: readonly { document: Document; citedWorks: CitedWork[] }[]): Promise<number> {
  const count = await store.copyRows(
    'document',
    ['workspace_id', 'document_id', 'content_hash', 'path', 'format', 'title', 'text', 'body_end', 'published', 'source_reliability', 'marking', 'ingested_at'],
    documents.map(({ document: d }) => [
      store.workspaceId, d.id, d.contentHash, d.path, d.format, d.title, d.text, d.bodyEnd,
      d.published === null ? null : JSON.stringify(d.published), d.sourceReliability, d.marking, d.ingestedAt,
    ]),
  );
  await store.copyRows(
    'cited_work',
    ['workspace_id', 'document_id', 'note_number', 'text', 'authors', 'title', 'outlet', 'published', 'language', 'url'],
    documents.flatMap(({ document, citedWorks }) =>
      citedWorks.map((work) => [
        store.workspaceId, document.id, work.noteNumber, work.text, work.authors, work.title, work.outlet,
        work.date === null ? null : JSON.stringify(work.date), work.language, work.url,
      ]),
    ),
  );
  return count;
}

/** Events read from a bundle, with the time Tessera first recorded them (their STIX `created`). */
export async function insertImportedEvents(store: Store, events: readonly { event: Event; recordedAt: string }[]): Promise<number> {
  const documents = await documentMarkings(store, events.flatMap(({ event }) => (event.origin.kind === 'document' ? [event.origin.documentId] : [])));
  const markingOf = (event: Event): TlpMarking => {
    const documentMarking = event.origin.kind === 'document' ? documents.get(event.origin.documentId) : undefined;
    return documentMarking ? higherMarking(event.marking, documentMarking) : event.marking;
  };
  const count = await store.copyRows(
    'event',
    [
      'workspace_id', 'event_id', 'type', 'dataset_type', 'dataset_subtype', 'date_start', 'date_end', 'date_precision',
      'date_text', 'country', 'admin1', 'admin2', 'place', 'latitude', 'longitude', 'geo_precision', 'fatalities',
      'wounded', 'arrested', 'summary', 'notes', 'source_text', 'dataset', 'dataset_event_id', 'document_id',
      'period_date', 'marking', 'recorded_at',
    ],
    events.map(({ event, recordedAt }) => [
      store.workspaceId, event.id, event.type, event.datasetType, event.datasetSubtype, event.date.start, event.date.end,
      event.date.precision, event.date.text ?? null, event.location.country, event.location.admin1, event.location.admin2,
      event.location.place, event.location.latitude, event.location.longitude, event.location.geoPrecision,
      event.counts.fatalities, event.counts.wounded, event.counts.arrested, event.summary, event.notes, event.sourceText,
      event.origin.kind === 'dataset' ? event.origin.dataset : null,
      event.origin.kind === 'dataset' ? event.origin.datasetEventId : null,
      event.origin.kind === 'document' ? event.origin.documentId : null,
      event.date.start,
      markingOf(event),
      recordedAt,
    ]),
  );
  await store.copyRows(
    'event_actor',
    ['workspace_id', 'event_id', 'position', 'actor_text', 'entity_id', 'role'],
    events.flatMap(({ event }) => event.actors.map((actor, position) => [store.workspaceId, event.id, position, actor.text, actor.entityId, actor.role])),
  );
  const datasets = new Set(events.flatMap(({ event }) => (event.origin.kind === 'dataset' ? [event.origin.dataset] : [])));
  if (datasets.size > 0) await refreshEventRollup(store, [...datasets]);
  return count;
}

/** Another producer's STIX object version, kept as sent (TAXII serves it from the taxii_object table). */
export interface RawStixRow {
  id: string;
  version: string;
  type: string;
  specVersion: string;
  marking: TlpMarking;
  body: Record<string, unknown>;
}

/** Keeps object versions not yet kept, in one statement per batch; returns how many were new. */
export async function insertRawStixObjects(store: Store, objects: readonly RawStixRow[], batchSize = 2_000): Promise<number> {
  let added = 0;
  for (let start = 0; start < objects.length; start += batchSize) {
    const batch = objects.slice(start, start + batchSize);
    const rows = await store.query(
      `INSERT INTO taxii_object (workspace_id, stix_id, version, type, spec_version, marking, added_by, body)
       SELECT $1, o.stix_id, o.version, o.type, o.spec_version, o.marking, $2, o.body::jsonb
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS o (stix_id, version, type, spec_version, marking, body)
       ON CONFLICT ON CONSTRAINT taxii_object_pkey DO NOTHING RETURNING stix_id`,
      [
        store.workspaceId,
        store.viewer.name,
        batch.map((o) => o.id),
        batch.map((o) => o.version),
        batch.map((o) => o.type),
        batch.map((o) => o.specVersion),
        batch.map((o) => o.marking),
        batch.map((o) => JSON.stringify(o.body)),
      ],
    );
    added += rows.length;
  }
  return added;
}

/** Which of some STIX ids the workspace's kept objects hold (any version). */
export async function findKeptStixIds(store: Store, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await store.query<{ stix_id: string }>(
    'SELECT DISTINCT stix_id FROM taxii_object WHERE workspace_id = $1 AND stix_id = ANY($2::text[])',
    [store.workspaceId, ids],
  );
  return new Set(rows.map((row) => row.stix_id));
}

/** A cheap fingerprint of the kept objects the viewer may see: it changes whenever one is added. */
export async function postedStixFingerprint(store: Store): Promise<string> {
  const params: unknown[] = [store.workspaceId];
  const rows = await store.query<{ n: number; last: string | null }>(
    `SELECT count(*)::int AS n, max(date_added) AS last FROM taxii_object WHERE workspace_id = $1 AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return `${rows[0]?.n ?? 0}:${rows[0]?.last ?? ''}`;
}
