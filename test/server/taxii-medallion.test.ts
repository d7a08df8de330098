import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, taxiiCollectionId, type Store } from '../../src/jobs/index.js';
import type { TesseraApp } from '../../src/server/app.js';
import { bearer, buildTestApp } from './api-harness.js';

/**
 * The assertions of the OASIS TAXII reference server's own tests (medallion, oasis-open/cti-taxii-server
 * medallion/test), ported to Tessera's server with medallion's test data: the objects and manifest of its
 * collection 91a7b528-… ("High Value Indicator Collection") are loaded, with their date_added, into a
 * workspace's collection. Differences, by design: collection ids are Tessera's (one per workspace);
 * every collection also starts with Tessera's producer identity, extension definitions and TLP markings,
 * dated after medallion's objects.
 */
const TAXII = 'application/taxii+json;version=2.1';
const STIX = 'application/stix+json;version=2.1';
const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'stix', 'taxii-medallion-default-data.json'), 'utf8'));
const source = data.trustgroup1.collections.find((c: { id: string }) => c.id === '91a7b528-80eb-42ed-a74d-c6fbd5a26116');
const MEDALLION_OBJECTS: number = source.objects.length;
const iso = (timestamp: string) => new Date(timestamp).toISOString();

async function loadMedallionCollection(store: Store): Promise<void> {
  await store.query('INSERT INTO workspace (workspace_id, name) VALUES ($1, $1) ON CONFLICT DO NOTHING', [store.workspaceId]);
  for (const entry of source.manifest as { id: string; version: string; date_added: string; media_type: string }[]) {
    const object = (source.objects as Record<string, unknown>[]).find((o) => o.id === entry.id && (o.modified ?? o.created) === entry.version)!;
    await store.query(
      `INSERT INTO taxii_object (workspace_id, stix_id, version, type, spec_version, marking, date_added, added_by, body)
       VALUES ($1, $2, $3, $4, $5, 'TLP:CLEAR', $6, 'medallion', $7)`,
      [store.workspaceId, entry.id, entry.version, object.type, entry.media_type.split('version=')[1], entry.date_added, JSON.stringify(object)],
    );
  }
}

