import { PROBABILITY_BANDS, type EntityType, type ProbabilityBand, type ReviewItem } from '../../../src/model/index.js';
import { spanOf } from '../timeline/timeline-items.js';

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

const yearOf = (text: string | null, end: boolean): number | null => {
  const span = text ? spanOf(text) : null;
  return span ? new Date((end ? span.end : span.start) * 86_400_000).getUTCFullYear() : null;
};

/** The network relation claims draw: entities as nodes, one edge per claim. */
export function toNetwork(claims: ReviewItem[]): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges: NetworkEdge[] = [];
  for (const claim of claims) {
    if (claim.kind !== 'relation' || !claim.subject || !claim.target) continue;
    nodes.set(claim.subject.id, { id: claim.subject.id, label: claim.subject.label, type: claim.subject.type });
    nodes.set(claim.target.id, { id: claim.target.id, label: claim.target.label, type: claim.target.type });
    edges.push({
      id: claim.id,
      source: claim.subject.id,
      target: claim.target.id,
      relationType: claim.predicate ?? 'related',
      fromYear: yearOf(claim.validFrom, false),
      toYear: yearOf(claim.validTo, true),
      hedgeBand: claim.hedge?.band ?? null,
      isHedged: claim.hedge !== null,
      credibility: null,
      assertion: claim.assertion,
    });
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
