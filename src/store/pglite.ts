import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { StoreUnavailableError } from '../model/index.js';
import type { Backend, Connection } from './connection.js';
import { StoreLock, type StoreLockOptions } from './store-lock.js';
import { TYPE_OIDS, parseDate, parseInt8, parseNumeric, parseTimestamp } from './type-parsers.js';

/**
 * PostgreSQL's buffer pool, inside PGlite's WebAssembly memory. PGlite's default (128 MB) is
 * allocated and cleared at every open: half the start-up time of a short command and most of its
 * memory (status: 340 → 190 MB RSS). The files stay in the operating system's cache either way.
 */
const SHARED_BUFFERS = '16MB';

/** The embedded backend, which can also dump its data directory (the build's empty-store template). */
export interface PgliteBackend extends Backend {
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens the embedded store: PGlite in `dataDir`, or in memory when dataDir is null. A directory is
 * locked for this process while it is open (store-lock.ts): one writer, never a lost write.
 * A new store (in memory, or a directory PostgreSQL has not been set up in) starts from what
 * `template` returns when it returns a dump of an empty migrated store (empty-store.ts), instead of
 * running initdb; it is not called for a store that exists.
 */
export async function openPgliteBackend(dataDir: string | null, lockOptions: StoreLockOptions = {}, template: (() => Blob | null) | null = null): Promise<PgliteBackend> {
  let lock: StoreLock | null = null;
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true });
    lock = await StoreLock.acquire(dataDir, lockOptions);
  }
  const isNew = dataDir === null || !existsSync(join(dataDir, 'PG_VERSION'));
  const dump = isNew && template !== null ? template() : null;
  let db: PGlite;
  try {
    db = await PGlite.create({
      ...(dataDir === null ? {} : { dataDir }),
      ...(dump === null ? {} : { loadDataDir: dump }),
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
      parsers: {
        [TYPE_OIDS.int8]: parseInt8,
        [TYPE_OIDS.numeric]: parseNumeric,
        [TYPE_OIDS.date]: parseDate,
        [TYPE_OIDS.timestamp]: parseTimestamp,
        [TYPE_OIDS.timestamptz]: parseTimestamp,
      },
    });
  } catch (error) {
    lock?.release();
    const where = dataDir ?? 'memory';
    throw new StoreUnavailableError(`${where}: cannot open the embedded store (${String(error)})`, { cause: error });
  }
  const close = async () => {
    try {
      await db.close();
    } finally {
      lock?.release();
    }
  };
  return { name: 'pglite', root: pgliteConnection(db), close, dumpDataDir: () => db.dumpDataDir('gzip') };
}

function pgliteConnection(db: PGlite | Transaction): Connection {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async execScript(sql: string) {
      await db.exec(sql);
    },
    async copyFromCsv(sql: string, csv: string) {
      await db.query(sql.replace('FROM STDIN', "FROM '/dev/blob'"), [], { blob: new Blob([csv]) });
    },
    transaction<T>(work: (tx: Connection) => Promise<T>): Promise<T> {
      if (!(db instanceof PGlite)) return work(pgliteConnection(db));
      return db.transaction((tx) => work(pgliteConnection(tx)));
    },
  };
}
