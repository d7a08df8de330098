import { describe, expect, it } from 'vitest';
import { addUser, ensureFirstAdmin, listAudit, listUsers, redeemLoginToken, resolveSession, setPassword } from '../../src/jobs/index.js';
import { runContractOnPostgres } from '../postgres-suite.js';
import { openStore } from '../../src/store/index.js';
import { runUsersAuditContract } from './users-audit.contract.js';

runUsersAuditContract('PGlite (in memory)', () => openStore({ dataDir: null }));

runContractOnPostgres(runUsersAuditContract);

// users are instance-wide: the first start needs a store of its own
describe('first start: an admin and a one-time login link', () => {
  it('creates an admin when nobody can sign in, redeems the link once, and stops once the admin has a password', async () => {
    const store = await openStore({ dataDir: null });
    try {
      await addUser(store, { name: 'admin', role: 'reader', clearance: 'TLP:CLEAR' });
      const first = await ensureFirstAdmin(store);
      expect(first).toMatchObject({ name: 'admin-2' });
      expect(first!.loginToken).toMatch(/^tes_/);
      expect((await listUsers(store)).find((u) => u.name === 'admin-2')).toMatchObject({ role: 'admin', clearance: 'TLP:RED', workspaces: null, hasPassword: false });

      // restarting before anyone signed in: the same admin, a new link
      const again = await ensureFirstAdmin(store);
      expect(again?.name).toBe('admin-2');

      const grant = await redeemLoginToken(store, first!.loginToken, '127.0.0.1');
      expect(grant?.viewer).toMatchObject({ name: 'admin-2', role: 'admin' });
      expect(await resolveSession(store, grant!.session.token)).not.toBeNull();
      expect(await redeemLoginToken(store, first!.loginToken)).toBeNull();
      expect(await redeemLoginToken(store, 'tes_unknown')).toBeNull();

      await setPassword(store, { name: 'admin-2', password: 'a long passphrase' });
      expect(await ensureFirstAdmin(store)).toBeNull();
      const actions = (await listAudit(store)).map((e) => e.action);
      expect(actions).toEqual(['user.password', 'login_link.redeem', 'login_link.create', 'login_link.create', 'user.add', 'user.add']);
    } finally {
      await store.close();
    }
  });
});
