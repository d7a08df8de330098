import { timingSafeEqual } from 'node:crypto';
import {
  authenticateBasic,
  authenticateBearer,
  loginWithPassword,
  logout,
  redeemLoginToken,
  resolveSession,
  type Store,
  VerifiedPasswords,
} from '../jobs/index.js';
import type { ResolvedSession, SessionGrant, Viewer } from '../model/index.js';

export type { SessionGrant };

/** The user jobs the server needs to tell who is calling, bound to the store that keeps users. */
export interface Credentials {
  authenticateBearer(token: string): Promise<Viewer | null>;
  /** HTTP Basic name and password (TAXII clients), checked on every request. */
  authenticateBasic?(name: string, password: string, remoteAddress: string): Promise<Viewer | null>;
  resolveSession(token: string): Promise<ResolvedSession | null>;
  login(input: { name: string; password: string; remoteAddress: string }): Promise<SessionGrant | null>;
  logout(token: string): Promise<void>;
  /** A one-time login link: a session, or null when the link is unknown, used or expired. */
  redeem(token: string, remoteAddress: string): Promise<SessionGrant | null>;
  /** Constant-time comparison of two secrets. */
  sameSecret(sent: string, expected: string): boolean;
}

export function credentialsFromJobs(store: Store): Credentials {
  // Basic passwords come with every TAXII request: each server verifies one slowly once in a while
  const verified = new VerifiedPasswords();
  return {
    authenticateBearer: (token) => authenticateBearer(store, token),
    authenticateBasic: (name, password, remoteAddress) => authenticateBasic(store, { name, password, remoteAddress }, verified),
    resolveSession: (token) => resolveSession(store, token),
    login: (input) => loginWithPassword(store, input),
    logout: async (token) => {
      await logout(store, token);
    },
    redeem: (token, remoteAddress) => redeemLoginToken(store, token, remoteAddress),
    sameSecret,
  };
}

export function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
