import { SYSTEM_VIEWER, type Viewer, type WorkspaceId } from '../model/index.js';
import type { Store } from './store.js';
import { encodeCsvRows } from './csv-rows.js';

/** What a backend supplies: a session that runs SQL and can open a transaction. */
export interface Connection {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  execScript(sql: string): Promise<void>;
  /** Runs a statement without parameters; returns its rows as arrays of values (Store.queryRowArrays). */
  queryRowArrays(sql: string): Promise<unknown[][]>;
  copyFromCsv(sql: string, csv: string): Promise<void>;
  transaction<T>(work: (tx: Connection) => Promise<T>): Promise<T>;
}

export interface Backend {
  readonly name: Store['backend'];
  readonly root: Connection;
  close(): Promise<void>;
}

/** A Store over a backend, bound to one workspace and to the current connection or transaction. */
export class ConnectionStore implements Store {
  constructor(
    private readonly backendRef: Backend,
    readonly workspaceId: WorkspaceId,
    private readonly connection: Connection = backendRef.root,
    private readonly isInTransaction = false,
    readonly viewer: Viewer = SYSTEM_VIEWER,
  ) {}

  get backend(): Store['backend'] {
    return this.backendRef.name;
  }

  query<Row = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.connection.query<Row>(sql, params);
  }

  execScript(sql: string): Promise<void> {
    return this.connection.execScript(sql);
  }

  queryRowArrays(sql: string): Promise<unknown[][]> {
    return this.connection.queryRowArrays(sql);
  }

  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.isInTransaction) return work(this);
    return this.connection.transaction((tx) => work(new ConnectionStore(this.backendRef, this.workspaceId, tx, true, this.viewer)));
  }

  async copyRows(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<number> {
    const { csv, count } = encodeCsvRows(rows);
    if (count === 0) return 0;
    await this.copyCsv(table, columns, csv);
    return count;
  }

  async copyCsv(table: string, columns: readonly string[], csv: string): Promise<void> {
    if (csv === '') return;
    await this.connection.copyFromCsv(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`, csv);
  }

  inWorkspace(workspaceId: WorkspaceId): Store {
    return new ConnectionStore(this.backendRef, workspaceId, this.connection, this.isInTransaction, this.viewer);
  }

  asViewer(viewer: Viewer): Store {
    return new ConnectionStore(this.backendRef, this.workspaceId, this.connection, this.isInTransaction, viewer);
  }

  close(): Promise<void> {
    return this.backendRef.close();
  }
}
