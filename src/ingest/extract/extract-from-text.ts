import type { Sentence } from '../../model/index.js';
import type { Extraction } from '../extraction.js';
import { splitEndnotes } from '../split-endnotes.js';
import { splitSentences } from '../split-sentences.js';
import { extractKnowledge, type ExtractKnowledgeOptions } from './extract-knowledge.js';

export interface TextExtraction {
  bodyEnd: number;
  sentences: Sentence[];
  extraction: Extraction;
}

/** A document's plain text to its extraction: body split from endnotes, sentences split, then extracted. */
export function extractFromText(text: string, options: ExtractKnowledgeOptions = {}): TextExtraction {
  const { bodyEnd } = splitEndnotes(text);
  const sentences = splitSentences(text, bodyEnd);
  return { bodyEnd, sentences, extraction: extractKnowledge({ text, bodyEnd, sentences }, options) };
}
