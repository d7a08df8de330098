import { EntitySchema, type Entity, type EntityType, type Id } from '../model/index.js';
import type { Store } from './store.js';

interface EntityRow {
  entity_id: string;
  type: string;
  label: string;
  created_at: string;
}

function toEntity(row: EntityRow): Entity {
  return EntitySchema.parse({ id: row.entity_id, type: row.type, label: row.label, createdAt: row.created_at });
}

export async function insertEntity(store: Store, entity: Entity): Promise<void> {
  await store.query(
    'INSERT INTO entity (workspace_id, entity_id, type, label, created_at) VALUES ($1, $2, $3, $4, $5)',
    [store.workspaceId, entity.id, entity.type, entity.label, entity.createdAt],
  );
}

export async function getEntity(store: Store, entityId: Id): Promise<Entity | null> {
  const rows = await store.query<EntityRow>(
    'SELECT entity_id, type, label, created_at FROM entity WHERE workspace_id = $1 AND entity_id = $2',
    [store.workspaceId, entityId],
  );
  return rows[0] ? toEntity(rows[0]) : null;
}

export interface EntityFilter {
  type?: EntityType;
  /** Case-insensitive substring of the label. */
  labelContains?: string;
  limit?: number;
}

export async function listEntities(store: Store, filter: EntityFilter = {}): Promise<Entity[]> {
  const rows = await store.query<EntityRow>(
    `SELECT entity_id, type, label, created_at FROM entity
      WHERE workspace_id = $1 AND ($2::text IS NULL OR type = $2) AND ($3::text IS NULL OR label ILIKE '%' || $3 || '%')
      ORDER BY label LIMIT $4`,
    [store.workspaceId, filter.type ?? null, filter.labelContains ?? null, filter.limit ?? 10_000],
  );
  return rows.map(toEntity);
}

/** Inserts many entities in one COPY (call inside the caller's transaction). */
export async function insertEntities(store: Store, entities: readonly Entity[]): Promise<number> {
  return store.copyRows(
    'entity',
    ['workspace_id', 'entity_id', 'type', 'label', 'created_at'],
    entities.map((e) => [store.workspaceId, e.id, e.type, e.label, e.createdAt]),
  );
}
