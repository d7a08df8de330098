import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { TesseraError, type DocumentFormat } from '../model/index.js';
import { readMarkdown } from './readers/read-markdown.js';
import type { DecodeTextOptions } from './readers/decode-text.js';
import type { ReadResult } from './readers/read-result.js';
import { readTxt } from './readers/read-txt.js';

export type { ReadResult } from './readers/read-result.js';
export type { DecodeTextOptions } from './readers/decode-text.js';

export interface ReadDocumentOptions extends DecodeTextOptions {
  /** Called after each page a paged format (PDF) has been read: pages done, and how many there are. */
  onPage?: (done: number, total: number) => void;
}

/** File extensions Tessera reads, by format. */
export const DOCUMENT_EXTENSIONS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** The format a path's extension names, or null when Tessera does not read it. */
export function documentFormatOf(path: string): DocumentFormat | null {
  return DOCUMENT_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/**
 * Reads a document's content (already loaded) into plain text with its title and publication
 * date. `name` names the file in error messages. Unsupported → unsupported_format, empty →
 * invalid_input, unreadable → corrupt_file; a PDF without a text layer → unsupported_format.
 */
export async function readDocumentContent(name: string, bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<ReadResult> {
  const format = documentFormatOf(name);
  const label = basename(name);
  if (format === null) {
    const extension = extname(name) || '(none)';
    throw new TesseraError('unsupported_format', `${label}: unsupported file type ${extension} (Tessera reads .txt, .md, .html, .pdf, .docx)`);
  }
  if (bytes.byteLength === 0) throw new TesseraError('invalid_input', `${label}: empty file`);
  let result: ReadResult;
  // the HTML, PDF and Word readers (linkedom, unpdf, mammoth) load only when such a file comes
  switch (format) {
    case 'txt':
      result = readTxt(bytes, label, options);
      break;
    case 'md':
      result = readMarkdown(bytes, label, options);
      break;
    case 'html':
      result = (await import('./readers/read-html.js')).readHtml(bytes, label, options);
      break;
    case 'pdf':
      result = await (await import('./readers/read-pdf.js')).readPdf(bytes, label, options.onPage);
      break;
    case 'docx':
      result = await (await import('./readers/read-docx.js')).readDocx(bytes, label);
      break;
  }
  if (result.text.trim() === '') throw new TesseraError('invalid_input', `${label}: no text in the document`);
  return result;
}

/** Reads a document file: its format, title, plain text and publication date. */
export async function readDocument(path: string, options: DecodeTextOptions = {}): Promise<ReadResult> {
  if (documentFormatOf(path) === null) return readDocumentContent(path, new Uint8Array(), options);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new TesseraError('invalid_input', `${basename(path)}: not a file`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof TesseraError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TesseraError('not_found', `${path}: no such file`, undefined, { cause: error });
    throw new TesseraError('invalid_input', `${path}: cannot be read (${code ?? String(error)})`, undefined, { cause: error });
  }
  return readDocumentContent(path, bytes, options);
}
