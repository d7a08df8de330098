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
 * Streams a CSV file with a header row. The header is checked before any row is given (a missing
 * column stops the read with `file line 1: missing column`); a row of the wrong width or a broken
 * quote stops it with `file line N: reason` after every good row before it has been given, so a
 * caller that writes as it reads has written those rows.
 */
export async function* readCsvRecords(path: string, options: ReadCsvOptions): AsyncGenerator<CsvRecord> {
  await fileSize(path);
  const name = basename(path);
  let headerError: TesseraError | null = null;
  let isHeaderRead = false;
  const checkHeader = (header: string[]): string[] => {
    const columns = header.map((h) => h.trim());
    isHeaderRead = true;
    const missing = options.required.find((column) => !columns.includes(column));
    if (missing !== undefined) {
      headerError = new TesseraError('invalid_input', `${name} line 1: missing column "${missing}"`, { path, line: 1 });
    }
    return columns;
  };
  const parser = createReadStream(path).pipe(
    parse({ columns: checkHeader, bom: true, skip_empty_lines: true, info: true, skip_records_with_error: true }),
  );
  // a malformed record is skipped by the parser, which reads ahead: remember the first and stop
  // when the rows before it have been given
  let malformed: TesseraError | null = null;
  parser.on('skip', (error: Error & { lines?: number; code?: string }) => {
    if (malformed !== null) return;
    const line = error.lines ?? 0;
    malformed = new TesseraError('corrupt_file', `${name} line ${line}: ${describeCsvError(error)}`, { path, line }, { cause: error });
  });
  const stopAt = (line: number): TesseraError | null => {
    const m = malformed as TesseraError | null;
    return m !== null && Number(m.details?.line ?? 0) <= line ? m : null;
  };
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (headerError !== null) throw headerError;
      const line = item.info.lines;
      const stop = stopAt(line);
      if (stop !== null) throw stop;
      for (const column of options.nonEmpty ?? []) {
        if ((item.record[column] ?? '').trim() === '') {
          throw new TesseraError('invalid_input', `${name} line ${line}: empty "${column}"`, { path, line });
        }
      }
      yield { line, record: item.record };
    }
  } catch (error) {
    if (error instanceof TesseraError) throw error;
    const e = error as Error & { lines?: number };
    const line = e.lines ?? 0;
    throw new TesseraError('corrupt_file', `${name} line ${line}: ${describeCsvError(e)}`, { path, line }, { cause: error });
  } finally {
    parser.destroy();
  }
  if (headerError !== null) throw headerError;
  if (malformed !== null) throw malformed;
  if (!isHeaderRead && options.required.length > 0) {
    throw new TesseraError('invalid_input', `${name} line 1: no header (expected ${options.required.join(', ')})`, { path, line: 1 });
  }
}

/** csv-parse's message without its category prefix and its own "on line N". */
function describeCsvError(error: Error & { code?: string; record?: unknown }): string {
  const m = /columns length is (\d+), got (\d+)/.exec(error.message);
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && m) return `${m[2]} fields where the header has ${m[1]}`;
  return error.message.replace(/^[A-Z][A-Za-z ]+: /, '').replace(/ (?:on|at) line \d+$/, '');
}
