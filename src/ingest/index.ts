/** The ingest layer's public API: read documents, split body, sentences and endnotes, extract. */
export type * from './extraction.js';
export { splitSentences, type SplitSentencesOptions } from './split-sentences.js';
export { scanNoteMarkers, maskNoteMarkers, type NoteMarker, type ScanNoteMarkersOptions } from './note-markers.js';
export { splitEndnotes, type EndnotesSplit } from './split-endnotes.js';
export { structureDocument, type DocumentStructure } from './structure-document.js';
export { parseCitedWork, isPointerNote } from './parse-cited-work.js';
export {
  readDocument,
  readDocumentContent,
  readDocumentFile,
  documentFormatOf,
  DOCUMENT_EXTENSIONS,
  type ReadResult,
  type ReadDocumentOptions,
} from './read-document.js';
export {
  splitIntoSections,
  sectionSentences,
  shiftExtraction,
  DEFAULT_SECTION_CHARS,
  type DocumentSection,
} from './document-sections.js';
export { toClaims, REFERENCE_ID_ATTRIBUTE, type ToClaimsInput, type DocumentKnowledge } from './to-claims.js';
export * from './extract/index.js';
export * from './reference/index.js';
