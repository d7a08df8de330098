import { entityCondition, markingCondition } from './access-policy.js';
import { currentVersionSql } from './document-versions.js';
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
  const byStatus = await store.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM claim WHERE workspace_id = $1 AND ${markingCondition(store, 'marking', statusParams)}
      GROUP BY status`,
    statusParams,
  );
  const claims = { proposed: 0, accepted: 0, rejected: 0 };
  // superseded claims (from older versions of documents) are not the workspace's
  for (const row of byStatus) if (row.status in claims) claims[row.status as keyof typeof claims] = row.n;
  return {
    workspaceId: store.workspaceId,
    backend: store.backend,
    documents: await count(
      (p) =>
        `SELECT count(*)::int AS n FROM document WHERE workspace_id = $1 AND superseded_by IS NULL AND ${markingCondition(store, 'marking', p)}`,
    ),
    entities: await count(
      (p) => `SELECT count(*)::int AS n FROM entity e WHERE e.workspace_id = $1 AND ${entityCondition(store, 'e', p)}`,
    ),
    claims,
    events: await count(
      (p) =>
        `SELECT count(*)::int AS n FROM event e WHERE e.workspace_id = $1 AND ${markingCondition(store, 'e.marking', p)} AND ${currentVersionSql('e')}`,
    ),
  };
}
