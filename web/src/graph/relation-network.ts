import type { EntityType, ReviewItem } from '../../../src/model/index.js';
import { spanOf } from '../timeline/timeline-items.js';

export interface NetworkNode {
  id: string;
  label: string;
  type: EntityType;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  relationType: string;
  /** First and last year the claim may hold (null: open or undated). */
  fromYear: number | null;
  toYear: number | null;
  hedgeBand: string | null;
  isHedged: boolean;
  claim: ReviewItem;
}

/** The network relation claims draw: entities as nodes, one edge per claim. */
export function toNetwork(claims: ReviewItem[]): { nodes: Map<string, NetworkNode>; edges: NetworkEdge[] } {
  const nodes = new Map<string, NetworkNode>();
  const edges: NetworkEdge[] = [];
  for (const claim of claims) {
    if (claim.kind !== 'relation' || !claim.subject || !claim.target) continue;
    nodes.set(claim.subject.id, { id: claim.subject.id, label: claim.subject.label, type: claim.subject.type });
    nodes.set(claim.target.id, { id: claim.target.id, label: claim.target.label, type: claim.target.type });
    const from = claim.validFrom ? spanOf(claim.validFrom) : null;
    const to = claim.validTo ? spanOf(claim.validTo) : null;
    edges.push({
      id: claim.id,
      source: claim.subject.id,
      target: claim.target.id,
      relationType: claim.predicate ?? 'related',
      fromYear: from ? new Date(from.start * 86_400_000).getUTCFullYear() : null,
      toYear: to ? new Date(to.end * 86_400_000).getUTCFullYear() : null,
      hedgeBand: claim.hedge?.band ?? null,
      isHedged: claim.hedge !== null,
      claim,
    });
  }
  return { nodes, edges };
}

/** Whether an edge may hold in `year`: undated edges are timeless; open ends stay open. */
export function holdsIn(edge: NetworkEdge, year: number): boolean {
  if (edge.fromYear === null && edge.toYear === null) return true;
  return (edge.fromYear ?? -Infinity) <= year && year <= (edge.toYear ?? Infinity);
}
