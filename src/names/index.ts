/** Names: normalise across scripts, romanise, tag name parts, match, index. */
export * from './script.js';
export * from './transliterate.js';
export * from './normalise.js';
export * from './name-key.js';
export * from './name-parts.js';
export * from './string-distance.js';
export * from './organization-words.js';
export * from './prepare-name.js';
export * from './match-names.js';
export * from './name-index.js';
export * from './name-word-index.js';
export * from './alias-set.js';
export * from './reference-aliases.js';
export * from './number-words.js';
