/**
 * STIX and TAXII bench (issue 12): a workspace whose export is a 100,000-object bundle (40,000
 * entities with names and an attribute, 39,000 relations, 20,000 events and 1,000 documents, every
 * fact an accepted claim with evidence), on PGlite on disk. Measured, each phase in its own process
 * so its peak RSS is its own (getrusage maxRSS):
 * - export: `exportStix` to a file (target ≥ 20,000 objects/s, peak RSS < 600 MB);
 * - import: `importStix` of that file into an empty store (target ≥ 5,000 objects/s, peak RSS <
 *   600 MB), then a re-export, which must be byte for byte the first (the round trip);
 * - TAXII: `GET /taxii2/…/objects/?limit=1000` on the imported store, 100 requests over the
 *   collection's pages (each through the page before's `next` token) after one that fills the
 *   per-clearance cache (target p95 < 100 ms). Peak RSS is printed after the fill and after the
 *   requests: those run through Fastify's inject, which copies each 1.7 MB body, and the bench
 *   parses each, so the second peak holds the client's garbage too (a server's clients are elsewhere).
 * Wall-clock rates depend on the machine's load; each phase also prints the CPU time it took.
 * Scale: TESSERA_BENCH_STIX_OBJECTS (default 100,000; the mix keeps its proportions).
 * TESSERA_BENCH_STIX_KEEP=DIR keeps the seeded store in DIR/source and uses it again in a later run
 * instead of seeding (ids and times come from the seeding): the export's bundle SHA-1, printed, is
 * then the same before and after a change that keeps the bundle.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/analysis/index.js';
import { loadConfig } from '../src/config.js';
import { exportStix, importStix, taxiiCollectionId } from '../src/jobs/index.js';
import { newId, type Claim, type Entity, type Event, type Viewer } from '../src/model/index.js';
import { buildApp } from '../src/server/app.js';
import { sameSecret, type Credentials } from '../src/server/credentials.js';
import { ensureWorkspace, insertClaims, insertDocument, insertEntities, insertEvents, openStore, type Store } from '../src/store/index.js';

const OBJECTS = Number(process.env.TESSERA_BENCH_STIX_OBJECTS ?? 100_000);
const PHASE = process.env.TESSERA_BENCH_STIX_PHASE;
const REQUESTS = 100;
const PAGE = 1_000;

const SYLLABLES = ['ab', 'u', 'sa', 'ma', 'nor', 'ak', 'ki', 'ta', 'jid', 'din', 'ra', 'shid', 'za', 'far', 'ha', 'mid'];
function word(rand: () => number): string {
  let w = '';
  for (let i = 0; i < 3; i += 1) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Seeds knowledge whose export has about `OBJECTS` objects. */
