import { TesseraError, type Entity } from '../model/index.js';
import { EntityNameIndex, getEntity, listEntities, type Store } from '../store/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The entity a name or id names: an id, an exact label, or the best name match of the store's index. */
export async function findEntity(store: Store, ref: string): Promise<Entity> {
  if (UUID.test(ref)) {
    const entity = await getEntity(store, ref.toLowerCase());
    if (entity) return entity;
    throw new TesseraError('not_found', `entity ${ref}: not in workspace ${store.workspaceId}`);
  }
  const exact = (await listEntities(store, { labelContains: ref })).filter((e) => e.label.toLowerCase() === ref.toLowerCase());
  if (exact.length === 1) return exact[0]!;
  const index = await EntityNameIndex.load(store);
  const best = index.lookup(ref, { limit: 1, minScore: 0.8 })[0];
  const found = best ? await getEntity(store, best.id) : null;
  if (found) return found;
  throw new TesseraError('not_found', `entity "${ref}": no entity has this id or name`);
}
