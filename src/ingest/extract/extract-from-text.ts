import type { Sentence } from '../../model/index.js';
import type { Extraction } from '../extraction.js';
import { splitSentences } from '../split-sentences.js';
import { structureDocument } from '../structure-document.js';
import { extractKnowledge, type ExtractKnowledgeOptions } from './extract-knowledge.js';

export interface TextExtraction {
  bodyEnd: number;
  sentences: Sentence[];
  extraction: Extraction;
}

/**
 * A document's plain text to its extraction: body split from endnotes, sentences split, note
 * markers blanked out ("Tabarov19" reads as "Tabarov"; spans still index the original text),
 * then extracted.
 */
export function extractFromText(text: string, options: ExtractKnowledgeOptions = {}): TextExtraction {
  const structure = structureDocument(text);
  // numbered paragraphs (UN reports) can pass for endnotes; notes are rarely most of a report
  if (structure.bodyEnd < text.length * 0.4) {
    const sentences = splitSentences(text, text.length);
    return { bodyEnd: text.length, sentences, extraction: extractKnowledge({ text, bodyEnd: text.length, sentences }, options) };
  }
  const { bodyEnd, sentences, maskedText } = structure;
  return { bodyEnd, sentences, extraction: extractKnowledge({ text: maskedText, bodyEnd, sentences }, options) };
}
