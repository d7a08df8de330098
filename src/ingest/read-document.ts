import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { TesseraError, type DocumentFormat } from '../model/index.js';
import { readMarkdown } from './readers/read-markdown.js';
import type { DecodeTextOptions } from './readers/decode-text.js';
import type { ReadResult } from './readers/read-result.js';
import { readTextFile } from './readers/read-text-file.js';
import { readTxt, txtResult } from './readers/read-txt.js';

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
export async function readDocument(path: string, options: ReadDocumentOptions = {}): Promise<ReadResult> {
  return (await readDocumentFile(path, options)).read;
}

/**
 * Reads a document file, and the sha-256 of the bytes read. A plain-text file is read and decoded
 * a chunk at a time (read-text-file.ts), so a long one's bytes are never held whole beside its
 * text; other formats are read whole, as their readers need.
 */
export async function readDocumentFile(path: string, options: ReadDocumentOptions = {}): Promise<{ read: ReadResult; contentHash: string }> {
  const format = documentFormatOf(path);
  if (format === null) return { read: await readDocumentContent(path, new Uint8Array(), options), contentHash: '' };
  const label = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new TesseraError('invalid_input', `${label}: not a file`);
    if (format === 'txt') {
      if (info.size === 0) throw new TesseraError('invalid_input', `${label}: empty file`);
      const file = await readTextFile(path, label, options);
      const read = txtResult(file.text, file.warnings);
      if (read.text.trim() === '') throw new TesseraError('invalid_input', `${label}: no text in the document`);
      return { read, contentHash: file.contentHash };
    }
    const bytes = await readFile(path);
    return { read: await readDocumentContent(path, bytes, options), contentHash: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    if (error instanceof TesseraError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TesseraError('not_found', `${path}: no such file`, undefined, { cause: error });
    throw new TesseraError('invalid_input', `${path}: cannot be read (${code ?? String(error)})`, undefined, { cause: error });
  }
}
