import type { EntityType, Id, NameKind, ReviewStatus, Script, TlpMarking } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import type { Store } from './store.js';

/**
 * Identity as claims: an entity's names are name claims (each keeping who used the name, in which
 * document, when and in which script), and two entities are one while an accepted same_as claim
 * links them. Merging adds such a claim; splitting withdraws it; nothing else changes.
 */

/** One name of an entity with its provenance. */
export interface NameRecord {
  claimId: Id;
  entityId: Id;
  entityType: EntityType;
  value: string;
  kind: NameKind;
  script: Script;
  language: string | null;
  status: ReviewStatus;
  authorKind: string;
  authorName: string;
  authorVersion: string | null;
  documentId: Id | null;
  documentPath: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  /** Start of the claim's valid time (when the name was used), when known. */
  usedFrom: string | null;
  recordedAt: string;
  reviewedAt: string | null;
  marking: TlpMarking;
}

interface NameRow {
  claim_id: string;
  entity_id: string;
  type: EntityType;
  value: { value: string; kind: NameKind; script: Script; language: string | null };
  status: ReviewStatus;
  author_kind: string;
  author_name: string;
  author_version: string | null;
  document_id: string | null;
  path: string | null;
  span_start: number | null;
  span_end: number | null;
  valid_start: string | null;
  recorded_at: string;
  reviewed_at: string | null;
  marking: TlpMarking;
}

const toNameRecord = (row: NameRow): NameRecord => ({
  claimId: row.claim_id,
  entityId: row.entity_id,
  entityType: row.type,
  value: row.value.value,
  kind: row.value.kind,
  script: row.value.script,
  language: row.value.language ?? null,
  status: row.status,
  authorKind: row.author_kind,
  authorName: row.author_name,
  authorVersion: row.author_version,
  documentId: row.document_id,
  documentPath: row.path,
  spanStart: row.span_start,
  spanEnd: row.span_end,
  usedFrom: row.valid_start,
  recordedAt: row.recorded_at,
  reviewedAt: row.reviewed_at,
  marking: row.marking,
});

/** Name claims with their entity, and their document when `documentCondition` (the viewer's, on `d.marking`) lets it show. */
const nameSelect = (documentCondition: string) => `SELECT c.claim_id, c.entity_id, e.type, c.value, c.status, c.author_kind,
    c.author_name, c.author_version, c.document_id, d.path, c.span_start, c.span_end, c.valid_start, c.recorded_at,
    c.reviewed_at, c.marking
  FROM claim c
  JOIN entity e ON e.workspace_id = c.workspace_id AND e.entity_id = c.entity_id
  LEFT JOIN document d ON d.workspace_id = c.workspace_id AND d.document_id = c.document_id AND ${documentCondition}`;

export interface NameRecordFilter {
  entityIds?: readonly Id[];
  /** Include rejected name claims (default: proposed and accepted only). */
  isRejectedIncluded?: boolean;
  /** Only names of entities imported from these watch lists. */
  lists?: readonly string[];
  /** Only claims recorded or reviewed after this instant (ISO). */
  changedSince?: string;
}

/** Name claims the viewer may see, with their provenance, in the order they were recorded. */
export async function listNameRecords(store: Store, filter: NameRecordFilter = {}): Promise<NameRecord[]> {
  const params: unknown[] = [
    store.workspaceId,
    filter.entityIds ?? null,
    filter.isRejectedIncluded === true || filter.changedSince !== undefined,
    filter.lists ?? null,
    filter.changedSince ?? null,
  ];
  const rows = await store.query<NameRow>(
    `${nameSelect(markingCondition(store, 'd.marking', params))}
      WHERE c.workspace_id = $1 AND c.kind = 'name' AND ${markingCondition(store, 'c.marking', params)}
        AND ($2::uuid[] IS NULL OR c.entity_id = ANY($2::uuid[]))
        AND ($3::boolean OR c.status <> 'rejected')
        AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM watchlist_entry w
              WHERE w.workspace_id = c.workspace_id AND w.entity_id = c.entity_id AND w.list = ANY($4::text[])
                AND ${markingCondition(store, 'w.marking', params)}))
        AND ($5::timestamptz IS NULL OR greatest(c.recorded_at, c.reviewed_at) > $5)
      ORDER BY c.recorded_at, c.claim_id`,
    params,
  );
  return rows.map(toNameRecord);
}

/** A same_as claim between two entities. */
export interface SameAsLink {
  claimId: Id;
  entityId: Id;
  targetEntityId: Id;
  status: ReviewStatus;
  confidence: number | null;
  authorName: string;
  recordedAt: string;
  reviewedAt: string | null;
  marking: TlpMarking;
}

interface SameAsRow {
  claim_id: string;
  entity_id: string;
  target_entity_id: string;
  status: ReviewStatus;
  confidence: number | null;
  author_name: string;
  recorded_at: string;
  reviewed_at: string | null;
  marking: TlpMarking;
}

/** same_as claims the viewer may see, optionally only between two given entities (either direction) or of one status. */
export async function listSameAsLinks(
  store: Store,
  filter: { between?: readonly [Id, Id]; status?: ReviewStatus; changedSince?: string } = {},
): Promise<SameAsLink[]> {
  const [a, b] = filter.between ?? [null, null];
  const params: unknown[] = [store.workspaceId, a, b, filter.status ?? null, filter.changedSince ?? null];
  const rows = await store.query<SameAsRow>(
    `SELECT claim_id, entity_id, target_entity_id, status, confidence, author_name, recorded_at, reviewed_at, marking
       FROM claim
      WHERE workspace_id = $1 AND kind = 'same_as' AND ${markingCondition(store, 'marking', params)}
        AND ($2::uuid IS NULL OR (entity_id = $2 AND target_entity_id = $3) OR (entity_id = $3 AND target_entity_id = $2))
        AND ($4::text IS NULL OR status = $4)
        AND ($5::timestamptz IS NULL OR greatest(recorded_at, reviewed_at) > $5)
      ORDER BY recorded_at, claim_id`,
    params,
  );
  return rows.map((row) => ({
    claimId: row.claim_id,
    entityId: row.entity_id,
    targetEntityId: row.target_entity_id,
    status: row.status,
    confidence: row.confidence,
    authorName: row.author_name,
    recordedAt: row.recorded_at,
    reviewedAt: row.reviewed_at,
    marking: row.marking,
  }));
}

/** The database's clock, for "changed since" bookkeeping that does not trust the local clock. */
export async function storeClock(store: Store): Promise<string> {
  const rows = await store.query<{ now: string }>('SELECT clock_timestamp() AS now');
  return rows[0]!.now;
}
