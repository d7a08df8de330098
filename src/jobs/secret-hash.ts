import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * How Tessera keeps secrets it must check but never show again.
 *
 * Passwords (chosen by people, guessable) are hashed with scrypt (RFC 7914) and a random 16-byte
 * salt per password: N = 2^15, r = 8, p = 1 (32 MiB and about 50–100 ms per check on a laptop),
 * stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later without breaking old hashes.
 *
 * Tokens (API tokens, session and login tokens) are 32 random bytes drawn by Tessera, so they
 * cannot be guessed or looked up in a dictionary: a fast SHA-256 hash is enough to keep a stolen
 * table from being usable, and lets every request find its token by an index lookup instead of
 * paying a slow hash per request. Tokens look like `tes_<43 base64url characters>`.
 */

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;
/** scrypt needs 128·N·r bytes; allow twice that. */
const MAX_MEMORY = 256 * SCRYPT.N * SCRYPT.r;

export const TOKEN_PREFIX = 'tes_';
/** Characters of a token shown in lists and accepted by `tokens revoke`: `tes_` and 8 more. */
export const TOKEN_DISPLAY_LENGTH = TOKEN_PREFIX.length + 8;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A new password hash: `scrypt$N$r$p$salt$hash` (salt and hash base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await scryptAsync(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: MAX_MEMORY });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches `stored` (constant-time comparison); false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (![N, r, p].every(Number.isSafeInteger) || expected.length === 0) return false;
  const key = await scryptAsync(password, salt, expected.length, { N, r, p, maxmem: 256 * N * r });
  return timingSafeEqual(key, expected);
}

/** A hash with the default cost of a password nobody has: checked when a name is unknown, so timing tells nothing. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoyHash;
}

/** A new random token: `tes_` and 32 random bytes in base64url. */
export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** A random value that is not a credential by itself (the CSRF token). */
export function newNonce(): string {
  return randomBytes(24).toString('base64url');
}

/** The SHA-256 hash (hex) under which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The part of a token shown in lists: `tes_` and 8 characters. */
export function tokenDisplayPrefix(token: string): string {
  return token.slice(0, TOKEN_DISPLAY_LENGTH);
}
