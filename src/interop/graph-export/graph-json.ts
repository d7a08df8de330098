import type { SerializedGraph } from 'graphology-types';
import type { NetworkSnapshot } from '../../model/index.js';
import { toGraphology } from '../../analysis/index.js';

/** The network in graphology's serialisation (what the link chart loads), each edge with its claims. */
export function toGraphJson(network: NetworkSnapshot): SerializedGraph {
  const graph = toGraphology(network);
  const serialised = graph.export() as SerializedGraph;
  const claims = new Map(network.edges.map((e) => [e.id, e.claims]));
  for (const edge of serialised.edges) {
    if (edge.key !== undefined && edge.attributes !== undefined) edge.attributes.claims = claims.get(edge.key) ?? [];
  }
  return serialised;
}