async function seed(store: Store): Promise<void> {
  const rand = seededRandom(12);
  const documents = Math.max(1, Math.round(OBJECTS * 0.01));
  const entities = Math.round(OBJECTS * 0.4);
  const relations = Math.round(OBJECTS * 0.39);
  const events = OBJECTS - documents - entities - relations;
  const now = '2026-12-01T10:00:00.000Z';
  const documentIds: string[] = [];
  await store.transaction(async (tx) => {
    for (let d = 0; d < documents; d += 1) {
      const id = newId();
      documentIds.push(id);
      const text = `Report ${d}. ${word(rand)} ${word(rand)} met ${word(rand)} in Dushanbe.`;
      await insertDocument(
        tx,
        { id, contentHash: createHash('sha256').update(`doc-${d}`).digest('hex'), path: `reports/report-${d}.txt`, format: 'txt', title: `Report ${d}`, text, bodyEnd: text.length, published: { start: '2024-03-01', end: '2024-03-31', precision: 'month' }, sourceReliability: 'B', marking: d % 10 === 0 ? 'TLP:AMBER' : 'TLP:GREEN', ingestedAt: now },
        [{ index: 0, start: 0, end: text.length, citedNotes: [1] }],
        [{ noteNumber: 1, text: 'Radio Ozodi, 12 March 2024.', authors: [], title: null, outlet: 'Radio Ozodi', date: null, language: 'tg', url: 'https://rus.ozodi.org/' }],
      );
    }
  });
  const base = (d: number) => ({
    evidence: { documentId: documentIds[d % documentIds.length]!, start: 0, end: 20, quote: 'met in Dushanbe', citedNotes: [1] },
    sourceReliability: 'B' as const,
    informationCredibility: 2 as const,
    hedge: d % 4 === 0 ? { text: 'reportedly', kind: 'attributive' as const, band: null } : null,
    author: { kind: 'extractor' as const, name: 'tessera-rules', version: '1' },
    status: 'accepted' as const,
    marking: 'TLP:GREEN' as const,
    validFrom: null,
    validTo: null,
    recordedAt: now,
    confidence: null,
  });
  const entityIds: string[] = [];
  for (let start = 0; start < entities; start += 10_000) {
    const rows: Entity[] = [];
    const claims: Claim[] = [];
    for (let i = start; i < Math.min(entities, start + 10_000); i += 1) {
      const type = i % 3 === 0 ? 'group' : i % 3 === 1 ? 'person' : 'location';
      const label = `${word(rand)} ${word(rand)}`;
      const entity: Entity = { id: newId(), type, label, createdAt: now };
      rows.push(entity);
      entityIds.push(entity.id);
      claims.push({ ...base(i), id: newId(), kind: 'name', entityId: entity.id, name: { value: label, kind: 'primary', script: 'latin', language: null } });
      claims.push({ ...base(i + 1), id: newId(), kind: 'name', entityId: entity.id, name: { value: `Abu ${word(rand)}`, kind: 'alias', script: 'latin', language: null } });
      claims.push({ ...base(i + 2), id: newId(), kind: 'attribute', entityId: entity.id, attribute: type === 'location' ? 'country' : 'nationality', value: type === 'location' ? 'TJ' : 'Tajik' });
    }
    await store.transaction(async (tx) => {
      await insertEntities(tx, rows);
      await insertClaims(tx, claims);
    });
  }
  for (let start = 0; start < relations; start += 10_000) {
    const claims: Claim[] = [];
    for (let i = start; i < Math.min(relations, start + 10_000); i += 1) {
      const a = entityIds[Math.floor(rand() * entityIds.length)]!;
      let b = entityIds[Math.floor(rand() * entityIds.length)]!;
      if (b === a) b = entityIds[(entityIds.indexOf(a) + 1) % entityIds.length]!;
      claims.push({ ...base(i), id: newId(), kind: 'relation', entityId: a, relationType: i % 2 === 0 ? 'member_of' : 'allied_with', targetEntityId: b, validFrom: { start: '2019-01-01', end: '2019-12-31', precision: 'year' } });
    }
    await store.transaction((tx) => insertClaims(tx, claims));
  }
  for (let start = 0; start < events; start += 10_000) {
    const rows: Event[] = [];
    const claims: Claim[] = [];
    for (let i = start; i < Math.min(events, start + 10_000); i += 1) {
      const documentId = documentIds[i % documentIds.length]!;
      const event: Event = {
        id: newId(),
        type: 'attack',
        datasetType: null,
        datasetSubtype: null,
        date: { start: '2024-03-22', end: '2024-03-22', precision: 'day' },
        location: { country: 'RU', admin1: 'Moscow Oblast', admin2: null, place: 'Krasnogorsk', latitude: 55.82, longitude: 37.33, geoPrecision: 1 },
        actors: [{ text: 'ISKP', entityId: entityIds[i % entityIds.length]!, role: 'perpetrator' }],
        counts: { fatalities: 145, wounded: 551, arrested: null },
        summary: `Attack ${i}`,
        notes: null,
        sourceText: null,
        origin: { kind: 'document', documentId },
        marking: 'TLP:GREEN',
      };
      rows.push(event);
      claims.push({ ...base(i), id: newId(), kind: 'event', eventId: event.id, field: null, evidence: { ...base(i).evidence, documentId } });
    }
    await store.transaction(async (tx) => {
      await insertEvents(tx, rows);
      await insertClaims(tx, claims);
    });
  }
}

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function exportTo(store: Store, path: string): Promise<{ objects: number; ms: number; cpuS: number }> {
  const out = createWriteStream(path);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await exportStix(store, {}, (chunk) => (out.write(chunk) ? undefined : new Promise<void>((done) => out.once('drain', () => done()))));
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  const cpu = process.cpuUsage(cpuBefore);
  return { objects: result.objects, ms: performance.now() - started, cpuS: (cpu.user + cpu.system) / 1e6 };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** One phase in this process (a child of `run`): prints one JSON line of figures. */
async function runPhase(phase: string): Promise<void> {
  const dataDir = process.env.TESSERA_BENCH_STIX_DATA!;
  const bundle = process.env.TESSERA_BENCH_STIX_BUNDLE!;
  const store = await openStore({ dataDir });
  try {
    if (phase === 'prepare') {
      // an empty store, created (and migrated) before the import is measured
      await ensureWorkspace(store);
      console.log(JSON.stringify({ rssMb: maxRssMb() }));
    } else if (phase === 'seed') {
      await ensureWorkspace(store);
      const started = performance.now();
      await seed(store);
      console.log(JSON.stringify({ ms: performance.now() - started, rssMb: maxRssMb() }));
    } else if (phase === 'export') {
      const figures = await exportTo(store, bundle);
      const rssMb = maxRssMb();
      // the bundle's fingerprint, to compare exports before and after a change (same seed, same bundle)
      console.log(JSON.stringify({ ...figures, rssMb, bytes: statSync(bundle).size, sha1: createHash('sha1').update(readFileSync(bundle)).digest('hex') }));
    } else if (phase === 'import') {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const result = await importStix(store, bundle);
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const rssMb = maxRssMb();
      const again = await exportTo(store, `${bundle}.again`);
      console.log(JSON.stringify({ ms, cpuS: (cpu.user + cpu.system) / 1e6, rssMb, objects: result.objects, written: result.written, warnings: result.warnings.length, roundTrip: sha(bundle) === sha(`${bundle}.again`), reexportObjects: again.objects }));
    } else if (phase === 'taxii') {
      const token = `bench-${newId()}`;
      const viewer: Viewer = { userId: null, name: 'bench', role: 'reader', clearance: 'TLP:RED', workspaces: null };
      const credentials: Credentials = {
        authenticateBearer: async (sent) => (sameSecret(sent, token) ? viewer : null),
        authenticateBasic: async () => null,
        resolveSession: async () => null,
        login: async () => null,
        logout: async () => undefined,
        redeem: async () => null,
        sameSecret,
      };
      const app = await buildApp({ store, config: loadConfig({ TESSERA_WORKSPACE: store.workspaceId }), credentials });
      const url = `/taxii2/tessera/collections/${taxiiCollectionId(store.workspaceId)}/objects/?limit=${PAGE}`;
      const headers = { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' };
      let started = performance.now();
      const first = await app.inject({ url, headers });
      const coldMs = performance.now() - started;
      // the cache fill's own peak; the requests after it add the bench's garbage (each 1.7 MB body copied by inject, then parsed here)
      const fillRssMb = maxRssMb();
      if (first.statusCode !== 200) throw new Error(`TAXII answered ${first.statusCode}: ${first.body.slice(0, 200)}`);
      // the collection's pages in turn, each through the `next` token of the page before, from the first again after the last
      let next: string | undefined = (first.json() as { next?: string }).next;
      const times: number[] = [];
      let bytes = 0;
      const cpuBefore = process.cpuUsage();
      for (let i = 0; i < REQUESTS; i += 1) {
        started = performance.now();
        const response = await app.inject({ url: `${url}${next === undefined ? '' : `&next=${encodeURIComponent(next)}`}`, headers });
        times.push(performance.now() - started);
        if (response.statusCode !== 200) throw new Error(`TAXII answered ${response.statusCode}`);
        bytes += response.body.length;
        next = (response.json() as { next?: string }).next;
      }
      const cpu = process.cpuUsage(cpuBefore);
      await app.close();
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
      console.log(JSON.stringify({ coldMs, fillRssMb, p50: at(50), p95: at(95), p99: at(99), cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / REQUESTS, meanKb: bytes / REQUESTS / 1024, rssMb: maxRssMb() }));
    }
  } finally {
    await store.close();
  }
}

/** Runs one phase in a child process (this file, through bin/run.js) and returns its JSON line. */
function child(phase: string, env: Record<string, string>): Promise<Record<string, unknown>> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [join(root, 'bin', 'run.js'), join(root, 'bench', 'stix.ts')], {
      env: { ...process.env, ...env, TESSERA_BENCH_STIX_PHASE: phase },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) fail(new Error(`${phase} phase exited ${code}: ${out.slice(-500)}`));
      else done(JSON.parse(line) as Record<string, unknown>);
    });
  });
}

