import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { TesseraError } from '../model/index.js';

/** Bundles up to this size are parsed whole; larger ones are read an object per line when written that way. */
const WHOLE_FILE_BYTES = 32 * 1024 * 1024;

function cannotRead(path: string, error: unknown): TesseraError {
  const code = (error as NodeJS.ErrnoException).code;
  return new TesseraError(code === 'ENOENT' ? 'not_found' : 'invalid_input', `${path}: cannot be read (${code ?? String(error)})`, undefined, { cause: error });
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
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNumber = 0;
    let isInObjects = false;
    for await (const line of lines) {
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
