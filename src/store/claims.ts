import {
  ClaimSchema,
  markingRank,
  type Claim,
  type ClaimKind,
  type FuzzyDate,
  type Id,
  type ReviewStatus,
  type TlpMarking,
} from '../model/index.js';
import { markingCondition } from './access-policy.js';
import { documentMarkings, entityVisibilityMarkings, higherMarking } from './marking-inheritance.js';
import type { Store } from './store.js';
import { containsPattern } from './like-pattern.js';

export const CLAIM_COLUMNS = [
  'claim_id',
  'kind',
  'status',
  'entity_id',
  'target_entity_id',
  'event_id',
  'predicate',
  'value',
  'document_id',
  'span_start',
  'span_end',
  'quote',
  'cited_notes',
  'source_reliability',
  'information_credibility',
  'hedge',
  'author_kind',
  'author_name',
  'author_version',
  'marking',
  'valid_from',
  'valid_to',
  'valid_start',
  'valid_end',
  'confidence',
  'recorded_at',
] as const;

export interface ClaimRow {
  claim_id: string;
  kind: ClaimKind;
  status: ReviewStatus;
  entity_id: string | null;
  target_entity_id: string | null;
  event_id: string | null;
  predicate: string | null;
  value: unknown;
  document_id: string | null;
  span_start: number | null;
  span_end: number | null;
  quote: string | null;
  cited_notes: number[];
  source_reliability: string;
  information_credibility: number;
  hedge: unknown;
  author_kind: string;
  author_name: string;
  author_version: string | null;
  marking: string;
  valid_from: FuzzyDate | null;
  valid_to: FuzzyDate | null;
  confidence: number | null;
  recorded_at: string;
}

/** The kind-specific part of a claim as (entity, target, event, predicate, value) columns. */
function kindColumns(claim: Claim): [string | null, string | null, string | null, string | null, unknown] {
  switch (claim.kind) {
    case 'name':
      return [claim.entityId, null, null, claim.name.kind, claim.name];
    case 'attribute':
      return [claim.entityId, null, null, claim.attribute, { value: claim.value }];
    case 'relation':
      return [claim.entityId, claim.targetEntityId, null, claim.relationType, null];
    case 'event':
      return [null, null, claim.eventId, claim.field, null];
    case 'same_as':
      return [claim.entityId, claim.targetEntityId, null, null, null];
    case 'quantity':
      return [claim.entityId, null, null, null, claim.quantity];
  }
}

function toRow(claim: Claim): unknown[] {
  const [entityId, targetEntityId, eventId, predicate, value] = kindColumns(claim);
  const evidence = claim.evidence;
  return [
    claim.id,
    claim.kind,
    claim.status,
    entityId,
    targetEntityId,
    eventId,
    predicate,
    value === null ? null : JSON.stringify(value),
    evidence?.documentId ?? null,
    evidence?.start ?? null,
    evidence?.end ?? null,
    evidence?.quote ?? null,
    evidence?.citedNotes ?? [],
    claim.sourceReliability,
    claim.informationCredibility,
    claim.hedge === null ? null : JSON.stringify(claim.hedge),
    claim.author.kind,
    claim.author.name,
    claim.author.version,
    claim.marking,
    claim.validFrom === null ? null : JSON.stringify(claim.validFrom),
    claim.validTo === null ? null : JSON.stringify(claim.validTo),
    claim.validFrom?.start ?? null,
    claim.validTo?.end ?? null,
    claim.confidence,
    claim.recordedAt,
  ];
}

export function toClaim(row: ClaimRow): Claim {
  return ClaimSchema.parse(claimFieldsOf(row));
}

/**
 * A claim from a row the store wrote itself, unchecked: a bulk read (an export reads every claim)
 * spends most of its time in the schema's parse otherwise. The row's JSON columns come back as
 * jsonb keeps them (keys reordered), so a quantity, passed on whole, is still parsed.
 */
