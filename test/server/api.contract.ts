import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { addUser } from '../../src/jobs/index.js';
import { hasRole, newId, type Role } from '../../src/model/index.js';
import { buildApp } from '../../src/server/app.js';
import type { TesseraApp } from '../../src/server/app.js';
import { insertClaims, insertDocument, insertEntity, insertEvents, type Store } from '../../src/store/index.js';
import { buildDocument, buildEntity, buildEvent, buildNameClaim } from '../factories.js';
import { useStoreBackend } from '../store/store-backend.js';
import { bearer, buildTestApp, TEST_SESSION, TEST_VIEWERS, type TestToken } from './api-harness.js';

/** Words only TLP:RED facts carry: none may reach a TLP:GREEN reader. */
const RED_WORDS = ['Crimson', 'Scarlet', 'redsecret'];

interface Seeded {
  greenDocumentId: string;
  redDocumentId: string;
  /** Known only from RED claims: does not exist for a GREEN reader. */
  redEntityId: string;
  /** A GREEN name and a RED alias. */
  mixedEntityId: string;
  greenEvents: number;
}

async function seed(store: Store): Promise<Seeded> {
  const greenDoc = buildDocument({ path: 'green.txt', title: 'Green report', marking: 'TLP:GREEN', text: 'Jamaat Verdant met in Dushanbe.' });
  const redDoc = buildDocument({ path: 'redsecret.txt', title: 'Crimson report', marking: 'TLP:RED', text: 'Scarlet Cell met Crimson Courier in Khujand.' });
  const redEntity = buildEntity({ type: 'group', label: 'Scarlet Cell' });
  const mixed = buildEntity({ type: 'person', label: 'Verdant Courier' });
  await store.transaction(async (tx) => {
    await insertDocument(tx, greenDoc, [], []);
    await insertDocument(tx, redDoc, [], []);
    await insertEntity(tx, redEntity);
    await insertEntity(tx, mixed);
    await insertClaims(tx, [
      buildNameClaim(redEntity.id, { status: 'accepted', marking: 'TLP:RED', name: { value: 'Scarlet Cell', kind: 'primary', script: 'latin', language: null } }),
      buildNameClaim(mixed.id, { status: 'accepted', marking: 'TLP:GREEN', name: { value: 'Verdant Courier', kind: 'primary', script: 'latin', language: null } }),
      buildNameClaim(mixed.id, { status: 'accepted', marking: 'TLP:RED', name: { value: 'Crimson Courier', kind: 'alias', script: 'latin', language: null } }),
    ]);
    await insertEvents(tx, [
      buildEvent({ marking: 'TLP:GREEN', summary: 'verdant attack', date: { start: '2020-03-01', end: '2020-03-01', precision: 'day' } }),
      buildEvent({ marking: 'TLP:GREEN', summary: 'verdant clash', date: { start: '2020-04-01', end: '2020-04-01', precision: 'day' } }),
      buildEvent({ marking: 'TLP:RED', summary: 'Crimson raid', location: { country: 'TJ', admin1: 'Scarlet Province', admin2: null, place: 'Crimson Valley', latitude: 38, longitude: 69, geoPrecision: 2 }, actors: [{ text: 'Scarlet Cell', entityId: redEntity.id, role: 'perpetrator' }] }),
    ]);
  });
  return { greenDocumentId: greenDoc.id, redDocumentId: redDoc.id, redEntityId: redEntity.id, mixedEntityId: mixed.id, greenEvents: 2 };
}

const TOKEN_OF_ROLE: Record<Role, TestToken> = { reader: 'reader-red', analyst: 'analyst-red', admin: 'admin-red' };
const ROLE_BELOW: Record<Role, Role | null> = { reader: null, analyst: 'reader', admin: 'analyst' };
const UUID = '00000000-0000-4000-8000-000000000000';

function concreteUrl(url: string, ids: Partial<Record<string, string>> = {}): string {
  return url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? (name === 'kind' ? 'reports' : name === 'name' ? 'nobody' : name === 'token' ? 'x' : UUID));
}

