import { TesseraError } from '../../model/index.js';
import { decodeTextBytes, type DecodeTextOptions } from './decode-text.js';
import { findPublishedDate, firstLineTitle } from './find-published-date.js';
import type { ReadResult } from './read-result.js';

/** Line ends as LF, and no blanks at the end of a line. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
}

/** Text as readers want it: decoded (decode-text.ts), BOM dropped, line ends normalised, no trailing blanks. */
export function decodeText(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): { text: string; warnings: string[] } {
  const decoded = decodeTextBytes(bytes, name, options);
  const text = normaliseText(decoded.text.replace(/^\uFEFF/, ''));
  if (text.includes('\u0000')) throw new TesseraError('corrupt_file', `${name}: not a text file (binary content)`);
  return { text, warnings: decoded.warning === null ? [] : [decoded.warning] };
}

export function readTxt(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): ReadResult {
  const { text, warnings } = decodeText(bytes, name, options);
  return txtResult(text, warnings);
}

/** A plain-text report from its decoded text (decodeText or readTextFile): trimmed, its title and date from its first lines. */
export function txtResult(decoded: string, warnings: string[]): ReadResult {
  const text = decoded.trim();
  return { format: 'txt', title: firstLineTitle(text), text, published: findPublishedDate(text), warnings };
}
