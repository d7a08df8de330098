/**
 * Networks (issue 11): a synthetic graph of 100,000 nodes and 1,000,000 edges by default
 * (TESSERA_BENCH_GRAPH_QUICK=1 for 20,000 and 200,000; TESSERA_BENCH_GRAPH_NODES / _EDGES for any
 * size; TESSERA_BENCH_GRAPH_SAMPLES for k). Measured:
 * - build from the store: the same edges as accepted relation claims in PostgreSQL
 *   (TESSERA_BENCH_DATABASE_URL, else TESSERA_DATABASE_URL or TESSERA_TEST_DATABASE_URL; skipped,
 *   saying so, without one), read into compact adjacency arrays as the system viewer and as a
 *   TLP:AMBER reader (target < 20 s for 1M claims);
 * - PageRank, sampled betweenness (k = 500), Louvain, peak memory;
 * - in the same run, networkx on the same edge list (python3-networkx; skipped, saying so, when
 *   absent): its own graph build, PageRank, Louvain (networkx.community.louvain_communities) and
 *   betweenness_centrality with the same k, each printed as soon as it is known.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { betweenness, compactGraphFromPairs, pagerank, seededRandom, type CompactGraph } from '../src/analysis/index.js';
import { loadCompactGraph } from '../src/jobs/index.js';
import { newId, SYSTEM_VIEWER, type Claim, type Entity } from '../src/model/index.js';
import { ensureWorkspace, insertClaims, insertEntities, openStore, type Store } from '../src/store/index.js';

const louvain = louvainModule as unknown as typeof louvainModule.default;

const PYTHON = String.raw`
import sys, time, resource, networkx as nx
t = time.time(); g = nx.read_edgelist(sys.argv[1], nodetype=int); print('build', time.time() - t, flush=True)
k = int(sys.argv[2])
t = time.time(); nx.pagerank(g); print('pagerank', time.time() - t, flush=True)
t = time.time(); nx.community.louvain_communities(g, seed=11); print('louvain', time.time() - t, flush=True)
t = time.time(); nx.betweenness_centrality(g, k=k, seed=11); print('betweenness', time.time() - t, flush=True)
print('memory', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
`;

const MEASURES = ['build', 'pagerank', 'louvain', 'betweenness'] as const;

async function time<T>(label: string, work: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${label.padEnd(44)} ${seconds.toFixed(2)} s`);
  return { value, seconds };
}

/** A uniform random simple graph (seeded): `pairs[2e]`, `pairs[2e + 1]` are edge e's ends. */
function randomEdges(nodes: number, edges: number): Int32Array {
  const random = seededRandom(5);
  const pairs = new Int32Array(edges * 2);
  const seen = new Set<number>();
  let m = 0;
  while (m < edges) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a === b) continue;
    const key = a < b ? a * nodes + b : b * nodes + a;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs[2 * m] = a;
    pairs[2 * m + 1] = b;
    m += 1;
  }
  return pairs;
}

function databaseUrl(): string | null {
  return process.env.TESSERA_BENCH_DATABASE_URL ?? process.env.TESSERA_DATABASE_URL ?? process.env.TESSERA_TEST_DATABASE_URL ?? null;
}

/** Writes the edges as accepted TLP:GREEN relation claims in a workspace of their own (not timed). */
async function seedStore(store: Store, nodes: number, pairs: Int32Array): Promise<void> {
  const createdAt = new Date().toISOString();
  const entities: Entity[] = Array.from({ length: nodes }, (_, i) => ({ id: newId(), type: i % 5 === 0 ? 'group' : 'person', label: `Entity ${i}`, createdAt }));
  const chunk = 100_000;
  await store.transaction(async (tx) => {
    for (let i = 0; i < nodes; i += chunk) await insertEntities(tx, entities.slice(i, i + chunk));
  });
  const edges = pairs.length / 2;
  for (let start = 0; start < edges; start += chunk) {
    const claims: Claim[] = [];
    for (let e = start; e < Math.min(edges, start + chunk); e += 1) {
      claims.push({
        id: newId(),
        kind: 'relation',
        entityId: entities[pairs[2 * e]!]!.id,
        targetEntityId: entities[pairs[2 * e + 1]!]!.id,
        relationType: 'communicated_with',
        evidence: null,
        sourceReliability: 'B',
        informationCredibility: 2,
        hedge: null,
        author: { kind: 'analyst', name: 'bench', version: null },
        status: 'accepted',
        marking: 'TLP:GREEN',
        validFrom: null,
        validTo: null,
        recordedAt: createdAt,
        confidence: null,
      } as Claim);
    }
    await store.transaction((tx) => insertClaims(tx, claims));
  }
  await store.query('ANALYZE claim');
}

async function dropWorkspace(store: Store): Promise<void> {
  for (const table of ['claim', 'entity', 'workspace']) await store.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [store.workspaceId]);
}

async function buildFromStore(nodes: number, pairs: Int32Array): Promise<Record<string, number>> {
  const url = databaseUrl();
  if (url === null) {
    console.log('build from the store: no PostgreSQL (set TESSERA_BENCH_DATABASE_URL or TESSERA_TEST_DATABASE_URL); skipped');
    return {};
  }
  const root = await openStore({ databaseUrl: url });
  const store = root.inWorkspace(`bench-graph-${newId().slice(0, 8)}`);
  const figures: Record<string, number> = {};
  try {
    await ensureWorkspace(store);
    await time(`seed PostgreSQL: ${pairs.length / 2} relation claims (COPY)`, () => seedStore(store, nodes, pairs));
    const asSystem = await time('build from PostgreSQL (system viewer)', () => loadCompactGraph(store));
    figures.store = asSystem.seconds;
    const amber = store.asViewer({ ...SYSTEM_VIEWER, name: 'bench-amber', clearance: 'TLP:AMBER' });
    const asAmber = await time('build from PostgreSQL (TLP:AMBER reader)', () => loadCompactGraph(amber));
    figures.storeAmber = asAmber.seconds;
    const edgesRead = asSystem.value.offsets[asSystem.value.ids.length]! / 2;
    console.log(`  read back: ${asSystem.value.ids.length} nodes, ${edgesRead} edges${edgesRead === pairs.length / 2 ? '' : ' (MISMATCH)'}`);
  } finally {
    await dropWorkspace(store).catch((error: unknown) => console.log(`  could not remove the bench workspace ${store.workspaceId}: ${String(error)}`));
    await root.close();
  }
  return figures;
}