export async function run(): Promise<void> {
  const keep = process.env.TESSERA_BENCH_STIX_KEEP;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'tessera-bench-stix-'));
  const source = join(dir, 'source');
  const target = join(dir, 'target');
  const bundle = join(dir, 'bundle.json');
  try {
    if (keep !== undefined && existsSync(join(source, 'PG_VERSION'))) {
      console.log(`seeded store kept in ${source}: not seeded again`);
    } else {
      const seeded = await child('seed', { TESSERA_BENCH_STIX_DATA: source });
      console.log(`seeded ~${OBJECTS.toLocaleString('en')} objects' knowledge on PGlite (disk) in ${(Number(seeded.ms) / 1000).toFixed(1)} s`);
    }
    const exported = await child('export', { TESSERA_BENCH_STIX_DATA: source, TESSERA_BENCH_STIX_BUNDLE: bundle });
    const exportRate = Number(exported.objects) / (Number(exported.ms) / 1000);
    console.log(`export: ${Number(exported.objects).toLocaleString('en')} objects (${(Number(exported.bytes) / 2 ** 20).toFixed(0)} MB) in ${(Number(exported.ms) / 1000).toFixed(2)} s (${Number(exported.cpuS).toFixed(1)} CPU-s) — ${Math.round(exportRate).toLocaleString('en')} objects/s, peak RSS ${String(exported.rssMb)} MB; bundle SHA-1 ${String(exported.sha1)}`);
    // the import's store starts empty every run
    rmSync(target, { recursive: true, force: true });
    await child('prepare', { TESSERA_BENCH_STIX_DATA: target });
    const imported = await child('import', { TESSERA_BENCH_STIX_DATA: target, TESSERA_BENCH_STIX_BUNDLE: bundle });
    const importRate = Number(imported.objects) / (Number(imported.ms) / 1000);
    console.log(`import: ${Number(imported.objects).toLocaleString('en')} objects in ${(Number(imported.ms) / 1000).toFixed(2)} s (${Number(imported.cpuS).toFixed(1)} CPU-s) — ${Math.round(importRate).toLocaleString('en')} objects/s, peak RSS ${String(imported.rssMb)} MB; written ${JSON.stringify(imported.written)}, ${String(imported.warnings)} warnings; re-export identical: ${String(imported.roundTrip)}`);
    const taxii = await child('taxii', { TESSERA_BENCH_STIX_DATA: target });
    console.log(`TAXII objects?limit=${PAGE}: first (cache fill) ${Number(taxii.coldMs).toFixed(0)} ms; ${REQUESTS} requests p50 ${Number(taxii.p50).toFixed(1)} ms, p95 ${Number(taxii.p95).toFixed(1)} ms, p99 ${Number(taxii.p99).toFixed(1)} ms, CPU ${Number(taxii.cpuMsPerRequest).toFixed(1)} ms a request, ${Number(taxii.meanKb).toFixed(0)} KB a page, peak RSS ${String(taxii.fillRssMb)} MB after the cache fill, ${String(taxii.rssMb)} MB after the requests`);
    const verdict = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
    console.log('\nmeasure              figure              target');
    console.log(`export               ${`${Math.round(exportRate)} obj/s`.padEnd(20)}≥ 20,000 obj/s ${verdict(exportRate >= 20_000)}`);
    console.log(`export peak RSS      ${`${String(exported.rssMb)} MB`.padEnd(20)}< 600 MB ${verdict(Number(exported.rssMb) < 600)}`);
    console.log(`import               ${`${Math.round(importRate)} obj/s`.padEnd(20)}≥ 5,000 obj/s ${verdict(importRate >= 5_000)}`);
    console.log(`import peak RSS      ${`${String(imported.rssMb)} MB`.padEnd(20)}< 600 MB ${verdict(Number(imported.rssMb) < 600)}`);
    console.log(`round trip           ${String(imported.roundTrip).padEnd(20)}identical bundle ${verdict(imported.roundTrip === true)}`);
    console.log(`TAXII page p95       ${`${Number(taxii.p95).toFixed(1)} ms`.padEnd(20)}< 100 ms ${verdict(Number(taxii.p95) < 100)}`);
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
    else rmSync(target, { recursive: true, force: true });
  }
}

if (PHASE !== undefined) await runPhase(PHASE);
