/**
 * Networks (issue 11): a synthetic graph of NODES nodes and EDGES edges (default 100,000 and
 * 1,000,000; TESSERA_BENCH_GRAPH_NODES / _EDGES to change), PageRank, sampled betweenness (k = 500)
 * and Louvain, timed here and, in the same run on the same edge list, with networkx when python3
 * has it (Debian: apt-get install python3-networkx); the bench says so and skips it otherwise.
 * Building from 1M relation claims in PostgreSQL is not measured here yet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { betweenness, compactGraph, pagerank, seededRandom } from '../src/analysis/index.js';

const louvain = louvainModule as unknown as typeof louvainModule.default;

const PYTHON = String.raw`
import sys, time, networkx as nx
from networkx.algorithms import community
g = nx.read_edgelist(sys.argv[1], nodetype=int)
k = int(sys.argv[2])
t = time.time(); nx.pagerank(g); print('pagerank', time.time() - t, flush=True)
t = time.time(); nx.community.louvain_communities(g, seed=11); print('louvain', time.time() - t, flush=True)
t = time.time(); nx.betweenness_centrality(g, k=k, seed=11); print('betweenness', time.time() - t, flush=True)
`;

function time<T>(label: string, work: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = work();
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${label.padEnd(28)} ${seconds.toFixed(2)} s`);
  return { value, seconds };
}

export async function run(): Promise<void> {
  const nodes = Number(process.env.TESSERA_BENCH_GRAPH_NODES ?? 100_000);
  const edges = Number(process.env.TESSERA_BENCH_GRAPH_EDGES ?? 1_000_000);
  const samples = Number(process.env.TESSERA_BENCH_GRAPH_SAMPLES ?? 500);
  console.log(`synthetic graph: ${nodes} nodes, ${edges} edges; betweenness k=${samples}`);
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
  const ours: Record<string, number> = {};
  const graph = time('build graphology graph', () => {
    const g = new UndirectedGraph();
    for (let i = 0; i < nodes; i += 1) g.addNode(String(i));
    for (let e = 0; e < edges; e += 1) g.addEdge(String(pairs[2 * e]), String(pairs[2 * e + 1]), { weight: 1 });
    return g;
  }).value;
  const compact = time('pack adjacency', () => compactGraph(graph)).value;
  ours.pagerank = time('pagerank', () => pagerank(compact)).seconds;
  ours.louvain = time('louvain (graphology)', () => louvain(graph, { rng: seededRandom(11) })).seconds;
  ours.betweenness = time(`betweenness k=${samples}`, () => betweenness(compact, { samples, seed: 11 })).seconds;
  console.log(`  peak memory (rss)            ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

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
    const result = spawnSync('python3', ['-c', PYTHON, path, String(samples)], { encoding: 'utf8', timeout: 3_600_000 });
    const theirs = Object.fromEntries(
      result.stdout.trim().split('\n').filter(Boolean).map((line) => {
        const [name, seconds] = line.split(' ');
        return [name!, Number(seconds)];
      }),
    );
    console.log('measure        tessera (s)   networkx (s)   speed-up');
    for (const name of ['pagerank', 'louvain', 'betweenness']) {
      const t = theirs[name];
      console.log(`${name.padEnd(14)} ${ours[name]!.toFixed(2).padStart(11)}   ${t === undefined ? '—'.padStart(12) : t.toFixed(2).padStart(12)}   ${t === undefined ? '' : `${(t / ours[name]!).toFixed(1)}×`}`);
    }
    if (result.status !== 0) console.log(`networkx stopped: ${result.stderr.trim().split('\n').pop() ?? ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
