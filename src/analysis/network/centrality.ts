import type { CompactGraph } from './compact-graph.js';
import { seededRandom } from './compact-graph.js';

/**
 * Betweenness by Brandes' algorithm over hop distances, normalised as networkx does for an
 * undirected graph (divided by (n-1)(n-2)). With `samples` below n, the dependencies of that many
 * randomly chosen sources are summed and scaled by n/samples (Brandes & Pich 2007).
 */
export function betweenness(graph: CompactGraph, options: { samples?: number; seed?: number } = {}): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  if (n < 3) return result;
  const { offsets, neighbours } = graph;
  let sources: Int32Array;
  const k = options.samples === undefined ? n : Math.min(n, options.samples);
  if (k >= n) {
    sources = new Int32Array(n);
    for (let i = 0; i < n; i += 1) sources[i] = i;
  } else {
    const random = seededRandom(options.seed ?? 11);
    const all = new Int32Array(n);
    for (let i = 0; i < n; i += 1) all[i] = i;
    for (let i = 0; i < k; i += 1) {
      const j = i + Math.floor(random() * (n - i));
      const t = all[i]!;
      all[i] = all[j]!;
      all[j] = t;
    }
    sources = all.slice(0, k);
  }
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const s of sources) {
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      const dv = distance[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const w = neighbours[e]!;
        if (distance[w]! < 0) {
          distance[w] = dv + 1;
          queue[tail++] = w;
        }
        if (distance[w] === dv + 1) sigma[w]! += sigma[v]!;
      }
    }
    while (top > 0) {
      const w = stack[--top]!;
      const dw = distance[w]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e += 1) {
        const v = neighbours[e]!;
        if (distance[v] === dw - 1) delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== s) result[w]! += delta[w]!;
    }
  }
  const scale = (n / k) / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i += 1) result[i]! *= scale;
  return result;
}

/**
 * Closeness by breadth-first search from every node, with Wasserman and Faust's correction for
 * disconnected graphs (networkx's default): (r-1)/Σd · (r-1)/(n-1), r the nodes reached.
 */
export function closeness(graph: CompactGraph): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  const { offsets, neighbours } = graph;
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    distance.fill(-1);
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    let total = 0;
    while (head < tail) {
      const v = queue[head++]!;
      total += distance[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const w = neighbours[e]!;
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          queue[tail++] = w;
        }
      }
    }
    const reached = tail;
    result[s] = total > 0 && n > 1 ? ((reached - 1) / total) * ((reached - 1) / (n - 1)) : 0;
  }
  return result;
}

/**
 * PageRank on the weighted undirected graph (each edge both ways), damping 0.85, dangling mass
 * spread evenly, to an L1 change under n·1e-6 (networkx's rule).
 */
export function pagerank(graph: CompactGraph, options: { alpha?: number; maxIterations?: number } = {}): Float64Array {
  const n = graph.ids.length;
  const alpha = options.alpha ?? 0.85;
  const { offsets, neighbours, weights } = graph;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    let sum = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) sum += weights[e]!;
    strength[v] = sum;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < (options.maxIterations ?? 100); iteration += 1) {
    let dangling = 0;
    for (let v = 0; v < n; v += 1) {
      if (strength[v] === 0) dangling += rank[v]!;
      else share[v] = rank[v]! / strength[v]!;
    }
    const base = (1 - alpha) / n + (alpha * dangling) / n;
    for (let v = 0; v < n; v += 1) {
      let sum = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const u = neighbours[e]!;
        if (strength[u] !== 0) sum += share[u]! * weights[e]!;
      }
      next[v] = base + alpha * sum;
    }
    let change = 0;
    for (let v = 0; v < n; v += 1) change += Math.abs(next[v]! - rank[v]!);
    [rank, next] = [next, rank];
    if (change < n * 1e-6) break;
  }
  return rank;
}

/** Core numbers (the largest k such that the node is in the k-core), Batagelj and Zaversnik's O(m). */
export function coreNumbers(graph: CompactGraph): Int32Array {
  const n = graph.ids.length;
  const { offsets, neighbours } = graph;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  const bins = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v += 1) bins[degree[v]!]! += 1;
  let start = 0;
  for (let d = 0; d <= maxDegree; d += 1) {
    const count = bins[d]!;
    bins[d] = start;
    start += count;
  }
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    position[v] = bins[degree[v]!]!;
    order[position[v]!] = v;
    bins[degree[v]!]! += 1;
  }
  for (let d = maxDegree; d > 0; d -= 1) bins[d] = bins[d - 1]!;
  bins[0] = 0;
  for (let i = 0; i < n; i += 1) {
    const v = order[i]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      const u = neighbours[e]!;
      if (degree[u]! > degree[v]!) {
        const du = degree[u]!;
        const pu = position[u]!;
        const pw = bins[du]!;
        const w = order[pw]!;
        if (u !== w) {
          order[pu] = w;
          position[w] = pu;
          order[pw] = u;
          position[u] = pw;
        }
        bins[du]! += 1;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}

/** Participation coefficient: 1 - Σ_c (w_ic / w_i)², the spread of a node's ties over communities. */
export function participation(graph: CompactGraph, community: Int32Array): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  const { offsets, neighbours, weights } = graph;
  const byCommunity = new Map<number, number>();
  for (let v = 0; v < n; v += 1) {
    byCommunity.clear();
    let total = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      const c = community[neighbours[e]!]!;
      byCommunity.set(c, (byCommunity.get(c) ?? 0) + weights[e]!);
      total += weights[e]!;
    }
    if (total === 0) continue;
    let sum = 0;
    for (const w of byCommunity.values()) sum += (w / total) ** 2;
    result[v] = 1 - sum;
  }
  return result;
}

/**
 * Burt's constraint: Σ_j (p_ij + Σ_q p_iq p_qj)², p_ij the share of i's tie weight on j. Low for a
 * broker whose contacts are not tied to each other; NaN for an isolate.
 */
export function constraint(graph: CompactGraph): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  const { offsets, neighbours, weights } = graph;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) strength[v]! += weights[e]!;
  }
  const share = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    if (strength[i] === 0) {
      result[i] = Number.NaN;
      continue;
    }
    share.clear();
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      const j = neighbours[e]!;
      share.set(j, (share.get(j) ?? 0) + weights[e]! / strength[i]!);
    }
    let total = 0;
    for (const [j, pij] of share) {
      let indirect = 0;
      for (let e = offsets[j]!; e < offsets[j + 1]!; e += 1) {
        const q = neighbours[e]!;
        if (q === i) continue;
        const piq = share.get(q);
        if (piq === undefined) continue;
        // p_qj: q's share of tie weight on j
        indirect += piq * (weights[e]! / strength[q]!);
      }
      total += (pij + indirect) ** 2;
    }
    result[i] = total;
  }
  return result;
}
