import { GraphLineageQuerySchema, LINEAGE_RELATION_TYPES, TesseraError, type GraphLineageQueryInput, type GraphLineageResult, type GraphNode } from '../model/index.js';
import { buildNetwork, groupLineage, representativesOf } from '../analysis/index.js';
import { renderLineageTimeline } from '../charts/index.js';
import { listGraphEntities, listMergedEntityPairs, listRelationGraphClaims, type Store } from '../store/index.js';
import { resolveGraphEntity } from './graph-network.js';

/** `tessera graph lineage GROUP`: the group's mergers, splits, pledges, alliances, rivalries and leaders over time. */
export async function traceGroupLineage(store: Store, input: GraphLineageQueryInput): Promise<GraphLineageResult> {
  const parsed = GraphLineageQuerySchema.safeParse(input);
  if (!parsed.success) throw new TesseraError('invalid_input', `graph lineage: ${parsed.error.issues[0]!.message}`);
  const query = parsed.data;
  const group = await resolveGraphEntity(store, query.group);
  const claims = await listRelationGraphClaims(store, {
    statuses: query.includeProposed ? ['accepted', 'proposed'] : ['accepted'],
    relationTypes: LINEAGE_RELATION_TYPES,
    entityIds: group.memberIds,
  });
  const pairs = await listMergedEntityPairs(store);
  const ids = new Set(claims.flatMap((c) => [c.sourceEntityId, c.targetEntityId]));
  const entities = await listGraphEntities(store, [...ids]);
  const network = buildNetwork(claims, entities, pairs);
  const representative = representativesOf(pairs);
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const nodeOf = (id: string): GraphNode | null => nodes.get(representative.get(id) ?? id) ?? null;
  return { group, entries: groupLineage(group, claims, nodeOf) };
}

/** The lineage as an SVG timeline (the events charts' renderer). */
export async function renderGroupLineageChart(result: GraphLineageResult, today = new Date().toISOString().slice(0, 10)): Promise<string> {
  return renderLineageTimeline(result.group.label, result.entries, today);
}
