import { EntitySchema, type Entity, type EntityType, type Id } from '../model/index.js';
import { entityCondition, isUnrestricted, markingCondition } from './access-policy.js';
import type { Store } from './store.js';
import { containsPattern } from './like-pattern.js';

export interface EntityRow {
  entity_id: string;
  type: string;
  label: string;
  created_at: string;
}

export function toEntity(row: EntityRow): Entity {
  return EntitySchema.parse({ id: row.entity_id, type: row.type, label: row.label, createdAt: row.created_at });
}

export async function insertEntity(store: Store, entity: Entity): Promise<void> {
  await store.query(
    'INSERT INTO entity (workspace_id, entity_id, type, label, created_at) VALUES ($1, $2, $3, $4, $5)',
    [store.workspaceId, entity.id, entity.type, entity.label, entity.createdAt],
  );
}

/**
 * SQL: the label of entity row `alias` as the viewer may see it. The label an entity was created
 * under may come from a document above the viewer's clearance, so for a viewer below the highest
 * it is shown only when a visible name claim carries it; else their first visible name (primary
 * first, rejected last), else "unnamed <type>" (only relations or links about it are visible).
 * Every store query that returns an entity's label reads it through this.
 */
export function entityLabelSql(store: Store, alias: string, params: unknown[]): string {
  if (isUnrestricted(store)) return `${alias}.label`;
  return `coalesce((SELECT n.value->>'value' FROM claim n
      WHERE n.workspace_id = ${alias}.workspace_id AND n.entity_id = ${alias}.entity_id AND n.kind = 'name'
        AND ${markingCondition(store, 'n.marking', params)}
      ORDER BY n.value->>'value' = ${alias}.label DESC, n.status <> 'rejected' DESC, n.predicate = 'primary' DESC,
        n.recorded_at, n.claim_id
      LIMIT 1), 'unnamed ' || ${alias}.type)`;
}

/** The entity, or null when it is not in the workspace or no claim about it is visible to the viewer. */
export async function getEntity(store: Store, entityId: Id): Promise<Entity | null> {
  const params: unknown[] = [store.workspaceId, entityId];
  const rows = await store.query<EntityRow>(
    `SELECT e.entity_id, e.type, ${entityLabelSql(store, 'e', params)} AS label, e.created_at FROM entity e
      WHERE e.workspace_id = $1 AND e.entity_id = $2 AND ${entityCondition(store, 'e', params)}`,
    params,
  );
  return rows[0] ? toEntity(rows[0]) : null;
}

/** The entities of `ids` the viewer may see (getEntity for many, in one query); the others are absent from the map. */
export async function getEntities(store: Store, ids: readonly Id[]): Promise<Map<Id, Entity>> {
  if (ids.length === 0) return new Map();
  const params: unknown[] = [store.workspaceId, [...new Set(ids)]];
  const rows = await store.query<EntityRow>(
    `SELECT e.entity_id, e.type, ${entityLabelSql(store, 'e', params)} AS label, e.created_at FROM entity e
      WHERE e.workspace_id = $1 AND e.entity_id = ANY($2::uuid[]) AND ${entityCondition(store, 'e', params)}`,
    params,
  );
  return new Map(rows.map((row) => [row.entity_id, toEntity(row)]));
}

export interface EntityFilter {
  type?: EntityType;
  /** Case-insensitive substring of the label. */
  labelContains?: string;
  limit?: number;
}

/** Entities the viewer may see (entityCondition), by label as they see it. */
export async function listEntities(store: Store, filter: EntityFilter = {}): Promise<Entity[]> {
  const params: unknown[] = [store.workspaceId, filter.type ?? null, filter.labelContains === undefined ? null : containsPattern(filter.labelContains), filter.limit ?? 10_000];
  const rows = await store.query<EntityRow>(
    `SELECT * FROM (
       SELECT e.entity_id, e.type, ${entityLabelSql(store, 'e', params)} AS label, e.created_at FROM entity e
        WHERE e.workspace_id = $1 AND ($2::text IS NULL OR e.type = $2) AND ${entityCondition(store, 'e', params)}
     ) v WHERE ($3::text IS NULL OR v.label ILIKE $3)
     ORDER BY v.label LIMIT $4`,
    params,
  );
  return rows.map(toEntity);
}

/** How many entities listEntities would list without a limit. */
export async function countEntities(store: Store, filter: Omit<EntityFilter, 'limit'> = {}): Promise<number> {
  const params: unknown[] = [
    store.workspaceId,
    filter.type ?? null,
    filter.labelContains === undefined ? null : containsPattern(filter.labelContains),
  ];
  const rows = await store.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT ${entityLabelSql(store, 'e', params)} AS label FROM entity e
        WHERE e.workspace_id = $1 AND ($2::text IS NULL OR e.type = $2) AND ${entityCondition(store, 'e', params)}
     ) v WHERE ($3::text IS NULL OR v.label ILIKE $3)`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** Inserts many entities in one COPY (call inside the caller's transaction). */
export async function insertEntities(store: Store, entities: readonly Entity[]): Promise<number> {
  return store.copyRows(
    'entity',
    ['workspace_id', 'entity_id', 'type', 'label', 'created_at'],
    entities.map((e) => [store.workspaceId, e.id, e.type, e.label, e.createdAt]),
  );
}
