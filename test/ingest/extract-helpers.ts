import { splitSentences } from '../../src/ingest/split-sentences.js';
import { extractKnowledge, type ExtractKnowledgeInput, type ExtractKnowledgeOptions } from '../../src/ingest/extract/extract-knowledge.js';
import { createExtractionReference } from '../../src/ingest/reference/extraction-reference.js';
import { toMeasurementJson, type MeasurementOutput } from '../../src/ingest/extract/to-measurement-json.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();
const extractWithReference = (input: ExtractKnowledgeInput, options: ExtractKnowledgeOptions = {}) => extractKnowledge(input, { reference, ...options });

/** What the extractor reads from a text we wrote, as `tessera extract --format json` prints it. */
export function measure(text: string, published?: string): MeasurementOutput {
  const sentences = splitSentences(text, text.length);
  const precision = published === undefined ? 'day' : published.length === 4 ? 'year' : published.length === 7 ? 'month' : 'day';
  const start = published === undefined ? '' : published.length === 4 ? `${published}-01-01` : published.length === 7 ? `${published}-01` : published;
  const end = published === undefined ? '' : published.length === 4 ? `${published}-12-31` : published.length === 7 ? `${published}-28` : published;
  const options = published ? { published: { start, end, precision: precision as 'day' | 'month' | 'year', text: published } } : {};
  return toMeasurementJson(extractWithReference({ text, bodyEnd: text.length, sentences }, options));
}

/** The same, with the rules' entities alone (no learned second opinion on them: src/ingest/extract/entity-classifier.ts). */
export function measureByRules(text: string): MeasurementOutput {
  const sentences = splitSentences(text, text.length);
  return toMeasurementJson(extractWithReference({ text, bodyEnd: text.length, sentences }, { entityJudge: null }));
}

/** Events as `type date country`. */
export function eventsOf(text: string, published?: string): string[] {
  return measure(text, published).events.map((e) => `${e.type} ${e.date ?? '-'} ${e.country ?? '-'}`);
}
