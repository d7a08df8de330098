import type { Viewer } from '../model/index.js';
import { appendAudit, findActiveUser, type Store } from '../store/index.js';
import { decoyPasswordHash, verifyPassword } from './secret-hash.js';
import type { VerifiedPasswords } from './verified-passwords.js';

/**
 * HTTP Basic credentials (TAXII clients send them on every request): the viewer, or null when the
 * name is unknown, has no password or the password is wrong — the same answer and about the same
 * time for each. Failures are audited as login failures; successes are not (they come per request).
 * With `verified` (the server's), a password verified lately against the user's current hash is
 * not hashed again.
 */
export async function authenticateBasic(
  store: Store,
  input: { name: string; password: string; remoteAddress?: string | null },
  verified?: VerifiedPasswords,
): Promise<Viewer | null> {
  const user = await findActiveUser(store, input.name);
  // (the user is read every time: a removed user, a new password, a changed role or clearance count at once)
  if (user?.passwordHash && verified?.isVerified(input.name, input.password, user.passwordHash)) return user.viewer;
  const isMatch = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (user !== null && user.passwordHash !== null && isMatch) {
    verified?.remember(input.name, input.password, user.passwordHash);
    return user.viewer;
  }
  await appendAudit(store, {
    action: 'login.failure',
    targetIds: user ? [user.id] : [],
    actor: { name: input.name, userId: user?.id ?? null },
    detail: { remoteAddress: input.remoteAddress ?? null, method: 'basic', reason: user === null ? 'unknown user' : 'wrong password' },
  });
  return null;
}
