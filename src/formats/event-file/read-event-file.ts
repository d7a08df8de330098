import { createReadStream, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse, type CsvError, type Options } from 'csv-parse';
import { isTesseraError, TesseraError } from '../../model/index.js';
import { mapAcledRow } from '../acled/acled.js';
import { checkHeader, detectEventFormat } from './detect-format.js';
import { mapGtdRow } from '../gtd/gtd.js';
import type { EventFormat } from '../../model/index.js';
import type { ReadRow, RowMapper } from './imported-event.js';
import { mapTesseraCsvRow } from '../tessera-csv/tessera-csv.js';
import { mapUcdpRow } from '../ucdp/ucdp.js';

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

/** What csv-parse tells of where it is (its `info` context, and the context of its errors). */
interface CsvContext {
  lines: number;
  empty_lines: number;
}

interface CsvRecord {
  fields: string[];
  /** The file line the record starts on. */
  line: number;
}

/** The position fields csv-parse sets on its errors. */
function contextOf(error: CsvError): CsvContext {
  return { lines: Number(error.lines ?? 0), empty_lines: Number(error.empty_lines ?? 0) };
}

const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * The file line each record starts on. csv-parse counts the line a record ends on, but counts
 * "\r\n" inside a quoted field as two lines; this corrects for that, takes off the record's
 * own line breaks, and places a malformed record (an unclosed quote runs to the end of the
 * file) on the line after the last good record and any empty lines since.
 */
class RecordLines {
  /** Lines csv-parse has counted twice so far. */
  private overcount = 0;
  private lastEnd = 1;
  private lastEmpty = 0;

  recordStart(fields: readonly string[], context: CsvContext): number {
    let breaks = 0;
    for (const field of fields) {
      if (!field.includes('\n') && !field.includes('\r')) continue;
      breaks += field.match(LINE_BREAK)?.length ?? 0;
      this.overcount += field.split('\r\n').length - 1;
    }
    this.lastEnd = context.lines - this.overcount;
    this.lastEmpty = context.empty_lines;
    return this.lastEnd - breaks;
  }

  skippedStart(error: CsvContext): number {
    const start = this.lastEnd + 1 + Math.max(0, error.empty_lines - this.lastEmpty);
    this.lastEnd = Math.max(start, error.lines - this.overcount);
    this.lastEmpty = error.empty_lines;
    return start;
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
    const lines = new RecordLines();
    const csvOptions: Options<CsvRecord, string[]> = {
      bom: true,
      from_line: 2,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // runs as the parser meets each record, in file order (the loop below reads behind it)
      on_record: (record, context): CsvRecord => {
        const fields = record as string[];
        return { fields, line: lines.recordStart(fields, context) };
      },
      on_skip: (error: CsvError | undefined) => {
        if (error) {
          const line = lines.skippedStart(contextOf(error));
          const reason = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote opened in this row is never closed' : error.message.split(':')[0];
          skipped.push({ line, error: `not a well-formed CSV row (${reason})` });
        }
        return undefined;
      },
    };
    // typed by hand: csv-parse's untyped overload wants records to stay string arrays
    const parser = input.pipe(parse(csvOptions as unknown as Options));
    for await (const { fields, line } of parser as AsyncIterable<CsvRecord>) {
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
