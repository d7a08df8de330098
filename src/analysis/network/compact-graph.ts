import type { AbstractGraph } from 'graphology-types';

/**
 * An undirected graph as compressed adjacency arrays (node i's neighbours are
 * `neighbours[offsets[i]..offsets[i+1])`, with edge weights alongside): what the hot loops of
 * betweenness, closeness, PageRank and k-core run on, several times faster than walking a graphology
 * graph's objects.
 */
export interface CompactGraph {
  ids: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

/** Packs a graphology graph (undirected, weight in the `weight` attribute, 1 when absent). */
export function compactGraph(graph: AbstractGraph): CompactGraph {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const degree = new Int32Array(ids.length);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    degree[index.get(source)!]! += 1;
    degree[index.get(target)!]! += 1;
  });
  const offsets = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i += 1) offsets[i + 1] = offsets[i]! + degree[i]!;
  const neighbours = new Int32Array(offsets[ids.length]!);
  const weights = new Float64Array(offsets[ids.length]!);
  const fill = offsets.slice(0, ids.length);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    const w = typeof attributes.weight === 'number' ? attributes.weight : 1;
    neighbours[fill[s]!] = t;
    weights[fill[s]!] = w;
    fill[s]! += 1;
    neighbours[fill[t]!] = s;
    weights[fill[t]!] = w;
    fill[t]! += 1;
  });
  return { ids, offsets, neighbours, weights };
}

/** A small seeded generator (mulberry32), so sampled measures and Louvain repeat run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Packs an edge list given as index pairs into `ids` (one pair per claim) without building a
 * graphology graph: pairs between the same two nodes become one edge weighted by their count,
 * self-loops are dropped. Sorting numeric keys in a typed array keeps a million pairs to a few
 * hundred milliseconds and a few dozen megabytes.
 */
export function compactGraphFromPairs(ids: string[], sources: Int32Array, targets: Int32Array): CompactGraph {
  const n = ids.length;
  const keys = new Float64Array(sources.length);
  let m = 0;
  for (let e = 0; e < sources.length; e += 1) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    keys[m++] = s < t ? s * n + t : t * n + s;
  }
  const sorted = keys.subarray(0, m).sort();
  const degree = new Int32Array(n);
  let distinct = 0;
  for (let e = 0; e < m; e += 1) {
    if (e > 0 && sorted[e] === sorted[e - 1]) continue;
    const key = sorted[e]!;
    degree[Math.floor(key / n)]! += 1;
    degree[key % n]! += 1;
    distinct += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i]! + degree[i]!;
  const neighbours = new Int32Array(2 * distinct);
  const weights = new Float64Array(2 * distinct);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; ) {
    const key = sorted[e]!;
    let weight = 0;
    while (e < m && sorted[e] === key) {
      weight += 1;
      e += 1;
    }
    const s = Math.floor(key / n);
    const t = key % n;
    neighbours[fill[s]!] = t;
    weights[fill[s]!] = weight;
    fill[s]! += 1;
    neighbours[fill[t]!] = s;
    weights[fill[t]!] = weight;
    fill[t]! += 1;
  }
  return { ids, offsets, neighbours, weights };
}
