import { GraphEgoQuerySchema, GraphPathQuerySchema, TesseraError, type GraphEgoQueryInput, type GraphPathQueryInput, type GraphPathResult, type NetworkSnapshot } from '../model/index.js';
import { egoNetwork, findPaths } from '../analysis/index.js';
import type { Store } from '../store/index.js';
import { loadGraphNetwork, resolveGraphEntity } from './graph-network.js';

function parse<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }, what: string): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new TesseraError('invalid_input', `${what}: ${issue.path.map(String).join('.') || 'value'}: ${issue.message}`);
}

/** `tessera graph path A B --k 3`: names resolved through the name index; every edge with its claims, hedges and sources. */
export async function findGraphPaths(store: Store, input: GraphPathQueryInput): Promise<GraphPathResult> {
  const query = parse(GraphPathQuerySchema.safeParse(input), 'graph path');
  const from = await resolveGraphEntity(store, query.from);
  const to = await resolveGraphEntity(store, query.to);
  const network = await loadGraphNetwork(store, query.filter);
  const paths = network.nodes.some((n) => n.id === from.id) && network.nodes.some((n) => n.id === to.id) ? findPaths(network, from.id, to.id, query.k) : [];
  return { from, to, paths };
}

/** `tessera graph ego NAME --depth 2`: the entity's neighbourhood with every edge's claims. */
export async function findEgoNetwork(store: Store, input: GraphEgoQueryInput): Promise<NetworkSnapshot & { center: string }> {
  const query = parse(GraphEgoQuerySchema.safeParse(input), 'graph ego');
  const center = await resolveGraphEntity(store, query.name);
  const network = await loadGraphNetwork(store, query.filter);
  if (!network.nodes.some((n) => n.id === center.id)) return { center: center.id, nodes: [center], edges: [] };
  return { center: center.id, ...egoNetwork(network, center.id, query.depth) };
}
