import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { TesseraError } from '../../model/index.js';
import { findPublishedDate, firstLineTitle, parseIsoDay } from './find-published-date.js';
import { htmlToText } from './html-to-text.js';
import type { DecodeTextOptions } from './decode-text.js';
import { decodeText } from './read-txt.js';
import type { ReadResult } from './read-result.js';

/** Where sites put a report's endnotes; Readability may drop them as page furniture. */
const NOTES_SELECTORS = [
  '[role="doc-endnotes"]',
  'section.footnotes',
  'div.footnotes',
  '.endnotes',
  '#endnotes',
  '#footnotes',
  'ol.footnotes',
  'ol.references',
  '.references',
];

const NOTES_HEADING = /^(?:end ?notes|notes|footnotes|references|citations|sources|substantive notes)$/i;

type Html = ReturnType<typeof parseHTML>;
type HtmlDocument = Html['document'];
type HtmlElement = NonNullable<ReturnType<HtmlDocument['querySelector']>>;

/** The endnotes of the page: a known footnotes container, or a list right after a "Notes" heading. */
function findNotes(document: HtmlDocument): { heading: string; element: HtmlElement } | null {
  for (const selector of NOTES_SELECTORS) {
    const element = document.querySelector(selector);
    if (element && (element.textContent ?? '').trim().length > 20) return { heading: 'Notes', element };
  }
  for (const heading of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, p > strong, p > b'))) {
    const label = (heading.textContent ?? '').trim().replace(/:$/, '');
    if (!NOTES_HEADING.test(label)) continue;
    let sibling = (heading.tagName === 'STRONG' || heading.tagName === 'B' ? heading.parentElement : heading)
      ?.nextElementSibling;
    while (sibling && sibling.tagName !== 'OL' && !/^H\d$/.test(sibling.tagName)) sibling = sibling.nextElementSibling;
    if (sibling?.tagName === 'OL') return { heading: label, element: sibling };
  }
  return null;
}

function metaContent(document: HtmlDocument, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content') ?? document.querySelector(selector)?.getAttribute('datetime');
    if (value) return value;
  }
  return null;
}

/**
 * The article of a web page, without navigation, share bars and footers (Readability),
 * with its endnotes kept even when they sit outside the article.
 */
export function readHtml(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): ReadResult {
  const { text: source, warnings } = decodeText(bytes, name, options);
  if (!/<[a-z!]/i.test(source)) throw new TesseraError('corrupt_file', `${name}: no HTML markup`);
  const original = parseHTML(source).document;
  const notes = findNotes(original);
  const notesText = notes ? htmlToText(notes.element as never) : '';

  const article = new Readability(parseHTML(source).document as never, { charThreshold: 200 }).parse();
  let text: string;
  if (article?.content) {
    text = htmlToText(parseHTML(`<html><body>${article.content}</body></html>`).document.body as never);
  } else {
    text = htmlToText((original.body ?? original.documentElement) as never);
  }
  const probe = notesText.split('\n').find((l) => l.length > 30)?.slice(4, 40);
  if (notes && probe !== undefined && !text.includes(probe)) {
    text = `${text}\n\n${notes.heading}\n${notesText}`;
  }
  const title =
    metaContent(original, ['meta[property="og:title"]', 'meta[name="citation_title"]']) ??
    (article?.title || null) ??
    ((original.querySelector('title')?.textContent ?? '').trim() || null) ??
    firstLineTitle(text);
  const published =
    parseIsoDay(article?.publishedTime) ??
    parseIsoDay(
      metaContent(original, [
        'meta[property="article:published_time"]',
        'meta[name="citation_publication_date"]',
        'meta[name="date"]',
        'meta[name="dc.date"]',
        'time[datetime]',
      ]),
    ) ??
    findPublishedDate(text);
  return { format: 'html', title: title?.trim() || null, text: text.trim(), published, warnings };
}
