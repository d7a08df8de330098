import type { SerializedGraph } from 'graphology-types';
import type { NetworkSnapshot } from '../../model/index.js';

/**
 * The network in graphology's serialisation (what the link chart loads with `Graph.from`):
 * an undirected simple graph, nodes with label and type, each edge with its weight, relation
 * types, layers, valid time and claims.
 */
export function toGraphJson(network: NetworkSnapshot): SerializedGraph {
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: true },
    attributes: {},
    nodes: network.nodes.map((node) => ({ key: node.id, attributes: { label: node.label, type: node.type } })),
    edges: network.edges.map((edge) => ({
      key: edge.id,
      source: edge.source,
      target: edge.target,
      attributes: {
        weight: edge.weight,
        relationTypes: edge.relationTypes,
        layers: edge.layers,
        start: edge.start,
        end: edge.end,
        claims: edge.claims,
      },
    })),
  };
}
