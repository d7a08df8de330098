import type { TlpMarking } from '../model/index.js';
import { entityCondition, markingCondition } from './access-policy.js';
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

/**
 * A cheap fingerprint of what an export of the workspace would contain: it changes whenever a
 * claim, event or document is added, reviewed or removed, so a cached export can be reused until then.
 */
export async function knowledgeFingerprint(store: Store): Promise<string> {
  // of what the viewer may see only: a change above their clearance must not show through it
  const params: unknown[] = [store.workspaceId];
  const claimVisible = markingCondition(store, 'marking', params);
  const eventVisible = markingCondition(store, 'marking', params);
  const documentVisible = markingCondition(store, 'marking', params);
  const entityVisible = entityCondition(store, 'e', params);
  const rows = await store.query<Record<string, unknown>>(
    `SELECT (SELECT count(*) FROM claim WHERE workspace_id = $1 AND ${claimVisible}) AS claims,
            (SELECT max(greatest(recorded_at, coalesce(reviewed_at, recorded_at))) FROM claim
              WHERE workspace_id = $1 AND ${claimVisible}) AS claims_at,
            (SELECT count(*) FROM event WHERE workspace_id = $1 AND ${eventVisible}) AS events,
            (SELECT max(recorded_at) FROM event WHERE workspace_id = $1 AND ${eventVisible}) AS events_at,
            (SELECT count(*) FROM document WHERE workspace_id = $1 AND ${documentVisible}) AS documents,
            (SELECT count(*) FROM entity e WHERE e.workspace_id = $1 AND ${entityVisible}) AS entities,
            (SELECT count(*) FROM claim WHERE workspace_id = $1 AND status = 'accepted' AND ${claimVisible}) AS accepted`,
    params,
  );
  return JSON.stringify(rows[0] ?? {});
}
