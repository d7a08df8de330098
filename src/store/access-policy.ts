import { markingRank, visibleMarkings, TLP_MARKINGS } from '../model/index.js';
import type { Store } from './store.js';

/**
 * The one policy that decides what a viewer may read: a SQL condition on a marking column,
 * added to every read query so rows above the viewer's clearance are never fetched.
 * Pushes its parameter onto `params` and returns the condition text, e.g.
 * `sql += ' AND ' + markingCondition(store, 'c.marking', params)`.
 */
export function markingCondition(store: Store, column: string, params: unknown[]): string {
  if (markingRank(store.viewer.clearance) === TLP_MARKINGS.length - 1) return 'TRUE';
  params.push(visibleMarkings(store.viewer.clearance));
  return `${column} = ANY($${params.length}::text[])`;
}
