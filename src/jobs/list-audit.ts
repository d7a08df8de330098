import { AuditQuerySchema, parseInput, type AuditEntry, type AuditQuery } from '../model/index.js';
import { countAuditEntries, listAuditEntries, type Store } from '../store/index.js';

/**
 * `tessera audit` / `GET /api/audit`: the workspace's audit entries, newest first, filtered by time,
 * user and action. The before/after states and details of writes may hold facts of any marking, so
 * a reader cleared below TLP:RED sees who did what to which ids, and not those states.
 */
export async function listAudit(store: Store, input: AuditQuery = {}): Promise<AuditEntry[]> {
  const { since, user, action, limit, offset } = parseInput(AuditQuerySchema, input, 'audit');
  const entries = await listAuditEntries(store, {
    ...(since === undefined ? {} : { since: new Date(since).toISOString() }),
    ...(user === undefined ? {} : { user }),
    ...(action === undefined ? {} : { action }),
    limit,
    offset,
  });
  if (store.viewer.clearance === 'TLP:RED') return entries;
  return entries.map((entry) => ({ ...entry, before: null, after: null, detail: null }));
}

/** How many audit entries the query covers in all (listAudit returns a page of them). */
export async function countAudit(store: Store, input: AuditQuery = {}): Promise<number> {
  const { since, user, action } = parseInput(AuditQuerySchema, input, 'audit');
  return countAuditEntries(store, {
    ...(since === undefined ? {} : { since: new Date(since).toISOString() }),
    ...(user === undefined ? {} : { user }),
    ...(action === undefined ? {} : { action }),
  });
}
