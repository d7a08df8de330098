import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { StoreUnavailableError } from '../model/index.js';
import type { Backend, Connection } from './connection.js';
import { TYPE_OIDS, parseDate, parseInt8, parseNumeric, parseTimestamp } from './type-parsers.js';

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

/** Opens a pool on a PostgreSQL server and checks that it answers. */
export async function openPostgresBackend(url: string): Promise<Backend> {
  const pool = new pg.Pool({ connectionString: url, types: typeParsers, max: 4 });
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

function poolConnection(pool: pg.Pool): Connection {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
    async execScript(sql: string) {
      await pool.query(sql);
    },
    async copyFromCsv(sql: string, csv: string) {
      const client = await pool.connect();
      try {
        await copyCsv(client, sql, csv);
      } finally {
        client.release();
      }
    },
    async transaction<T>(work: (tx: Connection) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
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
    copyFromCsv: (sql, csv) => copyCsv(client, sql, csv),
    transaction: (work) => work(connection),
  };
  return connection;
}

async function copyCsv(client: pg.PoolClient, sql: string, csv: string): Promise<void> {
  await pipeline(Readable.from([csv]), client.query(copyFrom(sql)));
}
