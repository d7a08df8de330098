import type { GraphFilterInput } from '../model/index.js';
import { compactGraph, compactGraphFromPairs, representativesOf, toGraphology, type CompactGraph } from '../analysis/index.js';
import { listMergedEntityPairs, readRelationGraphTopology, type Store } from '../store/index.js';
import { loadGraphNetwork, parseGraphFilter, relationClaimFilter } from './graph-network.js';

/**
 * The graph the filter selects as compact adjacency arrays, for measures on large graphs (the
 * bench's 1M relation claims): read through the viewer's markings as one packed query, merged
 * entities drawn as one node, each edge weighted by its claims, without loading evidence. Filters
 * the packed read cannot express exactly (other layers, a time slice by date precision) go through
 * the full network instead, so the answer is the same graph either way.
 */
export async function loadCompactGraph(store: Store, filterInput: GraphFilterInput = {}): Promise<CompactGraph> {
  const filter = parseGraphFilter(filterInput);
  const isSliced = filter.at !== undefined || filter.from !== undefined || filter.to !== undefined;
  if (isSliced || filter.layers.some((layer) => layer !== 'relations')) return compactGraph(toGraphology(await loadGraphNetwork(store, filter)));
  const topology = await readRelationGraphTopology(store, relationClaimFilter(filter));
  const pairs = await listMergedEntityPairs(store);
  if (pairs.length === 0) return compactGraphFromPairs(topology.ids, topology.sources, topology.targets);
  const representative = representativesOf(pairs);
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const remap = new Int32Array(topology.ids.length);
  topology.ids.forEach((id, i) => {
    const rep = representative.get(id) ?? id;
    let index = indexOf.get(rep);
    if (index === undefined) {
      index = ids.length;
      ids.push(rep);
      indexOf.set(rep, index);
    }
    remap[i] = index;
  });
  return compactGraphFromPairs(ids, topology.sources.map((s) => remap[s]!), topology.targets.map((t) => remap[t]!));
}
