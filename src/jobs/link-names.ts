import { kindOfEntityType, NameIndex, type NameCandidate, type NameLookupOptions, type ReferenceAliases } from '../names/index.js';
import { EntityNameIndex, type Store } from '../store/index.js';
import type { CsvRecord } from './read-csv-records.js';

/** One ranked candidate for a query. */
export interface LinkRow {
  qid: string;
  rank: number;
  id: string;
  score: number;
  explanation: string[];
}

/** What linking needs of a knowledge base: ranked candidates for a name. */
export interface KnowledgeBase {
  size: number;
  lookup(name: string, options: NameLookupOptions): NameCandidate[];
}

/** The record's type (`type`, or OpenSanctions' `schema`), lower-cased, when given. */
function typeOf(record: Record<string, string>): string | undefined {
  const type = (record.type ?? record.schema ?? '').trim().toLowerCase();
  return type === '' ? undefined : type;
}

/** Builds the index over a knowledge base of `id,name` rows (an id may repeat: its aliases; `type` optional). */
export async function buildKnowledgeBaseIndex(
  rows: AsyncIterable<CsvRecord>,
  onProgress?: (added: number) => void,
  reference: ReferenceAliases | null = null,
): Promise<NameIndex> {
  const index = new NameIndex([], reference ? { reference } : {});
  let added = 0;
  for await (const { record } of rows) {
    const type = typeOf(record);
    index.add({ id: record.id!, name: record.name!, ...(type ? { type } : {}) });
    added += 1;
    if (added % 1000 === 0) onProgress?.(added);
  }
  onProgress?.(added);
  return index;
}

/**
 * The store's entities as a knowledge base (`names link --kb store`): every name and alias
 * claim not rejected, entities grouped by accepted same-as claims, so a kunya accepted once
 * links the real name (and the reverse) from then on. Candidates are the groups' representatives.
 */
export async function loadStoreKnowledgeBase(store: Store, reference: ReferenceAliases | null = null): Promise<KnowledgeBase> {
  const index = await EntityNameIndex.load(store, { reference });
  return { size: index.names.size, lookup: (name, options) => index.lookup(name, options) };
}

/**
 * Links each `qid,name` query to its top candidates in the knowledge base; a `type` column
 * (person, group, organization, media…) sets the rules the query is read with.
 */
export async function* linkNames(
  index: KnowledgeBase,
  queries: AsyncIterable<CsvRecord> | Iterable<CsvRecord>,
  options: { top?: number; minScore?: number; noReference?: boolean } = {},
): AsyncGenerator<LinkRow> {
  const top = options.top ?? 10;
  for await (const { record } of queries) {
    const kind = kindOfEntityType(typeOf(record));
    const found = index.lookup(record.name!, {
      limit: top,
      minScore: options.minScore ?? 0.5,
      ...(kind ? { kind } : {}),
      ...(options.noReference ? { noReference: true } : {}),
    });
    let rank = 0;
    for (const c of found) {
      rank += 1;
      yield { qid: record.qid!, rank, id: c.id, score: c.score, explanation: c.explanation };
    }
  }
}
