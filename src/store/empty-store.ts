import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_WORKSPACE_ID } from '../model/index.js';
import { ConnectionStore } from './connection.js';
import { listMigrations, migrate, type Migration } from './migrate.js';

/**
 * The empty embedded store: a PGlite data directory with every migration applied and nothing else,
 * dumped once by the build (bin/build.js writes it into dist/store/) so that a new embedded store
 * starts from it instead of running initdb and the migrations. That costs about 2.7 s of CPU per
 * new store, 0.7 s from the dump: the demo, a first `--data DIR`, and every in-memory store of the
 * test suite. The dump is kept as a plain tar (42 MB, of which 16 MB is the first WAL segment):
 * unpacking the gzip form took 0.2–0.4 CPU-s at every new store, reading the plain file from the
 * page cache a few milliseconds.
 *
 * The file is named by a hash of the migrations it holds, so a dump made from other migrations is
 * never used; the store then starts as before. Where it is found: beside this module (dist/), or in
 * the repository's dist/store/ when the sources run through tsx or the test runner.
 */
const TEMPLATE_DIRS = [fileURLToPath(new URL('./', import.meta.url)), fileURLToPath(new URL('../../dist/store/', import.meta.url))];

/** The template's file name for these migrations: `empty-store-<hash>.tar`. */
export function emptyStoreFileName(migrations: readonly Migration[] = listMigrations()): string {
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.version}\n${migration.sql}\n`);
  return `empty-store-${hash.digest('hex').slice(0, 16)}.tar`;
}

/**
 * The template's bytes as the Blob that PGlite's `loadDataDir` takes, handed over as they are.
 * PGlite reads the Blob once, through arrayBuffer(); a Blob made of the bytes copies them when it is
 * made and again, chunk by chunk, in arrayBuffer() (about 0.45 CPU-s for the 42 MB dump at every new
 * store). Only arrayBuffer() and size see the bytes.
 */
class TemplateDump extends Blob {
  readonly #bytes: ArrayBuffer;
  constructor(bytes: ArrayBuffer) {
    super();
    this.#bytes = bytes;
  }
  override get size(): number {
    return this.#bytes.byteLength;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes);
  }
}

/** The dump of an empty store migrated as this code expects, or null where the build has made none. */
export function readEmptyStoreTemplate(dirs: readonly string[] = TEMPLATE_DIRS): Blob | null {
  const name = emptyStoreFileName();
  for (const dir of dirs) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    const isWhole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return new TemplateDump(isWhole ? (bytes.buffer as ArrayBuffer) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }
  return null;
}

/**
 * Makes the template in `dir` (the build's dist/store/): an in-memory store, migrated, dumped
 * as a tar, written under a temporary name and renamed, so a reader never sees half a file.
 * Returns the path written.
 */
export async function writeEmptyStoreTemplate(dir: string): Promise<string> {
  const { openPgliteBackend } = await import('./pglite.js');
  const backend = await openPgliteBackend(null, {}, null);
  const store = new ConnectionStore(backend, DEFAULT_WORKSPACE_ID);
  try {
    await migrate(store);
    const dump = await backend.dumpDataDir();
    const path = join(dir, emptyStoreFileName());
    writeFileSync(`${path}.${process.pid}.tmp`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${path}.${process.pid}.tmp`, path);
    return path;
  } finally {
    await store.close();
  }
}
