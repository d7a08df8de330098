import {
  PROBABILITY_BANDS,
  type EntityType,
  type FuzzyDate,
  type GraphEdgeClaim,
  type GraphSource,
  type Hedge,
  type Id,
  type InformationCredibility,
  type ProbabilityBand,
  type ReviewStatus,
  type SourceReliability,
  type TlpMarking,
} from '../model/index.js';
import { entityCondition, markingCondition } from './access-policy.js';
import { entityLabelSql } from './entities.js';
import { listSameAsLinks } from './identity.js';
import type { Store } from './store.js';

/**
 * The reads behind the network analyses (issue 11): relation claims, actors that share an event
 * and entities that share a sentence, each with its evidence and sources, limited to the viewer's
 * markings. Slicing by date precision and measuring happen in analysis/network.
 */

export interface RelationGraphFilter {
  statuses: readonly ReviewStatus[];
  relationTypes?: readonly string[] | undefined;
  /** Worst reliability kept (A best). */
  minReliability?: SourceReliability | undefined;
  /** Worst credibility kept (1 best). */
  maxCredibility?: InformationCredibility | undefined;
  minHedgeBand?: ProbabilityBand | undefined;
  isUnbandedHedgeExcluded?: boolean | undefined;
  /** Keep only claims that may have held at some time in [from, to] (undated ones are kept). */
  from?: string | null | undefined;
  to?: string | null | undefined;
  /** Only claims touching one of these entities (subject or object). */
  entityIds?: readonly Id[] | undefined;
}

/** An entity as a node: its identity row. */
export interface GraphEntityRow {
  id: Id;
  label: string;
  type: EntityType;
}

interface ClaimRow {
  claim_id: string;
  entity_id: string;
  target_entity_id: string;
  predicate: string | null;
  status: ReviewStatus;
  source_reliability: SourceReliability;
  information_credibility: InformationCredibility;
  hedge: Hedge | null;
  marking: TlpMarking;
  valid_from: FuzzyDate | null;
  valid_to: FuzzyDate | null;
  quote: string | null;
  document_id: string | null;
  cited_notes: number[];
}

/** Appends the trust, hedge, time and marking conditions on claim alias `c`. */
function claimConditions(store: Store, filter: RelationGraphFilter, params: unknown[]): string {
  const parts: string[] = [];
  params.push(filter.statuses);
  parts.push(`c.status = ANY($${params.length}::text[])`);
  if (filter.minReliability !== undefined) {
    params.push(filter.minReliability);
    parts.push(`c.source_reliability <= $${params.length}`);
  }
  if (filter.maxCredibility !== undefined) {
    params.push(filter.maxCredibility);
    parts.push(`c.information_credibility <= $${params.length}`);
  }
  if (filter.minHedgeBand !== undefined || filter.isUnbandedHedgeExcluded === true) {
    const bands = PROBABILITY_BANDS.slice(filter.minHedgeBand === undefined ? 0 : PROBABILITY_BANDS.indexOf(filter.minHedgeBand));
    params.push(bands);
    const bandKept = `c.hedge->>'band' = ANY($${params.length}::text[])`;
    const unbanded = filter.isUnbandedHedgeExcluded === true ? 'FALSE' : `c.hedge->>'band' IS NULL`;
    parts.push(`(c.hedge IS NULL OR ${unbanded} OR ${bandKept})`);
  }
  if (filter.to !== undefined && filter.to !== null) {
    params.push(filter.to);
    parts.push(`(c.valid_start IS NULL OR c.valid_start <= $${params.length}::date)`);
  }
  if (filter.from !== undefined && filter.from !== null) {
    params.push(filter.from);
    parts.push(`(c.valid_end IS NULL OR c.valid_end >= $${params.length}::date)`);
  }
  parts.push(markingCondition(store, 'c.marking', params));
  return parts.join(' AND ');
}

