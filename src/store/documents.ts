import {
  CitedWorkSchema,
  DocumentSchema,
  SentenceSchema,
  type CitedWork,
  type Document,
  type Id,
  type Sentence,
} from '../model/index.js';
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
  await store.copyRows(
    'document_sentence',
    ['workspace_id', 'document_id', 'sentence_index', 'span_start', 'span_end', 'cited_notes'],
    sentences.map((s) => [store.workspaceId, document.id, s.index, s.start, s.end, s.citedNotes]),
  );
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

export async function findDocumentByHash(store: Store, contentHash: string): Promise<Document | null> {
  const rows = await store.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM document WHERE workspace_id = $1 AND content_hash = $2`,
    [store.workspaceId, contentHash],
  );
  return rows[0] ? toDocument(rows[0]) : null;
}

export async function getDocument(store: Store, documentId: Id): Promise<Document | null> {
  const rows = await store.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM document WHERE workspace_id = $1 AND document_id = $2`,
    [store.workspaceId, documentId],
  );
  return rows[0] ? toDocument(rows[0]) : null;
}

export interface DocumentSummary {
  id: Id;
  path: string;
  title: string | null;
  format: string;
  ingestedAt: string;
  claimCount: number;
}

export async function listDocuments(store: Store): Promise<DocumentSummary[]> {
  const rows = await store.query<{
    document_id: string;
    path: string;
    title: string | null;
    format: string;
    ingested_at: string;
    claim_count: number;
  }>(
    `SELECT d.document_id, d.path, d.title, d.format, d.ingested_at,
            (SELECT count(*)::int FROM claim c WHERE c.workspace_id = d.workspace_id AND c.document_id = d.document_id) AS claim_count
       FROM document d WHERE d.workspace_id = $1 ORDER BY d.ingested_at, d.path`,
    [store.workspaceId],
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

export async function listSentences(store: Store, documentId: Id): Promise<Sentence[]> {
  const rows = await store.query<{ sentence_index: number; span_start: number; span_end: number; cited_notes: number[] }>(
    `SELECT sentence_index, span_start, span_end, cited_notes FROM document_sentence
      WHERE workspace_id = $1 AND document_id = $2 ORDER BY sentence_index`,
    [store.workspaceId, documentId],
  );
  return rows.map((r) =>
    SentenceSchema.parse({ index: r.sentence_index, start: r.span_start, end: r.span_end, citedNotes: r.cited_notes }),
  );
}

export async function listCitedWorks(store: Store, documentId: Id, noteNumbers?: readonly number[]): Promise<CitedWork[]> {
  const rows = await store.query<{
    note_number: number;
    text: string;
    authors: string[];
    title: string | null;
    outlet: string | null;
    published: unknown;
    language: string | null;
    url: string | null;
  }>(
    `SELECT note_number, text, authors, title, outlet, published, language, url FROM cited_work
      WHERE workspace_id = $1 AND document_id = $2 AND ($3::int[] IS NULL OR note_number = ANY($3::int[]))
      ORDER BY note_number`,
    [store.workspaceId, documentId, noteNumbers ?? null],
  );
  return rows.map((r) =>
    CitedWorkSchema.parse({
      noteNumber: r.note_number,
      text: r.text,
      authors: r.authors,
      title: r.title,
      outlet: r.outlet,
      date: r.published ?? null,
      language: r.language,
      url: r.url,
    }),
  );
}
