import { entityCondition, markingCondition } from './access-policy.js';
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

/** How much of the workspace the viewer may see, for `tessera status` and the start-up banner. */
export async function summariseWorkspace(store: Store): Promise<WorkspaceSummary> {
  const count = async (sql: (params: unknown[]) => string) => {
    const params: unknown[] = [store.workspaceId];
    const text = sql(params);
    return (await store.query<{ n: number }>(text, params))[0]?.n ?? 0;
  };
  const statusParams: unknown[] = [store.workspaceId];
  const byStatus = await store.query<{ status: 'proposed' | 'accepted' | 'rejected'; n: number }>(
    `SELECT status, count(*)::int AS n FROM claim WHERE workspace_id = $1 AND ${markingCondition(store, 'marking', statusParams)}
      GROUP BY status`,
    statusParams,
  );
  const claims = { proposed: 0, accepted: 0, rejected: 0 };
  for (const row of byStatus) claims[row.status] = row.n;
  return {
    workspaceId: store.workspaceId,
    backend: store.backend,
    documents: await count(
      (p) => `SELECT count(*)::int AS n FROM document WHERE workspace_id = $1 AND ${markingCondition(store, 'marking', p)}`,
    ),
    entities: await count(
      (p) => `SELECT count(*)::int AS n FROM entity e WHERE e.workspace_id = $1 AND ${entityCondition(store, 'e', p)}`,
    ),
    claims,
    events: await count(
      (p) => `SELECT count(*)::int AS n FROM event WHERE workspace_id = $1 AND ${markingCondition(store, 'marking', p)}`,
    ),
  };
}
