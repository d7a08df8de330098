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
 *   betweenness_centrality with the same k, each measure in a process of its own, printed as
 *   soon as it is known, and stopped after 3× Tessera's time (the speed-up then printed as a
 *   lower bound: at full size networkx's Louvain and betweenness take an hour or more).
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

/** networkx: builds the graph from the edge list, then runs one measure (argv[3]), printing each time. */
const PYTHON = String.raw`
import sys, time, resource, networkx as nx
print('version', nx.__version__, sys.version.split()[0], flush=True)
t = time.time(); g = nx.read_edgelist(sys.argv[1], nodetype=int); print('build', time.time() - t, flush=True)
k = int(sys.argv[2]); measure = sys.argv[3]
t = time.time()
if measure == 'pagerank': nx.pagerank(g)
elif measure == 'louvain': nx.community.louvain_communities(g, seed=11)
elif measure == 'betweenness': nx.betweenness_centrality(g, k=k, seed=11)
print(measure, time.time() - t, flush=True)
print('memory', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
`;

/**
 * networkx gets this many times Tessera's time for a measure before it is stopped: enough to
 * show the 2× target either way, without waiting an hour for a sampled betweenness at 1M edges.
 */
const BUDGET_FACTOR = 3;

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

/** A networkx figure: seconds, or the budget it ran past before it was stopped. */
interface TheirFigure {
  seconds: number;
  isStopped: boolean;
}

/**
 * Runs networkx on the edge list for one measure, in a process of its own, printing each figure
 * as it arrives; stops it once the measure has run `budget` seconds after its graph was built.
 */
async function runNetworkx(path: string, samples: number, measure: string, budget: number): Promise<Record<string, TheirFigure>> {
  const theirs: Record<string, TheirFigure> = {};
  const child = spawn('python3', ['-c', PYTHON, path, String(samples), measure], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  for await (const line of createInterface({ input: child.stdout })) {
    const [name, value, python] = line.trim().split(' ');
    if (name === undefined || value === undefined) continue;
    if (name === 'version') {
      if (measure === 'pagerank') console.log(`  networkx ${value} on Python ${python ?? '?'}`);
      continue;
    }
    theirs[name] = { seconds: Number(value), isStopped: false };
    console.log(`  networkx ${name.padEnd(35)} ${Number(value).toFixed(2)} ${name === 'memory' ? 'MB' : 's'}`);
    if (name === 'build' && measure !== 'build') {
      timer = setTimeout(() => {
        theirs[measure] = { seconds: budget, isStopped: true };
        console.log(`  networkx ${measure.padEnd(35)} stopped after ${budget.toFixed(0)} s (${BUDGET_FACTOR}× Tessera's time)`);
        child.kill('SIGKILL');
      }, budget * 1000);
    }
  }
  clearTimeout(timer);
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('close', resolve)));
  if (code !== 0 && theirs[measure]?.isStopped !== true) console.log(`  networkx stopped (${code}): ${stderr.trim().split('\n').pop() ?? ''}`);
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
    const theirs: Record<string, TheirFigure> = {};
    let theirMemory = 0;
    for (const measure of ['pagerank', 'louvain', 'betweenness'] as const) {
      const budget = Math.max(30, BUDGET_FACTOR * ours[measure]!);
      const figures = await runNetworkx(path, samples, measure, budget);
      if (figures.build !== undefined && theirs.build === undefined) theirs.build = figures.build;
      if (figures[measure] !== undefined) theirs[measure] = figures[measure];
      theirMemory = Math.max(theirMemory, figures.memory?.seconds ?? 0);
    }
    console.log(`\n${'measure'.padEnd(36)}    tessera      networkx   speed-up`);
    if (store.store !== undefined) console.log(`${'build from PostgreSQL (claims)'.padEnd(36)} ${store.store.toFixed(2).padStart(8)} s   ${'—'.padStart(10)}     (target < 20 s)`);
    for (const name of MEASURES) {
      const t = theirs[name];
      const label = name === 'build' ? 'build in memory from the edge list' : name;
      const their = t === undefined ? '—'.padStart(10) : `${t.isStopped ? '>' : ' '}${t.seconds.toFixed(2).padStart(7)} s`;
      const speedUp = t === undefined ? '' : `${t.isStopped ? '≥ ' : ''}${(t.seconds / ours[name]!).toFixed(1)}×`;
      console.log(`${label.padEnd(36)} ${ours[name]!.toFixed(2).padStart(8)} s   ${their}   ${speedUp}`);
    }
    console.log(`  (tessera's build is the compact arrays PageRank and betweenness run on; Louvain also needs the graphology graph: ${ours.graphology!.toFixed(2)} s)`);
    console.log(`  (a networkx measure still running after ${BUDGET_FACTOR}× Tessera's time is stopped: its speed-up is a lower bound)`);
    console.log(`${'peak memory'.padEnd(36)} ${ours.memory.toFixed(0).padStart(7)} MB   ${theirMemory === 0 ? '—'.padStart(10) : `${theirMemory.toFixed(0).padStart(7)} MB`} (networkx: its largest run, which may have been stopped)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
