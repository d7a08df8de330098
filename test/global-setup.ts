import { loadConfig } from '../src/config.js';
import { openStore } from '../src/store/index.js';

/** Migrates the PostgreSQL test database once before the suites run (when one is configured). */
export default async function setup(): Promise<void> {
  const url = loadConfig().test.databaseUrl;
  if (url === null) return;
  const store = await openStore({ databaseUrl: url });
  await store.close();
}
