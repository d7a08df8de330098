import type { Sentence } from '../../model/index.js';
import type { Extraction } from '../extraction.js';
import { structureDocument } from '../structure-document.js';
import { extractKnowledge, type ExtractKnowledgeOptions } from './extract-knowledge.js';

export interface TextExtraction {
  bodyEnd: number;
  sentences: Sentence[];
  extraction: Extraction;
}

/**
 * A document's plain text to its extraction: body split from endnotes, sentences split, note
 * markers blanked out ("Qasimov23" reads as "Qasimov"; spans still index the original text),
 * then extracted.
 */
export function extractFromText(text: string, options: ExtractKnowledgeOptions = {}): TextExtraction {
  const { bodyEnd, sentences, maskedText } = structureDocument(text);
  return { bodyEnd, sentences, extraction: extractKnowledge({ text: maskedText, bodyEnd, sentences }, options) };
}
