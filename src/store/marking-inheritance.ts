import { markingRank, TLP_MARKINGS, type Id, type TlpMarking } from '../model/index.js';
import type { Store } from './store.js';

/**
 * How writes keep markings from leaking what a higher marking guards: what is read from a
 * document (its claims and events) is never marked below the document, and a same-as link is
 * never marked below what makes either of its entities visible. These queries read past the
 * viewer on purpose: they decide a marking, and return nothing to the caller.
 */

/** The more restrictive of two markings. */
export function higherMarking(a: TlpMarking, b: TlpMarking): TlpMarking {
  return markingRank(a) >= markingRank(b) ? a : b;
}

/** The markings of these documents, by id (documents not in the workspace are left out). */
export async function documentMarkings(store: Store, documentIds: Iterable<Id>): Promise<Map<Id, TlpMarking>> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return new Map();
  const rows = await store.query<{ document_id: string; marking: TlpMarking }>(
    'SELECT document_id, marking FROM document WHERE workspace_id = $1 AND document_id = ANY($2::uuid[])',
    [store.workspaceId, ids],
  );
  return new Map(rows.map((row) => [row.document_id, row.marking]));
}

/**
 * For each entity, the lowest marking among the claims about it (as subject or target): the
 * clearance from which the entity exists for a viewer. Entities without claims are left out.
 */
export async function entityVisibilityMarkings(store: Store, entityIds: Iterable<Id>): Promise<Map<Id, TlpMarking>> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return new Map();
  const rows = await store.query<{ entity_id: string; rank: number }>(
    `SELECT x.entity_id, min(array_position($3::text[], c.marking)) AS rank
       FROM unnest($2::uuid[]) AS x(entity_id)
       JOIN claim c ON c.workspace_id = $1 AND (c.entity_id = x.entity_id OR c.target_entity_id = x.entity_id)
      GROUP BY x.entity_id`,
    [store.workspaceId, ids, TLP_MARKINGS],
  );
  return new Map(rows.map((row) => [row.entity_id, TLP_MARKINGS[Number(row.rank) - 1] ?? 'TLP:RED']));
}
