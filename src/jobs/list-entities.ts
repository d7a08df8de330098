import { EntityListQuerySchema, parseInput, type EntityListPage, type EntityListQuery } from '../model/index.js';
import { countEntities, listEntities, type Store } from '../store/index.js';

/** A page of the workspace's entities by label, optionally of one type or containing some text. */
export async function listEntityPage(store: Store, input: EntityListQuery = {}): Promise<EntityListPage> {
  const { type, contains, limit, offset } = parseInput(EntityListQuerySchema, input, 'entities');
  // one row past the page says whether another follows
  const filter = { ...(type ? { type } : {}), ...(contains ? { labelContains: contains } : {}) };
  const rows = await listEntities(store, { ...filter, limit: offset + limit + 1 });
  const hasMore = rows.length > offset + limit;
  // the total costs a count only when the page is not the whole list
  const total = hasMore || offset > 0 ? await countEntities(store, filter) : rows.length;
  return { items: rows.slice(offset, offset + limit), limit, offset, hasMore, total };
}
