import type { TlpMarking } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import type { Store } from './store.js';

/** A STIX object version posted to a TAXII collection, as kept. */
export interface PostedStixObject {
  id: string;
  version: string;
  type: string;
  specVersion: string;
  marking: TlpMarking;
  dateAdded: string;
  body: Record<string, unknown>;
}

/**
 * Keeps posted object versions; a version already there is left as it was (TAXII: the same
 * id and version is the same object). Returns how many were new.
 */
export async function insertPostedStixObjects(store: Store, objects: readonly Omit<PostedStixObject, 'dateAdded'>[]): Promise<number> {
  let added = 0;
  for (const object of objects) {
    const rows = await store.query(
      `INSERT INTO taxii_object (workspace_id, stix_id, version, type, spec_version, marking, added_by, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT taxii_object_pkey DO NOTHING RETURNING stix_id`,
      [store.workspaceId, object.id, object.version, object.type, object.specVersion, object.marking, store.viewer.name, JSON.stringify(object.body)],
    );
    added += rows.length;
  }
  return added;
}

/** The posted object versions the viewer may see, oldest first. */
export async function listPostedStixObjects(store: Store): Promise<PostedStixObject[]> {
  const params: unknown[] = [store.workspaceId];
  const rows = await store.query<{
    stix_id: string;
    version: string;
    type: string;
    spec_version: string;
    marking: TlpMarking;
    date_added: string;
    body: Record<string, unknown>;
  }>(
    `SELECT stix_id, version, type, spec_version, marking, date_added, body FROM taxii_object
      WHERE workspace_id = $1 AND ${markingCondition(store, 'marking', params)} ORDER BY date_added, stix_id, version`,
    params,
  );
  return rows.map((row) => ({
    id: row.stix_id,
    version: row.version,
    type: row.type,
    specVersion: row.spec_version,
    marking: row.marking,
    dateAdded: row.date_added,
    body: row.body,
  }));
}

/** The workspaces of the store, for TAXII's collection list. */
export async function listWorkspaceIds(store: Store): Promise<string[]> {
  const rows = await store.query<{ workspace_id: string }>('SELECT workspace_id FROM workspace ORDER BY workspace_id');
  return rows.map((row) => row.workspace_id);
}

/** What a collection is made of: Tessera's knowledge, and the objects other tools posted. */
export type ChangeFeed = 'knowledge' | 'posted';

/**
 * A marker of the workspace's feed as the viewer may see it: a number that grows whenever a
 * transaction that changed it commits (migration 0014's counters, one per marking, summed over the
 * markings the viewer may read), so a kept export is reused until it does. One index read; a
 * change above the viewer's clearance leaves theirs as it was. Read it before the rows it guards:
 * a change committed in between then only makes the rows look older than they are.
 */
export async function readChangeMarker(store: Store, feed: ChangeFeed): Promise<string> {
  const params: unknown[] = [store.workspaceId, feed];
  const rows = await store.query<{ version: string | null }>(
    `SELECT sum(version)::text AS version FROM knowledge_change
      WHERE workspace_id = $1 AND feed = $2 AND ${markingCondition(store, 'marking', params)}`,
    params,
  );
  return rows[0]?.version ?? '0';
}
