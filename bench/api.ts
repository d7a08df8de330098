/**
 * API bench (issue 7): a workspace with 100,000 entities (each with a primary name and an alias,
 * as accepted claims) and 1,000,000 events, then autocannon with 50 connections for 30 s each
 * on `GET /api/search?q=…` (100 different queries in turn) and `GET /api/v1/entities/:id`
 * (1,000 different entities in turn), on PGlite (on disk) and PostgreSQL side by side.
 *
 * Data are generated through the store's bulk paths: entities and their name claims by COPY
 * (insertEntities, insertClaims) in batches of 10,000; events as a synthetic ACLED file
 * (bench/events.ts) imported by the same importEvents job as `tessera events import`, with
 * every tenth event's actor linked to one of the entities (so entity pages list events).
 *
 * autocannon runs in a child process (this file again, TESSERA_BENCH_API_LOAD set), so the load
 * generator never takes turns with the server on its event loop. Each route's first request is
 * timed apart (the search server builds its name index in the background from the start, as
 * `tessera serve` does) and the load starts once it is answered.
 *
 * Scale and duration: TESSERA_BENCH_API_ENTITIES, TESSERA_BENCH_API_EVENTS, TESSERA_BENCH_API_SECONDS;
 * parts: TESSERA_BENCH_API_BACKENDS (default PGlite,PostgreSQL), TESSERA_BENCH_API_ROUTES (default entity,search).
 * PostgreSQL: TESSERA_BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test (a fresh
 * workspace, deleted afterwards); says so when unreachable.
 *
 * Seeding takes about half an hour at full scale. TESSERA_BENCH_API_KEEP=DIR keeps what was seeded
 * for the next run: the PGlite store in DIR/pglite, the PostgreSQL workspace left in place, and per
 * backend the workspace, entity ids and queries in DIR/<backend>.json; a later run with the same
 * DIR and scale measures that data again without seeding (delete DIR, and the PostgreSQL
 * workspace it names, to start over).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { importEvents } from '../src/jobs/index.js';
import { newId, type Claim, type Entity, type Viewer } from '../src/model/index.js';
import { buildApp } from '../src/server/app.js';
import { sameSecret, type Credentials } from '../src/server/credentials.js';
import { ensureWorkspace, insertClaims, insertEntities, openStore, refreshStatistics, type Store } from '../src/store/index.js';
import { writeSyntheticAcled } from './events.js';

const ENTITIES = Number(process.env.TESSERA_BENCH_API_ENTITIES ?? 100_000);
const EVENTS = Number(process.env.TESSERA_BENCH_API_EVENTS ?? 1_000_000);
const SECONDS = Number(process.env.TESSERA_BENCH_API_SECONDS ?? 30);
const CONNECTIONS = 50;
const PG_URL = process.env.TESSERA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const KEEP = process.env.TESSERA_BENCH_API_KEEP;

const SYLLABLES = ['ab', 'u', 'sa', 'ma', 'nor', 'ak', 'ki', 'ta', 'jid', 'din', 'ra', 'shid', 'za', 'far', 'ha', 'mid', 'ka', 'rim', 'lo', 'vi', 'ol', 'ga', 'bek', 'us', 'tam'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i += 1) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

interface Seeded {
  entityIds: string[];
  queries: string[];
}

/** What a kept run seeded (TESSERA_BENCH_API_KEEP): its workspace and scale, with the ids and queries to load. */
interface KeptSeed extends Seeded {
  workspace: string;
  entities: number;
  events: number;
}

function keptSeedPath(name: string): string | null {
  return KEEP === undefined ? null : join(KEEP, `${name}.json`);
}

/** The seed kept for this backend at this scale, if any. */
function readKeptSeed(name: string): KeptSeed | null {
  const path = keptSeedPath(name);
  if (path === null || !existsSync(path)) return null;
  const kept = JSON.parse(readFileSync(path, 'utf8')) as KeptSeed;
  return kept.entities === ENTITIES && kept.events === EVENTS ? kept : null;
}

