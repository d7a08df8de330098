import {
  CitedWorkSchema,
  DocumentSchema,
  SentenceSchema,
  type CitedWork,
  type Document,
  type DocumentSummary,
  type Id,
  type Sentence,
} from '../model/index.js';
import { markingCondition } from './access-policy.js';
import type { Store } from './store.js';

interface DocumentRow {
  document_id: string;
  content_hash: string;
  path: string;
  format: string;
  title: string | null;
  text: string;
  body_end: number;
  published: unknown;
  source_reliability: string;
  marking: string;
  ingested_at: string;
}

const DOCUMENT_COLUMNS =
  'document_id, content_hash, path, format, title, text, body_end, published, source_reliability, marking, ingested_at';

function toDocument(row: DocumentRow): Document {
  return DocumentSchema.parse({
    id: row.document_id,
    contentHash: row.content_hash,
    path: row.path,
    format: row.format,
    title: row.title,
    text: row.text,
    bodyEnd: row.body_end,
    published: row.published ?? null,
    sourceReliability: row.source_reliability,
    marking: row.marking,
    ingestedAt: row.ingested_at,
  });
}

/** Inserts a document with its sentences and endnotes (call inside the document's transaction). */
export async function insertDocument(
  store: Store,
  document: Document,
  sentences: readonly Sentence[],
  citedWorks: readonly CitedWork[],
): Promise<void> {
  await store.query(
    `INSERT INTO document (workspace_id, ${DOCUMENT_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      store.workspaceId,
      document.id,
      document.contentHash,
      document.path,
      document.format,
      document.title,
      document.text,
      document.bodyEnd,
      document.published === null ? null : JSON.stringify(document.published),
      document.sourceReliability,
      document.marking,
      document.ingestedAt,
    ],
  );
  await insertSentences(store, document.id, sentences);
  await store.copyRows(
    'cited_work',
    ['workspace_id', 'document_id', 'note_number', 'text', 'authors', 'title', 'outlet', 'published', 'language', 'url'],
    citedWorks.map((work) => [
      store.workspaceId,
      document.id,
      work.noteNumber,
      work.text,
      work.authors,
      work.title,
      work.outlet,
      work.date,
      work.language,
      work.url,
    ]),
  );
}

/** A document's sentences (a long document's one section at a time, so no one COPY holds them all). */
export async function insertSentences(store: Store, documentId: Id, sentences: readonly Sentence[]): Promise<void> {
  await store.copyRows(
    'document_sentence',
    ['workspace_id', 'document_id', 'sentence_index', 'span_start', 'span_end', 'cited_notes'],
    sentences.map((s) => [store.workspaceId, documentId, s.index, s.start, s.end, s.citedNotes]),
  );
}

/** The document with this content hash, when the viewer may see it. */
export async function findDocumentByHash(store: Store, contentHash: string): Promise<Document | null> {
  const params: unknown[] = [store.workspaceId, contentHash];
  const rows = await store.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM document
      WHERE workspace_id = $1 AND content_hash = $2 AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return rows[0] ? toDocument(rows[0]) : null;
}

/** The document, or null when it is not in the workspace or above the viewer's clearance (it does not exist for them). */
export async function getDocument(store: Store, documentId: Id): Promise<Document | null> {
  const params: unknown[] = [store.workspaceId, documentId];
  const rows = await store.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM document
      WHERE workspace_id = $1 AND document_id = $2 AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return rows[0] ? toDocument(rows[0]) : null;
}

/**
 * The documents the viewer may see (only those of `ids` when given), in the order they were
 * ingested, each with the number of its claims the viewer may see.
 */
export async function listDocuments(store: Store, ids?: readonly Id[]): Promise<DocumentSummary[]> {
  if (ids !== undefined && ids.length === 0) return [];
  const params: unknown[] = [store.workspaceId, ids === undefined ? null : [...new Set(ids)]];
  const rows = await store.query<{
    document_id: string;
    path: string;
    title: string | null;
    format: string;
    ingested_at: string;
    claim_count: number;
  }>(
    `SELECT d.document_id, d.path, d.title, d.format, d.ingested_at,
            (SELECT count(*)::int FROM claim c WHERE c.workspace_id = d.workspace_id AND c.document_id = d.document_id
               AND ${markingCondition(store, 'c.marking', params)}) AS claim_count
       FROM document d WHERE d.workspace_id = $1 AND ($2::uuid[] IS NULL OR d.document_id = ANY($2::uuid[]))
        AND ${markingCondition(store, 'd.marking', params)}
      ORDER BY d.ingested_at, d.path`,
    params,
  );
  return rows.map((r) => ({
    id: r.document_id,
    path: r.path,
    title: r.title,
    format: r.format,
    ingestedAt: r.ingested_at,
    claimCount: r.claim_count,
  }));
}

/** SQL: the document of row `alias` is visible to the viewer (sentences and cited works follow their document). */
function documentVisibleSql(store: Store, alias: string, params: unknown[]): string {
  return `EXISTS (SELECT 1 FROM document vd WHERE vd.workspace_id = ${alias}.workspace_id AND vd.document_id = ${alias}.document_id
    AND ${markingCondition(store, 'vd.marking', params)})`;
}

/** The document's sentences; none when the document does not exist for the viewer. */
export async function listSentences(store: Store, documentId: Id): Promise<Sentence[]> {
  const params: unknown[] = [store.workspaceId, documentId];
  const rows = await store.query<{ sentence_index: number; span_start: number; span_end: number; cited_notes: number[] }>(
    `SELECT s.sentence_index, s.span_start, s.span_end, s.cited_notes FROM document_sentence s
      WHERE s.workspace_id = $1 AND s.document_id = $2 AND ${documentVisibleSql(store, 's', params)}
      ORDER BY s.sentence_index`,
    params,
  );
  return rows.map((r) =>
    SentenceSchema.parse({ index: r.sentence_index, start: r.span_start, end: r.span_end, citedNotes: r.cited_notes }),
  );
}

/** The works the document cites (optionally some notes only); none when the document does not exist for the viewer. */
export async function listCitedWorks(store: Store, documentId: Id, noteNumbers?: readonly number[]): Promise<CitedWork[]> {
  return (await listCitedWorksOf(store, [documentId], noteNumbers)).get(documentId) ?? [];
}

/** The works some documents cite, by document, each's in note order (in one query); documents the viewer may not see have none. */
export async function listCitedWorksOf(store: Store, documentIds: readonly Id[], noteNumbers?: readonly number[]): Promise<Map<Id, CitedWork[]>> {
  const params: unknown[] = [store.workspaceId, documentIds, noteNumbers ?? null];
  const rows = await store.query<{
    document_id: string;
    note_number: number;
    text: string;
    authors: string[];
    title: string | null;
    outlet: string | null;
    published: unknown;
    language: string | null;
    url: string | null;
  }>(
    `SELECT w.document_id, w.note_number, w.text, w.authors, w.title, w.outlet, w.published, w.language, w.url FROM cited_work w
      WHERE w.workspace_id = $1 AND w.document_id = ANY($2::uuid[]) AND ($3::int[] IS NULL OR w.note_number = ANY($3::int[]))
        AND ${documentVisibleSql(store, 'w', params)}
      ORDER BY w.document_id, w.note_number`,
    params,
  );
  const byDocument = new Map<Id, CitedWork[]>();
  for (const r of rows) {
    const work = CitedWorkSchema.parse({
      noteNumber: r.note_number,
      text: r.text,
      authors: r.authors,
      title: r.title,
      outlet: r.outlet,
      date: r.published ?? null,
      language: r.language,
      url: r.url,
    });
    const works = byDocument.get(r.document_id);
    if (works === undefined) byDocument.set(r.document_id, [work]);
    else works.push(work);
  }
  return byDocument;
}
