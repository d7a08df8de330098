import { DocumentSchema, type Claim, type Document, type Id, type RelationType, type ReviewStatus } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import { toStoredClaim, type ClaimRow } from './claims.js';
import type { Store } from './store.js';

/** Which claims an export carries: accepted ones by default, proposed ones too when asked. */
export interface ExportClaimSelection {
  statuses: readonly ReviewStatus[];
}

/** A timestamptz as toISOString writes it (UTC, milliseconds, Z): to_char cuts the fraction to milliseconds, as Date does. */
export function isoInstantSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** The columns a claim is read back from (ClaimRow's fields), in the order claimsFromArrays reads them. */
const ROW_COLUMNS = [
  'claim_id', 'kind', 'status', 'entity_id', 'target_entity_id', 'event_id', 'predicate', 'value', 'document_id', 'span_start', 'span_end', 'quote',
  'cited_notes', 'source_reliability', 'information_credibility', 'hedge', 'author_kind', 'author_name', 'author_version', 'marking',
  'valid_from', 'valid_to', 'confidence', 'recorded_at',
] as const;

/**
 * ROW_COLUMNS as a select list (Store.queryRowArrays reads each row as an array), over a claim row
 * aliased `c`, the recorded time as toISOString writes it. Plain columns: PostgreSQL writes them
 * far faster than one JSON array a row (json_build_array escapes a character at a time: 120,000
 * name and attribute claims fetched, 0.90 -> 0.48 CPU-s).
 */
export const CLAIM_COLUMNS_SQL = ROW_COLUMNS.map((column) => (column === 'recorded_at' ? isoInstantSql('c.recorded_at') : `c.${column}`)).join(', ');

/**
 * The claims of CLAIM_COLUMNS_SQL's rows, built straight from them (a bulk read's rows are the
 * store's own: see toStoredClaim).
 */
export function claimsFromArrays(arrays: readonly unknown[][]): Claim[] {
  const claims: Claim[] = new Array(arrays.length);
  for (let i = 0; i < arrays.length; i += 1) claims[i] = claimFromArray(arrays[i]!);
  return claims;
}

/**
 * One claim from its array, as toStoredClaim builds it from a row (the same properties in the same
 * order), without the row object and the spread copy in between: an export reads every claim.
 */
function claimFromArray(v: readonly unknown[]): Claim {
  const kind = v[1] as Claim['kind'];
  if (kind === 'quantity') {
    return toStoredClaim({
      claim_id: v[0], kind, status: v[2], entity_id: v[3], target_entity_id: v[4], event_id: v[5], predicate: v[6], value: v[7],
      document_id: v[8], span_start: v[9], span_end: v[10], quote: v[11], cited_notes: v[12], source_reliability: v[13],
      information_credibility: v[14], hedge: v[15], author_kind: v[16], author_name: v[17], author_version: v[18], marking: v[19],
      valid_from: v[20], valid_to: v[21], confidence: v[22], recorded_at: v[23],
    } as ClaimRow);
  }
  const claim: Record<string, unknown> = {
    id: v[0],
    status: v[2],
    evidence: v[8] === null ? null : { documentId: v[8], start: v[9] ?? 0, end: v[10] ?? 0, quote: v[11] ?? '', citedNotes: v[12] },
    sourceReliability: v[13],
    informationCredibility: v[14],
    hedge: v[15] ?? null,
    author: { kind: v[16], name: v[17], version: v[18] },
    marking: v[19],
    validFrom: v[20] ?? null,
    validTo: v[21] ?? null,
    recordedAt: v[23],
    confidence: v[22],
    kind,
  };
  const value = v[7] as Record<string, unknown> | null;
  switch (kind) {
    case 'name':
      claim.entityId = v[3];
      claim.name = value;
      break;
    case 'attribute':
      claim.entityId = v[3];
      claim.attribute = v[6];
      claim.value = value?.value;
      break;
    case 'relation':
      claim.entityId = v[3];
      claim.relationType = v[6];
      claim.targetEntityId = v[4];
      break;
    case 'event':
      claim.eventId = v[5];
      claim.field = v[6];
      break;
    case 'same_as':
      claim.entityId = v[3];
      claim.targetEntityId = v[4];
      break;
  }
  return claim as Claim;
}

/** The entities that are the subject of a visible relation claim of one of `relationTypes` (in one query). */
export async function listRelationSubjects(store: Store, relationTypes: readonly RelationType[], selection: ExportClaimSelection): Promise<Set<Id>> {
  const params: unknown[] = [store.workspaceId, relationTypes, selection.statuses];
  // one JSON value rather than a row an entity (PGlite hands over one value far faster)
  const rows = await store.query<{ ids: string }>(
    `SELECT coalesce(json_agg(DISTINCT entity_id), '[]')::text AS ids FROM claim
      WHERE workspace_id = $1 AND kind = 'relation' AND predicate = ANY($2::text[]) AND status = ANY($3::text[])
        AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return new Set(JSON.parse(rows[0]?.ids ?? '[]') as Id[]);
}

/** A document row without its text, checked once per row (a schema made once: zod compiles each schema it parses with). */
const DocumentWithoutTextSchema = DocumentSchema.omit({ text: true });

/** The documents the viewer may see, without their text, in id order. */
export async function* streamDocumentsWithoutText(store: Store): AsyncGenerator<Omit<Document, 'text'>> {
  let after: Id | null = null;
  for (;;) {
    const params: unknown[] = [store.workspaceId, after];
    const rows = await store.query<Record<string, unknown>>(
      `SELECT document_id, content_hash, path, format, title, body_end, published, source_reliability, marking, ingested_at
         FROM document WHERE workspace_id = $1 AND ($2::uuid IS NULL OR document_id > $2::uuid)
          AND ${markingCondition(store, 'marking', params)}
        ORDER BY document_id LIMIT 500`,
      params,
    );
    for (const row of rows) {
      yield DocumentWithoutTextSchema.parse({
        id: row.document_id,
        contentHash: row.content_hash,
        path: row.path,
        format: row.format,
        title: row.title,
        bodyEnd: row.body_end,
        published: row.published,
        sourceReliability: row.source_reliability,
        marking: row.marking,
        ingestedAt: row.ingested_at,
      });
    }
    if (rows.length < 500) return;
    after = rows[rows.length - 1]!.document_id as Id;
  }
}
