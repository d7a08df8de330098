import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { StoreUnavailableError } from '../model/index.js';
import type { Backend, Connection } from './connection.js';
import { PreparedStatementCache, StatementNames, isCachedPlanChanged } from './prepared-statement-cache.js';
import { isShortRead } from './short-read.js';
import { ROW_ARRAY_VALUE_TYPES, TYPE_OIDS, parseDate, parseInt8, parseNumeric, parseTimestamp } from './type-parsers.js';

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case TYPE_OIDS.int8:
        return parseInt8;
      case TYPE_OIDS.numeric:
        return parseNumeric;
      case TYPE_OIDS.date:
        return parseDate;
      case TYPE_OIDS.timestamp:
      case TYPE_OIDS.timestamptz:
        return parseTimestamp;
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
};

/** A connection URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Connections a store keeps open. A pooled connection stays taken until this process has read its
 * answer, and under load the event loop reaches that answer only after the other requests' work
 * in hand: with 4, fifty API clients waited for a free connection while the server's CPU idled
 * (npm run bench -- api, 50 connections, PostgreSQL, load 7.5-9: search 1,067-1,139 req/s with 4,
 * 1,082-1,494 with 10, 1,161 with 16; entity pages 1,363-1,717 with 4, 1,652-2,575 with 10,
 * 1,610 with 16). Ten is also pg's default.
 */
const POOL_SIZE = 10;

/** Opens a pool on a PostgreSQL server and checks that it answers. */
export async function openPostgresBackend(url: string): Promise<Backend> {
  const pool = new pg.Pool({ connectionString: url, types: typeParsers, max: POOL_SIZE });
  pool.on('error', () => undefined); // idle-client errors surface on the next query instead
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreUnavailableError(`${redactUrl(url)}: PostgreSQL is not reachable (${String(error)})`, {
      cause: error,
    });
  }
  return { name: 'postgres', root: poolConnection(pool), close: () => pool.end() };
}



/** What pg keeps of the statements it parsed on a connection (not in its typings). */
interface ParsedStatements {
  connection?: { parsedStatements?: Record<string, string> };
}

/**
 * Statements prepared once per SQL text and pooled connection (pg's named statements), then only
 * bound and executed: a repeated read is no longer parsed and analysed each time, and PostgreSQL
 * keeps its generic plan once it is estimated no worse than planning for the values at hand
 * (plan_cache_mode auto), as on PGlite (pglite.ts). Each connection keeps at most MAX_PREPARED,
 * closing the one used longest ago; a statement whose result columns changed under it (DDL) is
 * prepared again once.
 */
class PreparedStatements {
  /** Per connection: statement names by SQL text. */
  private readonly byClient = new WeakMap<pg.PoolClient, PreparedStatementCache<string>>();
  private readonly names = new StatementNames();

  async query<Row>(client: pg.PoolClient, sql: string, params: readonly unknown[]): Promise<Row[]> {
    try {
      return await this.run<Row>(client, sql, params);
    } catch (error) {
      if (!isCachedPlanChanged(error)) throw error;
      await this.close(client, sql);
      return this.run<Row>(client, sql, params);
    }
  }

  private async run<Row>(client: pg.PoolClient, sql: string, params: readonly unknown[]): Promise<Row[]> {
    const parsed = (client as ParsedStatements).connection?.parsedStatements;
    // without pg's record of parsed statements a closed one could not be told apart: run unprepared
    if (parsed === undefined) return (await client.query(sql, params as unknown[])).rows as Row[];
    let statements = this.byClient.get(client);
    if (statements === undefined) this.byClient.set(client, (statements = new PreparedStatementCache<string>()));
    let name = statements.use(sql);
    if (name === undefined) {
      const oldest = statements.toClose();
      if (oldest !== undefined) await this.close(client, oldest);
      name = this.names.next();
      statements.add(sql, name);
    }
    const result = await client.query({ name, text: sql, values: params as unknown[] });
    return result.rows as Row[];
  }

  private async close(client: pg.PoolClient, sql: string): Promise<void> {
    const name = this.byClient.get(client)?.remove(sql);
    if (name === undefined) return;
    const parsed = (client as ParsedStatements).connection?.parsedStatements;
    if (parsed?.[name] === undefined) return;
    delete parsed[name];
    await client.query(`DEALLOCATE ${name}`);
  }
}

/**
 * The settings of short reads (short-read.ts) per pooled connection: a connection keeps them from
 * its last short read until it runs anything else, so a run of searches pays no round trip for
 * them and every other statement, script, copy and transaction runs with the server's own.
 */
class ShortReadSettings {
  private readonly clients = new WeakSet<pg.PoolClient>();

  /** Brings `client` to the settings `sql` runs with (a short read, or the server's). */
  async settle(client: pg.PoolClient, sql: string | null): Promise<void> {
    const isShort = sql !== null && isShortRead(sql);
    if (isShort === this.clients.has(client)) return;
    if (isShort) {
      await client.query('SET max_parallel_workers_per_gather = 0; SET jit = off; SET plan_cache_mode = force_generic_plan');
      this.clients.add(client);
    } else {
      await client.query('RESET max_parallel_workers_per_gather; RESET jit; RESET plan_cache_mode');
      this.clients.delete(client);
    }
  }
}

function poolConnection(pool: pg.Pool): Connection {
  const prepared = new PreparedStatements();
  const settings = new ShortReadSettings();
  /** A pooled connection with the settings `sql` runs with; a connection that failed is closed, not reused (as pool.query does). */
  async function withClient<T>(sql: string | null, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let failure: Error | undefined;
    try {
      await settings.settle(client, sql);
      return await work(client);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(failure);
    }
  }
  return {
    query<Row>(sql: string, params: readonly unknown[] = []) {
      return withClient(sql, (client) => prepared.query<Row>(client, sql, params));
    },
    async execScript(sql: string) {
      await withClient(null, (client) => client.query(sql));
    },
    queryRowArrays(sql: string) {
      return withClient(sql, (client) => queryRowArrays(client, sql));
    },
    copyFromCsv(sql: string, csv: string) {
      return withClient(null, (client) => copyCsv(client, sql, csv));
    },
    async transaction<T>(work: (tx: Connection) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await settings.settle(client, null);
        await client.query('BEGIN');
        const result = await work(clientConnection(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

function clientConnection(client: pg.PoolClient): Connection {
  const connection: Connection = {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
    async execScript(sql: string) {
      await client.query(sql);
    },
    queryRowArrays: (sql) => queryRowArrays(client, sql),
    copyFromCsv: (sql, csv) => copyCsv(client, sql, csv),
    transaction: (work) => work(connection),
  };
  return connection;
}

/** Parses the types PGlite's row arrays hold as values (ROW_ARRAY_VALUE_TYPES) as query does; any other as its text. */
const rowArrayTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return ROW_ARRAY_VALUE_TYPES.has(oid) ? typeParsers.getTypeParser(oid, format) : (text: string) => text;
  },
};

/** The rows of `sql` as arrays of values (Store.queryRowArrays). */
async function queryRowArrays(client: pg.PoolClient, sql: string): Promise<unknown[][]> {
  const result = await client.query<unknown[]>({ text: sql, rowMode: 'array', types: rowArrayTypes });
  return result.rows;
}

async function copyCsv(client: pg.PoolClient, sql: string, csv: string): Promise<void> {
  await pipeline(Readable.from([csv]), client.query(copyFrom(sql)));
}
