import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, parse, protocol, type Transaction } from '@electric-sql/pglite';
import { StoreUnavailableError } from '../model/index.js';
import type { Backend, Connection } from './connection.js';
import { PreparedStatementCache, StatementNames, isCachedPlanChanged } from './prepared-statement-cache.js';
import { ReplyScratch, rowArraysOfReply } from './pglite-row-arrays.js';
import { isShortRead } from './short-read.js';
import { StoreLock, type StoreLockOptions } from './store-lock.js';
import { TYPE_OIDS, parseDate, parseInt8, parseNumeric, parseTimestamp } from './type-parsers.js';

/**
 * PostgreSQL's buffer pool, inside PGlite's WebAssembly memory. PGlite's default (128 MB) is
 * allocated and cleared at every open: half the start-up time of a short command and most of its
 * memory (status: 340 → 190 MB RSS). The files stay in the operating system's cache either way.
 */
const SHARED_BUFFERS = '16MB';

/**
 * The buffer pool of a long-running server (`tessera serve`), whose requests read the same tables
 * again and again: at 100,000 entities a name search reads about a thousand claim pages, and with
 * 16 MB nearly every one came through PGlite's file system again (search CPU per request 9 -> 5.5 ms
 * with 128 MB, same answers).
 */
const SERVING_SHARED_BUFFERS = '128MB';

