import { z } from 'zod';

/** What the audit log records: every write, user change and sign-in, by a dotted verb. */
export const AUDIT_ACTIONS = [
  'document.ingest',
  'claim.review',
  'claim.edit',
  'entity.merge',
  'entity.split',
  'entity.propose_duplicates',
  'events.import',
  'events.flag_duplicates',
  'watchlist.import',
  'stix.import',
  'workspace.export',
  'workspace.default_marking',
  'user.add',
  'user.remove',
  'user.password',
  'token.create',
  'token.revoke',
  'login.success',
  'login.failure',
  'login_link.create',
  'login_link.redeem',
  'logout',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);

/** One entry to append: the actor comes from the store handle's viewer. Keep before/after small. */
export const AuditEntryInputSchema = z.object({
  action: AuditActionSchema,
  /** The ids the action touched (documents, claims, entities, users…). */
  targetIds: z.array(z.string()).default([]),
  /** The changed fields before the action (ids and values, not whole documents). */
  before: z.record(z.string(), z.unknown()).nullable().optional(),
  after: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Anything else worth knowing (file path, counts, remote address). */
  detail: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Who acted, when not the viewer (a failed login names the name tried). */
  actor: z.object({ name: z.string(), userId: z.string().nullable() }).optional(),
});
export type AuditEntryInput = z.input<typeof AuditEntryInputSchema>;

/** One entry of the audit log as read back. */
export const AuditEntrySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  at: z.string(),
  actorName: z.string(),
  actorUserId: z.string().nullable(),
  action: z.string(),
  targetIds: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `tessera audit` / `GET /api/audit`: newest first. */
export const AuditQuerySchema = z.strictObject({
  /** ISO date (`2026-12-01`) or date-time: entries at or after it. */
  since: z
    .string()
    .min(4)
    .max(40)
    .refine((value) => !Number.isNaN(Date.parse(value)), 'not an ISO date or date-time')
    .optional(),
  /** The actor's user name. */
  user: z.string().min(1).max(200).optional(),
  action: AuditActionSchema.optional(),
  limit: z.number().int().min(1).max(10_000).default(500),
  offset: z.number().int().min(0).default(0),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;


/** `GET /api/v1/audit`: a page of entries and how many the filters select in all. */
export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), total: z.number().int().min(0) });
export type AuditPage = z.infer<typeof AuditPageSchema>;
