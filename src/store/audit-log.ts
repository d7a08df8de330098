import { AuditEntryInputSchema, type AuditAction, type AuditEntry, type AuditEntryInput } from '../model/index.js';
import type { Store } from './store.js';
import { newTimeOrderedId } from './time-ordered-id.js';

/**
 * The audit log: one append-only table (migration 0007 refuses UPDATE, DELETE and TRUNCATE by
 * trigger). Call appendAudit with the transaction handle of the write it records, so that the
 * entry and the write commit or roll back together.
 */

/**
 * Appends one entry in the handle's workspace, naming the handle's viewer as the actor (or
 * `input.actor`, for a sign-in that has no viewer yet). Returns the entry's id.
 */
export async function appendAudit(store: Store, input: AuditEntryInput): Promise<string> {
  const entry = AuditEntryInputSchema.parse(input);
  const actor = entry.actor ?? { name: store.viewer.name, userId: store.viewer.userId };
  const id = newTimeOrderedId();
  await store.query(
    `INSERT INTO audit_log (workspace_id, audit_id, actor_name, actor_user_id, action, target_ids, before, after, detail)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7::jsonb, $8::jsonb, $9::jsonb)`,
    [
      store.workspaceId,
      id,
      actor.name,
      actor.userId,
      entry.action,
      entry.targetIds,
      toJson(entry.before),
      toJson(entry.after),
      toJson(entry.detail),
    ],
  );
  return id;
}

function toJson(value: Record<string, unknown> | null | undefined): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export interface AuditFilter {
  since?: string;
  user?: string;
  action?: AuditAction;
  limit: number;
  offset: number;
}

interface AuditRow {
  audit_id: string;
  workspace_id: string;
  at: string;
  actor_name: string;
  actor_user_id: string | null;
  action: string;
  target_ids: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  detail: Record<string, unknown> | null;
}

/** The workspace's audit entries, newest first. */
function auditConditions(store: Store, filter: Omit<AuditFilter, 'limit' | 'offset'>): { conditions: string[]; params: unknown[] } {
  const params: unknown[] = [store.workspaceId];
  const conditions = ['workspace_id = $1'];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.since !== undefined) add((p) => `at >= ${p}::timestamptz`, filter.since);
  if (filter.user !== undefined) add((p) => `actor_name = ${p}`, filter.user);
  if (filter.action !== undefined) add((p) => `action = ${p}`, filter.action);
  return { conditions, params };
}

/** How many entries the filter covers in all (listAuditEntries returns a page of them). */
export async function countAuditEntries(store: Store, filter: Omit<AuditFilter, 'limit' | 'offset'>): Promise<number> {
  const { conditions, params } = auditConditions(store, filter);
  const rows = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE ${conditions.join(' AND ')}`, params);
  return rows[0]?.n ?? 0;
}

export async function listAuditEntries(store: Store, filter: AuditFilter): Promise<AuditEntry[]> {
  const { conditions, params } = auditConditions(store, filter);
  params.push(filter.limit, filter.offset);
  const rows = await store.query<AuditRow>(
    `SELECT audit_id, workspace_id, at, actor_name, actor_user_id, action, target_ids, before, after, detail
       FROM audit_log WHERE ${conditions.join(' AND ')}
      ORDER BY at DESC, audit_id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return rows.map((row) => ({
    id: row.audit_id,
    workspaceId: row.workspace_id,
    at: row.at,
    actorName: row.actor_name,
    actorUserId: row.actor_user_id,
    action: row.action,
    targetIds: row.target_ids,
    before: row.before,
    after: row.after,
    detail: row.detail,
  }));
}
