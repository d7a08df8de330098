import { markingRank, visibleMarkings, TLP_MARKINGS } from '../model/index.js';
import type { Store } from './store.js';

/**
 * The one policy that decides what a viewer may read: a SQL condition on a marking column,
 * added to every read query so rows above the viewer's clearance are never fetched.
 * Pushes its parameter onto `params` and returns the condition text, e.g.
 * `sql += ' AND ' + markingCondition(store, 'c.marking', params)`.
 */
export function markingCondition(store: Store, column: string, params: unknown[]): string {
  if (isUnrestricted(store)) return 'TRUE';
  params.push(visibleMarkings(store.viewer.clearance));
  return `${column} = ANY($${params.length}::text[])`;
}

/** Whether the viewer is cleared for every marking (markingCondition is TRUE): queries may skip visibility joins. */
export function isUnrestricted(store: Store): boolean {
  return markingRank(store.viewer.clearance) === TLP_MARKINGS.length - 1;
}

/**
 * The policy for entities, which carry no marking of their own: an entity exists for a viewer
 * only while at least one claim about it (as subject or target) is visible to them. `alias` names
 * an entity-shaped row (workspace_id, entity_id) of the outer query; TRUE for an unrestricted viewer.
 */
export function entityCondition(store: Store, alias: string, params: unknown[]): string {
  if (isUnrestricted(store)) return 'TRUE';
  const marking = (claimAlias: string) => markingCondition(store, `${claimAlias}.marking`, params);
  return `(EXISTS (SELECT 1 FROM claim vs WHERE vs.workspace_id = ${alias}.workspace_id AND vs.entity_id = ${alias}.entity_id
      AND ${marking('vs')})
    OR EXISTS (SELECT 1 FROM claim vt WHERE vt.workspace_id = ${alias}.workspace_id AND vt.target_entity_id = ${alias}.entity_id
      AND ${marking('vt')}))`;
}
