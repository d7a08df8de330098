import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openStore, taxiiCollectionId, type Store } from '../../src/jobs/index.js';
import type { TesseraApp } from '../../src/server/app.js';
import { bearer, buildTestApp } from './api-harness.js';

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
    expect(red.json()).toMatchObject({ more: true, next: '10' });
    expect(red.json().objects).toHaveLength(10);
    expect(red.headers['x-taxii-date-added-first']).toBeDefined();
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
});
