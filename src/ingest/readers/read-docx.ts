import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { TesseraError } from '../../model/index.js';
import { findPublishedDate, firstLineTitle } from './find-published-date.js';
import { htmlToText } from './html-to-text.js';
import type { ReadResult } from './read-result.js';

/**
 * A Word document's text through mammoth's HTML (headings, lists, footnotes and endnotes),
 * with its footnotes gathered under a "Notes" heading so they read as endnotes.
 */
export async function readDocx(bytes: Uint8Array, name: string): Promise<ReadResult> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new TesseraError('corrupt_file', `${name}: not a readable Word document (${reason})`, undefined, { cause: error });
  }
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  // back-links of notes ("↑") are navigation
  for (const link of Array.from(document.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]'))) link.remove();
  const noteItems = document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]');
  const firstList = noteItems[0]?.parentElement;
  if (firstList) {
    const heading = document.createElement('h2');
    heading.textContent = 'Notes';
    firstList.parentElement?.insertBefore(heading, firstList);
  }
  const text = htmlToText(document.body as never).trim();
  const h1 = (document.querySelector('h1')?.textContent ?? '').trim();
  return { format: 'docx', title: h1 || firstLineTitle(text), text, published: findPublishedDate(text) };
}
