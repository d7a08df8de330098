import { PROBABILITY_BANDS, type EntityType, type GraphJson, type ProbabilityBand } from '../../../src/model/index.js';

export interface NetworkNode {
  id: string;
  label: string;
  type: EntityType;
}

/** One claimed link between two entities, as the link chart filters it. */
export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  relationType: string;
  /** First and last year the claim may hold (null: open or undated). */
  fromYear: number | null;
  toYear: number | null;
  /** The estimative band of the claim's hedge (null: unhedged, or a hedge with no band). */
  hedgeBand: ProbabilityBand | null;
  isHedged: boolean;
  /** Information credibility 1 (confirmed) … 6 (cannot be judged), when the source says. */
  credibility: number | null;
  /** The claim in one line, for the detail pane. */
  assertion: string;
}

export interface Network {
  nodes: Map<string, NetworkNode>;
  edges: NetworkEdge[];
}

/**
 * The network the graph route answers (graphology JSON, one edge per linked pair holding its
 * claims): back to one edge per claim, each with its own hedge, credibility and valid time.
 */
export function fromGraphJson(graph: GraphJson): Network {
  const nodes = new Map<string, NetworkNode>();
  for (const node of graph.nodes) nodes.set(node.key, { id: node.key, label: node.attributes.label, type: node.attributes.type });
  const edges: NetworkEdge[] = [];
  for (const edge of graph.edges) {
    for (const claim of edge.attributes.claims) {
      const relationType = claim.relationType ?? 'related';
      edges.push({
        id: `${edge.key}:${claim.claimId}`,
        source: edge.source,
        target: edge.target,
        relationType,
        // the earliest day it may have started, the latest it may have ended
        fromYear: claim.validFrom ? Number(claim.validFrom.start.slice(0, 4)) : null,
        toYear: claim.validTo ? Number(claim.validTo.end.slice(0, 4)) : null,
        hedgeBand: claim.hedge?.band ?? null,
        isHedged: claim.hedge !== null,
        credibility: claim.informationCredibility,
        assertion: `${nodes.get(claim.sourceEntityId)?.label ?? nodes.get(edge.source)?.label ?? '?'} ${relationType} ${nodes.get(claim.targetEntityId)?.label ?? nodes.get(edge.target)?.label ?? '?'}${claim.quote ? ` — “${claim.quote}”` : ''}`,
      });
    }
  }
  return { nodes, edges };
}

/** Whether an edge may hold in `year`: undated edges are timeless; open ends stay open. */
export function holdsIn(edge: NetworkEdge, year: number): boolean {
  if (edge.fromYear === null && edge.toYear === null) return true;
  return (edge.fromYear ?? -Infinity) <= year && year <= (edge.toYear ?? Infinity);
}

/** Whether an edge's hedge is at least `band` (unbanded and unhedged claims are kept, as the graph jobs do). */
export function meetsBand(edge: NetworkEdge, band: ProbabilityBand | null): boolean {
  if (band === null || edge.hedgeBand === null) return true;
  return PROBABILITY_BANDS.indexOf(edge.hedgeBand) >= PROBABILITY_BANDS.indexOf(band);
}
