import { AuditQuerySchema, parseInput, type AuditEntry, type AuditQuery } from '../model/index.js';
import { listAuditEntries, type Store } from '../store/index.js';

/** `tessera audit` / `GET /api/audit`: the workspace's audit entries, newest first, filtered by time, user and action. */
export async function listAudit(store: Store, input: AuditQuery = {}): Promise<AuditEntry[]> {
  const { since, user, action, limit, offset } = parseInput(AuditQuerySchema, input, 'audit');
  return listAuditEntries(store, {
    ...(since === undefined ? {} : { since: new Date(since).toISOString() }),
    ...(user === undefined ? {} : { user }),
    ...(action === undefined ? {} : { action }),
    limit,
    offset,
  });
}
