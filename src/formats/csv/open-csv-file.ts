import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse, type CsvError, type Options } from 'csv-parse';
import { TesseraError } from '../../model/index.js';

/** One record of a CSV file, or why it could not be read; `line` is the file line it starts on. */
export type CsvLine = { line: number; fields: string[] } | { line: number; error: string };

/** A CSV file opened for streaming: its header read, its data rows still to come. */
export interface CsvFile {
  path: string;
  /** The file's name, for messages ("acled.csv line 812: …"). */
  name: string;
  /** File size in bytes, and bytes read so far: for a progress bar. */
  size: number;
  readonly bytesRead: number;
  /** The first record's fields as written (empty for an empty file); `headerLine` is where it starts. */
  header: string[];
  headerLine: number;
  /** The records after the header in file order, a malformed one as `{ line, error }`. Read once. */
  rows: AsyncIterable<CsvLine>;
  /** Stops reading and releases the file (reading the rows to their end, or leaving the loop, does so too). */
  close(): Promise<void>;
}

/** The size of a file in bytes, or not_found naming it. */
export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw new TesseraError('not_found', `${path}: no such file`, undefined, { cause: error });
  }
}

/** What csv-parse tells of where it is (its `info` context, and the context of its errors). */
interface CsvContext {
  lines: number;
  empty_lines: number;
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
  private lastEnd = 0;
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

/** csv-parse's reason for a record it could not read, without its category prefix and its own "on line N". */
function describeCsvError(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quote opened in this row is never closed';
  return error.message.replace(/^[A-Z][A-Za-z ]+: /, '').replace(/ (?:on|at) line \d+$/, '');
}

/**
 * Opens a CSV file with a header row for streaming (csv-parse, one record at a time, so a file
 * of millions of rows needs bounded memory): UTF-8 with or without BOM, empty lines skipped,
 * rows of any width given as they are (the caller decides what a wrong width means). Every
 * record carries the line it starts on, counted right across quoted line breaks; a record
 * csv-parse cannot read comes in its place as `{ line, error }` and reading goes on.
 */
export async function openCsvFile(path: string): Promise<CsvFile> {
  const size = await fileSize(path);
  const name = basename(path);
  const state = { bytesRead: 0 };
  const input = createReadStream(path);
  input.on('data', (chunk) => {
    state.bytesRead += chunk.length;
  });
  const lines = new RecordLines();
  const skipped: CsvLine[] = [];
  const csvOptions: Options<{ fields: string[]; line: number }, string[]> = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // runs as the parser meets each record, in file order (the reader below reads behind it)
    on_record: (record, context) => {
      const fields = record as string[];
      return { fields, line: lines.recordStart(fields, context) };
    },
    on_skip: (error: CsvError | undefined) => {
      if (error) skipped.push({ line: lines.skippedStart({ lines: Number(error.lines ?? 0), empty_lines: Number(error.empty_lines ?? 0) }), error: `not a well-formed CSV row (${describeCsvError(error)})` });
      return undefined;
    },
  };
  // typed by hand: csv-parse's untyped overload wants records to stay string arrays
  const parser = input.pipe(parse(csvOptions as unknown as Options));

  async function* records(): AsyncGenerator<CsvLine> {
    try {
      for await (const { fields, line } of parser as AsyncIterable<{ fields: string[]; line: number }>) {
        // skip events arrive as the parser reads ahead: give back those before this record, in file order
        while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
        yield { line, fields };
      }
    } catch (error) {
      const line = Number((error as CsvError).lines ?? 0);
      throw new TesseraError('corrupt_file', `${name} line ${line}: ${describeCsvError(error as CsvError)}`, { path, line }, { cause: error });
    } finally {
      parser.destroy();
      input.destroy();
    }
    while (skipped.length > 0) yield skipped.shift()!;
  }

  const iterator = records();
  const first = await iterator.next();
  if (!first.done && 'error' in first.value) {
    await iterator.return(undefined);
    throw new TesseraError('corrupt_file', `${name} line ${first.value.line}: cannot read the header, ${first.value.error}`, { path, line: first.value.line });
  }
  const header = first.done || 'error' in first.value ? [] : first.value.fields;
  const headerLine = first.done ? 1 : first.value.line;
  return {
    path,
    name,
    size,
    get bytesRead() {
      return state.bytesRead;
    },
    header,
    headerLine,
    rows: { [Symbol.asyncIterator]: () => iterator },
    close: async () => {
      await iterator.return(undefined);
    },
  };
}
