import { NameIndex } from '../names/index.js';
import type { CsvRecord } from './read-csv-records.js';

/** One ranked candidate for a query. */
export interface LinkRow {
  qid: string;
  rank: number;
  id: string;
  score: number;
}

/** Builds the index over a knowledge base of `id,name` rows (an id may repeat: its aliases). */
export async function buildKnowledgeBaseIndex(
  rows: AsyncIterable<CsvRecord>,
  onProgress?: (added: number) => void,
): Promise<NameIndex> {
  const index = new NameIndex();
  let added = 0;
  for await (const { record } of rows) {
    const type = record.type ?? record.schema;
    index.add({ id: record.id!, name: record.name!, ...(type ? { type: type.toLowerCase() } : {}) });
    added += 1;
    if (added % 1000 === 0) onProgress?.(added);
  }
  onProgress?.(added);
  return index;
}

/** Links each `qid,name` query to its top candidates in the knowledge base. */
export async function* linkNames(
  index: NameIndex,
  queries: AsyncIterable<CsvRecord>,
  options: { top?: number; minScore?: number } = {},
): AsyncGenerator<LinkRow> {
  const top = options.top ?? 10;
  for await (const { record } of queries) {
    const found = index.lookup(record.name!, { limit: top, minScore: options.minScore ?? 0.5 });
    let rank = 0;
    for (const c of found) {
      rank += 1;
      yield { qid: record.qid!, rank, id: c.id, score: c.score };
    }
  }
}
