/** Extraction of proposed knowledge from a report's body. */
export { extractKnowledge, EXTRACTOR_NAME, EXTRACTOR_VERSION, type ExtractKnowledgeInput, type ExtractKnowledgeOptions } from './extract-knowledge.js';
export { extractFromText, type TextExtraction } from './extract-from-text.js';
export { toMeasurementJson, type MeasurementOutput } from './to-measurement-json.js';
export { findHedges, governingHedge, type HedgeMention } from './find-hedges.js';
export { findDates, findPublicationDate, type DateMention, type DateContext } from './find-dates.js';
export { findQuantities, parseNumber, type QuantityMention } from './find-quantities.js';
