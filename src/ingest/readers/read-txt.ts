import { TesseraError } from '../../model/index.js';
import { decodeTextBytes, type DecodeTextOptions } from './decode-text.js';
import { findPublishedDate, firstLineTitle } from './find-published-date.js';
import type { ReadResult } from './read-result.js';

/** Text as readers want it: decoded (decode-text.ts), BOM dropped, line ends normalised, no trailing blanks. */
export function decodeText(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): { text: string; warnings: string[] } {
  const decoded = decodeTextBytes(bytes, name, options);
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
  if (text.includes('\u0000')) throw new TesseraError('corrupt_file', `${name}: not a text file (binary content)`);
  return { text, warnings: decoded.warning === null ? [] : [decoded.warning] };
}

export function readTxt(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): ReadResult {
  const { text: raw, warnings } = decodeText(bytes, name, options);
  const text = raw.trim();
  return { format: 'txt', title: firstLineTitle(text), text, published: findPublishedDate(text), warnings };
}
