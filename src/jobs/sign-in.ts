import {
  LoginInputSchema,
  newId,
  parseInput,
  TesseraError,
  type LoginInput,
  type ResolvedSession,
  type SessionGrant,
  type Viewer,
} from '../model/index.js';
import {
  appendAudit,
  consumeLoginToken,
  deleteExpiredSessions,
  deleteSession,
  findActiveUser,
  findFirstAdmin,
  findSession,
  findViewerByTokenHash,
  hasReachableAdmin,
  insertLoginToken,
  insertSession,
  insertUser,
  type Store,
  type StoredUser,
} from '../store/index.js';
import { decoyPasswordHash, hashToken, newNonce, newToken, TOKEN_PREFIX, verifyPassword } from './secret-hash.js';

/**
 * Telling who is calling: API tokens, password sign-in, browser sessions, one-time login links.
 * Sign-ins (successful or not), sign-outs and login links are audited; plain token checks are not.
 */

/** How long a browser session lasts after sign-in. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** How long a one-time login link stays usable. */
export const LOGIN_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** The name of the admin `tessera serve` creates on first start. */
export const FIRST_ADMIN_NAME = 'admin';

/** The viewer an API token (`tes_…`) stands for, or null when it is unknown or revoked, or its user removed. */
export async function authenticateBearer(store: Store, token: string): Promise<Viewer | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  return findViewerByTokenHash(store, hashToken(token));
}

async function openSession(tx: Store, user: StoredUser, remoteAddress: string | null): Promise<SessionGrant> {
  const token = newToken();
  const csrfToken = newNonce();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS).toISOString();
  await insertSession(tx, { hash: hashToken(token), userId: user.id, csrfToken, expiresAt, remoteAddress });
  return { viewer: user.viewer, session: { token, csrfToken, expiresAt } };
}

/**
 * Signs in with a name and password: a new session, or null when the name is unknown, the user
 * has no password or the password is wrong (the same answer and about the same time for each).
 * Success and failure are both audited, with the remote address.
 */
export async function loginWithPassword(store: Store, input: LoginInput): Promise<SessionGrant | null> {
  const { name, password, remoteAddress } = parseInput(LoginInputSchema, input, 'login');
  const user = await findActiveUser(store, name);
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  const detail = { remoteAddress: remoteAddress ?? null };
  if (user === null || user.passwordHash === null || !isMatch) {
    const reason = user === null ? 'unknown user' : user.passwordHash === null ? 'no password set' : 'wrong password';
    await appendAudit(store, {
      action: 'login.failure',
      targetIds: user ? [user.id] : [],
      actor: { name, userId: user?.id ?? null },
      detail: { ...detail, reason },
    });
    return null;
  }
  return store.transaction(async (tx) => {
    await deleteExpiredSessions(tx);
    const grant = await openSession(tx, user, remoteAddress ?? null);
    await appendAudit(tx, {
      action: 'login.success',
      targetIds: [user.id],
      actor: { name: user.name, userId: user.id },
      detail: { ...detail, method: 'password', expiresAt: grant.session.expiresAt },
    });
    return grant;
  });
}

/** The viewer and CSRF token of a session cookie, or null when it is unknown or expired, or its user removed. */
export async function resolveSession(store: Store, token: string): Promise<ResolvedSession | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  return findSession(store, hashToken(token));
}

/** Ends a session (sign-out). Returns whether there was one. */
export async function logout(store: Store, token: string): Promise<boolean> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return false;
  return store.transaction(async (tx) => {
    const viewer = await deleteSession(tx, hashToken(token));
    if (viewer === null) return false;
    await appendAudit(tx, {
      action: 'logout',
      targetIds: viewer.userId === null ? [] : [viewer.userId],
      actor: { name: viewer.name, userId: viewer.userId },
    });
    return true;
  });
}

/**
 * First start: when no active admin can sign in (none exists, or none has a password or an API
 * token), makes sure an admin exists (`admin`, TLP:RED, every workspace; created when there is
 * none) and returns a one-time login token for them, which `tessera serve` prints as a link, as
 * Jupyter does. Null when an admin can already sign in.
 */
export async function ensureFirstAdmin(store: Store): Promise<{ name: string; loginToken: string } | null> {
  if (await hasReachableAdmin(store)) return null;
  return store.transaction(async (tx) => {
    let admin = await findFirstAdmin(tx);
    if (admin === null) {
      const name = await freeAdminName(tx);
      const id = newId();
      await insertUser(tx, { id, name, role: 'admin', clearance: 'TLP:RED', workspaces: null, passwordHash: null });
      await appendAudit(tx, {
        action: 'user.add',
        targetIds: [id],
        after: { name, role: 'admin', clearance: 'TLP:RED', workspaces: null, hasPassword: false },
        detail: { reason: 'first start: no admin could sign in' },
      });
      admin = await findActiveUser(tx, name);
      if (admin === null) throw new TesseraError('conflict', `user ${name}: not found right after it was added`);
    }
    const loginToken = newToken();
    const expiresAt = new Date(Date.now() + LOGIN_LINK_LIFETIME_MS).toISOString();
    await insertLoginToken(tx, { hash: hashToken(loginToken), userId: admin.id, expiresAt });
    await appendAudit(tx, { action: 'login_link.create', targetIds: [admin.id], detail: { expiresAt } });
    return { name: admin.name, loginToken };
  });
}

/** `admin`, or `admin-2`, `admin-3`… when a reader or analyst already has that name. */
async function freeAdminName(store: Store): Promise<string> {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? FIRST_ADMIN_NAME : `${FIRST_ADMIN_NAME}-${n}`;
    if ((await findActiveUser(store, name)) === null) return name;
  }
}

/** Uses a one-time login token: a new session, or null when the token is unknown, used or expired. */
export async function redeemLoginToken(store: Store, token: string, remoteAddress: string | null = null): Promise<SessionGrant | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  return store.transaction(async (tx) => {
    const user = await consumeLoginToken(tx, hashToken(token));
    if (user === null) return null;
    const grant = await openSession(tx, user, remoteAddress);
    await appendAudit(tx, {
      action: 'login_link.redeem',
      targetIds: [user.id],
      actor: { name: user.name, userId: user.id },
      detail: { remoteAddress, method: 'login link', expiresAt: grant.session.expiresAt },
    });
    return grant;
  });
}
