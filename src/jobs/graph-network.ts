import { TesseraError, type GraphFilter, type GraphFilterInput, type GraphNode, GraphFilterSchema, type NetworkSnapshot } from '../model/index.js';
import { buildNetwork, sliceNetwork } from '../analysis/index.js';
import {
  EntityNameIndex,
  listEventCoActorClaims,
  listGraphEntities,
  listMergedEntityPairs,
  listRelationGraphClaims,
  listSentenceCoMentionClaims,
  type RelationGraphFilter,
  type Store,
} from '../store/index.js';

/** Validates a graph filter (CLI flags, API body). */
export function parseGraphFilter(input: GraphFilterInput): GraphFilter {
  const result = GraphFilterSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new TesseraError('invalid_input', `graph filter: ${issue.path.join('.') || 'value'}: ${issue.message}`);
}

/** Which relation claims a graph filter reads: status, type, reliability, credibility and hedge band. */
export function relationClaimFilter(filter: GraphFilter): RelationGraphFilter {
  return {
    statuses: filter.includeProposed ? ['accepted', 'proposed'] : ['accepted'],
    relationTypes: filter.relationTypes,
    minReliability: filter.minReliability,
    maxCredibility: filter.maxCredibility,
    minHedgeBand: filter.minHedgeBand,
    isUnbandedHedgeExcluded: filter.isUnbandedHedgeExcluded,
  };
}

/**
 * The network the filter selects, read from the store through the viewer's markings: relation
 * claims (and, when asked, co-actors of events and entities sharing a sentence), merged entities as
 * one node, sliced to `at` or [from, to] when given.
 */
export async function loadGraphNetwork(store: Store, filter: GraphFilter, entityIds?: readonly string[]): Promise<NetworkSnapshot> {
  const window = filter.at !== undefined ? { from: filter.at, to: filter.at } : { from: filter.from ?? null, to: filter.to ?? null };
  const readFilter: RelationGraphFilter = { ...relationClaimFilter(filter), from: window.from, to: window.to, entityIds };
  const claims = [];
  if (filter.layers.includes('relations')) claims.push(...(await listRelationGraphClaims(store, readFilter)));
  if (filter.layers.includes('events')) claims.push(...(await listEventCoActorClaims(store, readFilter)));
  if (filter.layers.includes('sentences')) claims.push(...(await listSentenceCoMentionClaims(store, readFilter)));
  const pairs = await listMergedEntityPairs(store);
  const ids = new Set<string>();
  for (const c of claims) {
    ids.add(c.sourceEntityId);
    ids.add(c.targetEntityId);
  }
  for (const [a, b] of pairs) {
    ids.add(a);
    ids.add(b);
  }
  const entities = await listGraphEntities(store, [...ids]);
  const network = buildNetwork(claims, entities, pairs);
  if (window.from === null && window.to === null) return network;
  return sliceNetwork(network, { label: filter.at ?? 'window', ...window }, { reading: filter.timeReading, isUndatedExcluded: filter.isUndatedExcluded });
}

/** The node an analyst's name (any alias, any script) or id stands for, merged entities resolved. */
export async function resolveGraphEntity(store: Store, ref: string): Promise<GraphNode> {
  const index = await EntityNameIndex.load(store);
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
  const id = isId ? index.representativeOf(ref.toLowerCase()) : (index.lookup(ref, { limit: 1, minScore: 0.8 })[0]?.id ?? null);
  if (id === null) throw new TesseraError('not_found', `entity "${ref}": no entity has this name or alias`);
  const members = index.membersOf(id);
  const [entity] = await listGraphEntities(store, [id]);
  if (entity === undefined) throw new TesseraError('not_found', `entity "${ref}": not in workspace ${store.workspaceId}`);
  return { id, label: entity.label, type: entity.type, memberIds: members };
}
