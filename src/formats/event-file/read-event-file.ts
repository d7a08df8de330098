import { basename, extname } from 'node:path';
import { isTesseraError, TesseraError } from '../../model/index.js';
import { mapAcledRow } from '../acled/acled.js';
import { checkHeader, detectEventFormat } from './detect-format.js';
import { mapGtdRow } from '../gtd/gtd.js';
import type { EventFormat } from '../../model/index.js';
import type { ReadRow, RowMapper } from './imported-event.js';
import { mapTesseraCsvRow } from '../tessera-csv/tessera-csv.js';
import { mapUcdpRow } from '../ucdp/ucdp.js';
import { openCsvFile } from '../csv/open-csv-file.js';

export interface ReadEventFileOptions {
  /** The file's format; detected from its header when omitted. */
  format?: EventFormat;
  /** Dataset name for Tessera CSV rows without a `dataset` column (default: the file name). */
  dataset?: string;
}

export interface EventFileReader {
  format: EventFormat;
  /** File size in bytes, and bytes read so far: for a progress bar. */
  size: number;
  readonly bytesRead: number;
  /** The rows in file order; a malformed row comes as `{ line, error }`. Read once. */
  rows: AsyncIterable<ReadRow>;
}

function mapperFor(format: EventFormat, dataset: string): RowMapper {
  switch (format) {
    case 'acled':
      return mapAcledRow;
    case 'ucdp':
      return mapUcdpRow;
    case 'gtd':
      return mapGtdRow;
    case 'csv':
      return (record) => mapTesseraCsvRow(record, dataset);
  }
}

/**
 * What makes a record keyed by `columns` from a row's fields: one object literal with the columns
 * as constant keys (generated once per file), so every record of a file has one shape. Assigned
 * key by key, each of a million records was built as a dictionary, and reading its fields by name
 * in the mappers cost a hash lookup each (about a third of the time to map a row).
 */
export function recordMaker(columns: readonly string[]): (fields: readonly string[]) => Record<string, string> {
  // as the assignment did, a column named __proto__ is left out (assigning a string to it does nothing)
  const entries = columns.flatMap((column, i) => (column === '__proto__' ? [] : [`${JSON.stringify(column)}: f[${i}]`]));
  return new Function('f', `return { ${entries.join(', ')} };`) as (fields: readonly string[]) => Record<string, string>;
}

/**
 * Opens an event file for streaming: detects or checks its format from the header, then reads
 * rows one at a time through the one CSV reader (formats/csv), so a file of millions of rows
 * needs bounded memory and every row keeps the line it starts on.
 */
export async function openEventFile(path: string, options: ReadEventFileOptions = {}): Promise<EventFileReader> {
  const file = await openCsvFile(path);
  const header = file.header.map((c) => c.trim().toLowerCase());
  let format: EventFormat | null;
  try {
    if (header.length === 0) throw new TesseraError('corrupt_file', `${path}: the file is empty`);
    format = options.format ?? detectEventFormat(header);
    if (format === null) {
      throw new TesseraError('unsupported_format', `${path}: header is not ACLED, UCDP GED, GTD or Tessera CSV (give --format)`);
    }
    checkHeader(path, format, header);
  } catch (error) {
    await file.close();
    throw error;
  }
  const dataset = (options.dataset ?? basename(path, extname(path))).toLowerCase();
  const mapRow = mapperFor(format, dataset);
  const makeRecord = recordMaker(header);

  async function* rows(): AsyncGenerator<ReadRow> {
    for await (const row of file.rows) {
      const { line } = row;
      if ('error' in row) {
        yield row;
        continue;
      }
      if (row.fields.length !== header.length) {
        yield { line, error: `has ${row.fields.length} fields, the header ${header.length}` };
        continue;
      }
      try {
        yield { line, event: mapRow(makeRecord(row.fields)) };
      } catch (error) {
        if (!isTesseraError(error)) throw error;
        yield { line, error: error.message };
      }
    }
  }

  return {
    format: format as EventFormat,
    size: file.size,
    get bytesRead() {
      return file.bytesRead;
    },
    rows: rows(),
  };
}
