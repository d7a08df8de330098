import type { Claim, Entity, Event, Id, ReviewStatus } from '../model/index.js';
import { entityCondition, markingCondition } from './access-policy.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from './claims.js';
import { entityLabelSql, toEntity, type EntityRow } from './entities.js';
import { eventSelect, toEvent, type EventRow } from './events.js';
import type { Store } from './store.js';
import { parseTimestamp } from './type-parsers.js';

/** What an entity page is built from, as the viewer may see it. */
export interface EntityPageRows {
  entity: Entity;
  /** Claims about the entity (as subject or target) of the statuses asked for, in listClaims' order. */
  claims: Claim[];
  /** The documents those claims cite. */
  documents: Map<Id, { id: Id; path: string; title: string | null }>;
  /** The other entities those claims name. */
  entities: Map<Id, Entity>;
  /** Events the entity is an actor of, oldest first. */
  events: Event[];
}

interface PageRow {
  entity: EntityRow | null;
  claims: ClaimRow[] | null;
  documents: { document_id: string; path: string; title: string | null }[] | null;
  entities: EntityRow[] | null;
  events: EventRow[] | null;
}

/** A timestamptz column as JSON text the type parser reads as on a plain row (UTC, no offset). */
const utc = (column: string) => `${column} AT TIME ZONE 'UTC'`;

/**
 * Everything an entity page shows, read in one statement (PGlite runs one statement at a time
 * for every caller, so a page's cost is mostly its number of round trips): the entity with its
 * label, its claims, the documents they cite, the entities they name and its events, each as
 * JSON. Every part goes through the same policy as the single reads (getEntity, listClaims,
 * listDocuments, getEntities, listEntityEvents). Null when the entity does not exist for the viewer.
 */
export async function readEntityPage(store: Store, entityId: Id, statuses: readonly ReviewStatus[]): Promise<EntityPageRows | null> {
  const params: unknown[] = [store.workspaceId, entityId, [...statuses]];
  const claimColumns = CLAIM_COLUMNS.map((column) => (column === 'recorded_at' ? `${utc(column)} AS recorded_at` : column)).join(', ');
  const entityJson = (alias: string) =>
    `json_build_object('entity_id', ${alias}.entity_id, 'type', ${alias}.type, 'label', ${entityLabelSql(store, alias, params)},
       'created_at', ${utc(`${alias}.created_at`)})`;
  const sql = `WITH c AS MATERIALIZED (
       SELECT ${claimColumns} FROM claim
        WHERE workspace_id = $1 AND ${markingCondition(store, 'marking', params)}
          AND (entity_id = $2 OR target_entity_id = $2) AND status = ANY($3::text[])
     )
     SELECT
       (SELECT ${entityJson('e')} FROM entity e
         WHERE e.workspace_id = $1 AND e.entity_id = $2 AND ${entityCondition(store, 'e', params)}) AS entity,
       (SELECT json_agg(c ORDER BY c.document_id NULLS LAST, c.span_start NULLS LAST, c.recorded_at, c.claim_id) FROM c) AS claims,
       (SELECT json_agg(json_build_object('document_id', d.document_id, 'path', d.path, 'title', d.title)) FROM document d
         WHERE d.workspace_id = $1 AND d.document_id IN (SELECT c.document_id FROM c)
           AND ${markingCondition(store, 'd.marking', params)}) AS documents,
       (SELECT json_agg(${entityJson('o')}) FROM entity o
         WHERE o.workspace_id = $1 AND o.entity_id <> $2
           AND o.entity_id IN (SELECT c.entity_id FROM c UNION SELECT c.target_entity_id FROM c)
           AND ${entityCondition(store, 'o', params)}) AS entities,
       (SELECT json_agg(v ORDER BY v.date_start) FROM (
          ${eventSelect(store, params)} WHERE e.workspace_id = $1 AND ${markingCondition(store, 'e.marking', params)}
            AND EXISTS (SELECT 1 FROM event_actor a WHERE a.workspace_id = e.workspace_id AND a.event_id = e.event_id AND a.entity_id = $2)
        ) v) AS events`;
  const row = (await store.query<PageRow>(sql, params))[0];
  if (row === undefined || row.entity === null) return null;
  const asRead = (entity: EntityRow) => toEntity({ ...entity, created_at: parseTimestamp(entity.created_at) });
  return {
    entity: asRead(row.entity),
    claims: (row.claims ?? []).map((claim) => toClaim({ ...claim, recorded_at: parseTimestamp(claim.recorded_at) })),
    documents: new Map((row.documents ?? []).map((d) => [d.document_id, { id: d.document_id, path: d.path, title: d.title }])),
    entities: new Map((row.entities ?? []).map((entity) => [entity.entity_id, asRead(entity)])),
    events: (row.events ?? []).map(toEvent),
  };
}
