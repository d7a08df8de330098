import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Store } from './store.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Serialises concurrent migrators on one PostgreSQL server (tests, several CLI processes). */
const MIGRATION_LOCK_KEY = 74_101;

export interface Migration {
  version: string;
  sql: string;
}

/** The migrations shipped with Tessera, in the order they apply (`0001-initial.sql`, …). */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: file.replace(/\.sql$/, ''), sql: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * Applies the migrations not yet recorded in `schema_migration`, each in one transaction.
 * Forward only; PGlite and PostgreSQL run the same files. Returns the versions applied.
 */
export async function migrate(store: Store, migrations = listMigrations()): Promise<string[]> {
  await store.execScript(`CREATE TABLE IF NOT EXISTS schema_migration (
    version text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT schema_migration_pkey PRIMARY KEY (version)
  )`);
  // one read to find nothing to do: the common case, at every start of a command
  const recorded = await store.query<{ version: string }>('SELECT version FROM schema_migration');
  const done = new Set(recorded.map((row) => row.version));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    const didApply = await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const done = await tx.query('SELECT 1 FROM schema_migration WHERE version = $1', [migration.version]);
      if (done.length > 0) return false;
      await tx.execScript(migration.sql);
      await tx.query('INSERT INTO schema_migration (version) VALUES ($1)', [migration.version]);
      return true;
    });
    if (didApply) applied.push(migration.version);
  }
  return applied;
}