/** Runs networkx on the edge list, printing each figure as it arrives. */
async function runNetworkx(path: string, samples: number): Promise<Record<string, number>> {
  const theirs: Record<string, number> = {};
  const child = spawn('python3', ['-c', PYTHON, path, String(samples)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  for await (const line of createInterface({ input: child.stdout })) {
    const [name, value] = line.trim().split(' ');
    if (name === undefined || value === undefined) continue;
    theirs[name] = Number(value);
    console.log(`  networkx ${name.padEnd(35)} ${Number(value).toFixed(2)} ${name === 'memory' ? 'MB' : 's'}`);
  }
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('close', resolve)));
  if (code !== 0) console.log(`  networkx stopped (${code}): ${stderr.trim().split('\n').pop() ?? ''}`);
  return theirs;
}

export async function run(): Promise<void> {
  const isQuick = process.env.TESSERA_BENCH_GRAPH_QUICK === '1';
  const nodes = Number(process.env.TESSERA_BENCH_GRAPH_NODES ?? (isQuick ? 20_000 : 100_000));
  const edges = Number(process.env.TESSERA_BENCH_GRAPH_EDGES ?? (isQuick ? 200_000 : 1_000_000));
  const samples = Number(process.env.TESSERA_BENCH_GRAPH_SAMPLES ?? 500);
  console.log(`synthetic graph: ${nodes} nodes, ${edges} edges; betweenness k=${samples} (TESSERA_BENCH_GRAPH_QUICK=1 for 20k/200k)`);
  const pairs = randomEdges(nodes, edges);
  const store = await buildFromStore(nodes, pairs);

  const ours: Record<string, number> = {};
  const ids = Array.from({ length: nodes }, (_, i) => String(i));
  const sources = new Int32Array(edges);
  const targets = new Int32Array(edges);
  for (let e = 0; e < edges; e += 1) {
    sources[e] = pairs[2 * e]!;
    targets[e] = pairs[2 * e + 1]!;
  }
  const packed = await time('pack adjacency from the edge list', () => compactGraphFromPairs(ids, sources, targets));
  const compact: CompactGraph = packed.value;
  const graph = await time('build graphology graph (for Louvain)', () => {
    const g = new UndirectedGraph();
    for (let i = 0; i < nodes; i += 1) g.addNode(String(i));
    for (let e = 0; e < edges; e += 1) g.addEdge(String(pairs[2 * e]), String(pairs[2 * e + 1]), { weight: 1 });
    return g;
  });
  // networkx's one graph object serves every measure; Tessera's compact arrays serve PageRank and betweenness, a graphology graph Louvain
  ours.build = packed.seconds;
  ours.graphology = graph.seconds;
  ours.pagerank = (await time('pagerank', () => pagerank(compact))).seconds;
  ours.louvain = (await time('louvain (graphology-communities-louvain)', () => louvain(graph.value, { rng: seededRandom(11) }))).seconds;
  ours.betweenness = (await time(`betweenness, sampled k=${samples}`, () => betweenness(compact, { samples, seed: 11 }))).seconds;
  ours.memory = process.resourceUsage().maxRSS / 1024;
  console.log(`  ${'peak memory (max RSS)'.padEnd(44)} ${ours.memory.toFixed(0)} MB`);

  const probe = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log('networkx: python3-networkx is not installed; comparison skipped (apt-get install -y python3-networkx)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-graph-'));
  try {
    const path = join(dir, 'edges.txt');
    const lines: string[] = [];
    for (let e = 0; e < edges; e += 1) lines.push(`${pairs[2 * e]} ${pairs[2 * e + 1]}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    lines.length = 0;
    const theirs = await runNetworkx(path, samples);
    console.log(`\n${'measure'.padEnd(36)}    tessera      networkx   speed-up`);
    if (store.store !== undefined) console.log(`${'build from PostgreSQL (claims)'.padEnd(36)} ${store.store.toFixed(2).padStart(8)} s   ${'—'.padStart(10)}     (target < 20 s)`);
    for (const name of MEASURES) {
      const t = theirs[name];
      const label = name === 'build' ? 'build in memory from the edge list' : name;
      console.log(`${label.padEnd(36)} ${ours[name]!.toFixed(2).padStart(8)} s   ${t === undefined ? '—'.padStart(10) : `${t.toFixed(2).padStart(8)} s`}   ${t === undefined ? '' : `${(t / ours[name]!).toFixed(1)}×`}`);
    }
    console.log(`  (tessera's build is the compact arrays PageRank and betweenness run on; Louvain also needs the graphology graph: ${ours.graphology!.toFixed(2)} s)`);
    const theirMemory = theirs.memory;
    console.log(`${'peak memory'.padEnd(36)} ${ours.memory.toFixed(0).padStart(7)} MB   ${theirMemory === undefined ? '—'.padStart(10) : `${theirMemory.toFixed(0).padStart(7)} MB`}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