/** Resolves documents and their cited works for claims, sharing one source object per (document, notes). */
async function attachSources(store: Store, rows: readonly { document_id: string | null; cited_notes: number[] }[]) {
  const documentIds = [...new Set(rows.map((r) => r.document_id).filter((id): id is string => id !== null))];
  const documents = new Map<string, { title: string | null; path: string }>();
  const works = new Map<string, string>();
  if (documentIds.length > 0) {
    const params: unknown[] = [store.workspaceId, documentIds];
    const docRows = await store.query<{ document_id: string; title: string | null; path: string }>(
      `SELECT d.document_id, d.title, d.path FROM document d
        WHERE d.workspace_id = $1 AND d.document_id = ANY($2::uuid[]) AND ${markingCondition(store, 'd.marking', params)}`,
      params,
    );
    for (const d of docRows) documents.set(d.document_id, { title: d.title, path: d.path });
    const workRows = await store.query<{ document_id: string; note_number: number; text: string }>(
      `SELECT document_id, note_number, text FROM cited_work WHERE workspace_id = $1 AND document_id = ANY($2::uuid[])`,
      [store.workspaceId, [...documents.keys()]],
    );
    for (const w of workRows) works.set(`${w.document_id}#${w.note_number}`, w.text);
  }
  const cache = new Map<string, GraphSource>();
  return (row: { document_id: string | null; cited_notes: number[] }): GraphSource | null => {
    if (row.document_id === null) return null;
    const document = documents.get(row.document_id);
    if (document === undefined) return null;
    const key = `${row.document_id}|${row.cited_notes.join(',')}`;
    let source = cache.get(key);
    if (source === undefined) {
      source = {
        documentId: row.document_id,
        title: document.title,
        path: document.path,
        citedWorks: row.cited_notes.map((note) => ({ note, text: works.get(`${row.document_id}#${note}`) ?? '' })),
      };
      cache.set(key, source);
    }
    return source;
  };
}

/** Relation claims between two entities, with evidence and sources. */
export async function listRelationGraphClaims(store: Store, filter: RelationGraphFilter): Promise<GraphEdgeClaim[]> {
  const params: unknown[] = [store.workspaceId];
  let sql = `SELECT c.claim_id, c.entity_id, c.target_entity_id, c.predicate, c.status, c.source_reliability,
      c.information_credibility, c.hedge, c.marking, c.valid_from, c.valid_to, c.quote, c.document_id, c.cited_notes
    FROM claim c
    WHERE c.workspace_id = $1 AND c.kind = 'relation' AND c.entity_id IS NOT NULL AND c.target_entity_id IS NOT NULL
      AND ${claimConditions(store, filter, params)}`;
  if (filter.relationTypes !== undefined) {
    params.push(filter.relationTypes);
    sql += ` AND c.predicate = ANY($${params.length}::text[])`;
  }
  if (filter.entityIds !== undefined) {
    params.push(filter.entityIds);
    sql += ` AND (c.entity_id = ANY($${params.length}::uuid[]) OR c.target_entity_id = ANY($${params.length}::uuid[]))`;
  }
  const rows = await store.query<ClaimRow>(sql, params);
  const sourceOf = await attachSources(store, rows);
  return rows.map((row) => ({
    claimId: row.claim_id,
    layer: 'relations',
    relationType: row.predicate,
    sourceEntityId: row.entity_id,
    targetEntityId: row.target_entity_id,
    status: row.status,
    sourceReliability: row.source_reliability,
    informationCredibility: row.information_credibility,
    hedge: row.hedge ?? null,
    marking: row.marking,
    validFrom: row.valid_from ?? null,
    validTo: row.valid_to ?? null,
    quote: row.quote,
    source: sourceOf(row),
  }));
}

interface CoRow {
  claim_id: string;
  entity_ids: string[];
  label: string | null;
  status: ReviewStatus;
  source_reliability: SourceReliability;
  information_credibility: InformationCredibility;
  hedge: Hedge | null;
  marking: TlpMarking;
  valid_from: FuzzyDate | null;
  quote: string | null;
  document_id: string | null;
  cited_notes: number[];
}

/** One claim per pair of entities in a co-occurrence (an event's actors, a sentence's entities). */
function pairClaims(rows: readonly CoRow[], layer: 'events' | 'sentences', sourceOf: (r: CoRow) => GraphSource | null): GraphEdgeClaim[] {
  const claims: GraphEdgeClaim[] = [];
  for (const row of rows) {
    const ids = [...new Set(row.entity_ids)].sort();
    const source = sourceOf(row);
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        claims.push({
          claimId: row.claim_id,
          layer,
          relationType: row.label,
          sourceEntityId: ids[i]!,
          targetEntityId: ids[j]!,
          status: row.status,
          sourceReliability: row.source_reliability,
          informationCredibility: row.information_credibility,
          hedge: row.hedge ?? null,
          marking: row.marking,
          validFrom: row.valid_from ?? null,
          validTo: null,
          quote: row.quote,
          source,
        });
      }
    }
  }
  return claims;
}

/**
 * Entities that are actors of one event (read from a report, through its event claim), one claim
 * per pair; the event's date is the link's time.
 */
