import { TesseraError, type Id, type Role, type TlpMarking, type User, type Viewer } from '../model/index.js';
import type { Store } from './store.js';

/**
 * Users, API tokens, browser sessions and one-time login tokens: instance-wide tables (no
 * workspace key; Citus reference tables, see migration 0007). Only hashes of secrets reach these
 * functions; hashing and checking belong to jobs/secret-hash.ts.
 */

interface UserRow {
  user_id: string;
  name: string;
  role: Role;
  clearance: TlpMarking;
  workspaces: string[] | null;
  password_hash: string | null;
  created_at: string;
}

const USER_COLUMNS = 'u.user_id, u.name, u.role, u.clearance, u.workspaces, u.password_hash, u.created_at';

/** An active user with what is needed to check their password. */
export interface StoredUser {
  id: Id;
  name: string;
  viewer: Viewer;
  passwordHash: string | null;
  createdAt: string;
}

function toStoredUser(row: UserRow): StoredUser {
  return {
    id: row.user_id,
    name: row.name,
    viewer: { userId: row.user_id, name: row.name, role: row.role, clearance: row.clearance, workspaces: row.workspaces },
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

export interface NewUser {
  id: Id;
  name: string;
  role: Role;
  clearance: TlpMarking;
  workspaces: string[] | null;
  passwordHash: string | null;
}

/** Adds a user; `conflict` when an active user already has the name. */
export async function insertUser(store: Store, user: NewUser): Promise<void> {
  try {
    await store.query(
      `INSERT INTO app_user (user_id, name, role, clearance, workspaces, password_hash)
       VALUES ($1, $2, $3, $4, $5::text[], $6)`,
      [user.id, user.name, user.role, user.clearance, user.workspaces, user.passwordHash],
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new TesseraError('conflict', `user ${user.name}: already exists`, undefined, { cause: error });
    throw error;
  }
}

/** The active (not removed) user of that name, or null. */
export async function findActiveUser(store: Store, name: string): Promise<StoredUser | null> {
  const rows = await store.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.name = $1 AND u.disabled_at IS NULL`,
    [name],
  );
  return rows[0] ? toStoredUser(rows[0]) : null;
}

/** Every active user with their unrevoked tokens, by name. */
export async function listActiveUsers(store: Store): Promise<User[]> {
  const rows = await store.query<UserRow & { tokens: { prefix: string; createdAt: string; lastUsedAt: string | null }[] | null }>(
    `SELECT ${USER_COLUMNS},
            (SELECT json_agg(json_build_object('prefix', t.prefix, 'createdAt', t.created_at, 'lastUsedAt', t.last_used_at)
                             ORDER BY t.created_at)
               FROM api_token t WHERE t.user_id = u.user_id AND t.revoked_at IS NULL) AS tokens
       FROM app_user u WHERE u.disabled_at IS NULL ORDER BY u.name`,
  );
  return rows.map((row) => ({
    id: row.user_id,
    name: row.name,
    role: row.role,
    clearance: row.clearance,
    workspaces: row.workspaces,
    hasPassword: row.password_hash !== null,
    tokens: (row.tokens ?? []).map((t) => ({ prefix: t.prefix, createdAt: isoTime(t.createdAt), lastUsedAt: t.lastUsedAt === null ? null : isoTime(t.lastUsedAt) })),
    createdAt: row.created_at,
  }));
}

/** json_build_object writes timestamps in PostgreSQL's text form; answer ISO strings like other columns. */
function isoTime(value: string): string {
  return new Date(value).toISOString();
}

export async function countActiveUsers(store: Store): Promise<number> {
  const rows = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user WHERE disabled_at IS NULL');
  return rows[0]?.n ?? 0;
}

/**
 * Whether some active admin can sign in without a login link: has a password or an unrevoked
 * API token. When none can, `tessera serve` hands out a login link for the first admin.
 */
export async function hasReachableAdmin(store: Store): Promise<boolean> {
  const rows = await store.query(
    `SELECT 1 FROM app_user u
      WHERE u.disabled_at IS NULL AND u.role = 'admin'
        AND (u.password_hash IS NOT NULL
             OR EXISTS (SELECT 1 FROM api_token t WHERE t.user_id = u.user_id AND t.revoked_at IS NULL))
      LIMIT 1`,
  );
  return rows.length > 0;
}

/** The longest-standing active admin, or null. */
export async function findFirstAdmin(store: Store): Promise<StoredUser | null> {
  const rows = await store.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.disabled_at IS NULL AND u.role = 'admin'
      ORDER BY u.created_at, u.user_id LIMIT 1`,
  );
  return rows[0] ? toStoredUser(rows[0]) : null;
}

/** Marks the user removed; their tokens are revoked, sessions and login links end. */
export async function disableUser(store: Store, userId: Id): Promise<void> {
  await store.query('UPDATE app_user SET disabled_at = now() WHERE user_id = $1 AND disabled_at IS NULL', [userId]);
  await store.query('UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  await store.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
  await store.query('UPDATE login_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
}

export async function setPasswordHash(store: Store, userId: Id, passwordHash: string): Promise<void> {
  await store.query('UPDATE app_user SET password_hash = $2 WHERE user_id = $1', [userId, passwordHash]);
}

/** Ends every session of a user (after a password change or removal). Returns how many ended. */
export async function deleteUserSessions(store: Store, userId: Id): Promise<number> {
  const rows = await store.query('DELETE FROM user_session WHERE user_id = $1 RETURNING session_hash', [userId]);
  return rows.length;
}

export async function insertApiToken(store: Store, token: { id: Id; userId: Id; prefix: string; hash: string }): Promise<void> {
  await store.query('INSERT INTO api_token (token_id, user_id, prefix, token_hash) VALUES ($1, $2, $3, $4)', [
    token.id,
    token.userId,
    token.prefix,
    token.hash,
  ]);
}

/**
 * The viewer an unrevoked token of an active user stands for, or null. Records when the token was
 * last used (at most once a minute, so that reads do not write on every request).
 */
export async function findViewerByTokenHash(store: Store, hash: string): Promise<Viewer | null> {
  const rows = await store.query<UserRow & { token_id: string; is_stale: boolean }>(
    `SELECT ${USER_COLUMNS}, t.token_id,
            (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS is_stale
       FROM api_token t JOIN app_user u ON u.user_id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
    [hash],
  );
  const row = rows[0];
  if (row === undefined) return null;
  if (row.is_stale) await store.query('UPDATE api_token SET last_used_at = now() WHERE token_id = $1', [row.token_id]);
  return toStoredUser(row).viewer;
}

/** Revokes unrevoked tokens whose prefix or hash matches; returns their owners and prefixes. */
export async function revokeApiTokens(
  store: Store,
  by: { prefix: string } | { hash: string } | { userId: Id },
): Promise<{ userId: Id; prefix: string }[]> {
  const [condition, value] =
    'prefix' in by ? ['prefix = $1', by.prefix] : 'hash' in by ? ['token_hash = $1', by.hash] : ['user_id = $1', by.userId];
  return store.query<{ userId: Id; prefix: string }>(
    `UPDATE api_token SET revoked_at = now() WHERE ${condition} AND revoked_at IS NULL
     RETURNING user_id AS "userId", prefix`,
    [value],
  );
}

/** Active users by id, for naming the owners of revoked tokens. */
export async function userNamesById(store: Store, userIds: readonly Id[]): Promise<Map<Id, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await store.query<{ user_id: string; name: string }>(
    'SELECT user_id, name FROM app_user WHERE user_id = ANY($1::uuid[])',
    [[...new Set(userIds)]],
  );
  return new Map(rows.map((row) => [row.user_id, row.name]));
}

export async function insertSession(
  store: Store,
  session: { hash: string; userId: Id; csrfToken: string; expiresAt: string; remoteAddress: string | null },
): Promise<void> {
  await store.query(
    `INSERT INTO user_session (session_hash, user_id, csrf_token, expires_at, remote_address)
     VALUES ($1, $2, $3, $4::timestamptz, $5)`,
    [session.hash, session.userId, session.csrfToken, session.expiresAt, session.remoteAddress],
  );
}

/** The viewer and CSRF token of a session that has not expired, of an active user; or null. */
export async function findSession(
  store: Store,
  hash: string,
): Promise<{ viewer: Viewer; csrfToken: string; expiresAt: string } | null> {
  const rows = await store.query<UserRow & { csrf_token: string; expires_at: string }>(
    `SELECT ${USER_COLUMNS}, s.csrf_token, s.expires_at
       FROM user_session s JOIN app_user u ON u.user_id = s.user_id
      WHERE s.session_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [hash],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return { viewer: toStoredUser(row).viewer, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

/** Ends one session; returns its user, or null when there was no such session. */
export async function deleteSession(store: Store, hash: string): Promise<Viewer | null> {
  const rows = await store.query<UserRow>(
    `WITH ended AS (DELETE FROM user_session WHERE session_hash = $1 RETURNING user_id)
     SELECT ${USER_COLUMNS} FROM ended e JOIN app_user u ON u.user_id = e.user_id`,
    [hash],
  );
  return rows[0] ? toStoredUser(rows[0]).viewer : null;
}

/** Removes sessions that expired (housekeeping at login). */
export async function deleteExpiredSessions(store: Store): Promise<void> {
  await store.query('DELETE FROM user_session WHERE expires_at <= now()');
}

export async function insertLoginToken(store: Store, token: { hash: string; userId: Id; expiresAt: string }): Promise<void> {
  await store.query('INSERT INTO login_token (token_hash, user_id, expires_at) VALUES ($1, $2, $3::timestamptz)', [
    token.hash,
    token.userId,
    token.expiresAt,
  ]);
}

/** Uses a login token once: its active user, or null when unknown, used or expired. */
export async function consumeLoginToken(store: Store, hash: string): Promise<StoredUser | null> {
  const rows = await store.query<UserRow>(
    `WITH used AS (
       UPDATE login_token SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id)
     SELECT ${USER_COLUMNS} FROM used JOIN app_user u ON u.user_id = used.user_id WHERE u.disabled_at IS NULL`,
    [hash],
  );
  return rows[0] ? toStoredUser(rows[0]) : null;
}
