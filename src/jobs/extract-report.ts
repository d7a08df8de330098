import { extractFromText, readDocument, toMeasurementJson, type MeasurementOutput } from '../ingest/index.js';

export type { MeasurementOutput };

/**
 * `extract FILE`: what the extractor reads out of one report (entities, events, relations,
 * figures), without writing the store.
 */
export async function extractReport(input: { path: string }): Promise<MeasurementOutput> {
  const document = await readDocument(input.path);
  const options = document.published ? { published: document.published } : {};
  return toMeasurementJson(extractFromText(document.text, options).extraction);
}
