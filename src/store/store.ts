import type { Viewer, WorkspaceId } from '../model/index.js';

/**
 * The store: one PostgreSQL-dialect database (embedded PGlite or a PostgreSQL server),
 * seen through one workspace. Table-group files (documents.ts, claims.ts, …) hold the
 * parameterised SQL and take a Store as their first argument.
 *
 * Both backends return the same JavaScript values: `date` as 'YYYY-MM-DD', `timestamptz`
 * as an ISO string, `bigint`/`numeric` as number, `jsonb` parsed.
 */
export interface Store {
  readonly backend: 'pglite' | 'postgres';
  readonly workspaceId: WorkspaceId;
  /**
   * Who reads and writes through this handle. Every read query limits rows to the markings the
   * viewer is cleared for (store/access-policy.ts), and every audited write names the viewer.
   */
  readonly viewer: Viewer;
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /**
   * Runs a statement without parameters (a cursor's FETCH in a bulk read) and returns its rows as
   * arrays of values, NULL as null: json and jsonb parsed, numbers, booleans, integer arrays and
   * timestamps (ISO instants) as query's, every other type as its text. On PGlite read from the
   * engine's reply bytes in one go, without a row object a row.
   */
  queryRowArrays(sql: string): Promise<unknown[][]>;
  /** Runs a script of several statements without parameters (migrations). */
  execScript(sql: string): Promise<void>;
  /** Runs `work` in one transaction; a nested call joins the outer transaction. */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  /**
   * Bulk-loads rows with COPY … FROM STDIN (CSV). Values are written as CSV fields;
   * null becomes an empty unquoted field (NULL).
   */
  copyRows(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<number>;
  /** Bulk-loads text already encoded as COPY CSV (encodeCsvLine's lines, each ending in a line break). */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  /** The same database seen through another workspace. */
  inWorkspace(workspaceId: WorkspaceId): Store;
  /** The same database and workspace seen by another viewer. */
  asViewer(viewer: Viewer): Store;
  close(): Promise<void>;
}
