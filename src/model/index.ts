/** The model: the types and schemas every layer, and the browser, share. No Node APIs here. */
export * from './errors.js';
export * from './id.js';
export * from './entity-type.js';
export * from './event-type.js';
export * from './relation-type.js';
export * from './date-precision.js';
export * from './hedge.js';
export * from './reliability.js';
export * from './marking.js';
export * from './source.js';
export * from './evidence.js';
export * from './quantity.js';
export * from './entity.js';
export * from './event.js';
export * from './actor-side.js';
export * from './claim.js';
export * from './access.js';
