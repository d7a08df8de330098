import {
  AddUserInputSchema,
  newId,
  parseInput,
  PasswordSchema,
  RevokeTokensInputSchema,
  TesseraError,
  UserNameSchema,
  type AddUserInput,
  type AddUserResult,
  type RevokeTokensInput,
  type User,
} from '../model/index.js';
import {
  appendAudit,
  deleteUserSessions,
  disableUser,
  findActiveUser,
  insertApiToken,
  insertUser,
  listActiveUsers,
  revokeApiTokens,
  setPasswordHash,
  userNamesById,
  type Store,
  type StoredUser,
} from '../store/index.js';
import { hashPassword, hashToken, newToken, TOKEN_PREFIX, tokenDisplayPrefix } from './secret-hash.js';

/**
 * Managing users (admins; the CLI acts as the local admin): add, list, remove, set a password,
 * issue and revoke API tokens. Every change is audited in the transaction that makes it.
 */

async function requireUser(store: Store, name: string): Promise<StoredUser> {
  const user = await findActiveUser(store, name);
  if (user === null) throw new TesseraError('not_found', `user ${name}: no such user`);
  return user;
}

/** Issues a token for `userId` inside the caller's transaction; returns the token (shown once). */
async function issueToken(tx: Store, userId: string): Promise<string> {
  const token = newToken();
  await insertApiToken(tx, { id: newId(), userId, prefix: tokenDisplayPrefix(token), hash: hashToken(token) });
  return token;
}

/** Adds a user, with a password and/or an API token; the token is answered once and stored only as a hash. */
export async function addUser(store: Store, input: AddUserInput): Promise<AddUserResult> {
  const { name, role, clearance, workspaces, password, withToken } = parseInput(AddUserInputSchema, input, `users add ${String(input.name)}`);
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const id = newId();
  const token = await store.transaction(async (tx) => {
    await insertUser(tx, { id, name, role, clearance, workspaces: workspaces ?? null, passwordHash });
    const issued = withToken ? await issueToken(tx, id) : null;
    await appendAudit(tx, {
      action: 'user.add',
      targetIds: [id],
      after: {
        name,
        role,
        clearance,
        workspaces: workspaces ?? null,
        hasPassword: passwordHash !== null,
        ...(issued ? { token: tokenDisplayPrefix(issued) } : {}),
      },
    });
    return issued;
  });
  const user = (await listActiveUsers(store)).find((u) => u.id === id);
  if (user === undefined) throw new TesseraError('conflict', `user ${name}: removed while being added`);
  return { user, token };
}

/** Every active user (never a secret), by name. */
export async function listUsers(store: Store): Promise<User[]> {
  return listActiveUsers(store);
}

/** Removes a user: their tokens are revoked and sessions end; audit entries keep naming them. */
export async function removeUser(store: Store, name: string): Promise<{ id: string; name: string }> {
  const checked = parseInput(UserNameSchema, name, 'users remove');
  return store.transaction(async (tx) => {
    const user = await requireUser(tx, checked);
    if (user.id === store.viewer.userId) throw new TesseraError('conflict', `user ${checked}: you cannot remove yourself`);
    await disableUser(tx, user.id);
    await appendAudit(tx, {
      action: 'user.remove',
      targetIds: [user.id],
      before: { name: user.name, role: user.viewer.role, clearance: user.viewer.clearance, workspaces: user.viewer.workspaces },
    });
    return { id: user.id, name: user.name };
  });
}

/** Sets (or replaces) a user's password; their browser sessions end. */
export async function setPassword(store: Store, input: { name: string; password: string }): Promise<{ id: string; sessionsEnded: number }> {
  const name = parseInput(UserNameSchema, input.name, 'users passwd');
  const password = parseInput(PasswordSchema, input.password, `users passwd ${name}`);
  const passwordHash = await hashPassword(password);
  return store.transaction(async (tx) => {
    const user = await requireUser(tx, name);
    await setPasswordHash(tx, user.id, passwordHash);
    const sessionsEnded = await deleteUserSessions(tx, user.id);
    await appendAudit(tx, {
      action: 'user.password',
      targetIds: [user.id],
      before: { hasPassword: user.passwordHash !== null },
      after: { hasPassword: true },
      detail: { sessionsEnded },
    });
    return { id: user.id, sessionsEnded };
  });
}

/** Issues a new API token for a user: `{ prefix, token }`, the token shown once. */
export async function createToken(store: Store, name: string): Promise<{ prefix: string; token: string }> {
  const checked = parseInput(UserNameSchema, name, 'tokens create');
  return store.transaction(async (tx) => {
    const user = await requireUser(tx, checked);
    const token = await issueToken(tx, user.id);
    await appendAudit(tx, { action: 'token.create', targetIds: [user.id], after: { token: tokenDisplayPrefix(token) } });
    return { prefix: tokenDisplayPrefix(token), token };
  });
}

/**
 * Revokes API tokens: one by its display prefix (`tes_` and 8 characters, as `users list` shows)
 * or the whole token, or every token of a user. `not_found` when nothing was revoked.
 */
export async function revokeTokens(store: Store, input: RevokeTokensInput): Promise<{ revoked: { user: string; prefix: string }[] }> {
  const by = parseInput(RevokeTokensInputSchema, input, 'tokens revoke');
  return store.transaction(async (tx) => {
    let revoked: { userId: string; prefix: string }[];
    if ('user' in by) {
      const user = await requireUser(tx, by.user);
      revoked = await revokeApiTokens(tx, { userId: user.id });
    } else {
      if (!by.prefix.startsWith(TOKEN_PREFIX)) {
        throw new TesseraError('invalid_input', `tokens revoke: "${by.prefix}" is not a token prefix (tokens start with ${TOKEN_PREFIX})`);
      }
      revoked =
        by.prefix.length > tokenDisplayPrefix(by.prefix).length
          ? await revokeApiTokens(tx, { hash: hashToken(by.prefix) })
          : await revokeApiTokens(tx, { prefix: by.prefix });
    }
    const what = 'user' in by ? `user ${by.user}` : `token ${tokenDisplayPrefix(by.prefix)}`;
    if (revoked.length === 0) throw new TesseraError('not_found', `tokens revoke: ${what} has no token that is not revoked`);
    const names = await userNamesById(tx, revoked.map((r) => r.userId));
    await appendAudit(tx, {
      action: 'token.revoke',
      targetIds: [...new Set(revoked.map((r) => r.userId))],
      after: { revoked: revoked.map((r) => r.prefix) },
    });
    return { revoked: revoked.map((r) => ({ user: names.get(r.userId) ?? r.userId, prefix: r.prefix })) };
  });
}