export async function seedEntities(store: Store): Promise<Seeded> {
  const rand = random(7);
  const entityIds: string[] = [];
  const queries: string[] = [];
  const now = new Date().toISOString();
  const author = { kind: 'analyst' as const, name: 'bench', version: null };
  for (let start = 0; start < ENTITIES; start += 10_000) {
    const entities: Entity[] = [];
    const claims: Claim[] = [];
    for (let i = start; i < Math.min(ENTITIES, start + 10_000); i += 1) {
      const type = i % 3 === 0 ? 'group' : 'person';
      const label = type === 'group' ? `${word(rand)} ${word(rand)} Front` : `${word(rand)} ${word(rand)} ${word(rand)}`;
      const entity: Entity = { id: newId(), type, label, createdAt: now };
      entities.push(entity);
      const base = { evidence: null, sourceReliability: 'C' as const, informationCredibility: 3 as const, hedge: null, author, status: 'accepted' as const, marking: 'TLP:CLEAR' as const, validFrom: null, validTo: null, recordedAt: now, confidence: null };
      claims.push({ ...base, id: newId(), kind: 'name', entityId: entity.id, name: { value: label, kind: 'primary', script: 'latin', language: null } } as Claim);
      claims.push({ ...base, id: newId(), kind: 'name', entityId: entity.id, name: { value: `Abu ${word(rand)}`, kind: 'alias', script: 'latin', language: null } } as Claim);
      if (i % 100 === 0) entityIds.push(entity.id);
      if (i % 1000 === 0) queries.push(label.split(' ')[i % 2]!.slice(0, 5), label);
    }
    await store.transaction(async (tx) => {
      await insertEntities(tx, entities);
      await insertClaims(tx, claims);
    });
  }
  // as the import jobs do after a bulk write (the event import does it itself)
  await refreshStatistics(store, ['entity', 'claim']);
  return { entityIds: entityIds.slice(0, 1000), queries: queries.slice(0, 100) };
}

export async function seedEvents(store: Store, dir: string): Promise<void> {
  const path = join(dir, 'events.csv');
  await writeSyntheticAcled(path, EVENTS);
  await importEvents(store, [path], { format: 'acled', resolveActor: null });
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

/** A route's figures under load, and its first request after the server started (which waits for what the server readies). */
type RouteFigures = Figures & { firstMs: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface LoadSpec {
  url: string;
  paths: string[];
  token: string;
}

/**
 * The load generator, run in a child process (see hammer): autocannon on `spec.paths` in turn,
 * printing its figures as one JSON line. autocannon's histogram has no 95th percentile: every
 * response time is kept and read directly.
 */
async function runLoad(spec: LoadSpec): Promise<void> {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { authorization: `Bearer ${spec.token}` },
        requests: [{ setupRequest: (request) => ({ ...request, path: spec.paths[next++ % spec.paths.length]! }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  const figures: Figures = {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
  console.log(JSON.stringify(figures));
}

/**
 * autocannon against the server, in a child process (this file through bin/run.js, the spec on
 * stdin): in the server's process it would share its event loop and take turns with it, so its
 * own work would count as the server's latency.
 */
function hammer(spec: LoadSpec): Promise<Figures> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'run.js'), fileURLToPath(import.meta.url)], {
      env: { ...process.env, TESSERA_BENCH_API_LOAD: '1' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) fail(new Error(`load generator exited ${code}: ${out.slice(-500)}`));
      else done(JSON.parse(line) as Figures);
    });
    child.stdin.end(JSON.stringify(spec));
  });
}

/** The bench caller: one admin token, checked like any other (no user store is needed to measure the read path). */
function benchCredentials(): { credentials: Credentials; token: string } {
  const token = `bench-${newId()}`;
  const viewer: Viewer = { userId: null, name: 'bench', role: 'reader', clearance: 'TLP:RED', workspaces: null };
  return {
    token,
    credentials: {
      authenticateBearer: async (sent) => (sameSecret(sent, token) ? viewer : null),
      resolveSession: async () => null,
      login: async () => null,
      logout: async () => undefined,
      redeem: async () => null,
      sameSecret,
    },
  };
}

