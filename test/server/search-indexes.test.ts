import { describe, it, expect, beforeAll, afterAll, afterEach, vi } from 'vitest';
import { ensureWorkspace, insertClaims, insertEntity, openStore, type Store } from '../../src/store/index.js';
import { SearchIndexes } from '../../src/server/search-indexes.js';
import { buildEntity, buildNameClaim } from '../factories.js';

describe('the server\'s kept name indexes', () => {
  let root: Store;
  beforeAll(async () => {
    root = await openStore({ dataDir: null });
  });
  afterAll(async () => {
    await root.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function addName(store: Store, name: string): Promise<string> {
    const entity = buildEntity({ label: name });
    await insertEntity(store, entity);
    await insertClaims(store, [buildNameClaim(entity.id, { name: { value: name, kind: 'primary', script: 'latin', language: null } })]);
    return entity.id;
  }
  const found = (index: Awaited<ReturnType<SearchIndexes['forWorkspace']>>, text: string) => index.searchNames(text, { limit: 10 }).map((h) => h.entityId);

  it('answers from the index as it is while an old one refreshes, and waits for the refresh after a write through the server', async () => {
    const store = root.inWorkspace('kept-indexes');
    await ensureWorkspace(store);
    const first = await addName(store, 'Qori Salimjon');
    const indexes = new SearchIndexes(root);
    const index = await indexes.forWorkspace('kept-indexes');
    expect(found(index, 'qori')).toEqual([first]);

    // written elsewhere (the CLI, another server): the search after the staleness limit starts a
    // refresh and answers at once; a later one finds the name
    const second = await addName(store, 'Qori Nurmat');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    expect(found(await indexes.forWorkspace('kept-indexes'), 'qori')).toEqual([first]);
    await vi.waitFor(async () => expect(found(await indexes.forWorkspace('kept-indexes'), 'qori').sort()).toEqual([first, second].sort()));

    // written through this server: the next search waits for the refresh
    const third = await addName(store, 'Qori Dilshod');
    indexes.markDirty('kept-indexes');
    expect(found(await indexes.forWorkspace('kept-indexes'), 'qori').sort()).toEqual([first, second, third].sort());
  });
});
