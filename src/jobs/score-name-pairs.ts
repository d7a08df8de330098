import { matchNames, type MatchKind, type ReferenceAliases } from '../names/index.js';
import type { CsvRecord } from './read-csv-records.js';

/** A row of a pairs file with the matcher's verdict added. */
export interface ScoredPair {
  line: number;
  record: Record<string, string>;
  score: number;
  isMatch: boolean;
  explanation: string[];
}

/** Person for "Person"; organisation rules for every other schema (Organization, Company, Vessel…). */
export function kindOfSchema(schema: string | undefined): MatchKind | undefined {
  const s = (schema ?? '').trim().toLowerCase();
  if (s === '') return undefined;
  return s === 'person' ? 'person' : 'organization';
}

/**
 * Scores each `name1,name2` row: a `type` (or `schema`) column, when present, gives the kind;
 * without it, names that read as an organisation's get organisation rules. Two names of one
 * reference alias set match outright.
 */
export async function* scoreNamePairs(
  rows: AsyncIterable<CsvRecord>,
  reference: ReferenceAliases | null = null,
): AsyncGenerator<ScoredPair> {
  for await (const { line, record } of rows) {
    const kind = kindOfSchema(record.type ?? record.schema);
    const result = matchNames(record.name1 ?? '', record.name2 ?? '', {
      ...(kind ? { kind } : {}),
      ...(reference ? { reference } : {}),
    });
    yield { line, record, score: result.score, isMatch: result.isMatch, explanation: result.explanation };
  }
}
