import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TesseraError } from '../model/index.js';

/** Bundles up to this size are parsed whole; larger ones are read an object per line when written that way. */
const WHOLE_FILE_BYTES = 32 * 1024 * 1024;

function cannotRead(path: string, error: unknown): TesseraError {
  const code = (error as NodeJS.ErrnoException).code;
  return new TesseraError(code === 'ENOENT' ? 'not_found' : 'invalid_input', `${path}: cannot be read (${code ?? String(error)})`, undefined, { cause: error });
}

/**
 * A file's lines, those of each chunk read together: split at line feeds on the bytes (a line feed
 * never occurs inside a UTF-8 character) and decoded line by line. A line ending in CR keeps it
 * (the reader trims). readline cost a third of a bundle's reading: it decodes each chunk, then
 * searches it with a regular expression and emits each line as an event.
 */
async function* lineBatches(path: string): AsyncGenerator<string[]> {
  let rest: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const lines: string[] = [];
    let start = 0;
    let end = chunk.indexOf(10);
    if (rest !== null && end !== -1) {
      lines.push(Buffer.concat([rest, chunk.subarray(0, end)]).toString('utf8'));
      rest = null;
      start = end + 1;
      end = chunk.indexOf(10, start);
    }
    while (end !== -1) {
      lines.push(chunk.toString('utf8', start, end));
      start = end + 1;
      end = chunk.indexOf(10, start);
    }
    if (start < chunk.length) rest = rest === null ? chunk.subarray(start) : Buffer.concat([rest, chunk.subarray(start)]);
    if (lines.length > 0) yield lines;
  }
  if (rest !== null) yield [rest.toString('utf8')];
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
export async function* readStixObjects(path: string): AsyncGenerator<unknown> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (size > WHOLE_FILE_BYTES) {
    let lineNumber = 0;
    let isInObjects = false;
    for await (const lines of lineBatches(path)) {
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
