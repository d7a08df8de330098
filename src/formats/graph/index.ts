/** Network formats, all written from one NetworkSnapshot: GEXF 1.3 (Gephi, dynamic), GraphML, graphology JSON, node and edge CSV. */
export * from './gexf.js';
export * from './graphml.js';
export * from './graph-json.js';
export * from './graph-csv.js';
export * from './edge-sources.js';
