import type { CitedWork, Document, Event, Id, TlpMarking } from '../model/index.js';
import { insertEvents } from './events.js';
import type { Store } from './store.js';
import { estimatedRows, suspendTableUpkeep, type RestoreTableUpkeep } from './table-upkeep.js';

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
  return insertEvents(
    store,
    events.map(({ event }) => event),
    events.map(({ recordedAt }) => recordedAt),
  );
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

/**
 * For a bulk write of about `expectedRows` claims on PGlite, into a claim table no larger than
 * that: drops the claim table's secondary indexes and foreign keys and returns what puts them back
 * (call it before the transaction ends). Each index was updated and each key checked by a trigger
 * per row, about 75 µs of a claim's COPY; built again, an index is one sort and a key one join.
 * Returns a no-op elsewhere: on PostgreSQL, dropping them would lock the table for every reader
 * while the import runs. Call inside the import's transaction, so an error puts everything back.
 */
export async function suspendClaimUpkeep(store: Store, expectedRows: number): Promise<RestoreTableUpkeep> {
  if (store.backend !== 'pglite' || expectedRows === 0) return async () => undefined;
  if ((await estimatedRows(store, ['claim'])) > expectedRows) return async () => undefined;
  return (await suspendTableUpkeep(store, ['claim'], { foreignKeys: true })) ?? (async () => undefined);
}
