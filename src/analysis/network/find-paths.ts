import { TesseraError, type GraphPath, type Id, type NetworkSnapshot } from '../../model/index.js';
import { edgeKey } from './build-network.js';

type Adjacency = Map<Id, Id[]>;

function adjacencyOf(network: NetworkSnapshot): Adjacency {
  const adjacency: Adjacency = new Map(network.nodes.map((n) => [n.id, []]));
  for (const edge of network.edges) {
    adjacency.get(edge.source)?.push(edge.target);
    adjacency.get(edge.target)?.push(edge.source);
  }
  for (const list of adjacency.values()) list.sort();
  return adjacency;
}

/** A shortest path by hops, avoiding some nodes and edges (for Yen's spur paths); null when none. */
function shortestPath(adjacency: Adjacency, from: Id, to: Id, blockedNodes: Set<Id>, blockedEdges: Set<string>): Id[] | null {
  if (blockedNodes.has(from) || blockedNodes.has(to)) return null;
  const previous = new Map<Id, Id | null>([[from, null]]);
  const queue: Id[] = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head]!;
    if (v === to) break;
    for (const w of adjacency.get(v) ?? []) {
      if (previous.has(w) || blockedNodes.has(w) || blockedEdges.has(edgeKey(v, w))) continue;
      previous.set(w, v);
      queue.push(w);
    }
  }
  if (!previous.has(to)) return null;
  const path: Id[] = [];
  for (let v: Id | null = to; v !== null; v = previous.get(v) ?? null) path.push(v);
  return path.reverse();
}

/**
 * The k shortest simple paths by hops (Yen's algorithm; the first is a shortest path), each with
 * its nodes and its edges carrying their claims. Ties are broken by node id, so results repeat.
 */
export function findPaths(network: NetworkSnapshot, from: Id, to: Id, k = 1): GraphPath[] {
  const nodeById = new Map(network.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(network.edges.map((e) => [e.id, e]));
  if (!nodeById.has(from)) throw new TesseraError('not_found', `graph path: ${from} has no link in this graph`);
  if (!nodeById.has(to)) throw new TesseraError('not_found', `graph path: ${to} has no link in this graph`);
  if (from === to) throw new TesseraError('invalid_input', 'graph path: both ends are the same entity');
  const adjacency = adjacencyOf(network);
  const first = shortestPath(adjacency, from, to, new Set(), new Set());
  if (first === null) return [];
  const found: Id[][] = [first];
  const candidates: Id[][] = [];
  const seen = new Set([first.join('>')]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i += 1) {
      const spur = last[i]!;
      const root = last.slice(0, i + 1);
      const blockedEdges = new Set<string>();
      for (const path of found) {
        if (path.length > i && path.slice(0, i + 1).join('>') === root.join('>')) blockedEdges.add(edgeKey(path[i]!, path[i + 1]!));
      }
      const blockedNodes = new Set(root.slice(0, -1));
      const tail = shortestPath(adjacency, spur, to, blockedNodes, blockedEdges);
      if (tail === null) continue;
      const candidate = [...root.slice(0, -1), ...tail];
      const key = candidate.join('>');
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || a.join('>').localeCompare(b.join('>')));
    found.push(candidates.shift()!);
  }
  return found.map((ids) => ({
    nodes: ids.map((id) => nodeById.get(id)!),
    edges: ids.slice(1).map((id, i) => edgeById.get(edgeKey(ids[i]!, id))!),
  }));
}

/** The nodes within `depth` hops of a node and the edges among them. */
export function egoNetwork(network: NetworkSnapshot, center: Id, depth: number): NetworkSnapshot {
  const adjacency = adjacencyOf(network);
  if (!adjacency.has(center)) throw new TesseraError('not_found', `graph ego: ${center} has no link in this graph`);
  const distance = new Map<Id, number>([[center, 0]]);
  const queue: Id[] = [center];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head]!;
    if (distance.get(v)! >= depth) continue;
    for (const w of adjacency.get(v)!) {
      if (distance.has(w)) continue;
      distance.set(w, distance.get(v)! + 1);
      queue.push(w);
    }
  }
  return {
    nodes: network.nodes.filter((n) => distance.has(n.id)),
    edges: network.edges.filter((e) => distance.has(e.source) && distance.has(e.target)),
  };
}