/** The API contract, run on each store backend. */
export function runApiContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`HTTP API: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 'api');
    let app: TesseraApp;
    let store: Store;
    let seeded: Seeded;
    let uploadDir: string;
    beforeAll(async () => {
      store = await backend.freshWorkspace();
      seeded = await seed(store);
      uploadDir = await mkdtemp(join(tmpdir(), 'tessera-api-test-'));
      app = await buildTestApp(store, { bodyBytes: 64 * 1024, uploadBytes: 1024 }, uploadDir);
    });
    afterAll(async () => {
      await app?.close();
      await rm(uploadDir, { recursive: true, force: true });
    });

    it('answers health without credentials and serves an OpenAPI 3.1 document', async () => {
      const health = await app.inject({ url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok' });
      const doc = await app.inject({ url: '/api/openapi.json' });
      expect(doc.statusCode).toBe(200);
      const openapi = doc.json();
      expect(openapi.openapi).toBe('3.1.0');
      expect(Object.keys(openapi.paths)).toContain('/api/v1/entities/{id}');
      // the query schema of search comes from the model's zod schema
      const params = openapi.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
      expect(params).toEqual(expect.arrayContaining(['q', 'limit']));
    });

    it('declares an access rule on every route', () => {
      expect(app.routeTable.length).toBeGreaterThan(20);
      for (const route of app.routeTable) expect(['public', 'reader', 'analyst', 'admin']).toContain(route.access);
    });

    it('answers 401 without credentials on every route but health and the OpenAPI document', async () => {
      const failures: string[] = [];
      for (const route of app.routeTable) {
        if (route.url === '/api/health' || route.url === '/api/openapi.json') continue;
        // the workbench's static shell (index.html, assets) is public; it answers no API path
        if (!route.url.startsWith('/api')) continue;
        const url = concreteUrl(route.url);
        // public sign-in routes answer 401 to wrong credentials
        const payload = route.url.endsWith('/session') && route.method === 'POST' ? { name: 'anna', password: 'wrong' } : route.url.endsWith('/redeem') ? { token: 'unknown' } : undefined;
        const response = await app.inject({ method: route.method as 'GET', url, ...(payload ? { payload } : {}) });
        if (response.statusCode !== 401) failures.push(`${route.method} ${route.url}: ${response.statusCode}`);
        else expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect(failures).toEqual([]);
    });

    it('answers 403 to a role below each route rule, and not 401/403 to the role itself', async () => {
      const failures: string[] = [];
      for (const route of app.routeTable) {
        if (route.access === 'public') continue;
        const url = concreteUrl(route.url);
        const below = ROLE_BELOW[route.access];
        if (below !== null) {
          const response = await app.inject({ method: route.method as 'GET', url, headers: bearer(TOKEN_OF_ROLE[below]) });
          if (response.statusCode !== 403) failures.push(`${route.method} ${route.url} as ${below}: ${response.statusCode}`);
        }
        const allowed = await app.inject({ method: route.method as 'GET', url, headers: bearer(TOKEN_OF_ROLE[route.access]) });
        if (allowed.statusCode === 401 || allowed.statusCode === 403) failures.push(`${route.method} ${route.url} as ${route.access}: ${allowed.statusCode}`);
        expect(allowed.statusCode, `${route.method} ${route.url}`).toBeLessThan(500);
      }
      expect(failures).toEqual([]);
      expect(hasRole('admin', 'reader')).toBe(true);
    });

    it('refuses a workspace the user may not open', async () => {
      const response = await app.inject({ url: '/api/v1/entities', headers: bearer('analyst-elsewhere') });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    });

    it('needs the CSRF header on cookie-authenticated writes, not on reads', async () => {
      const cookie = { cookie: `tessera_session=${TEST_SESSION.token}` };
      expect((await app.inject({ url: '/api/v1/me', headers: cookie })).json().csrfToken).toBe(TEST_SESSION.csrfToken);
      const body = { decision: 'accepted', ids: [UUID] };
      const without = await app.inject({ method: 'POST', url: '/api/v1/claims/review', headers: cookie, payload: body });
      expect(without.statusCode).toBe(403);
      expect(without.json().code).toBe('csrf_failed');
      const wrong = await app.inject({ method: 'POST', url: '/api/v1/claims/review', headers: { ...cookie, 'x-csrf-token': 'nope' }, payload: body });
      expect(wrong.statusCode).toBe(403);
      const right = await app.inject({ method: 'POST', url: '/api/v1/claims/review', headers: { ...cookie, 'x-csrf-token': TEST_SESSION.csrfToken }, payload: body });
      expect(right.statusCode).toBe(200);
    });

    it('signs in with a password: httpOnly SameSite=Strict cookie, CSRF token in the body', async () => {
      const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'anna', password: 'correct horse' } });
      expect(response.statusCode).toBe(200);
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(response.json().csrfToken).toBe(TEST_SESSION.csrfToken);
      const bad = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'anna', password: 'nope' } });
      expect(bad.statusCode).toBe(401);
    });

    describe('bad input', () => {
      it('malformed JSON → 400 problem', async () => {
        const response = await app.inject({ method: 'POST', url: '/api/v1/entities/merge', headers: { ...bearer('analyst-red'), 'content-type': 'application/json' }, payload: '{"a": ' });
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const problem = response.json();
        expect(problem).toMatchObject({ status: 400, code: 'invalid_input' });
        expect(problem.requestId).toBeTruthy();
        expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+/);
      });
      it('wrong types name the field', async () => {
        const response = await app.inject({ method: 'POST', url: '/api/v1/entities/merge', headers: bearer('analyst-red'), payload: { a: 42, b: UUID } });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('body.a');
      });
      it('unknown fields are refused, in bodies and queries', async () => {
        const body = await app.inject({ method: 'POST', url: '/api/v1/entities/merge', headers: bearer('analyst-red'), payload: { a: UUID, b: seeded.mixedEntityId, colour: 'red' } });
        expect(body.statusCode).toBe(400);
        const query = await app.inject({ url: '/api/search?q=x&colour=red', headers: bearer('reader-red') });
        expect(query.statusCode).toBe(400);
        expect(query.json().code).toBe('invalid_input');
      });
      it('an oversize body → 413 with a clear message', async () => {
        const response = await app.inject({ method: 'POST', url: '/api/v1/claims/review', headers: bearer('analyst-red'), payload: { decision: 'accepted', contains: 'x'.repeat(100_000) } });
        expect(response.statusCode).toBe(413);
        expect(response.json()).toMatchObject({ code: 'payload_too_large', status: 413 });
      });
      it('an oversize upload → 413', async () => {
        const response = await app.inject({ method: 'POST', url: '/api/v1/imports/reports', headers: { ...bearer('analyst-red'), ...multipart([{ name: 'file', filename: 'big.txt', content: 'x'.repeat(5000) }]).headers }, payload: multipart([{ name: 'file', filename: 'big.txt', content: 'x'.repeat(5000) }]).body });
        expect(response.statusCode).toBe(413);
        expect(response.headers['content-type']).toContain('application/problem+json');
        // the report's name and the limit it is over (issue 9 item 8)
        expect(response.json()).toMatchObject({ code: 'payload_too_large', detail: expect.stringMatching(/^big\.txt: larger than the ingest size limit of \d/) });
      });
      it('path traversal in an upload name never leaves the upload directory', async () => {
        const form = multipart([{ name: 'file', filename: '../../../../etc/evil.txt', content: 'A short report about nothing.' }]);
        const response = await app.inject({ method: 'POST', url: '/api/v1/imports/reports', headers: { ...bearer('analyst-red'), ...form.headers }, payload: form.body });
        expect(response.statusCode).toBe(202);
        const job = response.json();
        expect(job.files[0].name).toBe('evil.txt');
        const done = await waitForImport(app, job.id);
        expect(['done', 'failed']).toContain(done.state);
        expect(JSON.stringify(done)).not.toContain(uploadDir);
        // the upload directory is cleaned and nothing was written beside it
        expect((await readdir(uploadDir)).length).toBe(0);
      });
      it('an unknown form field is refused', async () => {
        const form = multipart([{ name: 'colour', content: 'red' }, { name: 'file', filename: 'a.txt', content: 'text' }]);
        const response = await app.inject({ method: 'POST', url: '/api/v1/imports/reports', headers: { ...bearer('analyst-red'), ...form.headers }, payload: form.body });
        expect(response.statusCode).toBe(400);
      });
    });

    it('an upload carries its original path: a changed report sent again is a new version of it (issue 9)', async () => {
      const send = async (content: string) => {
        const form = multipart([
          { name: 'paths', content: JSON.stringify(['/home/analyst/reports/versioned-note.txt']) },
          { name: 'file', filename: 'versioned-note.txt', content },
        ]);
        const created = await app.inject({ method: 'POST', url: '/api/v1/imports/reports', headers: { ...bearer('analyst-red'), ...form.headers }, payload: form.body });
        expect(created.statusCode).toBe(202);
        return (await waitForImport(app, created.json().id)) as { state: string; result?: unknown };
      };
      const first = await send('Versioned note\n\nJamaat Verdant met in Dushanbe in 2020.');
      expect(first.state).toBe('done');
      const second = await send('Versioned note\n\nJamaat Verdant met in Dushanbe in 2020. It met again in 2021.');
      expect(second.state).toBe('done');
      const files = (second.result as { files: { path: string; newVersionOf?: { documentId: string } }[] }).files;
      expect(files[0]?.path).toBe('versioned-note.txt');
      expect(files[0]?.newVersionOf?.documentId).toBe((first.result as { files: { documentId: string }[] }).files[0]?.documentId);
    });

    it('streams import progress as server-sent events', async () => {
      const form = multipart([{ name: 'marking', content: 'TLP:GREEN' }, { name: 'file', filename: 'note.txt', content: 'Jamaat Verdant met in Dushanbe in 2020.' }]);
      const created = await app.inject({ method: 'POST', url: '/api/v1/imports/reports', headers: { ...bearer('analyst-red'), ...form.headers }, payload: form.body });
      expect(created.statusCode).toBe(202);
      const stream = await app.inject({ url: `/api/v1/imports/${created.json().id}/events`, headers: bearer('analyst-red') });
      expect(stream.headers['content-type']).toBe('text/event-stream');
      expect(stream.body).toContain('event: end');
      const last = JSON.parse(stream.body.trim().split('\n').at(-1)!.replace(/^data: /, ''));
      expect(last.state).toBe('done');
    });

    describe('markings: no TLP:RED fact reaches a TLP:GREEN reader', () => {
      it('on every GET route', async () => {
        const ids = [
          { id: seeded.redEntityId },
          { id: seeded.mixedEntityId },
          { id: seeded.redDocumentId },
          { id: seeded.greenDocumentId },
        ];
        const queries = ['', '?q=Crimson', '?q=Scarlet', '?q=Courier', '?contains=Crimson', '?q=redsecret'];
        let checked = 0;
        for (const route of app.routeTable) {
          if (route.method !== 'GET' || route.access === 'public' || route.access === 'admin') continue;
          for (const params of route.url.includes(':') ? ids : [{}]) {
            for (const query of queries) {
              const response = await app.inject({ url: concreteUrl(route.url, params) + query, headers: bearer('reader-green') });
              if (response.statusCode === 400 && query !== '') continue; // a query the route does not take
              checked += 1;
              for (const word of RED_WORDS) expect(response.body, `${route.url} ${JSON.stringify(params)}${query}`).not.toContain(word);
              expect(response.body).not.toContain('TLP:RED');
            }
          }
        }
        expect(checked).toBeGreaterThan(20);
      });
      it('a RED-only entity does not exist; a mixed one shows only its GREEN names', async () => {
        expect((await app.inject({ url: `/api/v1/entities/${seeded.redEntityId}`, headers: bearer('reader-green') })).statusCode).toBe(404);
        expect((await app.inject({ url: `/api/v1/documents/${seeded.redDocumentId}`, headers: bearer('reader-green') })).statusCode).toBe(404);
        const mixed = await app.inject({ url: `/api/v1/entities/${seeded.mixedEntityId}`, headers: bearer('reader-green') });
        expect(mixed.statusCode).toBe(200);
        expect(mixed.json().names.map((n: { value: string }) => n.value)).toEqual(['Verdant Courier']);
        const red = await app.inject({ url: `/api/v1/entities/${seeded.mixedEntityId}`, headers: bearer('reader-red') });
        expect(red.json().names.map((n: { value: string }) => n.value).sort()).toEqual(['Crimson Courier', 'Verdant Courier']);
      });
      it('counts include only what the reader may see', async () => {
        const count = async (token: TestToken) =>
          (await app.inject({ url: '/api/v1/events/count?by=year', headers: bearer(token) })).json().series[0].points.reduce((sum: number, p: { events: number }) => sum + p.events, 0);
        expect(await count('reader-green')).toBe(seeded.greenEvents);
        expect(await count('reader-red')).toBe(seeded.greenEvents + 1);
      });
      it('lists documents a page at a time, only those the reader may see', async () => {
        const list = async (query: string, token: TestToken) => {
          const response = await app.inject({ url: `/api/v1/documents${query}`, headers: bearer(token) });
          expect(response.statusCode, query).toBe(200);
          return response.json() as { items: { id: string }[]; limit: number; offset: number; total: number };
        };
        const green = await list('', 'reader-green');
        expect(green.items.map((d) => d.id)).toContain(seeded.greenDocumentId);
        expect(green.items.map((d) => d.id)).not.toContain(seeded.redDocumentId);
        expect(green.total).toBe(green.items.length);
        const red = await list('', 'reader-red');
        expect(red.total).toBe(green.total + 1);
        const first = await list('?limit=1', 'reader-red');
        const second = await list('?limit=1&offset=1', 'reader-red');
        expect([first.items.length, second.items.length, first.total]).toEqual([1, 1, red.total]);
        expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
        const bad = await app.inject({ url: '/api/v1/documents?limit=0', headers: bearer('reader-green') });
        expect(bad.statusCode).toBe(400);
        expect(bad.body).toContain('limit');
      });
      it('lists events a page at a time with the event filters, only those the reader may see', async () => {
        const list = async (query: string, token: TestToken = 'reader-green') => {
          const response = await app.inject({ url: `/api/v1/events${query}`, headers: bearer(token) });
          expect(response.statusCode, query).toBe(200);
          return response.json() as { items: { id: string; summary: string; date: { precision: string } }[]; next: string | null };
        };
        const green = await list('');
        expect(green.items.map((e) => e.summary).sort()).toEqual(['verdant attack', 'verdant clash']);
        expect(green.next).toBeNull();
        expect((await list('', 'reader-red')).items).toHaveLength(3);
        // pages follow the cursor: two pages of one, then nothing
        const first = await list('?limit=1');
        expect(first.items).toHaveLength(1);
        expect(first.next).toBe(first.items[0]!.id);
        const second = await list(`?limit=1&after=${first.next}`);
        expect(second.items).toHaveLength(1);
        expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
        expect(second.next).toBeNull();
        expect((await list('?from=2020-04&to=2020-04')).items.map((e) => e.summary)).toEqual(['verdant clash']);
        expect((await list('?admin1=Scarlet%20Province', 'reader-red')).items.map((e) => e.summary)).toEqual(['Crimson raid']);
        expect((await list('?admin1=Scarlet%20Province')).items).toEqual([]);
        const bad = await app.inject({ url: '/api/v1/events?limit=0', headers: bearer('reader-green') });
        expect(bad.statusCode).toBe(400);
        const openapi = (await app.inject({ url: '/api/openapi.json' })).json();
        expect(openapi.paths['/api/v1/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['countries', 'from', 'to', 'after', 'limit']));
      });
      it('search finds RED names only for a RED reader', async () => {
        const green = await app.inject({ url: '/api/search?q=Courier', headers: bearer('reader-green') });
        expect(green.statusCode).toBe(200);
        expect(green.json().entities.map((e: { id: string }) => e.id)).toContain(seeded.mixedEntityId);
        const redOnly = await app.inject({ url: '/api/search?q=Scarlet', headers: bearer('reader-green') });
        expect(redOnly.json().entities).toEqual([]);
        const asRed = await app.inject({ url: '/api/search?q=Scarlet', headers: bearer('reader-red') });
        expect(asRed.json().entities.map((e: { id: string }) => e.id)).toContain(seeded.redEntityId);
      });
    });

    it('answers the fixed search shape', async () => {
      const response = await app.inject({ url: '/api/search?q=Verdant', headers: bearer('reader-green') });
      // (the body names the problem when it fails: once, in a full CI run on PostgreSQL, it was a 500)
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(Object.keys(body).sort()).toEqual(['documents', 'entities', 'events', 'more']);
      // paging: whether each kind has a next page (?offset=N)
      expect(body.more).toEqual({ entities: false, documents: false, events: false });
      expect(body.entities[0]).toMatchObject({ id: seeded.mixedEntityId, name: 'Verdant Courier', type: 'person' });
    });
    void TEST_VIEWERS;

    describe('with the user jobs (real tokens, passwords, sessions, audit)', () => {
      let real: TesseraApp;
      beforeAll(async () => {
        real = await buildApp({ store, config: loadConfig({ TESSERA_WORKSPACE: store.workspaceId }) });
      });
      afterAll(async () => {
        await real?.close();
      });
      it('an admin adds users; tokens and passwords work; roles and markings hold; the audit log records it', async () => {
        const suffix = newId().slice(0, 6);
        const admin = await addUser(store, { name: `boss-${suffix}`, role: 'admin', clearance: 'TLP:RED', withToken: true });
        const adminAuth = { authorization: `Bearer ${admin.token}` };
        const added = await real.inject({ method: 'POST', url: '/api/v1/users', headers: adminAuth, payload: { name: `green-${suffix}`, role: 'reader', clearance: 'TLP:GREEN', password: 'long enough secret', withToken: true } });
        expect(added.statusCode, added.body).toBe(201);
        const readerToken = added.json().token as string;
        const reader = { authorization: `Bearer ${readerToken}` };
        expect((await real.inject({ url: '/api/v1/users', headers: reader })).statusCode).toBe(403);
        expect((await real.inject({ url: '/api/v1/me', headers: reader })).json().viewer.clearance).toBe('TLP:GREEN');
        const page = await real.inject({ url: `/api/v1/entities/${seeded.mixedEntityId}`, headers: reader });
        expect(page.body).not.toContain('Crimson');
        expect((await real.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer tes_not-a-token' } })).statusCode).toBe(401);

        const login = await real.inject({ method: 'POST', url: '/api/v1/session', payload: { name: `green-${suffix}`, password: 'long enough secret' } });
        expect(login.statusCode).toBe(200);
        const cookie = String(login.headers['set-cookie']).split(';')[0]!;
        const me = await real.inject({ url: '/api/v1/me', headers: { cookie } });
        expect(me.json().csrfToken).toBe(login.json().csrfToken);
        const out = await real.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie, 'x-csrf-token': login.json().csrfToken } });
        expect(out.statusCode).toBe(204);
        expect((await real.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
        expect((await real.inject({ method: 'POST', url: '/api/v1/session', payload: { name: `green-${suffix}`, password: 'wrong password' } })).statusCode).toBe(401);

        const audit = await real.inject({ url: `/api/audit?user=green-${suffix}`, headers: adminAuth });
        expect(audit.statusCode, audit.body).toBe(200);
        const actions = audit.json().items.map((entry: { action: string }) => entry.action);
        expect(actions).toEqual(expect.arrayContaining(['login.success', 'login.failure', 'logout']));
        expect((await real.inject({ url: '/api/audit', headers: reader })).statusCode).toBe(403);
      });
    });
  });
}

async function waitForImport(app: TesseraApp, id: string): Promise<{ state: string }> {
  for (let i = 0; i < 200; i += 1) {
    const job = (await app.inject({ url: `/api/v1/imports/${id}`, headers: bearer('analyst-red') })).json();
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} did not end`);
}

/** A multipart/form-data body by hand (fields and files). */
function multipart(parts: { name: string; filename?: string; content: string }[]): { headers: Record<string, string>; body: Buffer } {
  const boundary = '----tessera-test-boundary';
  const chunks = parts.map((part) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}\r\n` +
    `${part.filename === undefined ? '' : 'Content-Type: text/plain\r\n'}\r\n${part.content}\r\n`,
  );
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.from(`${chunks.join('')}--${boundary}--\r\n`) };
}
