import { PROBABILITY_BANDS, type GraphFilterInput, type LinkChartGraph, type NetworkSnapshot } from '../model/index.js';
import type { Store } from '../store/index.js';
import { loadGraphNetwork, parseGraphFilter } from './graph-network.js';

/** The network the filter selects, in the link chart's compact columns (GET /graph/chart); read through the viewer's markings. */
export async function loadLinkChartGraph(store: Store, filterInput: GraphFilterInput = {}): Promise<LinkChartGraph> {
  return toLinkChartGraph(await loadGraphNetwork(store, parseGraphFilter(filterInput)));
}

/** One row per claim behind each edge, subject to object, with the filters' fields only (relation type, valid years, hedge band, credibility). */
export function toLinkChartGraph(network: NetworkSnapshot): LinkChartGraph {
  const index = new Map(network.nodes.map((node, i) => [node.id, i]));
  // a claim's subject and object (before merges) to their nodes, so each row keeps its direction
  const nodeOf = new Map<string, number>();
  network.nodes.forEach((node, i) => {
    for (const member of node.memberIds) nodeOf.set(member, i);
    nodeOf.set(node.id, i);
  });
  const relationTypes: string[] = [];
  const typeIndex = new Map<string, number>();
  const chart: LinkChartGraph = {
    entities: { ids: network.nodes.map((n) => n.id), labels: network.nodes.map((n) => n.label), types: network.nodes.map((n) => n.type) },
    relationTypes,
    claims: { source: [], target: [], relationType: [], fromYear: [], toYear: [], band: [], hedged: [], credibility: [] },
  };
  const { claims } = chart;
  for (const edge of network.edges) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined) continue;
    for (const claim of edge.claims) {
      const type = claim.relationType ?? 'related';
      let t = typeIndex.get(type);
      if (t === undefined) {
        t = relationTypes.push(type) - 1;
        typeIndex.set(type, t);
      }
      const isReversed = nodeOf.get(claim.sourceEntityId) === target && nodeOf.get(claim.targetEntityId) === source;
      claims.source.push(isReversed ? target : source);
      claims.target.push(isReversed ? source : target);
      claims.relationType.push(t);
      claims.fromYear.push(claim.validFrom ? Number(claim.validFrom.start.slice(0, 4)) : null);
      claims.toYear.push(claim.validTo ? Number(claim.validTo.end.slice(0, 4)) : null);
      claims.band.push(claim.hedge?.band ? PROBABILITY_BANDS.indexOf(claim.hedge.band) : null);
      claims.hedged.push(claim.hedge === null ? 0 : 1);
      claims.credibility.push(claim.informationCredibility);
    }
  }
  return chart;
}
