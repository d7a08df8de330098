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
  let { bodyEnd } = splitEndnotes(text);
  // numbered paragraphs (UN reports) can pass for endnotes; notes are rarely most of a report
  if (bodyEnd < text.length * 0.4) bodyEnd = text.length;
  const sentences = splitSentences(text, bodyEnd);
  return { bodyEnd, sentences, extraction: extractKnowledge({ text, bodyEnd, sentences }, options) };
}
