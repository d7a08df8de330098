import { createHmac, randomBytes } from 'node:crypto';

/**
 * HTTP Basic passwords verified lately, so that a TAXII client, which sends its name and password
 * with every request, pays the slow salted hash once in `ttlMs` and not per request (about 50-100 ms
 * of CPU each, enough for a few clients to hold a 2-core server). Kept in memory only, per server:
 * each entry is an HMAC of the name and password under a key made at start (never the password),
 * with the stored hash it was verified against, so a new password, or a user removed, makes the
 * entry useless at once (the caller reads the user on every request and compares the hash).
 */
export class VerifiedPasswords {
  private readonly key = randomBytes(32);
  /** By HMAC: the stored password hash it matched and until when; oldest first. */
  private readonly entries = new Map<string, { passwordHash: string; until: number }>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 1_000,
  ) {}

  /** Whether `password` was verified for `name` against this very `passwordHash` less than ttlMs ago. */
  isVerified(name: string, password: string, passwordHash: string): boolean {
    const entry = this.entries.get(this.digest(name, password));
    return entry !== undefined && entry.until > Date.now() && entry.passwordHash === passwordHash;
  }

  /** Notes that `password` matched `passwordHash` for `name` just now. */
  remember(name: string, password: string, passwordHash: string): void {
    const digest = this.digest(name, password);
    this.entries.delete(digest);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(digest, { passwordHash, until: Date.now() + this.ttlMs });
  }

  private digest(name: string, password: string): string {
    return createHmac('sha256', this.key).update(JSON.stringify([name, password])).digest('base64');
  }
}
