import type { GraphExportFormat, GraphFilterInput } from '../model/index.js';
import { toGraphJson, writeEdgesCsv, writeGexf, writeGraphml, writeNodesCsv } from '../formats/index.js';
import type { Store } from '../store/index.js';
import { loadGraphNetwork, parseGraphFilter } from './graph-network.js';

/** `tessera graph export` / `tessera export gexf`: the selected network as GEXF 1.3, GraphML, graphology JSON or CSV lists. */
export async function exportGraph(store: Store, format: GraphExportFormat, filterInput: GraphFilterInput = {}): Promise<string> {
  const network = await loadGraphNetwork(store, parseGraphFilter(filterInput));
  switch (format) {
    case 'gexf':
      return writeGexf(network);
    case 'graphml':
      return writeGraphml(network);
    case 'json':
      return `${JSON.stringify(toGraphJson(network))}\n`;
    case 'nodes-csv':
      return writeNodesCsv(network);
    case 'edges-csv':
      return writeEdgesCsv(network);
  }
}