export async function listEventCoActorClaims(store: Store, filter: RelationGraphFilter): Promise<GraphEdgeClaim[]> {
  const params: unknown[] = [store.workspaceId];
  const conditions = claimConditions(store, { ...filter, from: null, to: null }, params);
  let sql = `SELECT DISTINCT ON (ev.event_id) c.claim_id, ids.entity_ids, ev.type AS label, c.status, c.source_reliability,
      c.information_credibility, c.hedge, c.marking,
      jsonb_build_object('start', ev.date_start::text, 'end', ev.date_end::text, 'precision', ev.date_precision) AS valid_from,
      c.quote, c.document_id, c.cited_notes
    FROM event ev
    JOIN LATERAL (SELECT array_agg(DISTINCT a.entity_id::text) AS entity_ids FROM event_actor a
                   WHERE a.workspace_id = ev.workspace_id AND a.event_id = ev.event_id AND a.entity_id IS NOT NULL
                     AND ${entityCondition(store, 'a', params)}) ids
      ON cardinality(ids.entity_ids) >= 2
    JOIN claim c ON c.workspace_id = ev.workspace_id AND c.event_id = ev.event_id AND c.kind = 'event'
    WHERE ev.workspace_id = $1 AND ${conditions}`;
  if (filter.to !== undefined && filter.to !== null) {
    params.push(filter.to);
    sql += ` AND ev.date_start <= $${params.length}::date`;
  }
  if (filter.from !== undefined && filter.from !== null) {
    params.push(filter.from);
    sql += ` AND ev.date_end >= $${params.length}::date`;
  }
  sql += ' ORDER BY ev.event_id, c.predicate NULLS FIRST, c.claim_id';
  const rows = await store.query<CoRow>(sql, params);
  const sourceOf = await attachSources(store, rows);
  return pairClaims(rows, 'events', sourceOf);
}

/**
 * Entities named in one body sentence: the subjects and objects of claims whose evidence starts in
 * it and the linked actors of events read from it, one claim per pair, quoting the sentence.
 */
export async function listSentenceCoMentionClaims(store: Store, filter: RelationGraphFilter): Promise<GraphEdgeClaim[]> {
  const params: unknown[] = [store.workspaceId];
  const conditions = claimConditions(store, { ...filter, from: null, to: null }, params);
  const rows = await store.query<CoRow>(
    `WITH c AS (
       SELECT c.* FROM claim c WHERE c.workspace_id = $1 AND c.document_id IS NOT NULL AND ${conditions}
     ), m AS (
       SELECT c.claim_id, c.document_id, c.span_start, c.entity_id AS mentioned, c.status, c.source_reliability,
              c.information_credibility, c.hedge, c.marking, c.valid_from
         FROM c WHERE c.entity_id IS NOT NULL AND c.kind <> 'same_as'
       UNION ALL
       SELECT c.claim_id, c.document_id, c.span_start, c.target_entity_id, c.status, c.source_reliability,
              c.information_credibility, c.hedge, c.marking, c.valid_from
         FROM c WHERE c.target_entity_id IS NOT NULL AND c.kind = 'relation'
       UNION ALL
       SELECT c.claim_id, c.document_id, c.span_start, a.entity_id, c.status, c.source_reliability,
              c.information_credibility, c.hedge, c.marking, c.valid_from
         FROM c JOIN event_actor a ON a.workspace_id = $1 AND a.event_id = c.event_id AND a.entity_id IS NOT NULL
        WHERE c.kind = 'event'
     )
     SELECT min(m.claim_id::text) AS claim_id, array_agg(DISTINCT m.mentioned::text) AS entity_ids, NULL AS label,
            max(m.status) AS status, max(m.source_reliability) AS source_reliability,
            max(m.information_credibility) AS information_credibility, NULL::jsonb AS hedge, (array_agg(m.marking ORDER BY array_position(ARRAY['TLP:CLEAR','TLP:GREEN','TLP:AMBER','TLP:AMBER+STRICT','TLP:RED'], m.marking) DESC))[1] AS marking,
            (array_agg(m.valid_from ORDER BY m.valid_from->>'start') FILTER (WHERE m.valid_from IS NOT NULL))[1] AS valid_from,
            substr(d.text, s.span_start + 1, s.span_end - s.span_start) AS quote, s.document_id::text AS document_id,
            s.cited_notes
       FROM m
       JOIN document_sentence s ON s.workspace_id = $1 AND s.document_id = m.document_id
        AND m.span_start >= s.span_start AND m.span_start < s.span_end
       JOIN document d ON d.workspace_id = $1 AND d.document_id = s.document_id AND ${markingCondition(store, 'd.marking', params)}
      GROUP BY s.document_id, s.sentence_index, s.span_start, s.span_end, s.cited_notes, d.text
     HAVING count(DISTINCT m.mentioned) >= 2`,
    params,
  );
  const sourceOf = await attachSources(store, rows);
  const claims = pairClaims(rows, 'sentences', sourceOf);
  if (filter.from === undefined && filter.to === undefined) return claims;
  return claims.filter(
    (c) =>
      c.validFrom === null ||
      ((filter.to == null || c.validFrom.start <= filter.to) && (filter.from == null || c.validFrom.end >= filter.from)),
  );
}

