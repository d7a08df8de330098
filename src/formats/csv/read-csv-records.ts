import { TesseraError } from '../../model/index.js';
import { openCsvFile } from './open-csv-file.js';

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

/**
 * Streams a CSV file with a header row as records keyed by column, strictly. The header is
 * checked before any row is given (a missing column stops the read with `file line 1: missing
 * column`); a row of the wrong width or a broken quote stops it with `file line N: reason` after
 * every good row before it has been given, so a caller that writes as it reads has written those rows.
 */
export async function* readCsvRecords(path: string, options: ReadCsvOptions): AsyncGenerator<CsvRecord> {
  const file = await openCsvFile(path);
  const { name, headerLine } = file;
  const columns = file.header.map((h) => h.trim());
  const missing = options.required.find((column) => !columns.includes(column));
  if (missing !== undefined) {
    await file.close();
    const reason = columns.length === 0 ? `no header (expected ${options.required.join(', ')})` : `missing column "${missing}"`;
    throw new TesseraError('invalid_input', `${name} line ${headerLine}: ${reason}`, { path, line: headerLine });
  }
  for await (const row of file.rows) {
    const { line } = row;
    if ('error' in row) throw new TesseraError('corrupt_file', `${name} line ${line}: ${row.error}`, { path, line });
    if (row.fields.length !== columns.length) {
      throw new TesseraError('corrupt_file', `${name} line ${line}: ${row.fields.length} fields where the header has ${columns.length}`, { path, line });
    }
    const record: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) record[columns[i]!] = row.fields[i]!;
    for (const column of options.nonEmpty ?? []) {
      if ((record[column] ?? '').trim() === '') {
        throw new TesseraError('invalid_input', `${name} line ${line}: empty "${column}"`, { path, line });
      }
    }
    yield { line, record };
  }
}
