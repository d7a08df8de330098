import { createReadStream, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse, type CsvError } from 'csv-parse';
import { isTesseraError, TesseraError } from '../../model/index.js';
import { mapAcledRow } from './acled.js';
import { checkHeader, detectEventFormat } from './detect-format.js';
import { mapGtdRow } from './gtd.js';
import type { EventFormat, ReadRow, RowMapper } from './imported-event.js';
import { mapTesseraCsvRow } from './tessera-csv.js';
import { mapUcdpRow } from './ucdp.js';

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

/** The header line's columns, read from the start of the file. */
async function readHeader(path: string): Promise<string[]> {
  const parser = createReadStream(path).pipe(parse({ bom: true, to_line: 1, relax_column_count: true }));
  try {
    for await (const row of parser as AsyncIterable<string[]>) return row;
  } catch (error) {
    throw new TesseraError('corrupt_file', `${path}: cannot read a CSV header (${(error as Error).message})`, undefined, { cause: error });
  }
  throw new TesseraError('corrupt_file', `${path}: the file is empty`);
}

/**
 * Opens an event file for streaming: detects or checks its format from the header, then reads
 * rows one at a time (csv-parse), so a file of millions of rows needs bounded memory.
 */
export async function openEventFile(path: string, options: ReadEventFileOptions = {}): Promise<EventFileReader> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new TesseraError('not_found', `${path}: no such file`, undefined, { cause: error });
  }
  const header = (await readHeader(path)).map((c) => c.trim().toLowerCase());
  const format = options.format ?? detectEventFormat(header);
  if (format === null) {
    throw new TesseraError('unsupported_format', `${path}: header is not ACLED, UCDP GED, GTD or Tessera CSV (give --format)`);
  }
  checkHeader(path, format, header);
  const dataset = (options.dataset ?? basename(path, extname(path))).toLowerCase();
  const mapRow = mapperFor(format, dataset);
  const state = { bytesRead: 0 };

  async function* rows(): AsyncGenerator<ReadRow> {
    const skipped: ReadRow[] = [];
    const input = createReadStream(path);
    input.on('data', (chunk) => {
      state.bytesRead += chunk.length;
    });
    const parser = input.pipe(
      parse({
        bom: true,
        from_line: 2,
        relax_column_count: true,
        info: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        on_skip: (error: CsvError | undefined) => {
          if (error) skipped.push({ line: Number(error.lines ?? 0), error: `not a well-formed CSV row (${error.message.split(':')[0]})` });
          return undefined;
        },
      }),
    );
    for await (const { record: fields, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // the record's first line: where it ends less the line breaks inside its fields
      let breaks = 0;
      for (const field of fields) if (field.includes('\n')) breaks += field.split('\n').length - 1;
      const line = info.lines - breaks;
      // skip events arrive as the parser reads ahead: give back those before this record, in file order
      while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
      if (fields.length !== header.length) {
        yield { line, error: `has ${fields.length} fields, the header ${header.length}` };
        continue;
      }
      const record: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) record[header[i]!] = fields[i]!;
      try {
        yield { line, event: mapRow(record) };
      } catch (error) {
        if (!isTesseraError(error)) throw error;
        yield { line, error: error.message };
      }
    }
    while (skipped.length > 0) yield skipped.shift()!;
  }

  return {
    format,
    size,
    get bytesRead() {
      return state.bytesRead;
    },
    rows: rows(),
  };
}