describe('TAXII 2.1: medallion’s test assertions on medallion’s data (PGlite)', () => {
  let store: Store;
  let app: TesseraApp;
  let collection: string;
  let objects: string;
  let manifest: string;
  const get = (url: string, token: Parameters<typeof bearer>[0] = 'reader-red', headers: Record<string, string> = {}) =>
    app.inject({ url, headers: { ...bearer(token), accept: TAXII, ...headers } });
  beforeAll(async () => {
    const root = await openStore({ dataDir: null });
    store = root.inWorkspace('medallion');
    await loadMedallionCollection(store);
    app = await buildTestApp(root);
    collection = `/taxii2/tessera/collections/${taxiiCollectionId('medallion')}/`;
    objects = `${collection}objects/`;
    manifest = `${collection}manifest/`;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  describe('discovery, API root, collections', () => {
    it('server discovery: 200, TAXII media type, the API root listed', async () => {
      const r = await get('/taxii2/');
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe(TAXII);
      expect(r.json().api_roots[0]).toBe('/taxii2/tessera/');
    });
    it('API root information: versions and max_content_length', async () => {
      const r = await get('/taxii2/tessera/');
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ versions: [TAXII], max_content_length: expect.any(Number) });
    });
    it('an API root that does not exist: 404 as a TAXII error', async () => {
      const r = await get('/taxii2/trustgroup2/');
      expect(r.statusCode).toBe(404);
      expect(r.headers['content-type']).toBe(TAXII);
      expect(r.json().http_status).toBe('404');
      expect((await get('/taxii2/carbon1/collections/')).statusCode).toBe(404);
    });
    it('collections: the loaded one is listed, readable and writable by an analyst; one collection by id', async () => {
      const list = (await get('/taxii2/tessera/collections/', 'analyst-red')).json();
      expect(list.collections).toContainEqual(expect.objectContaining({ id: taxiiCollectionId('medallion'), can_read: true, can_write: true, media_types: [STIX] }));
      const one = await get(collection);
      expect(one.statusCode).toBe(200);
      expect(one.json().media_types[0]).toBe(STIX);
    });
    it('a collection that does not exist: 404 on every resource under it; one the caller may not open: 403', async () => {
      const missing = '/taxii2/tessera/collections/24042009/';
      for (const path of ['', 'objects/', 'manifest/', 'objects/malware--fdd60b30-b67c-11e3-b0b9-f01faf20d111/']) {
        expect((await get(`${missing}${path}`)).statusCode).toBe(404);
        expect((await get(`${collection}${path}`, 'analyst-elsewhere')).statusCode).toBe(403);
      }
    });
  });

  describe('authentication (401) and permission (403)', () => {
    it('every resource without credentials: 401', async () => {
      for (const url of ['/taxii2/tessera/collections/', `${objects}`, `${manifest}`, `${objects}malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec/`, '/taxii2/tessera/status/2223/']) {
        const r = await app.inject({ url, headers: { accept: TAXII } });
        expect(r.statusCode).toBe(401);
        expect(r.headers['content-type']).toBe(TAXII);
      }
      const post = await app.inject({ method: 'POST', url: objects, headers: { accept: TAXII, 'content-type': TAXII }, payload: JSON.stringify({ objects: [] }) });
      expect(post.statusCode).toBe(401);
    });
    it('adding objects as a reader: 403', async () => {
      const r = await app.inject({ method: 'POST', url: objects, headers: { ...bearer('reader-red'), accept: TAXII, 'content-type': TAXII }, payload: JSON.stringify({ objects: [source.objects[1]] }) });
      expect(r.statusCode).toBe(403);
    });
  });

  describe('objects', () => {
    it('match[type]=relationship: the relationship, with X-TAXII-Date-Added-First/Last of its date_added', async () => {
      const r = await get(`${objects}?match[type]=relationship`);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe(TAXII);
      const body = r.json();
      expect(body.objects.map((o: { id: string }) => o.id)).toEqual(['relationship--2f9a9aa9-108a-4333-83e2-4fb25add0463']);
      expect(body.more).toBe(false);
      expect(r.headers['x-taxii-date-added-first']).toBe(iso('2014-05-08T09:00:00.000000Z'));
      expect(r.headers['x-taxii-date-added-last']).toBe(iso('2014-05-08T09:00:00.000000Z'));
    });
    it('one object by id: its latest version', async () => {
      const r = await get(`${objects}indicator--6770298f-0fd8-471a-ab8c-1c658a46574e/`);
      expect(r.statusCode).toBe(200);
      const body = r.json();
      expect(body.objects).toHaveLength(1);
      expect(body.objects[0].modified).toBe('2017-01-27T13:49:53.935Z');
      expect(r.headers['x-taxii-date-added-first']).toBe(iso('2017-12-31T13:49:53.935000Z'));
    });
    it('an object that is not there: 404', async () => {
      expect((await get(`${objects}malware--cee60c30-a68c-11e3-b0c1-a01aac20d000/`)).statusCode).toBe(404);
    });
    it('objects in date_added order; added_after keeps only later additions', async () => {
      const all = (await get(`${objects}?match[type]=indicator,malware,relationship,marking-definition&match[version]=all&match[spec_version]=2.0,2.1`)).json();
      // medallion's objects, then Tessera's TLP 2.0 marking definitions (dated 2022)
      expect(all.objects).toHaveLength(MEDALLION_OBJECTS + 5);
      expect(all.objects.slice(MEDALLION_OBJECTS).every((o: { id: string; type: string }) => o.type === 'marking-definition')).toBe(true);
      const after = await get(`${objects}?added_after=2016-11-03T12:30:59.001Z&match[type]=indicator,malware,relationship&match[version]=all&match[spec_version]=2.0,2.1`);
      const ids = after.json().objects.map((o: { id: string; modified: string }) => `${o.id} ${o.modified}`);
      expect(ids).toEqual([
        'indicator--6770298f-0fd8-471a-ab8c-1c658a46574e 2016-12-25T12:30:59.444Z',
        'malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec 2017-01-27T13:49:53.997Z',
        'malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec 2018-02-23T18:30:00.000Z',
        'indicator--6770298f-0fd8-471a-ab8c-1c658a46574e 2017-01-27T13:49:53.935Z',
      ]);
      expect(after.headers['x-taxii-date-added-first']).toBe(iso('2016-12-27T13:49:59.000000Z'));
      expect(after.headers['x-taxii-date-added-last']).toBe(iso('2017-12-31T13:49:53.935000Z'));
      const none = (await get(`${objects}?added_after=2999-01-01T00:00:00Z`)).json();
      expect(none).toEqual({ more: false });
    });
    it('match[version]: last by default, first, all, and an exact version', async () => {
      const url = `${objects}?match[id]=indicator--6770298f-0fd8-471a-ab8c-1c658a46574e`;
      const versions = async (query: string) => (await get(`${url}${query}`)).json().objects.map((o: { modified: string }) => o.modified);
      expect(await versions('')).toEqual(['2017-01-27T13:49:53.935Z']);
      expect(await versions('&match[version]=last')).toEqual(['2017-01-27T13:49:53.935Z']);
      expect(await versions('&match[version]=first')).toEqual(['2016-11-03T12:30:59.000Z']);
      expect(await versions('&match[version]=all')).toEqual(['2016-11-03T12:30:59.000Z', '2016-12-25T12:30:59.444Z', '2017-01-27T13:49:53.935Z']);
      expect(await versions('&match[version]=2016-12-25T12:30:59.444Z')).toEqual(['2016-12-25T12:30:59.444Z']);
      expect(await versions('&match[version]=first,last')).toEqual(['2016-11-03T12:30:59.000Z', '2017-01-27T13:49:53.935Z']);
    });
    it('match[spec_version]: the latest spec version by default, 2.0 or both when asked', async () => {
      const url = `${objects}?match[id]=malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec&match[version]=all`;
      const got = async (query: string) => (await get(`${url}${query}`)).json().objects?.map((o: { modified: string }) => o.modified) ?? [];
      expect(await got('')).toEqual(['2017-01-27T13:49:53.997Z']);
      expect(await got('&match[spec_version]=2.0')).toEqual(['2018-02-23T18:30:00.000Z']);
      expect(await got('&match[spec_version]=2.0,2.1')).toHaveLength(2);
    });
    it('match[id] with several ids and match[type] with several types', async () => {
      const r = (await get(`${objects}?match[id]=indicator--cd981c25-8042-4166-8945-51178443bdac,relationship--2f9a9aa9-108a-4333-83e2-4fb25add0463`)).json();
      expect(r.objects.map((o: { id: string }) => o.id).sort()).toEqual(['indicator--cd981c25-8042-4166-8945-51178443bdac', 'relationship--2f9a9aa9-108a-4333-83e2-4fb25add0463']);
      const types = (await get(`${objects}?match[type]=indicator,relationship`)).json();
      expect(types.objects).toHaveLength(3);
    });
    it('paging with limit and next: every object once, more false on the last page', async () => {
      const seen: string[] = [];
      let next: string | undefined;
      let pages = 0;
      do {
        const r = await get(`${objects}?limit=2&match[type]=indicator,malware,relationship${next === undefined ? '' : `&next=${next}`}`);
        expect(r.statusCode).toBe(200);
        const body = r.json();
        pages += 1;
        seen.push(...body.objects.map((o: { id: string }) => o.id));
        expect(body.objects.length).toBeLessThanOrEqual(2);
        next = body.more ? body.next : undefined;
        if (body.more) expect(typeof body.next).toBe('string');
      } while (next !== undefined);
      expect(pages).toBe(2);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(4);
    });
    it('a bad filter or page token: 400 as a TAXII error', async () => {
      for (const query of ['?limit=0', '?added_after=yesterday', '?next=999999', '?colour=red']) {
        const r = await get(`${objects}${query}`);
        expect(r.statusCode).toBe(400);
        expect(r.json()).toMatchObject({ http_status: '400', title: expect.any(String) });
      }
    });
  });

  describe('manifest and versions', () => {
    it('manifest: one entry per version asked for, in date_added order, with media_type', async () => {
      const r = await get(`${manifest}?match[type]=indicator,malware,relationship,marking-definition&match[version]=all&match[spec_version]=2.0,2.1&limit=8`);
      expect(r.statusCode).toBe(200);
      const entries = r.json().objects as { id: string; date_added: string; version: string; media_type: string }[];
      expect(entries).toHaveLength(8);
      expect(r.json()).toMatchObject({ more: true, next: expect.any(String) });
      expect(entries.map((e) => e.date_added)).toEqual([...entries.map((e) => e.date_added)].sort());
      expect(entries[0]).toEqual({ id: 'relationship--2f9a9aa9-108a-4333-83e2-4fb25add0463', date_added: iso('2014-05-08T09:00:00.000000Z'), version: '2014-05-08T09:00:00.000Z', media_type: STIX });
      expect(r.headers['x-taxii-date-added-first']).toBe(iso('2014-05-08T09:00:00.000000Z'));
      expect(r.headers['x-taxii-date-added-last']).toBe(iso('2017-12-31T13:49:53.935000Z'));
      const malware = (await get(`${manifest}?match[id]=malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec&match[spec_version]=2.0`)).json();
      expect(malware.objects[0].media_type).toBe('application/stix+json;version=2.0');
      const one = (await get(`${manifest}?match[id]=indicator--6770298f-0fd8-471a-ab8c-1c658a46574e`)).json();
      expect(one.objects).toHaveLength(1);
      expect(one.objects[0].version).toBe('2017-01-27T13:49:53.935Z');
    });
    it('versions of an object: every version, oldest first; 404 for an unknown object', async () => {
      const r = await get(`${objects}indicator--6770298f-0fd8-471a-ab8c-1c658a46574e/versions/`);
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ more: false, versions: ['2016-11-03T12:30:59.000Z', '2016-12-25T12:30:59.444Z', '2017-01-27T13:49:53.935Z'] });
      expect((await get(`${objects}indicator--00000000-0000-4000-8000-000000000000/versions/`)).statusCode).toBe(404);
    });
  });

  describe('adding objects and status', () => {
    const indicator = (id: string, modified = '2017-01-27T13:49:53.935Z') => ({
      type: 'indicator',
      spec_version: '2.1',
      id,
      created: '2017-01-27T13:49:53.935Z',
      modified,
      name: 'Malicious site hosting downloader',
      indicator_types: ['url-watchlist'],
      pattern: "[url:value = 'http://x4z9arb.cn/5000']",
      pattern_type: 'stix',
      valid_from: '2017-01-27T13:49:53.935382Z',
    });
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: objects, headers: { ...bearer('analyst-red'), accept: TAXII, 'content-type': TAXII, ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

    it('add objects: 202 with a complete status; the object, its status and its manifest entry read back', async () => {
      const id = 'indicator--0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
      const r = await post({ objects: [indicator(id)] });
      expect(r.statusCode).toBe(202);
      expect(r.headers['content-type']).toBe(TAXII);
      const status = r.json();
      expect(status).toMatchObject({ status: 'complete', total_count: 1, success_count: 1, failure_count: 0, pending_count: 0 });
      expect((await get(`${objects}?match[id]=${id}`)).json().objects[0].id).toBe(id);
      const again = await get(`/taxii2/tessera/status/${status.id}/`);
      expect(again.statusCode).toBe(200);
      expect(again.json().success_count).toBe(1);
      expect((await get(`${manifest}?match[id]=${id}`)).json().objects[0].id).toBe(id);
    });
    it('adding the same version again changes nothing: still one object', async () => {
      const id = 'indicator--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
      await post({ objects: [indicator(id)] });
      const second = await post({ objects: [indicator(id)] });
      expect(second.statusCode).toBe(202);
      expect((await get(`${objects}?match[id]=${id}&match[version]=all`)).json().objects).toHaveLength(1);
    });
    it('client object versioning: new versions are added, first/last/all and an exact version pick them', async () => {
      const id = 'indicator--2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
      await post({ objects: [indicator(id)] });
      const modified = ['2018-01-01T00:00:00.000Z', '2019-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z'];
      for (const version of modified) expect((await post({ objects: [indicator(id, version)] })).statusCode).toBe(202);
      const pick = async (version: string) => (await get(`${objects}?match[id]=${id}&match[version]=${version}`)).json().objects.map((o: { modified: string }) => o.modified);
      expect(await pick('all')).toEqual(['2017-01-27T13:49:53.935Z', ...modified]);
      expect(await pick('first')).toEqual(['2017-01-27T13:49:53.935Z']);
      expect(await pick('last')).toEqual(['2020-01-01T00:00:00.000Z']);
      expect(await pick('2018-01-01T00:00:00.000Z')).toEqual(['2018-01-01T00:00:00.000Z']);
      const versions = (await get(`${objects}${id}/versions/`)).json().versions;
      expect(versions).toEqual(['2017-01-27T13:49:53.935Z', ...modified]);
    });
    it('a malformed object fails in the status, not the request; a body that is not an envelope: 400; not JSON: 400', async () => {
      const r = await post({ objects: [{ type: 'indicator', id: 'indicator--3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', name: 'no pattern' }] });
      expect(r.statusCode).toBe(202);
      expect(r.json()).toMatchObject({ success_count: 0, failure_count: 1 });
      expect((await post({ type: 'indicator', id: 'indicator--3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a' })).statusCode).toBe(400);
      expect((await post('{not json')).statusCode).toBe(400);
    });
    it('415 for a Content-Type that is not TAXII’s, 406 for an Accept TAXII cannot answer, 413 over max_content_length', async () => {
      expect((await post({ objects: [indicator('indicator--4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b')] }, { 'content-type': 'application/json' })).statusCode).toBe(415);
      expect((await get(objects, 'reader-red', { accept: 'application/xml' })).statusCode).toBe(406);
      const max = (await get('/taxii2/tessera/')).json().max_content_length as number;
      const big = await post(JSON.stringify({ objects: [{ ...indicator('indicator--5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c'), description: 'x'.repeat(max) }] }));
      expect(big.statusCode).toBe(413);
      expect(big.headers['content-type']).toBe(TAXII);
    });
    it('status: 404 for an unknown status id', async () => {
      const r = await get('/taxii2/tessera/status/22101993/');
      expect(r.statusCode).toBe(404);
      expect(r.json().http_status).toBe('404');
    });
  });
});
