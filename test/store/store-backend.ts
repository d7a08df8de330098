import { beforeAll, afterAll } from 'vitest';
import { newId } from '../../src/model/index.js';
import { ensureWorkspace, type Store } from '../../src/store/index.js';

/**
 * Opens a store backend for one describe block (closed after it) and hands out fresh
 * workspaces, so each test works in a workspace of its own instead of emptying tables.
 * Call inside `describe`.
 */
export function useStoreBackend(openBackend: () => Promise<Store>, workspacePrefix: string) {
  let root: Store | undefined;
  beforeAll(async () => {
    root = await openBackend();
  });
  afterAll(async () => {
    await root?.close();
  });
  return {
    root(): Store {
      if (root === undefined) throw new Error('the store backend is not open yet');
      return root;
    },
    async freshWorkspace(): Promise<Store> {
      const store = this.root().inWorkspace(`${workspacePrefix}-${newId().slice(0, 8)}`);
      await ensureWorkspace(store);
      return store;
    },
  };
}
