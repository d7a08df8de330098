import { PROBABILITY_BANDS, type EntityType, type LinkChartGraph, type ProbabilityBand } from '../../../src/model/index.js';

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
}

export interface Network {
  nodes: Map<string, NetworkNode>;
  edges: NetworkEdge[];
}

/** The network the chart route answers (GET /graph/chart: entities, one row per claim in columns) as nodes and one edge per claim. */
export function fromLinkChartGraph(graph: LinkChartGraph): Network {
  const { entities, claims, relationTypes } = graph;
  const nodes = new Map<string, NetworkNode>();
  entities.ids.forEach((id, i) => nodes.set(id, { id, label: entities.labels[i]!, type: entities.types[i]! }));
  const edges: NetworkEdge[] = new Array(claims.source.length);
  for (let k = 0; k < claims.source.length; k++) {
    const band = claims.band[k];
    edges[k] = {
      id: String(k),
      source: entities.ids[claims.source[k]!]!,
      target: entities.ids[claims.target[k]!]!,
      relationType: relationTypes[claims.relationType[k]!]!,
      fromYear: claims.fromYear[k] ?? null,
      toYear: claims.toYear[k] ?? null,
      hedgeBand: band === null || band === undefined ? null : (PROBABILITY_BANDS[band] ?? null),
      isHedged: claims.hedged[k] === 1,
      credibility: claims.credibility[k] ?? null,
    };
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
