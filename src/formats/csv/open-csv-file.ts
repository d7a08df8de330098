import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { TesseraError } from '../../model/index.js';
import { CsvRecordSplitter, type CsvLine } from './csv-record-splitter.js';

export type { CsvLine } from './csv-record-splitter.js';

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

/**
 * Opens a CSV file with a header row for streaming (a megabyte at a time, split by
 * CsvRecordSplitter, so a file of millions of rows needs bounded memory): UTF-8 with or without
 * BOM, empty lines skipped, rows of any width given as they are (the caller decides what a wrong
 * width means). Every record carries the line it starts on, counted right across quoted line
 * breaks; a malformed record comes in its place as `{ line, error }` and reading goes on.
 */
export async function openCsvFile(path: string): Promise<CsvFile> {
  const size = await fileSize(path);
  const name = basename(path);
  const state = { bytesRead: 0 };
  const input = createReadStream(path, { highWaterMark: 2 ** 20 });
  async function* records(): AsyncGenerator<CsvLine> {
    const splitter = new CsvRecordSplitter();
    const decoder = new StringDecoder('utf8');
    const out: CsvLine[] = [];
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        state.bytesRead += chunk.length;
        splitter.push(decoder.write(chunk), out);
        for (const record of out) yield record;
        out.length = 0;
      }
      splitter.push(decoder.end(), out);
      splitter.end(out);
      for (const record of out) yield record;
    } finally {
      input.destroy();
    }
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
