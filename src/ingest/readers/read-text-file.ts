import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { TesseraError } from '../../model/index.js';
import { utf16WithoutBom, type DecodeTextOptions } from './decode-text.js';
import { decodeText, normaliseText } from './read-txt.js';

/** How many bytes of a text file are read and decoded at a time. */
export const TEXT_CHUNK_BYTES = 1 << 20;

/** A text file decoded as decodeText decodes its bytes, and the sha-256 of the bytes read. */
export interface TextFile {
  text: string;
  warnings: string[];
  contentHash: string;
}

interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
  /** Bytes of a byte-order mark to skip at the start. */
  skip: number;
  warning: string | null;
}

/** Bytes the first read takes at least (or the whole file): what the byte-order and UTF-16 tests look at. */
const HEAD_BYTES = 4096;

/** The streaming decoder for a file whose first bytes are `head`, reading it as decodeTextBytes reads the whole. */
function decoderFor(head: Uint8Array, name: string, options: DecodeTextOptions): ChunkDecoder {
  if (options.encoding !== undefined) {
    if (!iconv.encodingExists(options.encoding)) throw new TesseraError('invalid_input', `${name}: unknown encoding "${options.encoding}"`);
    const decoder = iconv.getDecoder(options.encoding);
    return { write: (chunk) => decoder.write(Buffer.from(chunk)), end: () => decoder.end() ?? '', skip: 0, warning: null };
  }
  const web = (encoding: string, skip: number, warning: string | null = null): ChunkDecoder => {
    // fatal: bytes that are not valid end the stream (InvalidTextError), and the file is decoded whole
    const decoder = new TextDecoder(encoding, { fatal: true });
    return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode(), skip, warning };
  };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return web('utf-8', 3);
  if (head[0] === 0xff && head[1] === 0xfe) return web('utf-16le', 2);
  if (head[0] === 0xfe && head[1] === 0xff) return web('utf-16be', 2);
  const utf16 = utf16WithoutBom(head);
  if (utf16 !== null) return web(utf16, 0, `${name}: no byte-order mark; read as ${utf16.toUpperCase()} by its zero bytes`);
  return web('utf-8', 0);
}

function isInvalidEncodedData(error: unknown): boolean {
  return error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
}

/** Where the run of blanks and CRs that ends `text` starts. */
function trailingBlanksStart(text: string): number {
  let i = text.length;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\r')) i -= 1;
  return i;
}

/**
 * Reads a text file a chunk at a time (TEXT_CHUNK_BYTES), hashing and decoding as it goes, so the
 * file's bytes are never held whole beside its text. The text is what decodeText makes of the
 * whole file (BOM, UTF-16, `encoding`; line ends normalised, trailing blanks dropped), whatever
 * falls on a chunk boundary: a multi-byte character, a CR LF pair, a line's trailing blanks.
 * Bytes that are not valid in the encoding read (a file not in UTF-8, where none was named) send
 * the file to the whole-file decoding, which names the first bad byte or detects the encoding.
 */
export async function readTextFile(path: string, name: string, options: DecodeTextOptions = {}, chunkBytes: number = TEXT_CHUNK_BYTES): Promise<TextFile> {
  const hash = createHash('sha256');
  const pieces: string[] = [];
  let decoder: ChunkDecoder | null = null;
  let pending = '';
  const take = (decoded: string, isLast: boolean): void => {
    const text = pieces.length === 0 && pending === '' ? decoded.replace(/^\uFEFF/, '') : pending + decoded;
    // a CR, or blanks, at the end may belong with what the next chunk starts with
    const keep = isLast ? text.length : trailingBlanksStart(text);
    pending = text.slice(keep);
    const piece = normaliseText(text.slice(0, keep));
    if (piece.includes('\u0000')) throw new TesseraError('corrupt_file', `${name}: not a text file (binary content)`);
    if (piece !== '') pieces.push(piece);
  };
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(Math.max(chunkBytes, HEAD_BYTES));
    for (let position = 0; ; ) {
      let filled = 0;
      for (;;) {
        const size = position === 0 ? buffer.length - filled : Math.min(chunkBytes, buffer.length) - filled;
        const { bytesRead } = await file.read(buffer, filled, size, position + filled);
        filled += bytesRead;
        if (bytesRead === 0 || position > 0 || filled >= HEAD_BYTES) break;
      }
      const chunk = buffer.subarray(0, filled);
      hash.update(chunk);
      if (decoder === null) {
        decoder = decoderFor(chunk, name, options);
        take(decoder.write(chunk.subarray(Math.min(decoder.skip, filled))), filled === 0);
      } else if (filled > 0) {
        take(decoder.write(chunk), false);
      }
      position += filled;
      if (filled === 0) {
        take(decoder.end(), true);
        break;
      }
    }
  } catch (error) {
    if (!isInvalidEncodedData(error)) throw error;
    const bytes = await readFile(path);
    const whole = decodeText(bytes, name, options);
    return { ...whole, contentHash: createHash('sha256').update(bytes).digest('hex') };
  } finally {
    await file.close();
  }
  return { text: pieces.join(''), warnings: decoder?.warning == null ? [] : [decoder.warning], contentHash: hash.digest('hex') };
}
