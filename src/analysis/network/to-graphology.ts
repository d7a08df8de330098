import { UndirectedGraph } from 'graphology';
import type { NetworkSnapshot } from '../../model/index.js';

export interface NodeAttributes {
  label: string;
  type: string;
}

export interface EdgeAttributes {
  weight: number;
  relationTypes: string[];
  layers: string[];
  start: string | null;
  end: string | null;
}

/**
 * The snapshot as a graphology graph (the link chart's structure, and what the library's
 * measures, paths and serialisation run on): nodes and edges keyed by id, claims left in the snapshot.
 */
export function toGraphology(network: NetworkSnapshot): UndirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of network.nodes) graph.addNode(node.id, { label: node.label, type: node.type });
  for (const edge of network.edges) {
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      weight: edge.weight,
      relationTypes: edge.relationTypes,
      layers: edge.layers,
      start: edge.start,
      end: edge.end,
    });
  }
  return graph;
}
