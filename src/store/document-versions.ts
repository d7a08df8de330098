import type { DocumentVersion, FuzzyDate, Id } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import type { Store } from './store.js';

/**
 * Document versions (migration 0011): a report is one document across its versions. The current
 * version is the one no later version supersedes; events read from older versions are left out
 * of every count (currentVersionSql), their proposed claims are 'superseded'.
 */

/** SQL (over event alias `e`): the event was not read from a superseded version of a document. */
export function currentVersionSql(alias: string): string {
  return `(${alias}.document_id IS NULL OR NOT EXISTS (SELECT 1 FROM document sv WHERE sv.workspace_id = ${alias}.workspace_id
    AND sv.document_id = ${alias}.document_id AND sv.superseded_by IS NOT NULL))`;
}

export interface DocumentSource {
  /** The path or URL the document was read from. */
  path: string;
  title: string | null;
  published: FuzzyDate | null;
}

/**
 * The current version of the document `source` is a version of: the one read from the same path
 * or URL, else the one with the same title and date (a report saved under another name). Only
 * documents the viewer may see.
 */
export async function findCurrentVersion(store: Store, source: DocumentSource): Promise<{ id: Id; contentHash: string } | null> {
  const params: unknown[] = [store.workspaceId, source.path];
  const byPath = await store.query<{ document_id: Id; content_hash: string }>(
    `SELECT document_id, content_hash FROM document WHERE workspace_id = $1 AND path = $2 AND superseded_by IS NULL
        AND ${markingCondition(store, 'marking', params)}
      ORDER BY ingested_at DESC LIMIT 1`,
    params,
  );
  if (byPath[0]) return { id: byPath[0].document_id, contentHash: byPath[0].content_hash };
  if (source.title === null || source.title.trim() === '' || source.published === null) return null;
  const titleParams: unknown[] = [store.workspaceId, source.title.trim().toLowerCase(), JSON.stringify(source.published)];
  const byTitle = await store.query<{ document_id: Id; content_hash: string }>(
    `SELECT document_id, content_hash FROM document WHERE workspace_id = $1 AND lower(title) = $2 AND published = $3::jsonb
        AND superseded_by IS NULL AND ${markingCondition(store, 'marking', titleParams)}
      ORDER BY ingested_at DESC LIMIT 1`,
    titleParams,
  );
  return byTitle[0] ? { id: byTitle[0].document_id, contentHash: byTitle[0].content_hash } : null;
}

/**
 * Records `next` (already inserted) as the version after `previous`, and moves the previous
 * version's proposed claims to 'superseded'. Returns how many claims it superseded. Call inside
 * the ingest transaction.
 */
export async function recordNewVersion(store: Store, previous: Id, next: Id): Promise<number> {
  await store.query(`UPDATE document SET previous_version_id = $3 WHERE workspace_id = $1 AND document_id = $2`, [
    store.workspaceId,
    next,
    previous,
  ]);
  await store.query(`UPDATE document SET superseded_by = $3 WHERE workspace_id = $1 AND document_id = $2`, [
    store.workspaceId,
    previous,
    next,
  ]);
  const rows = await store.query<{ n: number }>(
    `WITH moved AS (UPDATE claim SET status = 'superseded', reviewed_at = now()
        WHERE workspace_id = $1 AND document_id = $2 AND status = 'proposed' RETURNING 1)
     SELECT count(*)::int AS n FROM moved`,
    [store.workspaceId, previous],
  );
  return rows[0]?.n ?? 0;
}

/** The ids of documents a later version supersedes (left out of `documents` unless every version is asked for). */
export async function listSupersededDocumentIds(store: Store): Promise<Set<Id>> {
  const rows = await store.query<{ document_id: Id }>(
    'SELECT document_id FROM document WHERE workspace_id = $1 AND superseded_by IS NOT NULL',
    [store.workspaceId],
  );
  return new Set(rows.map((row) => row.document_id));
}

/** Moves a decided claim of an older version onto the same sentence in the new version. */
export async function moveClaimEvidence(
  store: Store,
  claimId: Id,
  evidence: { documentId: Id; start: number; end: number; citedNotes: readonly number[] },
): Promise<void> {
  await store.query(
    `UPDATE claim SET document_id = $3, span_start = $4, span_end = $5, cited_notes = $6
      WHERE workspace_id = $1 AND claim_id = $2`,
    [store.workspaceId, claimId, evidence.documentId, evidence.start, evidence.end, [...evidence.citedNotes]],
  );
}

/** Moves an event read from an older version to the new version (its accepted claim moved with it). */
export async function moveEventToDocument(store: Store, eventId: Id, documentId: Id): Promise<void> {
  await store.query(`UPDATE event SET document_id = $3 WHERE workspace_id = $1 AND event_id = $2`, [store.workspaceId, eventId, documentId]);
}

/** Every version of the document `documentId` is one of, oldest first, as the viewer may see them. */
export async function listDocumentVersions(store: Store, documentId: Id): Promise<DocumentVersion[]> {
  const params: unknown[] = [store.workspaceId, documentId];
  const visible = markingCondition(store, 'd.marking', params);
  const claimVisible = markingCondition(store, 'c.marking', params);
  const rows = await store.query<{
    document_id: Id;
    path: string;
    title: string | null;
    content_hash: string;
    ingested_at: string;
    previous_version_id: Id | null;
    superseded_by: Id | null;
    claims: Record<string, number> | null;
    events: number;
  }>(
    `WITH RECURSIVE back AS (
        SELECT document_id, previous_version_id FROM document WHERE workspace_id = $1 AND document_id = $2
        UNION SELECT d.document_id, d.previous_version_id FROM document d JOIN back b ON d.workspace_id = $1 AND d.document_id = b.previous_version_id
     ), forward AS (
        SELECT document_id, superseded_by FROM document WHERE workspace_id = $1 AND document_id = $2
        UNION SELECT d.document_id, d.superseded_by FROM document d JOIN forward f ON d.workspace_id = $1 AND d.document_id = f.superseded_by
     ), chain AS (SELECT document_id FROM back UNION SELECT document_id FROM forward)
     SELECT d.document_id, d.path, d.title, d.content_hash, d.ingested_at, d.previous_version_id, d.superseded_by,
            (SELECT json_object_agg(s.status, s.n) FROM (SELECT c.status, count(*)::int AS n FROM claim c
               WHERE c.workspace_id = $1 AND c.document_id = d.document_id AND ${claimVisible} GROUP BY c.status) s) AS claims,
            (SELECT count(*)::int FROM event e WHERE e.workspace_id = $1 AND e.document_id = d.document_id) AS events
       FROM document d JOIN chain USING (document_id)
      WHERE d.workspace_id = $1 AND ${visible}
      ORDER BY d.ingested_at, d.document_id`,
    params,
  );
  return rows.map((row, index) => ({
    id: row.document_id,
    version: index + 1,
    path: row.path,
    title: row.title,
    contentHash: row.content_hash,
    ingestedAt: new Date(row.ingested_at).toISOString(),
    previousVersionId: row.previous_version_id,
    supersededBy: row.superseded_by,
    isCurrent: row.superseded_by === null,
    claims: {
      proposed: row.claims?.proposed ?? 0,
      accepted: row.claims?.accepted ?? 0,
      rejected: row.claims?.rejected ?? 0,
      superseded: row.claims?.superseded ?? 0,
    },
    events: row.events,
  }));
}
