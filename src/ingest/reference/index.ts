/** Reference data the extractor links mentions to: the knowledge pack and the offline gazetteer. */
export * from './reference-entry.js';
export * from './knowledge-pack.js';
export * from './lookup-key.js';
export * from './given-names.js';
export * from './gazetteer.js';
export * from './reference-matcher.js';
export * from './extraction-reference.js';
