import { DocumentSchema, type Claim, type ClaimKind, type Document, type Entity, type EventClaim, type Id, type RelationType, type ReviewStatus } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from './claims.js';
import { entityLabelSql } from './entities.js';
import type { Store } from './store.js';

/** Which claims an export carries: accepted ones by default, proposed ones too when asked. */
export interface ExportClaimSelection {
  statuses: readonly ReviewStatus[];
  /** Rows fetched per query (keyset pages, so memory stays bounded however large the store). */
  pageSize?: number;
}

/**
 * Claim rows as one JSON value each: PGlite decodes a row of one column several times faster than
 * a row of twenty-six, and an export reads every claim. `where` follows `FROM claim`.
 */
function claimsAsJson(where: string): string {
  return `SELECT row_to_json(c) AS row FROM (SELECT ${CLAIM_COLUMNS.join(', ')} FROM claim ${where}) c`;
}

/** A claim from its row as JSON (a timestamp there carries its offset; the store's rows carry ISO instants). */
function claimFromJson({ row }: { row: ClaimRow }): Claim {
  return toClaim({ ...row, recorded_at: new Date(row.recorded_at).toISOString() });
}

/**
 * The entities the viewer may see, each with its visible name and attribute claims of the chosen
 * statuses, in entity-id order, one page of entities at a time (the entity key's order, then that
 * page's claims through the entity index: two queries a page whatever the store's size). An
 * entity with no such claim is not yielded: for the viewer it is not known by anything.
 */
export async function* streamEntitiesWithClaims(
  store: Store,
  selection: ExportClaimSelection,
): AsyncGenerator<{ entity: Entity; claims: Claim[] }> {
  const pageSize = selection.pageSize ?? 5_000;
  let after: Id | null = null;
  for (;;) {
    const params: unknown[] = [store.workspaceId, after, pageSize];
    const entities: { entity_id: string; type: Entity['type']; label: string; created_at: string }[] = await store.query(
      `SELECT e.entity_id, e.type, ${entityLabelSql(store, 'e', params)} AS label, e.created_at FROM entity e
        WHERE e.workspace_id = $1 AND ($2::uuid IS NULL OR e.entity_id > $2::uuid)
        ORDER BY e.entity_id LIMIT $3`,
      params,
    );
    if (entities.length === 0) return;
    const claimParams: unknown[] = [store.workspaceId, entities.map((row) => row.entity_id), selection.statuses];
    const claimRows = await store.query<{ row: ClaimRow }>(
      claimsAsJson(`WHERE workspace_id = $1 AND entity_id = ANY($2::uuid[]) AND kind IN ('name', 'attribute')
          AND status = ANY($3::text[]) AND ${markingCondition(store, 'marking', claimParams)}
        ORDER BY entity_id, recorded_at, claim_id`),
      claimParams,
    );
    const byEntity = new Map<string, Claim[]>();
    for (const row of claimRows) {
      const claim = claimFromJson(row);
      const entityId = (claim as { entityId: string }).entityId;
      const claims = byEntity.get(entityId);
      if (claims === undefined) byEntity.set(entityId, [claim]);
      else claims.push(claim);
    }
    for (const row of entities) {
      const claims = byEntity.get(row.entity_id);
      if (claims === undefined) continue;
      yield { entity: { id: row.entity_id, type: row.type, label: row.label, createdAt: row.created_at }, claims };
    }
    after = entities[entities.length - 1]!.entity_id;
    if (entities.length < pageSize) return;
  }
}

/** Visible claims of some kinds and statuses in claim-id order, a page at a time. */
export async function* streamClaims(
  store: Store,
  kinds: readonly ClaimKind[],
  selection: ExportClaimSelection,
): AsyncGenerator<Claim> {
  const pageSize = selection.pageSize ?? 5_000;
  let after: Id | null = null;
  for (;;) {
    const params: unknown[] = [store.workspaceId, kinds, selection.statuses, after, pageSize];
    const rows = await store.query<{ row: ClaimRow }>(
      claimsAsJson(`WHERE workspace_id = $1 AND kind = ANY($2::text[]) AND status = ANY($3::text[])
          AND ($4::uuid IS NULL OR claim_id > $4::uuid) AND ${markingCondition(store, 'marking', params)}
        ORDER BY claim_id LIMIT $5`),
      params,
    );
    for (const row of rows) yield claimFromJson(row);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.row.claim_id;
  }
}

/** The visible event claims of the chosen statuses about some events, by event, each event's in claim-id order. */
export async function listEventClaims(store: Store, eventIds: readonly Id[], selection: ExportClaimSelection): Promise<Map<Id, EventClaim[]>> {
  const params: unknown[] = [store.workspaceId, eventIds, selection.statuses];
  const rows = await store.query<{ row: ClaimRow }>(
    claimsAsJson(`WHERE workspace_id = $1 AND event_id = ANY($2::uuid[]) AND kind = 'event' AND status = ANY($3::text[])
        AND ${markingCondition(store, 'marking', params)}
      ORDER BY event_id, claim_id`),
    params,
  );
  const byEvent = new Map<Id, EventClaim[]>();
  for (const row of rows) {
    const claim = claimFromJson(row) as EventClaim;
    const claims = byEvent.get(claim.eventId);
    if (claims === undefined) byEvent.set(claim.eventId, [claim]);
    else claims.push(claim);
  }
  return byEvent;
}

/** The entities that are the subject of a visible relation claim of one of `relationTypes` (in one query). */
export async function listRelationSubjects(store: Store, relationTypes: readonly RelationType[], selection: ExportClaimSelection): Promise<Set<Id>> {
  const params: unknown[] = [store.workspaceId, relationTypes, selection.statuses];
  const rows = await store.query<{ entity_id: string }>(
    `SELECT DISTINCT entity_id FROM claim
      WHERE workspace_id = $1 AND kind = 'relation' AND predicate = ANY($2::text[]) AND status = ANY($3::text[])
        AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return new Set(rows.map((row) => row.entity_id));
}

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
      yield DocumentSchema.omit({ text: true }).parse({
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

/** When each of some events was recorded (the events' STIX `created`). */
export async function listEventRecordedTimes(store: Store, eventIds: readonly Id[]): Promise<Map<Id, string>> {
  const params: unknown[] = [store.workspaceId, eventIds];
  const rows = await store.query<{ event_id: string; recorded_at: string }>(
    `SELECT event_id, recorded_at FROM event WHERE workspace_id = $1 AND event_id = ANY($2::uuid[])
       AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return new Map(rows.map((row) => [row.event_id, row.recorded_at]));
}