/** The identity rows of entities. */
export async function listGraphEntities(store: Store, ids: readonly Id[]): Promise<GraphEntityRow[]> {
  if (ids.length === 0) return [];
  // only entities that exist for the viewer, under a name they may see (access-policy.ts, entities.ts)
  const params: unknown[] = [store.workspaceId, ids];
  const rows = await store.query<{ entity_id: string; label: string; type: EntityType }>(
    `SELECT e.entity_id, ${entityLabelSql(store, 'e', params)} AS label, e.type FROM entity e
      WHERE e.workspace_id = $1 AND e.entity_id = ANY($2::uuid[]) AND ${entityCondition(store, 'e', params)}`,
    params,
  );
  return rows.map((r) => ({ id: r.entity_id, label: r.label, type: r.type }));
}

/** Accepted same-as pairs: entities the graph draws as one node. */
export async function listMergedEntityPairs(store: Store): Promise<[Id, Id][]> {
  const links = await listSameAsLinks(store, { status: 'accepted' });
  return links.map((l) => [l.entityId, l.targetEntityId]);
}

/**
 * The topology of the relation graph alone, for measures on large graphs: each entity once (by its
 * index in `ids`) and one (source, target) pair of indexes per relation claim, in typed arrays. One
 * query numbers the entities and packs the pairs into a single text value, so a million claims
 * cross the wire as one row instead of a million row objects. The filter is the one of
 * `listRelationGraphClaims` (the time window by the claims' valid interval).
 */
export interface RelationGraphTopology {
  ids: Id[];
  sources: Int32Array;
  targets: Int32Array;
}

export async function readRelationGraphTopology(store: Store, filter: RelationGraphFilter): Promise<RelationGraphTopology> {
  const params: unknown[] = [store.workspaceId];
  let conditions = claimConditions(store, filter, params);
  if (filter.relationTypes !== undefined) {
    params.push(filter.relationTypes);
    conditions += ` AND c.predicate = ANY($${params.length}::text[])`;
  }
  if (filter.entityIds !== undefined) {
    params.push(filter.entityIds);
    conditions += ` AND (c.entity_id = ANY($${params.length}::uuid[]) OR c.target_entity_id = ANY($${params.length}::uuid[]))`;
  }
  const [row] = await store.query<{ ids: string | null; pairs: string | null }>(
    `WITH c AS MATERIALIZED (
       SELECT c.entity_id AS a, c.target_entity_id AS b FROM claim c
        WHERE c.workspace_id = $1 AND c.kind = 'relation' AND c.entity_id IS NOT NULL AND c.target_entity_id IS NOT NULL
          AND ${conditions}
     ), n AS MATERIALIZED (
       SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS ix FROM (SELECT a AS id FROM c UNION SELECT b FROM c) u
     )
     SELECT (SELECT string_agg(id::text, ',' ORDER BY ix) FROM n) AS ids,
            (SELECT string_agg(na.ix::text || ',' || nb.ix::text, ',') FROM c JOIN n na ON na.id = c.a JOIN n nb ON nb.id = c.b) AS pairs`,
    params,
  );
  const ids = row?.ids ? row.ids.split(',') : [];
  const packed = row?.pairs ?? '';
  // parse "s,t,s,t,…" by hand: a million claims in one pass, no intermediate strings
  const values = new Int32Array(packed === '' ? 0 : countCommas(packed) + 1);
  let k = 0;
  let value = 0;
  for (let i = 0; i < packed.length; i += 1) {
    const code = packed.charCodeAt(i);
    if (code === 44) {
      values[k++] = value;
      value = 0;
    } else value = value * 10 + (code - 48);
  }
  if (packed !== '') values[k] = value;
  const m = values.length / 2;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  for (let e = 0; e < m; e += 1) {
    sources[e] = values[2 * e]!;
    targets[e] = values[2 * e + 1]!;
  }
  return { ids, sources, targets };
}

function countCommas(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 44) count += 1;
  return count;
}