/** The embedded backend, which can also dump its data directory (the build's empty-store template). */
export interface PgliteBackend extends Backend {
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens the embedded store: PGlite in `dataDir`, or in memory when dataDir is null. A directory is
 * locked for this process while it is open (store-lock.ts): one writer, never a lost write.
 * A new store (in memory, or a directory PostgreSQL has not been set up in) starts from what
 * `template` returns when it returns a dump of an empty migrated store (empty-store.ts), instead of
 * running initdb; it is not called for a store that exists. A serving store (`isServing`) keeps a
 * larger buffer pool.
 */
export async function openPgliteBackend(
  dataDir: string | null,
  lockOptions: StoreLockOptions = {},
  template: (() => Blob | null) | null = null,
  isServing = false,
): Promise<PgliteBackend> {
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
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${isServing ? SERVING_SHARED_BUFFERS : SHARED_BUFFERS}`],
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
  const scratch = new ReplyScratch();
  const close = async () => {
    try {
      await db.close();
    } finally {
      scratch.release();
      lock?.release();
    }
  };
  return { name: 'pglite', root: pgliteConnection(db, scratch, new PreparedStatements(db)), close, dumpDataDir: () => db.dumpDataDir('none') };
}

/**
 * A connection: outside a transaction, statements run prepared (PreparedStatements); inside one,
 * through PGlite's own query, which parses and plans every time. Bulk reads write into the
 * store's `scratch` (pglite-row-arrays.ts).
 */
function pgliteConnection(db: PGlite | Transaction, scratch: ReplyScratch, prepared: PreparedStatements | null = null, root: PGlite | null = null): Connection {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      if (prepared !== null) return prepared.query<Row>(sql, params);
      const result = await db.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async queryRowArrays(sql: string) {
      const run = async (engine: PGlite) => {
        // the reply's bytes as they come, copied (PGlite's own raw call also parses every message)
        const chunks: Uint8Array[] = [];
        await engine.execProtocolRawStream(protocol.serialize.query(sql), { syncToFs: false, onRawData: (bytes) => chunks.push(bytes.slice()) });
        return rowArraysOfReply(chunks.length === 1 ? chunks[0]! : concatenated(chunks), scratch);
      };
      // in a transaction, which holds the engine; outside one, after any other's transaction (as PreparedStatements)
      if (root !== null) return root._runExclusiveQuery(() => run(root));
      const engine = db as PGlite;
      await engine._checkReady();
      return engine._runExclusiveTransaction(() => engine._runExclusiveQuery(() => run(engine)));
    },
    async execScript(sql: string) {
      await db.exec(sql);
    },
    async copyFromCsv(sql: string, csv: string) {
      await db.query(sql.replace('FROM STDIN', "FROM '/dev/blob'"), [], { blob: new Blob([csv]) });
    },
    transaction<T>(work: (tx: Connection) => Promise<T>): Promise<T> {
      if (!(db instanceof PGlite)) return work(pgliteConnection(db, scratch, null, root));
      return db.transaction((tx) => work(pgliteConnection(tx, scratch, null, db)));
    },
  };
}



interface Prepared {
  name: string;
  /** The parameters' type OIDs, as the engine inferred them (their values are serialised by them). */
  types: number[];
}

function concatenated(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** The plan mode a short read runs with, and back (simple queries in the short read's batch). */
const GENERIC_PLAN_ON = protocol.serialize.query('SET plan_cache_mode = force_generic_plan');
const GENERIC_PLAN_OFF = protocol.serialize.query('RESET plan_cache_mode');

/**
 * Statements prepared once per SQL text (a named Parse) and then only bound and executed. On
 * PGlite a read's cost was mostly parse analysis and planning (an entity page: 1.9 of 2.5 ms of
 * CPU), and PostgreSQL keeps a prepared statement's generic plan once it is estimated no worse
 * than planning for the values at hand (plan_cache_mode auto), so a repeated read is planned
 * once. Bind, Describe, Execute and Sync go to the engine as one batch instead of PGlite's five
 * calls. The same query, mutex and type (de)serialisers as PGlite's own query.
 */
class PreparedStatements {
  private readonly statements = new PreparedStatementCache<Prepared>();
  private readonly names = new StatementNames();

  constructor(private readonly db: PGlite) {}

  async query<Row>(sql: string, params: readonly unknown[]): Promise<Row[]> {
    await this.db._checkReady();
    return this.db._runExclusiveTransaction(() =>
      this.db._runExclusiveQuery(async () => {
        try {
          return await this.run<Row>(sql, params);
        } catch (error) {
          if (!(isCachedPlanChanged(error) && this.statements.has(sql))) throw error;
          await this.close(sql);
          return this.run<Row>(sql, params);
        }
      }),
    );
  }

  private async run<Row>(sql: string, params: readonly unknown[]): Promise<Row[]> {
    const statement = this.statements.use(sql) ?? (await this.prepare(sql));
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const serialize = this.db.serializers[statement.types[i] ?? 0];
      return serialize ? serialize(param) : String(param);
    });
    const { serialize } = protocol;
    const execution = [serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()];
    // a short read runs on its generic plan (short-read.ts), set and reset in its own batch: the
    // reset runs after the Sync even when the statement fails, so no other statement inherits it
    const isShort = isShortRead(sql);
    const messages = await this.db.execProtocolStream(concatenated(isShort ? [GENERIC_PLAN_ON, ...execution, GENERIC_PLAN_OFF] : execution), { syncToFs: false });
    await this.db.syncToFs();
    // the results split at each command's completion: the SET comes first
    return parse.parseResults(messages, this.db.parsers)[isShort ? 1 : 0]!.rows as Row[];
  }

  private async prepare(sql: string): Promise<Prepared> {
    const oldest = this.statements.toClose();
    if (oldest !== undefined) await this.close(oldest);
    const { serialize } = protocol;
    const name = this.names.next();
    const messages = await this.db.execProtocolStream(concatenated([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]), { syncToFs: false });
    const statement = { name, types: parse.parseDescribeStatementResults(messages) };
    this.statements.add(sql, statement);
    return statement;
  }

  private async close(sql: string): Promise<void> {
    const statement = this.statements.remove(sql);
    if (statement === undefined) return;
    await this.db.execProtocolStream(concatenated([protocol.serialize.close({ type: 'S', name: statement.name }), protocol.serialize.sync()]), { syncToFs: false });
  }
}
