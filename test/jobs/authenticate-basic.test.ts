import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, authenticateBasic, removeUser, setPassword, VerifiedPasswords } from '../../src/jobs/index.js';
import { openStore, type Store } from '../../src/store/index.js';

/** HTTP Basic (TAXII clients send it with every request): a password verified lately is not hashed again, and never outlives a change. */
describe('authenticateBasic with the server’s verified passwords (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await addUser(store, { name: 'taxiiclient', role: 'reader', clearance: 'TLP:GREEN', password: 'first long password' });
  }, 300_000);
  afterAll(async () => {
    await store?.close();
  });

  it('remembers a right password, refuses a wrong one, and forgets it when the password changes or the user goes', async () => {
    const verified = new VerifiedPasswords();
    const as = (password: string) => authenticateBasic(store, { name: 'taxiiclient', password }, verified);
    expect((await as('first long password'))?.clearance).toBe('TLP:GREEN');
    expect(verified.isVerified('taxiiclient', 'first long password', (await hashOf(store))!)).toBe(true);
    expect(await as('a wrong password')).toBeNull();
    // the remembered answer follows the user as stored now
    expect((await as('first long password'))?.role).toBe('reader');
    await setPassword(store, { name: 'taxiiclient', password: 'second long password' });
    expect(await as('first long password')).toBeNull();
    expect((await as('second long password'))?.name).toBe('taxiiclient');
    await removeUser(store, 'taxiiclient');
    expect(await as('second long password')).toBeNull();
  });

  it('keeps no password, only a keyed digest, and expires entries', async () => {
    const verified = new VerifiedPasswords(0);
    verified.remember('someone', 'secret words', 'hash-1');
    expect(JSON.stringify([...(verified as unknown as { entries: Map<string, unknown> }).entries])).not.toContain('secret words');
    expect(verified.isVerified('someone', 'secret words', 'hash-1')).toBe(false);
    const lasting = new VerifiedPasswords();
    lasting.remember('someone', 'secret words', 'hash-1');
    expect(lasting.isVerified('someone', 'secret words', 'hash-1')).toBe(true);
    expect(lasting.isVerified('someone', 'secret words', 'hash-2')).toBe(false);
    expect(lasting.isVerified('someone', 'other words', 'hash-1')).toBe(false);
  });
});

async function hashOf(store: Store): Promise<string | null> {
  const rows = await store.query<{ password_hash: string | null }>("SELECT password_hash FROM app_user WHERE name = 'taxiiclient'");
  return rows[0]?.password_hash ?? null;
}
