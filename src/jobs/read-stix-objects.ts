import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TesseraError } from '../model/index.js';

/** How a STIX file is read: the defaults, except in tests. */
export interface StixReadLimits {
  /** Files up to this size are parsed whole; larger ones are read an object per line when written that way. */
  wholeFileBytes: number;
  /** Bytes read at a time from a file read line by line (a longer line grows the buffer). */
  readBytes: number;
}

const LIMITS: StixReadLimits = { wholeFileBytes: 32 * 1024 * 1024, readBytes: 1024 * 1024 };

function cannotRead(path: string, error: unknown): TesseraError {
  const code = (error as NodeJS.ErrnoException).code;
  return new TesseraError(code === 'ENOENT' ? 'not_found' : 'invalid_input', `${path}: cannot be read (${code ?? String(error)})`, undefined, { cause: error });
}

/** The lines ending in `buffer` before `end`, each decoded only when asked for. */
function* linesOf(buffer: Buffer, end: number): Generator<string> {
  let start = 0;
  let lineEnd = buffer.indexOf(10, start);
  while (lineEnd !== -1 && lineEnd < end) {
    yield buffer.toString('utf8', start, lineEnd);
    start = lineEnd + 1;
    lineEnd = buffer.indexOf(10, start);
  }
}

/**
 * A file's lines, a megabyte at a time, read into one buffer used again for each read and split at
 * line feeds on the bytes (a line feed never occurs inside a UTF-8 character); the lines of a read
 * must be taken before the next. A fresh buffer per chunk (a read stream's) outlived the young
 * generation's collections while its objects were read, so each megabyte read stayed allocated until
 * a full collection: about 70 MB of a 100,000-object import's peak RSS. Each line is decoded only
 * when taken, so one line's string is alive at a time. A line ending in CR keeps it (the reader
 * trims). readline cost a third of a bundle's reading: it decodes each chunk, then searches it with
 * a regular expression and emits each line as an event.
 */
async function* lineBatches(path: string, readBytes: number): AsyncGenerator<Iterable<string>> {
  const file = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(readBytes);
    // bytes of a line not ended yet, at the start of the buffer
    let carried = 0;
    for (;;) {
      if (carried === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const { bytesRead } = await file.read(buffer, carried, buffer.length - carried, null);
      if (bytesRead === 0) break;
      const end = carried + bytesRead;
      const lastLineEnd = buffer.lastIndexOf(10, end - 1);
      if (lastLineEnd === -1) {
        carried = end;
        continue;
      }
      yield linesOf(buffer, lastLineEnd + 1);
      buffer.copy(buffer, 0, lastLineEnd + 1, end);
      carried = end - lastLineEnd - 1;
    }
    if (carried > 0) yield [buffer.toString('utf8', 0, carried)];
  } finally {
    await file.close();
  }
}

/** The objects of a parsed file: a bundle's `objects`, or one bare STIX object. */
function objectsOf(path: string, value: unknown): unknown[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.objects)) return record.objects;
    if (typeof record.type === 'string' && typeof record.id === 'string') return [record];
  }
  throw new TesseraError('corrupt_file', `${basename(path)}: not a STIX bundle (no "objects" list) nor a STIX object`);
}

/**
 * The objects of a STIX file one at a time. A bundle written an object per line (as Tessera's
 * exports are) is streamed line by line, so its size does not bound memory; any other layout up to
 * 32 MB is parsed whole, beyond that refused. Not JSON: a corrupt_file error naming the line.
 */
export async function* readStixObjects(path: string, limits: StixReadLimits = LIMITS): AsyncGenerator<unknown> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (size > limits.wholeFileBytes) {
    let lineNumber = 0;
    let isInObjects = false;
    for await (const lines of lineBatches(path, limits.readBytes)) {
      for (const line of lines) {
        lineNumber += 1;
        const text = line.trim();
        if (!isInObjects) {
          if (lineNumber === 1 && /^\{.*"objects":\[$/.test(text)) {
            isInObjects = true;
            continue;
          }
          throw new TesseraError('corrupt_file', `${basename(path)}: ${(size / 1e6).toFixed(0)} MB and not written an object per line; split it or write it as Tessera's exports are`);
        }
        if (text === ']}' || text === ']' || text === '') continue;
        try {
          yield JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text);
        } catch (error) {
          throw new TesseraError('corrupt_file', `${basename(path)} line ${lineNumber}: not a JSON object (${(error as Error).message})`, undefined, { cause: error });
        }
      }
    }
    return;
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw cannotRead(path, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new TesseraError('corrupt_file', `${basename(path)}: not JSON (${(error as Error).message})`, undefined, { cause: error });
  }
  yield* objectsOf(path, value);
}
