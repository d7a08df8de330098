import { z } from 'zod';
import { RoleSchema, ViewerSchema } from './access.js';
import { IdSchema, WorkspaceIdSchema } from './id.js';
import { TlpMarkingSchema } from './marking.js';

/** A user's name: what they sign in with and what the audit log shows. */
export const UserNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\s:]+$/, 'user names have no spaces or colons');

/** Passwords: long enough to resist guessing, short enough to hash quickly. */
export const PasswordSchema = z.string().min(8, 'passwords have at least 8 characters').max(1000);

/** A user as listed (never with a secret). */
export const UserSchema = z.object({
  id: IdSchema,
  name: z.string(),
  role: RoleSchema,
  clearance: TlpMarkingSchema,
  /** Workspaces the user may open; null: every workspace. */
  workspaces: z.array(z.string()).nullable(),
  hasPassword: z.boolean(),
  /** API tokens not revoked, by their display prefix. */
  tokens: z.array(z.object({ prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

/** `users add`: a new user, with a password and/or a new API token. */
export const AddUserInputSchema = z.strictObject({
  name: UserNameSchema,
  role: RoleSchema,
  clearance: TlpMarkingSchema,
  /** Workspaces the user may open; omitted or null: every workspace. */
  workspaces: z.array(WorkspaceIdSchema).min(1).nullable().optional(),
  password: PasswordSchema.optional(),
  /** Also issue an API token (answered once, stored only as a hash). */
  withToken: z.boolean().default(false),
});
export type AddUserInput = z.input<typeof AddUserInputSchema>;

export const AddUserResultSchema = z.object({
  user: UserSchema,
  /** The new API token (shown once), or null. */
  token: z.string().nullable(),
});
export type AddUserResult = z.infer<typeof AddUserResultSchema>;

/** `tokens revoke`: one token by its prefix (or the whole token), or every token of a user. */
export const RevokeTokensInputSchema = z.union([
  z.strictObject({ prefix: z.string().min(8).max(500) }),
  z.strictObject({ user: UserNameSchema }),
]);
export type RevokeTokensInput = z.input<typeof RevokeTokensInputSchema>;

/** A browser session just opened: the cookie's token, the CSRF token for writes, when it ends. */
export const SessionGrantSchema = z.object({
  viewer: ViewerSchema,
  session: z.object({ token: z.string(), csrfToken: z.string(), expiresAt: z.string() }),
});
export type SessionGrant = z.infer<typeof SessionGrantSchema>;

/** What a session cookie resolves to. */
export const ResolvedSessionSchema = z.object({ viewer: ViewerSchema, csrfToken: z.string(), expiresAt: z.string() });
export type ResolvedSession = z.infer<typeof ResolvedSessionSchema>;

export const LoginInputSchema = z.object({
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
  remoteAddress: z.string().max(200).nullable().optional(),
});
export type LoginInput = z.input<typeof LoginInputSchema>;
