import type { NetworkSnapshot } from '../../model/index.js';
import { edgeSourceLabels } from './edge-sources.js';
import { xmlText } from './xml-text.js';

/** The network as GraphML (yEd, Cytoscape, networkx), with type, relation types, weight, dates and sources. */
export function writeGraphml(network: NetworkSnapshot): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="relationTypes" for="edge" attr.name="relationTypes" attr.type="string"/>',
    '  <key id="layers" for="edge" attr.name="layers" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="start" for="edge" attr.name="start" attr.type="string"/>',
    '  <key id="end" for="edge" attr.name="end" attr.type="string"/>',
    '  <key id="sources" for="edge" attr.name="sources" attr.type="string"/>',
    '  <graph id="tessera" edgedefault="undirected">',
  ];
  for (const node of network.nodes) {
    lines.push(
      `    <node id="${xmlText(node.id)}"><data key="label">${xmlText(node.label)}</data><data key="type">${node.type}</data></node>`,
    );
  }
  for (const edge of network.edges) {
    const data = [
      `<data key="relationTypes">${xmlText(edge.relationTypes.join('|'))}</data>`,
      `<data key="layers">${edge.layers.join('|')}</data>`,
      `<data key="weight">${edge.weight}</data>`,
      edge.start === null ? '' : `<data key="start">${edge.start}</data>`,
      edge.end === null ? '' : `<data key="end">${edge.end}</data>`,
      `<data key="sources">${xmlText(edgeSourceLabels(edge).join(' || '))}</data>`,
    ].join('');
    lines.push(`    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">${data}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
