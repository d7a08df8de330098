import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { TesseraError } from '../model/index.js';

/** One data row of a CSV file with the line it starts on. */
export interface CsvRecord {
  line: number;
  record: Record<string, string>;
}

export interface ReadCsvOptions {
  /** Columns that must be present in the header. */
  required: readonly string[];
  /** Required columns that may not be empty in any row. */
  nonEmpty?: readonly string[];
}

/** The size of a file in bytes (for progress), or not_found. */
export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw new TesseraError('not_found', `${path}: no such file`, undefined, { cause: error });
  }
}

/**
 * Streams a CSV file with a header row. A missing column, a row of the wrong width or a broken
 * quote stops the read with `file line N: reason`.
 */
export async function* readCsvRecords(path: string, options: ReadCsvOptions): AsyncGenerator<CsvRecord> {
  await fileSize(path);
  const name = basename(path);
  const parser = createReadStream(path).pipe(
    parse({ columns: (header: string[]) => header.map((h) => h.trim()), bom: true, skip_empty_lines: true, info: true }),
  );
  let checked = false;
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const line = item.info.lines;
      if (!checked) {
        for (const column of options.required) {
          if (!(column in item.record)) {
            throw new TesseraError('invalid_input', `${name} line 1: missing column "${column}"`, { path, line: 1 });
          }
        }
        checked = true;
      }
      for (const column of options.nonEmpty ?? []) {
        if ((item.record[column] ?? '').trim() === '') {
          throw new TesseraError('invalid_input', `${name} line ${line}: empty "${column}"`, { path, line });
        }
      }
      yield { line, record: item.record };
    }
  } catch (error) {
    if (error instanceof TesseraError) throw error;
    const e = error as Error & { lines?: number; code?: string };
    const line = e.lines ?? 0;
    throw new TesseraError('corrupt_file', `${name} line ${line}: ${e.message.replace(/^Invalid Record Length: /, '')}`, { path, line }, {
      cause: error,
    });
  }
}
