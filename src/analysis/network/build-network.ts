import type { GraphEdge, GraphEdgeClaim, GraphLayer, GraphNode, Id, NetworkSnapshot } from '../../model/index.js';
import type { GraphEntityRow } from '../../store/index.js';

/** Entities merged by accepted same-as claims, each mapped to its group's representative (the smallest id). */
export function representativesOf(pairs: readonly (readonly [Id, Id])[]): Map<Id, Id> {
  const parent = new Map<Id, Id>();
  const find = (id: Id): Id => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      if (ra < rb) parent.set(rb, ra);
      else parent.set(ra, rb);
    }
  }
  const groups = new Map<Id, Id>();
  for (const id of parent.keys()) groups.set(id, find(id));
  return groups;
}

/** The key of the undirected edge between two nodes. */
export function edgeKey(a: Id, b: Id): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Earliest known start and latest known end over claims; null when any claim leaves it open. */
export function claimInterval(claims: readonly GraphEdgeClaim[]): { start: string | null; end: string | null } {
  let start: string | null = null;
  let isStartOpen = false;
  let end: string | null = null;
  let isEndOpen = false;
  for (const claim of claims) {
    if (claim.validFrom === null) isStartOpen = true;
    else if (start === null || claim.validFrom.start < start) start = claim.validFrom.start;
    if (claim.validTo === null) isEndOpen = true;
    else if (end === null || claim.validTo.end > end) end = claim.validTo.end;
  }
  return { start: isStartOpen ? null : start, end: isEndOpen ? null : end };
}

/**
 * The network of entities (merged ones as one node) and undirected edges, each edge carrying the
 * claims that support it with their layers, relation types and the time span they cover.
 */
export function buildNetwork(
  claims: readonly GraphEdgeClaim[],
  entities: readonly GraphEntityRow[],
  mergedPairs: readonly (readonly [Id, Id])[] = [],
): NetworkSnapshot {
  const representative = representativesOf(mergedPairs);
  const rep = (id: Id): Id => representative.get(id) ?? id;
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const members = new Map<Id, Id[]>();
  for (const [id, root] of representative) {
    const list = members.get(root) ?? [];
    list.push(id);
    members.set(root, list);
  }
  const nodes = new Map<Id, GraphNode>();
  const nodeOf = (id: Id): GraphNode | null => {
    const root = rep(id);
    let node = nodes.get(root);
    if (node === undefined) {
      const entity = entityById.get(root) ?? entityById.get(id);
      if (entity === undefined) return null;
      node = { id: root, label: entity.label, type: entity.type, memberIds: (members.get(root) ?? [root]).slice().sort() };
      nodes.set(root, node);
    }
    return node;
  };
  const edges = new Map<string, GraphEdge>();
  for (const claim of claims) {
    const a = nodeOf(claim.sourceEntityId);
    const b = nodeOf(claim.targetEntityId);
    if (a === null || b === null || a.id === b.id) continue;
    const key = edgeKey(a.id, b.id);
    let edge = edges.get(key);
    if (edge === undefined) {
      const [source, target] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      edge = { id: key, source, target, layers: [], relationTypes: [], weight: 0, start: null, end: null, claims: [] };
      edges.set(key, edge);
    }
    edge.claims.push(claim);
  }
  for (const edge of edges.values()) finishEdge(edge);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Sets an edge's layers, types, weight (distinct claims) and interval from its claims. */
export function finishEdge(edge: GraphEdge): GraphEdge {
  const layers = new Set<GraphLayer>();
  const types = new Set<string>();
  const ids = new Set<string>();
  for (const claim of edge.claims) {
    layers.add(claim.layer);
    if (claim.relationType !== null) types.add(claim.relationType);
    ids.add(`${claim.layer}:${claim.claimId}`);
  }
  const { start, end } = claimInterval(edge.claims);
  edge.layers = [...layers].sort();
  edge.relationTypes = [...types].sort();
  edge.weight = ids.size;
  edge.start = start;
  edge.end = end;
  return edge;
}
