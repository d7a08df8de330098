import { describe, expect, it } from 'vitest';
import { newId, type Viewer } from '../../src/model/index.js';
import {
  addUser,
  authenticateBearer,
  createToken,
  listAudit,
  listUsers,
  loginWithPassword,
  logout,
  removeUser,
  resolveSession,
  revokeTokens,
  setPassword,
} from '../../src/jobs/index.js';
import { appendAudit, type Store } from '../../src/store/index.js';
import { useStoreBackend } from './store-backend.js';

/** Users are instance-wide: every test names its users uniquely, so runs on one PostgreSQL database do not collide. */
function uniqueName(base: string): string {
  return `${base}-${newId().slice(0, 8)}`;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

/**
 * Users, API tokens, browser sessions and the append-only audit log, run against each backend.
 */
export function runUsersAuditContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`users, credentials and audit log: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 'users');

    it('adds a user with a password and a token; lists them without secrets; refuses a second user of that name', async () => {
      const store = await backend.freshWorkspace();
      const name = uniqueName('rita');
      const { user, token } = await addUser(store, { name, role: 'reader', clearance: 'TLP:GREEN', workspaces: [store.workspaceId], password: 'correct horse', withToken: true });
      expect(token).toMatch(/^tes_[A-Za-z0-9_-]{43}$/);
      expect(user).toMatchObject({ name, role: 'reader', clearance: 'TLP:GREEN', workspaces: [store.workspaceId], hasPassword: true });
      expect(user.tokens).toHaveLength(1);
      expect(token!.startsWith(user.tokens[0]!.prefix)).toBe(true);
      const listed = (await listUsers(store)).find((u) => u.name === name);
      expect(JSON.stringify(listed)).not.toContain(token!.slice(12));
      expect(JSON.stringify(listed)).not.toContain('scrypt');
      const stored = await store.query<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE user_id = $1', [user.id]);
      expect(stored[0]!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      const tokens = await store.query<{ token_hash: string }>('SELECT token_hash FROM api_token WHERE user_id = $1', [user.id]);
      expect(tokens[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
      await expectCode(addUser(store, { name, role: 'admin', clearance: 'TLP:RED' }), 'conflict');
      await expectCode(addUser(store, { name: uniqueName('x'), role: 'boss' as 'admin', clearance: 'TLP:RED' }), 'invalid_input');
      await expectCode(addUser(store, { name: uniqueName('x'), role: 'reader', clearance: 'TLP:RED', password: 'short' }), 'invalid_input');
    });

    it('authenticates a bearer token until it is revoked or its user removed', async () => {
      const store = await backend.freshWorkspace();
      const name = uniqueName('anna');
      const { token } = await addUser(store, { name, role: 'analyst', clearance: 'TLP:AMBER', withToken: true });
      const viewer = await authenticateBearer(store, token!);
      expect(viewer).toMatchObject({ name, role: 'analyst', clearance: 'TLP:AMBER', workspaces: null });
      expect(await authenticateBearer(store, `${token!.slice(0, -2)}xx`)).toBeNull();
      expect(await authenticateBearer(store, 'not-a-token')).toBeNull();

      const second = await createToken(store, name);
      await revokeTokens(store, { prefix: token!.slice(0, 12) });
      expect(await authenticateBearer(store, token!)).toBeNull();
      expect(await authenticateBearer(store, second.token)).not.toBeNull();
      await expectCode(revokeTokens(store, { prefix: token!.slice(0, 12) }), 'not_found');

      await removeUser(store, name);
      expect(await authenticateBearer(store, second.token)).toBeNull();
      expect((await listUsers(store)).some((u) => u.name === name)).toBe(false);
      await expectCode(removeUser(store, name), 'not_found');
      // the name is free again; the removed user stays in the audit log
      await addUser(store, { name, role: 'reader', clearance: 'TLP:CLEAR' });
    });

    it('signs in with a password, refuses a wrong one, and audits both', async () => {
      const store = await backend.freshWorkspace();
      const name = uniqueName('sam');
      const { user } = await addUser(store, { name, role: 'analyst', clearance: 'TLP:RED', password: 'correct horse' });
      expect(await loginWithPassword(store, { name, password: 'wrong horse', remoteAddress: '10.0.0.7' })).toBeNull();
      expect(await loginWithPassword(store, { name: uniqueName('nobody'), password: 'correct horse', remoteAddress: '10.0.0.7' })).toBeNull();
      const grant = await loginWithPassword(store, { name, password: 'correct horse', remoteAddress: '10.0.0.8' });
      expect(grant).not.toBeNull();
      expect(grant!.viewer).toMatchObject({ userId: user.id, name, role: 'analyst' });
      expect(Date.parse(grant!.session.expiresAt)).toBeGreaterThan(Date.now());

      const session = await resolveSession(store, grant!.session.token);
      expect(session).toMatchObject({ viewer: { name }, csrfToken: grant!.session.csrfToken });
      const stored = await store.query('SELECT 1 FROM user_session WHERE session_hash = $1', [grant!.session.token]);
      expect(stored).toHaveLength(0); // only a hash is stored

      expect(await logout(store, grant!.session.token)).toBe(true);
      expect(await resolveSession(store, grant!.session.token)).toBeNull();

      const entries = await listAudit(store, { user: name });
      expect(entries.map((e) => e.action)).toEqual(['logout', 'login.success', 'login.failure']);
      expect(entries[2]).toMatchObject({ actorUserId: user.id, detail: { reason: 'wrong password', remoteAddress: '10.0.0.7' } });
      expect(entries[1]).toMatchObject({ targetIds: [user.id], detail: { remoteAddress: '10.0.0.8' } });
    });

    it('refuses an expired session, and a changed password ends every session', async () => {
      const store = await backend.freshWorkspace();
      const name = uniqueName('eve');
      await addUser(store, { name, role: 'reader', clearance: 'TLP:CLEAR', password: 'first password' });
      const first = (await loginWithPassword(store, { name, password: 'first password' }))!;
      const second = (await loginWithPassword(store, { name, password: 'first password' }))!;
      await store.query(`UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE csrf_token = $1`, [first.session.csrfToken]);
      expect(await resolveSession(store, first.session.token)).toBeNull();
      expect(await resolveSession(store, second.session.token)).not.toBeNull();

      await setPassword(store, { name, password: 'second password' });
      expect(await resolveSession(store, second.session.token)).toBeNull();
      expect(await loginWithPassword(store, { name, password: 'first password' })).toBeNull();
      expect(await loginWithPassword(store, { name, password: 'second password' })).not.toBeNull();
    });

    it('keeps the audit log append-only: UPDATE, DELETE and TRUNCATE fail in SQL', async () => {
      const store = await backend.freshWorkspace();
      const id = await appendAudit(store, { action: 'claim.review', targetIds: ['x'], before: { status: 'proposed' }, after: { status: 'accepted' } });
      await expect(store.query(`UPDATE audit_log SET actor_name = 'nobody' WHERE workspace_id = $1 AND audit_id = $2`, [store.workspaceId, id])).rejects.toThrow(/append-only/);
      await expect(store.query('DELETE FROM audit_log WHERE workspace_id = $1', [store.workspaceId])).rejects.toThrow(/append-only/);
      await expect(store.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      const [entry] = await listAudit(store);
      expect(entry).toMatchObject({ id, actorName: store.viewer.name, action: 'claim.review', targetIds: ['x'], before: { status: 'proposed' } });
    });

    it('names the viewer of the handle as the actor, and filters by user, time and paging', async () => {
      const store = await backend.freshWorkspace();
      const anna: Viewer = { userId: newId(), name: uniqueName('anna'), role: 'analyst', clearance: 'TLP:RED', workspaces: null };
      await appendAudit(store, { action: 'entity.merge', targetIds: ['a', 'b'] });
      await appendAudit(store.asViewer(anna), { action: 'entity.split', targetIds: ['a', 'b'] });
      await appendAudit(store.asViewer(anna), { action: 'claim.edit', targetIds: ['c'] });
      const mine = await listAudit(store, { user: anna.name });
      expect(mine.map((e) => e.action)).toEqual(['claim.edit', 'entity.split']);
      expect(mine[0]!.actorUserId).toBe(anna.userId);
      expect((await listAudit(store, { user: anna.name, limit: 1, offset: 1 })).map((e) => e.action)).toEqual(['entity.split']);
      expect(await listAudit(store, { since: '2999-01-01' })).toEqual([]);
      expect(await listAudit(store, { since: '2000-01-01' })).toHaveLength(3);
      await expectCode(listAudit(store, { since: 'yesterday-ish' }), 'invalid_input');
      // another workspace sees none of these
      expect(await listAudit(await backend.freshWorkspace())).toEqual([]);
    });
  });
}
