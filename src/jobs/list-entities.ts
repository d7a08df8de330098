import { EntityListQuerySchema, parseInput, type EntityListPage, type EntityListQuery } from '../model/index.js';
import { listEntities, type Store } from '../store/index.js';

/** A page of the workspace's entities by label, optionally of one type or containing some text. */
export async function listEntityPage(store: Store, input: EntityListQuery = {}): Promise<EntityListPage> {
  const { type, contains, limit, offset } = parseInput(EntityListQuerySchema, input, 'entities');
  // one row past the page says whether another follows
  const rows = await listEntities(store, {
    ...(type ? { type } : {}),
    ...(contains ? { labelContains: contains } : {}),
    limit: offset + limit + 1,
  });
  return { items: rows.slice(offset, offset + limit), limit, offset, hasMore: rows.length > offset + limit };
}
