import type { Viewer } from '../../src/model/index.js';
import { loadConfig } from '../../src/config.js';
import { buildApp, type ServerLimits, type TesseraApp } from '../../src/server/app.js';
import type { Credentials } from '../../src/server/credentials.js';
import { sameSecret } from '../../src/server/credentials.js';
import type { Store } from '../../src/store/index.js';

/** The callers the contract tests use, by Bearer token. */
export const TEST_VIEWERS = {
  'reader-green': { userId: 'u1', name: 'rita', role: 'reader', clearance: 'TLP:GREEN', workspaces: null },
  'reader-red': { userId: 'u2', name: 'rolf', role: 'reader', clearance: 'TLP:RED', workspaces: null },
  'analyst-red': { userId: 'u3', name: 'anna', role: 'analyst', clearance: 'TLP:RED', workspaces: null },
  'admin-red': { userId: 'u4', name: 'adam', role: 'admin', clearance: 'TLP:RED', workspaces: null },
  'analyst-elsewhere': { userId: 'u5', name: 'emil', role: 'analyst', clearance: 'TLP:RED', workspaces: ['elsewhere'] },
} satisfies Record<string, Viewer>;
export type TestToken = keyof typeof TEST_VIEWERS;

/** A cookie session for the analyst, with its CSRF token. */
export const TEST_SESSION = { token: 'session-anna', csrfToken: 'csrf-anna' };

/**
 * A stand-in identity provider for the route tests: fixed tokens for each role and clearance,
 * so the tests exercise the server's own checks (401, 403, CSRF, workspace, markings) apart from
 * how users are stored. The real user jobs are exercised by the spawned-server test.
 */
export function testCredentials(): Credentials {
  const viewers: Record<string, Viewer> = TEST_VIEWERS;
  return {
    authenticateBearer: async (token) => viewers[token] ?? null,
    authenticateBasic: async (name, password) => (name === 'anna' && password === 'correct horse' ? TEST_VIEWERS['analyst-red'] ?? null : null),
    resolveSession: async (token) => (token === TEST_SESSION.token ? { viewer: TEST_VIEWERS['analyst-red'], csrfToken: TEST_SESSION.csrfToken, expiresAt: new Date(Date.now() + 3_600_000).toISOString() } : null),
    login: async ({ name, password }) =>
      name === 'anna' && password === 'correct horse'
        ? { viewer: TEST_VIEWERS['analyst-red'], session: { token: TEST_SESSION.token, csrfToken: TEST_SESSION.csrfToken, expiresAt: new Date(Date.now() + 3_600_000).toISOString() } }
        : null,
    logout: async () => undefined,
    redeem: async () => null,
    sameSecret,
  };
}

export async function buildTestApp(store: Store, limits: Partial<ServerLimits> = {}, uploadDir?: string): Promise<TesseraApp> {
  const config = loadConfig({ TESSERA_WORKSPACE: store.workspaceId });
  return buildApp({ store, config, credentials: testCredentials(), limits, ...(uploadDir ? { uploadDir } : {}) });
}

export function bearer(token: TestToken): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
