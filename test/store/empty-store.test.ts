import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyStoreFileName, readEmptyStoreTemplate } from '../../src/store/empty-store.js';
import { listMigrations } from '../../src/store/migrate.js';
import { openStore, type Store } from '../../src/store/index.js';

/** Every table's columns and every index of the store's schema, as text to compare. */
async function describeSchema(store: Store): Promise<string[]> {
  const columns = await store.query<{ line: string }>(
    `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
       FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1`,
  );
  const indexes = await store.query<{ line: string }>(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`);
  const migrations = await store.query<{ line: string }>('SELECT version AS line FROM schema_migration ORDER BY 1');
  return [...columns, ...indexes, ...migrations].map((row) => row.line);
}

/** Where the build (bin/build.js, run by npm ci and the test setup) writes the template. */
const BUILT_TEMPLATES = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/store');

describe('the empty-store template', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-empty-store-'));
    // the template the build wrote with writeEmptyStoreTemplate into dist/store/, copied: making
    // another one here cost about 10 CPU-s of initdb and migrations
    const built = join(BUILT_TEMPLATES, emptyStoreFileName());
    if (existsSync(built)) copyFileSync(built, join(dir, emptyStoreFileName()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is named by the migrations it holds: another migration, another file', () => {
    const migrations = listMigrations();
    const changed = migrations.map((m, i) => (i === migrations.length - 1 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    expect(emptyStoreFileName(migrations)).toMatch(/^empty-store-[0-9a-f]{16}\.tar$/);
    expect(emptyStoreFileName(changed)).not.toBe(emptyStoreFileName(migrations));
    expect(emptyStoreFileName(migrations.slice(0, -1))).not.toBe(emptyStoreFileName(migrations));
  });

  it('is not found where no build has made one', () => {
    expect(readEmptyStoreTemplate([join(dir, 'nowhere')])).toBeNull();
    expect(readEmptyStoreTemplate([dir])).not.toBeNull();
  });

  // (the store made from scratch runs initdb and every migration: ~10 CPU-s, over a minute on a loaded machine)
  it('gives a new store the same schema and migrations as initdb and the migrations do', async () => {
    // the build (npm ci, or the test setup) has made dist/'s template, which openStore takes
    expect(readEmptyStoreTemplate()).not.toBeNull();
    const fromTemplate = await openStore({ dataDir: join(dir, 'from-template') });
    const fromScratch = await openStore({ dataDir: join(dir, 'from-scratch'), isFromTemplate: false });
    try {
      const expected = await describeSchema(fromScratch);
      expect(expected.length).toBeGreaterThan(50);
      expect(await describeSchema(fromTemplate)).toEqual(expected);
      // and it is a working store: a write is read back, and reopening keeps it
      await fromTemplate.query("INSERT INTO workspace (workspace_id, name) VALUES ('template-check', 'template-check')");
    } finally {
      await fromTemplate.close();
      await fromScratch.close();
    }
    const reopened = await openStore({ dataDir: join(dir, 'from-template') });
    try {
      expect(await reopened.query("SELECT workspace_id FROM workspace WHERE workspace_id = 'template-check'")).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  }, 240_000);
});
