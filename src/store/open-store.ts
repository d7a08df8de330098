import { DEFAULT_WORKSPACE_ID, type WorkspaceId } from '../model/index.js';
import { ConnectionStore } from './connection.js';
import { migrate } from './migrate.js';
import type { StoreLockOptions } from './store-lock.js';
import type { Store } from './store.js';
import { ensureWorkspace } from './workspaces.js';

export interface OpenStoreOptions {
  /** PostgreSQL server URL; when null the embedded PGlite store is used. */
  databaseUrl?: string | null;
  /** PGlite data directory; null keeps the embedded store in memory. */
  dataDir?: string | null;
  workspaceId?: WorkspaceId;
  /** Who opens an embedded store, and how long to wait for another process holding it (store-lock.ts). */
  lock?: StoreLockOptions;
  /** Apply pending migrations (default true). */
  shouldMigrate?: boolean;
  /** Start a new embedded store from the build's empty migrated store when there is one (default true; empty-store.ts). */
  isFromTemplate?: boolean;
  /** Opened by a long-running server (`tessera serve`): the embedded store keeps a larger buffer pool (pglite.ts). */
  isServing?: boolean;
}

/** Opens the store the configuration names, migrated and with its workspace created. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  // each backend's driver loads only when that backend is opened
  const backend = options.databaseUrl
    ? await (await import('./postgres.js')).openPostgresBackend(options.databaseUrl)
    : await (await import('./pglite.js')).openPgliteBackend(
        options.dataDir ?? null,
        options.lock,
        options.isFromTemplate === false ? null : (await import('./empty-store.js')).readEmptyStoreTemplate,
        options.isServing ?? false,
      );
  const store = new ConnectionStore(backend, options.workspaceId ?? DEFAULT_WORKSPACE_ID);
  try {
    if (options.shouldMigrate !== false) await migrate(store);
    await ensureWorkspace(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
