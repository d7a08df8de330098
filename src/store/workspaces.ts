import type { Store } from './store.js';

/** Creates the store's workspace if it does not exist yet. */
export async function ensureWorkspace(store: Store, name = store.workspaceId): Promise<void> {
  await store.query(
    'INSERT INTO workspace (workspace_id, name) VALUES ($1, $2) ON CONFLICT (workspace_id) DO NOTHING',
    [store.workspaceId, name],
  );
}

export interface WorkspaceSummary {
  workspaceId: string;
  backend: Store['backend'];
  documents: number;
  entities: number;
  claims: { proposed: number; accepted: number; rejected: number };
  events: number;
}

/** How much the workspace holds, for `tessera status` and the start-up banner. */
export async function summariseWorkspace(store: Store): Promise<WorkspaceSummary> {
  const ws = [store.workspaceId];
  const count = async (sql: string) => (await store.query<{ n: number }>(sql, ws))[0]?.n ?? 0;
  const byStatus = await store.query<{ status: 'proposed' | 'accepted' | 'rejected'; n: number }>(
    'SELECT status, count(*)::int AS n FROM claim WHERE workspace_id = $1 GROUP BY status',
    ws,
  );
  const claims = { proposed: 0, accepted: 0, rejected: 0 };
  for (const row of byStatus) claims[row.status] = row.n;
  return {
    workspaceId: store.workspaceId,
    backend: store.backend,
    documents: await count('SELECT count(*)::int AS n FROM document WHERE workspace_id = $1'),
    entities: await count('SELECT count(*)::int AS n FROM entity WHERE workspace_id = $1'),
    claims,
    events: await count('SELECT count(*)::int AS n FROM event WHERE workspace_id = $1'),
  };
}
