import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openStore, taxiiCollectionId, type Store } from '../../src/jobs/index.js';
import type { TesseraApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/server/app.js';
import { bearer, buildTestApp, TEST_VIEWERS, testCredentials } from './api-harness.js';

const samples = resolve(import.meta.dirname, '..', '..', 'samples', 'reports');
const TAXII = 'application/taxii+json;version=2.1';
const basic = (name: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` });

describe('TAXII 2.1 at /taxii2/ (PGlite)', () => {
  let store: Store;
  let app: TesseraApp;
  let objectsUrl: string;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await ingestFiles(store, [join(samples, 'isk-external-operations.txt')], { marking: 'TLP:GREEN' });
    await ingestFiles(store, [join(samples, 'khorasan-media.html')], { marking: 'TLP:RED' });
    await store.query("UPDATE claim SET status = 'accepted'");
    app = await buildTestApp(store);
    objectsUrl = `/taxii2/tessera/collections/${taxiiCollectionId(store.workspaceId)}/objects/`;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('answers discovery, the API root and the collections in TAXII’s media type', async () => {
    const discovery = await app.inject({ url: '/taxii2/', headers: { ...bearer('reader-green'), accept: TAXII } });
    expect(discovery.statusCode).toBe(200);
    expect(discovery.headers['content-type']).toBe(TAXII);
    expect(discovery.json()).toMatchObject({ default: '/taxii2/tessera/', api_roots: ['/taxii2/tessera/'] });
    const root = await app.inject({ url: '/taxii2/tessera/', headers: bearer('reader-green') });
    expect(root.json().versions).toEqual([TAXII]);
    const collections = (await app.inject({ url: '/taxii2/tessera/collections/', headers: bearer('reader-green') })).json();
    expect(collections.collections).toContainEqual(expect.objectContaining({ id: taxiiCollectionId(store.workspaceId), can_read: true, can_write: false }));
    const writable = (await app.inject({ url: '/taxii2/tessera/collections/', headers: bearer('analyst-red') })).json();
    expect(writable.collections[0].can_write).toBe(true);
  });

  it('refuses without credentials (a TAXII error resource), an unsupported Accept (406) and a bad Content-Type (415)', async () => {
    const anonymous = await app.inject({ url: '/taxii2/' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toBe(TAXII);
    expect(anonymous.json()).toMatchObject({ http_status: '401', title: expect.any(String) });
    expect((await app.inject({ url: '/taxii2/', headers: { ...bearer('reader-red'), accept: 'text/html' } })).statusCode).toBe(406);
    const wrongType = await app.inject({ method: 'POST', url: objectsUrl, headers: { ...bearer('analyst-red'), 'content-type': 'application/json' }, payload: '{"objects":[]}' });
    expect(wrongType.statusCode).toBe(415);
    expect((await app.inject({ url: '/taxii2/', headers: basic('anna', 'wrong') })).statusCode).toBe(401);
  });

  it('serves objects with paging and date-added headers, within the reader’s clearance', async () => {
    const red = await app.inject({ url: `${objectsUrl}?limit=10`, headers: bearer('reader-red') });
    expect(red.statusCode).toBe(200);
    expect(red.json()).toMatchObject({ more: true, next: expect.any(String) });
    expect(red.json().objects).toHaveLength(10);
    expect(red.headers['x-taxii-date-added-first']).toBeDefined();
    expect(red.headers['content-type']).toBe(TAXII);
    expect(Number(red.headers['content-length'])).toBe(red.rawPayload.length);
    const green = await app.inject({ url: `${objectsUrl}?limit=1000`, headers: bearer('reader-green') });
    expect(green.body).not.toContain('TLP:RED');
    expect(green.body).not.toContain('khorasan-media');
    const manifest = (await app.inject({ url: `${objectsUrl.replace('objects/', 'manifest/')}?match[type]=report`, headers: bearer('reader-green') })).json();
    expect(manifest.objects).toHaveLength(1);
    const reportId = manifest.objects[0].id as string;
    const one = await app.inject({ url: `${objectsUrl}${reportId}/`, headers: bearer('reader-green') });
    expect(one.json().objects[0]).toMatchObject({ id: reportId, type: 'report' });
    const versions = await app.inject({ url: `${objectsUrl}${reportId}/versions/`, headers: bearer('reader-green') });
    expect(versions.json().versions).toHaveLength(1);
    expect((await app.inject({ url: `${objectsUrl}report--00000000-0000-4000-8000-000000000000/`, headers: bearer('reader-green') })).statusCode).toBe(404);
  });

  it('takes posted objects from an analyst and reports them in a status resource', async () => {
    const object = { type: 'identity', spec_version: '2.1', id: 'identity--7d9a3c1e-2b4f-4a6d-8e1f-3c5b7a9d0e21', created: '2024-05-01T00:00:00.000Z', modified: '2024-05-01T00:00:00.000Z', name: 'Partner CERT', identity_class: 'organization' };
    const refused = await app.inject({ method: 'POST', url: objectsUrl, headers: { ...bearer('reader-red'), 'content-type': TAXII }, payload: JSON.stringify({ objects: [object] }) });
    expect(refused.statusCode).toBe(403);
    const posted = await app.inject({ method: 'POST', url: objectsUrl, headers: { ...bearer('analyst-red'), 'content-type': TAXII }, payload: JSON.stringify({ objects: [object, { type: 'identity', id: 'bad' }] }) });
    expect(posted.statusCode).toBe(202);
    expect(posted.json()).toMatchObject({ status: 'complete', total_count: 2, success_count: 1, failure_count: 1 });
    const status = await app.inject({ url: `/taxii2/tessera/status/${posted.json().id}/`, headers: bearer('reader-green') });
    expect(status.json().success_count).toBe(1);
    const back = await app.inject({ url: `${objectsUrl}${object.id}/`, headers: bearer('reader-green') });
    expect(back.json().objects[0]).toMatchObject({ name: 'Partner CERT' });
  });

  it('imports a STIX bundle through POST /api/v1/imports/stix (a background import) and serves what it kept', async () => {
    const bundle = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'stix', 'identifying-a-threat-actor-profile.json'), 'utf8');
    const boundary = '----tessera-stix-boundary';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="marking"\r\n\r\nTLP:GREEN\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="profile.json"\r\nContent-Type: application/json\r\n\r\n${bundle}\r\n--${boundary}--\r\n`,
    );
    // the import is audited under the user's id, a UUID in the store (the harness's fixed viewers have short ids)
    const analyst = { ...TEST_VIEWERS['analyst-red'], userId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' };
    const credentials = { ...testCredentials(), authenticateBearer: async (token: string) => (token === 'analyst-red' ? analyst : testCredentials().authenticateBearer(token)) };
    const importing = await buildApp({ store, config: loadConfig({ TESSERA_WORKSPACE: store.workspaceId }), credentials });
    const headers = { ...bearer('analyst-red'), 'content-type': `multipart/form-data; boundary=${boundary}` };
    expect((await importing.inject({ method: 'POST', url: '/api/v1/imports/stix', headers: { ...bearer('reader-red'), 'content-type': headers['content-type'] }, payload: body })).statusCode).toBe(403);
    const created = await importing.inject({ method: 'POST', url: '/api/v1/imports/stix', headers, payload: body });
    expect(created.statusCode).toBe(202);
    let job = created.json();
    for (let i = 0; i < 200 && job.state !== 'done' && job.state !== 'failed'; i += 1) {
      await new Promise((done) => setTimeout(done, 50));
      job = (await importing.inject({ url: `/api/v1/imports/${job.id}`, headers: bearer('analyst-red') })).json();
    }
    await importing.close();
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    expect(job.result.files[0]).toMatchObject({ file: 'profile.json', objects: 3, written: { rawObjects: 3 } });
    const actor = await app.inject({ url: `${objectsUrl}threat-actor--dfaa8d77-07e2-4e28-b2c8-92e9f7b04428/`, headers: bearer('reader-green') });
    expect(actor.statusCode).toBe(200);
    expect(actor.json().objects[0].name).toBe('Disco Team Threat Actor Group');
  });
});
