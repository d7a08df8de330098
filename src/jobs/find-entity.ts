import { TesseraError, type Entity } from '../model/index.js';
import { EntityNameIndex, getEntity, listEntities, searchEntityNames, type Store } from '../store/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a reference is an entity id (any case) rather than a name. */
export function isEntityId(ref: string): boolean {
  return UUID.test(ref);
}

/** Exact-name hits read before deciding a name is ambiguous. */
const EXACT_CANDIDATES = 20;

/**
 * The entity a name or id names: an id; else the one entity with a name (label or alias, any
 * case) equal to it, read through the name search index, or with that label; else the best
 * name match of the store's name matcher, which is loaded only then (slow on a large store).
 */
export async function findEntity(store: Store, ref: string): Promise<Entity> {
  if (isEntityId(ref)) {
    const entity = await getEntity(store, ref.toLowerCase());
    if (entity) return entity;
    throw new TesseraError('not_found', `entity ${ref}: not in workspace ${store.workspaceId}`);
  }
  const exact = (await searchEntityNames(store, ref, EXACT_CANDIDATES)).filter((hit) => hit.rank === 0);
  const byLabel = exact.filter((hit) => hit.label.toLowerCase() === ref.toLowerCase());
  const chosen = byLabel.length === 1 ? byLabel[0] : exact.length === 1 ? exact[0] : undefined;
  if (chosen !== undefined) {
    const entity = await getEntity(store, chosen.entityId);
    if (entity) return entity;
  }
  // an entity whose names were all rejected is still known by its label
  const labelled = (await listEntities(store, { labelContains: ref })).filter((e) => e.label.toLowerCase() === ref.toLowerCase());
  if (labelled.length === 1) return labelled[0]!;
  const index = await EntityNameIndex.load(store);
  const best = index.lookup(ref, { limit: 1, minScore: 0.8 })[0];
  const found = best ? await getEntity(store, best.id) : null;
  if (found) return found;
  throw new TesseraError('not_found', `entity "${ref}": no entity has this id or name`);
}