async function benchBackend(name: string, open: () => Promise<Store>, dir: string): Promise<Record<string, RouteFigures> | null> {
  let root: Store;
  try {
    root = await open();
  } catch (error) {
    console.log(`${name}: unavailable (${error instanceof Error ? error.message : String(error)}); skipped`);
    return null;
  }
  const kept = readKeptSeed(name);
  const workspace = kept?.workspace ?? `bench-api-${newId().slice(0, 8)}`;
  const store = root.inWorkspace(workspace);
  try {
    let seeded: Seeded;
    if (kept !== null) {
      seeded = kept;
      console.log(`${name}: the data kept in ${KEEP} (workspace ${workspace}), not seeded again`);
    } else {
      await ensureWorkspace(store);
      let started = performance.now();
      seeded = await seedEntities(store);
      console.log(`${name}: ${ENTITIES.toLocaleString('en')} entities, ${(2 * ENTITIES).toLocaleString('en')} name claims in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      started = performance.now();
      await seedEvents(store, dir);
      console.log(`${name}: ${EVENTS.toLocaleString('en')} events imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const path = keptSeedPath(name);
      if (path !== null) writeFileSync(path, JSON.stringify({ workspace, entities: ENTITIES, events: EVENTS, ...seeded } satisfies KeptSeed));
    }
    const { credentials, token } = benchCredentials();
    const config = loadConfig({ TESSERA_WORKSPACE: workspace });
    // one server per route, closed (in-flight requests finished) before the next, so a slow
    // route's backlog never lands in the next route's figures; entity pages first
    const wanted = (process.env.TESSERA_BENCH_API_ROUTES ?? 'entity,search').split(',');
    const routes = ([
      ['entity', seeded.entityIds.map((id) => `/api/v1/entities/${id}`)],
      ['search', seeded.queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`)],
    ] as [string, string[]][]).filter(([route]) => wanted.includes(route));
    const figures: Record<string, RouteFigures> = {};
    for (const [route, paths] of routes) {
      // as `tessera serve` starts: the name index is built in the background from the start
      const app = await buildApp({ store: root, config, credentials, isSearchIndexWarmed: route === 'search' });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      try {
        // the first request waits for what the server readies (the name index); the load starts
        // once it is answered, so readiness is reported apart and not counted as latency
        const timed = async (path: string) => {
          const started = performance.now();
          const response = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
          if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
          await response.arrayBuffer();
          return performance.now() - started;
        };
        const firstMs = await timed(paths[0]!);
        const readyMs = await timed(paths[1 % paths.length]!);
        console.log(`${name}: first ${route} request ${firstMs.toFixed(0)} ms, the next (ready) ${readyMs.toFixed(0)} ms`);
        const f = { ...(await hammer({ url, paths, token })), firstMs: Math.round(firstMs) };
        figures[route] = f;
        console.log(`${name}: ${route}: p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, ${f.rps.toFixed(0)} req/s, ${f.requests} requests, ${f.errors} errors`);
      } finally {
        await app.close();
      }
    }
    return figures;
  } finally {
    if (root.backend === 'postgres' && KEEP === undefined) {
      for (const table of ['event_actor', 'event_month_rollup', 'event', 'claim', 'entity']) {
        await root.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [workspace]).catch(() => undefined);
      }
    }
    await root.close();
  }
}

export async function run(): Promise<void> {
  console.log(`${ENTITIES.toLocaleString('en')} entities, ${EVENTS.toLocaleString('en')} events; autocannon ${CONNECTIONS} connections, ${SECONDS} s per route`);
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-api-'));
  if (KEEP !== undefined) mkdirSync(KEEP, { recursive: true });
  const backends = (process.env.TESSERA_BENCH_API_BACKENDS ?? 'PGlite,PostgreSQL').split(',');
  try {
    const results: Record<string, Record<string, RouteFigures> | null> = {};
    // opened as `tessera serve` opens its store
    if (backends.includes('PGlite')) results.PGlite = await benchBackend('PGlite', () => openStore({ dataDir: join(KEEP ?? dir, 'pglite'), isServing: true }), dir);
    if (backends.includes('PostgreSQL')) results.PostgreSQL = await benchBackend('PostgreSQL', () => openStore({ databaseUrl: PG_URL, isServing: true }), dir);
    console.log('\nroute          backend      p50 ms  p95 ms  p99 ms   req/s  requests  errors  first ms  target p95');
    for (const route of ['search', 'entity'] as const) {
      for (const [backend, figures] of Object.entries(results)) {
        const f = figures?.[route];
        if (!f) continue;
        const target = backend === 'PGlite' ? 150 : 50;
        const verdict = f.p95 < target && f.errors === 0 ? 'met' : 'MISSED';
        console.log(
          `${(route === 'search' ? 'GET /api/search' : 'GET entity').padEnd(15)}${backend.padEnd(11)}${String(f.p50).padStart(8)}${String(f.p95).padStart(8)}${String(f.p99).padStart(8)}${f.rps.toFixed(0).padStart(8)}${String(f.requests).padStart(10)}${String(f.errors).padStart(8)}${String(f.firstMs).padStart(10)}  < ${target} ${verdict}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.TESSERA_BENCH_API_LOAD !== undefined) await runLoad(JSON.parse(await text(process.stdin)) as LoadSpec);