export function toStoredClaim(row: ClaimRow): Claim {
  return row.kind === 'quantity' ? toClaim(row) : (claimFieldsOf(row) as Claim);
}

/** A claim's fields from its row, not yet validated. */
function claimFieldsOf(row: ClaimRow): Record<string, unknown> {
  const base = {
    id: row.claim_id,
    status: row.status,
    evidence:
      row.document_id === null
        ? null
        : {
            documentId: row.document_id,
            start: row.span_start ?? 0,
            end: row.span_end ?? 0,
            quote: row.quote ?? '',
            citedNotes: row.cited_notes,
          },
    sourceReliability: row.source_reliability,
    informationCredibility: row.information_credibility,
    hedge: row.hedge ?? null,
    author: { kind: row.author_kind, name: row.author_name, version: row.author_version },
    marking: row.marking,
    validFrom: row.valid_from ?? null,
    validTo: row.valid_to ?? null,
    recordedAt: row.recorded_at,
    confidence: row.confidence,
  };
  const value = row.value as Record<string, unknown> | null;
  switch (row.kind) {
    case 'name':
      return { ...base, kind: 'name', entityId: row.entity_id, name: value };
    case 'attribute':
      return { ...base, kind: 'attribute', entityId: row.entity_id, attribute: row.predicate, value: value?.value };
    case 'relation':
      return { ...base, kind: 'relation', entityId: row.entity_id, relationType: row.predicate, targetEntityId: row.target_entity_id };
    case 'event':
      return { ...base, kind: 'event', eventId: row.event_id, field: row.predicate };
    case 'same_as':
      return { ...base, kind: 'same_as', entityId: row.entity_id, targetEntityId: row.target_entity_id };
    case 'quantity':
      return { ...base, kind: 'quantity', entityId: row.entity_id, quantity: value };
  }
}

/**
 * Inserts claims in one COPY (call inside the caller's transaction to keep a batch atomic). A
 * claim is stored at its own marking or higher: a claim with evidence is never marked below its
 * document, and a same-as link never below what makes either entity visible (marking-inheritance.ts).
 */
export async function insertClaims(store: Store, claims: readonly Claim[]): Promise<number> {
  if (claims.length === 0) return 0;
  const documents = await documentMarkings(
    store,
    claims.flatMap((claim) => (claim.evidence ? [claim.evidence.documentId] : [])),
  );
  const documentMarkingOf = (claim: Claim): TlpMarking => {
    const documentMarking = claim.evidence ? documents.get(claim.evidence.documentId) : undefined;
    return documentMarking ? higherMarking(claim.marking, documentMarking) : claim.marking;
  };
  const sameAs = claims.filter((claim) => claim.kind === 'same_as');
  // an entity is visible from the lowest marking among the claims about it: stored, or in this batch
  const entities = await entityVisibilityMarkings(store, sameAs.flatMap((claim) => [claim.entityId, claim.targetEntityId]));
  if (sameAs.length > 0) {
    for (const claim of claims) {
      if (claim.kind === 'same_as') continue;
      const marking = documentMarkingOf(claim);
      const about = ['entityId' in claim ? claim.entityId : undefined, 'targetEntityId' in claim ? claim.targetEntityId : undefined];
      for (const id of about) {
        if (id === undefined || id === null) continue;
        const known = entities.get(id);
        entities.set(id, known === undefined || markingRank(marking) < markingRank(known) ? marking : known);
      }
    }
  }
  const markingOf = (claim: Claim): TlpMarking => {
    let marking = documentMarkingOf(claim);
    if (claim.kind === 'same_as') {
      for (const id of [claim.entityId, claim.targetEntityId]) {
        const entityMarking = entities.get(id);
        if (entityMarking) marking = higherMarking(marking, entityMarking);
      }
    }
    return marking;
  };
  return store.copyRows(
    'claim',
    ['workspace_id', ...CLAIM_COLUMNS],
    claims.map((claim) => [store.workspaceId, ...toRow({ ...claim, marking: markingOf(claim) })]),
  );
}

