import type { Sentence } from '../model/index.js';
import type { Extraction, TextSpan } from './extraction.js';

/** About how much text one section of a long document holds (characters): 1 MB of report text. */
export const DEFAULT_SECTION_CHARS = 1_000_000;

/** A run of whole paragraphs of a document's body: [start, end) in its text, and the sentences in it. */
export interface DocumentSection {
  start: number;
  end: number;
  /** Index of its first sentence in the document's sentence list; `sentenceEnd` is one past the last. */
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * Cuts a document's body into sections of about `size` characters, each ending at a paragraph
 * break (a blank line, or a line break when the text has no blank lines for twice that size) and
 * never inside a sentence, so each section can be extracted on its own. A body no longer than
 * `size` is one section. Linear in the number of sentences.
 */
export function splitIntoSections(text: string, sentences: readonly Sentence[], bodyEnd: number, size: number): DocumentSection[] {
  const sections: DocumentSection[] = [];
  if (sentences.length === 0 || bodyEnd <= size) return [{ start: 0, end: bodyEnd, sentenceStart: 0, sentenceEnd: sentences.length }];
  let start = 0;
  let first = 0;
  for (let i = 1; i < sentences.length; i += 1) {
    const next = sentences[i]!;
    const length = next.start - start;
    if (length < size) continue;
    const gap = text.slice(sentences[i - 1]!.end, next.start);
    if (gap.includes('\n\n') || (length >= 2 * size && gap.includes('\n')) || length >= 4 * size) {
      sections.push({ start, end: next.start, sentenceStart: first, sentenceEnd: i });
      start = next.start;
      first = i;
    }
  }
  sections.push({ start, end: bodyEnd, sentenceStart: first, sentenceEnd: sentences.length });
  return sections;
}

/** A section's sentences as offsets into its own text, indexed from 0. */
export function sectionSentences(sentences: readonly Sentence[], section: DocumentSection): Sentence[] {
  return sentences.slice(section.sentenceStart, section.sentenceEnd).map((s) => ({
    index: s.index - section.sentenceStart,
    start: s.start - section.start,
    end: s.end - section.start,
    citedNotes: s.citedNotes,
  }));
}

/**
 * Moves an extraction read from a section's own text onto the whole document: every span's
 * offsets by the section's start, its sentence index by the section's first sentence
 * (an unknown sentence, -1, stays unknown). Changes `extraction` in place and returns it.
 */
export function shiftExtraction(extraction: Extraction, section: DocumentSection): Extraction {
  // spans may be shared between lists (a name's span is often a mention): each moves once
  const moved = new Set<TextSpan>();
  const once = (span: TextSpan | null): void => {
    if (span === null || moved.has(span)) return;
    moved.add(span);
    span.start += section.start;
    span.end += section.start;
    if (span.sentence >= 0) span.sentence += section.sentenceStart;
  };
  for (const entity of extraction.entities) {
    entity.mentions.forEach(once);
    for (const name of entity.names) once(name.span);
    for (const attribute of entity.attributes) once(attribute.span);
  }
  for (const event of extraction.events) once(event.span);
  for (const relation of extraction.relations) once(relation.span);
  for (const quantity of extraction.quantities) once(quantity.span);
  return extraction;
}
