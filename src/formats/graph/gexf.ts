import type { NetworkSnapshot } from '../../model/index.js';
import { edgeSourceLabels, nodeIntervals } from './edge-sources.js';
import { xmlText } from './xml-text.js';

export interface GexfOptions {
  description?: string;
  /** The day written as lastmodifieddate (defaults to today). */
  today?: string;
}

const interval = (start: string | null, end: string | null): string =>
  `${start === null ? '' : ` start="${start}"`}${end === null ? '' : ` end="${end}"`}`;

/**
 * The network as GEXF 1.3 for Gephi: a dynamic graph (dates as intervals) whose nodes and edges
 * carry start and end, edges one spell per dated claim and a dynamic `relation` attribute valued
 * per claim interval, so Gephi's timeline plays the network as it changed; static attributes give
 * entity type, relation types, layers, claim count and sources.
 */
export function writeGexf(network: NetworkSnapshot, options: GexfOptions = {}): string {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${today}">`,
    '    <creator>Tessera</creator>',
    `    <description>${xmlText(options.description ?? 'Entities linked by claims, with their sources')}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="type" title="entity type" type="string"/>',
    '      <attribute id="members" title="merged entity ids" type="string"/>',
    '    </attributes>',
    // one block (readers such as graphology-gexf take one per class): values without dates hold throughout
    '    <attributes class="edge" mode="dynamic">',
    '      <attribute id="relationTypes" title="relation types" type="string"/>',
    '      <attribute id="layers" title="layers" type="string"/>',
    '      <attribute id="claims" title="claims" type="integer"/>',
    '      <attribute id="sources" title="sources" type="string"/>',
    '      <attribute id="relation" title="relation over time" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  const spans = nodeIntervals(network.edges);
  for (const node of network.nodes) {
    const span = spans.get(node.id) ?? { start: null, end: null };
    lines.push(`      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}"${interval(span.start, span.end)}>`);
    lines.push('        <attvalues>');
    lines.push(`          <attvalue for="type" value="${node.type}"/>`);
    lines.push(`          <attvalue for="members" value="${node.memberIds.join(' ')}"/>`);
    lines.push('        </attvalues>');
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of network.edges) {
    const spells = [
      ...new Set(
        edge.claims.filter((c) => c.validFrom !== null || c.validTo !== null).map((c) => interval(c.validFrom?.start ?? null, c.validTo?.end ?? null)),
      ),
    ];
    // one interval on the edge itself; several (a tie that lapsed and resumed) as spells
    const edgeInterval = spells.length > 1 ? '' : interval(edge.start, edge.end);
    lines.push(
      `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" weight="${edge.weight}"${edgeInterval}>`,
    );
    lines.push('        <attvalues>');
    lines.push(`          <attvalue for="relationTypes" value="${xmlText(edge.relationTypes.join('|'))}"/>`);
    lines.push(`          <attvalue for="layers" value="${edge.layers.join('|')}"/>`);
    lines.push(`          <attvalue for="claims" value="${edge.claims.length}"/>`);
    lines.push(`          <attvalue for="sources" value="${xmlText(edgeSourceLabels(edge).join(' || '))}"/>`);
    const seen = new Set<string>();
    for (const claim of edge.claims) {
      const start = claim.validFrom?.start ?? null;
      const end = claim.validTo?.end ?? null;
      const value = claim.relationType ?? claim.layer;
      const key = `${value}|${start}|${end}`;
      if ((start === null && end === null) || seen.has(key)) continue;
      seen.add(key);
      lines.push(`          <attvalue for="relation" value="${xmlText(value)}"${interval(start, end)}/>`);
    }
    lines.push('        </attvalues>');
    if (spells.length > 1) {
      lines.push('        <spells>');
      for (const spell of spells) lines.push(`          <spell${spell}/>`);
      lines.push('        </spells>');
    }
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
