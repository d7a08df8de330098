import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { requireRouteAccess, type RouteTableEntry } from '../../src/server/route-access.js';
import { bearer, buildTestApp } from './api-harness.js';

describe('route access rules', () => {
  it('refuses to register a route without an access rule', async () => {
    const app = Fastify();
    const table: RouteTableEntry[] = [];
    requireRouteAccess(app, table);
    expect(() => app.get('/api/v1/new-thing', async () => ({}))).toThrow(/declares no access rule/);
    app.get('/api/v1/ruled', { config: { access: 'reader' } }, async () => ({}));
    expect(table).toEqual([{ method: 'GET', url: '/api/v1/ruled', access: 'reader' }]);
    await app.close();
  });

  it('rate-limits login attempts (429 problem)', async () => {
    const store = await openStore({ dataDir: null });
    const app = await buildTestApp(store, { loginsPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'anna', password: `guess ${i}` } });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const limited = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'anna', password: 'x' } });
      expect(limited.headers['content-type']).toContain('application/problem+json');
      expect(limited.json().code).toBe('rate_limited');
      // other routes are not limited by it
      expect((await app.inject({ url: '/api/v1/me', headers: bearer('reader-red') })).statusCode).toBe(200);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
