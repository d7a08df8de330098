/** Networks over time: build from claims, slice by date, measure, find paths, ego networks, lineage. */
export * from './build-network.js';
export * from './slice-network.js';
export * from './compact-graph.js';
export * from './centrality.js';
export * from './to-graphology.js';
export * from './measure-network.js';
export * from './find-paths.js';
export * from './group-lineage.js';
