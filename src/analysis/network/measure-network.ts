import louvainModule from 'graphology-communities-louvain';
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import type { GraphMeasureRow, NetworkSnapshot } from '../../model/index.js';
import { betweenness, closeness, constraint, coreNumbers, pagerank, participation } from './centrality.js';
import { compactGraph, seededRandom } from './compact-graph.js';
import { toGraphology } from './to-graphology.js';

export interface MeasureOptions {
  /** Sources sampled for betweenness when the graph has more than `exactLimit` nodes. */
  samples?: number;
  /** Up to this many nodes, betweenness and closeness are exact; above, betweenness is sampled and closeness skipped. */
  exactLimit?: number;
  seed?: number;
}

export interface SliceMeasures {
  rows: Omit<GraphMeasureRow, 'period'>[];
  communities: number;
  betweenness: string;
}

// CommonJS modules whose typings declare an ES default export: at run time the default import is the function
const louvain = louvainModule as unknown as typeof louvainModule.default;
const eigenvectorCentrality = eigenvectorModule as unknown as typeof eigenvectorModule.default;

/** A broker ties several communities: at least half its tie weight leaves its own community's share, and it lies on shortest paths. */
const BROKER_PARTICIPATION = 0.5;

/**
 * Every measure of one slice: degree and weighted degree, betweenness (exact on small graphs,
 * sampled on large), closeness, eigenvector (null when it does not converge), PageRank, core
 * number, Louvain community, participation coefficient and Burt's constraint, and a broker flag.
 */
export function measureNetwork(network: NetworkSnapshot, options: MeasureOptions = {}): SliceMeasures {
  const graph = toGraphology(network);
  const compact = compactGraph(graph);
  const n = compact.ids.length;
  const exactLimit = options.exactLimit ?? 2000;
  const samples = options.samples ?? 500;
  const isExact = n <= exactLimit;
  const between = betweenness(compact, isExact ? {} : { samples, seed: options.seed ?? 11 });
  const close = isExact ? closeness(compact) : null;
  const rank = pagerank(compact);
  const core = coreNumbers(compact);
  let eigen: Record<string, number> | null = null;
  if (graph.size > 0) {
    try {
      eigen = eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 1000 });
    } catch {
      eigen = null;
    }
  }
  const detailed = graph.size === 0 ? null : louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 11) });
  const community = new Int32Array(n);
  let communities: number;
  if (detailed === null) {
    for (let i = 0; i < n; i += 1) community[i] = i;
    communities = n;
  } else {
    compact.ids.forEach((id, i) => (community[i] = detailed.communities[id] ?? -1 - i));
    communities = detailed.count;
  }
  const share = participation(compact, community);
  const constrained = constraint(compact);
  const rows = compact.ids.map((id, i) => {
    const attributes = graph.getNodeAttributes(id);
    let weighted = 0;
    for (let e = compact.offsets[i]!; e < compact.offsets[i + 1]!; e += 1) weighted += compact.weights[e]!;
    return {
      entityId: id,
      name: attributes.label,
      type: attributes.type as GraphMeasureRow['type'],
      degree: compact.offsets[i + 1]! - compact.offsets[i]!,
      weightedDegree: weighted,
      betweenness: between[i]!,
      closeness: close === null ? null : close[i]!,
      eigenvector: eigen === null ? null : (eigen[id] ?? null),
      pagerank: rank[i]!,
      core: core[i]!,
      community: community[i]!,
      participation: share[i]!,
      constraint: Number.isNaN(constrained[i]!) ? null : constrained[i]!,
      isBroker: share[i]! >= BROKER_PARTICIPATION && between[i]! > 0,
    };
  });
  return { rows, communities, betweenness: isExact ? 'exact' : `sampled k=${Math.min(samples, n)}` };
}
