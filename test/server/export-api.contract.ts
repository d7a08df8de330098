import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { newId, type Viewer } from '../../src/model/index.js';
import { buildApp, type TesseraApp } from '../../src/server/app.js';
import { insertClaims, insertDocument, insertEntity, listAuditEntries, type Store } from '../../src/store/index.js';
import { buildDocument, buildEntity, buildNameClaim } from '../factories.js';
import { useStoreBackend } from '../store/store-backend.js';
import { testCredentials } from './api-harness.js';

/** Two readers with registered users' ids (the audit log keeps the user id of who exported). */
const READERS: Record<string, Viewer> = {
  green: { userId: newId(), name: 'rita', role: 'reader', clearance: 'TLP:GREEN', workspaces: null },
  red: { userId: newId(), name: 'rolf', role: 'reader', clearance: 'TLP:RED', workspaces: null },
};
const bearer = (token: 'green' | 'red') => ({ authorization: `Bearer ${token}` });

/**
 * `GET /api/v1/export` on a backend: each format in its media type, the caller's clearance
 * applied (a TLP:RED name never reaches a TLP:GREEN reader, nor a RED reader who asks for GREEN),
 * bad combinations refused before anything is sent, and every export audited.
 */
export function runExportApiContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`export API: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 'export_api');
    let store: Store;
    let app: TesseraApp;

    beforeAll(async () => {
      store = await backend.freshWorkspace();
      const document = buildDocument({ path: 'green.txt', title: 'Green report', marking: 'TLP:GREEN', text: 'Verdant Front met in Dushanbe.' });
      const green = buildEntity({ label: 'Verdant Front', type: 'group' });
      const red = buildEntity({ label: 'Scarlet Cell', type: 'group' });
      const name = (id: string, value: string, marking: 'TLP:GREEN' | 'TLP:RED') =>
        buildNameClaim(id, { status: 'accepted', marking, name: { value, kind: 'primary', script: 'latin', language: null } });
      await store.transaction(async (tx) => {
        await insertDocument(tx, document, [], []);
        await insertEntity(tx, green);
        await insertEntity(tx, red);
        await insertClaims(tx, [name(green.id, 'Verdant Front', 'TLP:GREEN'), name(red.id, 'Scarlet Cell', 'TLP:RED')]);
      });
      const credentials = { ...testCredentials(), authenticateBearer: async (token: string) => READERS[token] ?? null };
      app = await buildApp({ store, config: loadConfig({ TESSERA_WORKSPACE: store.workspaceId }), credentials });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('streams a STIX bundle at the caller clearance, with its media type, and audits it', async () => {
      const asGreen = await app.inject({ url: '/api/v1/export?format=stix', headers: bearer('green') });
      expect(asGreen.statusCode).toBe(200);
      expect(asGreen.headers['content-type']).toBe('application/stix+json;version=2.1');
      const bundle = asGreen.json() as { type: string; objects: { type: string; name?: string }[] };
      expect(bundle.type).toBe('bundle');
      const names = bundle.objects.map((object) => object.name);
      expect(names).toContain('Verdant Front');
      expect(asGreen.body).not.toContain('Scarlet');
      const asRed = await app.inject({ url: '/api/v1/export?format=stix', headers: bearer('red') });
      expect(asRed.body).toContain('Scarlet Cell');
      const entries = await listAuditEntries(store, { action: 'workspace.export', limit: 10, offset: 0 });
      expect(entries.map((entry) => entry.actorName).sort()).toEqual(['rita', 'rolf']);
    });

    it('exports CSV entities and honours a lower clearance asked for', async () => {
      const response = await app.inject({ url: '/api/v1/export?format=csv&what=entities&clearance=TLP:GREEN', headers: bearer('red') });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.body).toContain('Verdant Front');
      expect(response.body).not.toContain('Scarlet');
    });

    it('refuses a format without that subject, or none, before sending anything (400 problem)', async () => {
      const wrong = await app.inject({ url: '/api/v1/export?format=geojson&what=relations', headers: bearer('red') });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect((await app.inject({ url: '/api/v1/export', headers: bearer('red') })).statusCode).toBe(400);
      expect((await app.inject({ url: '/api/v1/export?format=stix' })).statusCode).toBe(401);
    });

    it('is in the OpenAPI document', async () => {
      const spec = (await app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(spec.paths)).toContain('/api/v1/export');
    });
  });
}
