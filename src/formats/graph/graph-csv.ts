import { stringify } from 'csv-stringify/sync';
import type { NetworkSnapshot } from '../../model/index.js';
import { edgeSourceLabels, nodeIntervals } from './edge-sources.js';

/** The node list: id, label, type, first and last dates of its links. */
export function writeNodesCsv(network: NetworkSnapshot): string {
  const spans = nodeIntervals(network.edges);
  const rows = network.nodes.map((n) => {
    const span = spans.get(n.id) ?? { start: null, end: null };
    return [n.id, n.label, n.type, span.start ?? '', span.end ?? '', n.memberIds.join(' ')];
  });
  return stringify([['id', 'label', 'type', 'start', 'end', 'member_ids'], ...rows]);
}

/** The edge list: ends, relation types, layers, weight, dates, claim ids and sources. */
export function writeEdgesCsv(network: NetworkSnapshot): string {
  const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
  const rows = network.edges.map((e) => [
    e.source,
    e.target,
    labels.get(e.source) ?? '',
    labels.get(e.target) ?? '',
    e.relationTypes.join('|'),
    e.layers.join('|'),
    e.weight,
    e.start ?? '',
    e.end ?? '',
    [...new Set(e.claims.map((c) => c.claimId))].join(' '),
    edgeSourceLabels(e).join(' || '),
  ]);
  return stringify([
    ['source', 'target', 'source_label', 'target_label', 'relation_types', 'layers', 'weight', 'start', 'end', 'claim_ids', 'sources'],
    ...rows,
  ]);
}
