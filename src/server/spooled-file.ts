import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { writableSink } from '../jobs/index.js';

/** What a spooled writer returned, and its text to send: a stream over the file and its length in bytes. */
export interface Spooled<T> {
  result: T;
  stream: ReadStream;
  size: number;
}

/**
 * Runs `write` into a temporary file at the disk's pace, then hands the file over to be sent. Work
 * that holds a store transaction while it writes (a STIX export's cursors) ends before a client's
 * reading pace matters; a failure becomes an error response, not a body cut off after its 200;
 * and the length is known. The file is removed once its stream closes (read to the end or
 * abandoned), or at once when `write` fails. It is made in `baseDir` (the system's temporary folder).
 */
export async function spoolToFile<T>(
  write: (sink: (chunk: string) => void | Promise<void>) => Promise<T>,
  baseDir: string = tmpdir(),
): Promise<Spooled<T>> {
  const dir = await mkdtemp(join(baseDir, 'tessera-spool-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'spooled');
  try {
    const file = createWriteStream(path);
    const closed = finished(file);
    let result: T;
    try {
      result = await write(writableSink(file));
      file.end();
      await closed;
    } catch (error) {
      file.destroy();
      await closed.catch(() => undefined);
      throw error;
    }
    const { size } = await stat(path);
    const stream = createReadStream(path);
    stream.once('close', () => void remove());
    return { result, stream, size };
  } catch (error) {
    await remove();
    throw error;
  }
}