/** Which claims a listing or a review action covers; every field narrows. */
export interface ClaimFilter {
  ids?: readonly Id[];
  status?: ReviewStatus;
  kind?: ClaimKind;
  documentId?: Id;
  /** Claims about this entity, as subject or target. */
  entityId?: Id;
  eventId?: Id;
  /** Relation type or attribute name. */
  predicate?: string;
  /** Case-insensitive substring of the evidence quote. */
  quoteContains?: string;
  authorName?: string;
  limit?: number;
  offset?: number;
}

function whereClause(store: Store, filter: ClaimFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [store.workspaceId];
  // the viewer's clearance first: reads and review actions reach only claims the viewer may see
  const conditions = ['workspace_id = $1', markingCondition(store, 'marking', params)];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.ids) add((p) => `claim_id = ANY(${p}::uuid[])`, filter.ids);
  if (filter.status) add((p) => `status = ${p}`, filter.status);
  if (filter.kind) add((p) => `kind = ${p}`, filter.kind);
  if (filter.documentId) add((p) => `document_id = ${p}`, filter.documentId);
  if (filter.entityId) add((p) => `(entity_id = ${p} OR target_entity_id = ${p})`, filter.entityId);
  if (filter.eventId) add((p) => `event_id = ${p}`, filter.eventId);
  if (filter.predicate) add((p) => `predicate = ${p}`, filter.predicate);
  if (filter.quoteContains) add((p) => `quote ILIKE ${p}`, containsPattern(filter.quoteContains));
  if (filter.authorName) add((p) => `author_name = ${p}`, filter.authorName);
  return { sql: conditions.join(' AND '), params };
}

export async function listClaims(store: Store, filter: ClaimFilter = {}): Promise<Claim[]> {
  const { sql, params } = whereClause(store, filter);
  params.push(filter.limit ?? 1_000_000, filter.offset ?? 0);
  const rows = await store.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS.join(', ')} FROM claim WHERE ${sql}
      ORDER BY document_id NULLS LAST, span_start NULLS LAST, recorded_at, claim_id
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return rows.map(toClaim);
}

export async function countClaims(store: Store, filter: ClaimFilter = {}): Promise<number> {
  const { sql, params } = whereClause(store, filter);
  const rows = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM claim WHERE ${sql}`, params);
  return rows[0]?.n ?? 0;
}

/**
 * Sets the review status of every claim the filter covers that the viewer may see (a claim above
 * their clearance is not there for them); returns how many changed.
 */
export async function setClaimStatus(store: Store, filter: ClaimFilter, status: ReviewStatus): Promise<number> {
  const { sql, params } = whereClause(store, filter);
  params.push(status);
  const rows = await store.query<{ claim_id: string }>(
    `UPDATE claim SET status = $${params.length}, reviewed_at = now()
      WHERE ${sql} AND status <> $${params.length} RETURNING claim_id`,
    params,
  );
  return rows.length;
}

/**
 * setClaimStatus that answers which claims changed and the status each had before (for the
 * audit log), read and changed in one statement.
 */
export async function updateClaimStatus(
  store: Store,
  filter: ClaimFilter,
  status: ReviewStatus,
): Promise<{ claimId: Id; previous: ReviewStatus }[]> {
  const { sql, params } = whereClause(store, filter);
  params.push(status);
  const p = `$${params.length}`;
  return store.query<{ claimId: Id; previous: ReviewStatus }>(
    `WITH target AS (SELECT claim_id, status FROM claim WHERE ${sql} AND status <> ${p} FOR UPDATE)
     UPDATE claim c SET status = ${p}, reviewed_at = now()
       FROM target t WHERE c.workspace_id = $1 AND c.claim_id = t.claim_id
     RETURNING c.claim_id AS "claimId", t.status AS previous`,
    params,
  );
}
