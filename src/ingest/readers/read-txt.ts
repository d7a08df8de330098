import { TesseraError } from '../../model/index.js';
import { findPublishedDate, firstLineTitle } from './find-published-date.js';
import type { ReadResult } from './read-result.js';

/** Decodes UTF-8 text (BOM dropped, line ends normalised); a binary file is corrupt. */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Windows-1252 text is common in the genre's older files; a file with NULs is not text
    if (bytes.includes(0)) throw new TesseraError('corrupt_file', `${name}: not a text file (binary content)`, undefined, { cause: error });
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.includes('\u0000')) throw new TesseraError('corrupt_file', `${name}: not a text file (binary content)`);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
}

export function readTxt(bytes: Uint8Array, name: string): ReadResult {
  const text = decodeText(bytes, name).trim();
  return { format: 'txt', title: firstLineTitle(text), text, published: findPublishedDate(text) };
}
