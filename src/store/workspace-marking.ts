import type { TlpMarking } from '../model/index.js';
import type { Store } from './store.js';

/** The marking the workspace gives a document, event file or watch list imported without one. */
export async function getDefaultMarking(store: Store): Promise<TlpMarking> {
  const rows = await store.query<{ default_marking: TlpMarking }>(
    'SELECT default_marking FROM workspace WHERE workspace_id = $1',
    [store.workspaceId],
  );
  return rows[0]?.default_marking ?? 'TLP:CLEAR';
}

/** Sets the workspace's default marking; returns the one it replaces. */
export async function setDefaultMarking(store: Store, marking: TlpMarking): Promise<TlpMarking> {
  const before = await getDefaultMarking(store);
  await store.query('UPDATE workspace SET default_marking = $2 WHERE workspace_id = $1', [store.workspaceId, marking]);
  return before;
}
