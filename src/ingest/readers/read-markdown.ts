import { findPublishedDate, firstLineTitle, parseIsoDay } from './find-published-date.js';
import type { DecodeTextOptions } from './decode-text.js';
import { decodeText } from './read-txt.js';
import type { ReadResult } from './read-result.js';

/** Front matter between "---" lines: the simple "key: value" pairs. */
function readFrontMatter(source: string): { fields: Map<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const fields = new Map<string, string>();
  if (!match) return { fields, body: source };
  for (const line of match[1]!.split('\n')) {
    const pair = /^([A-Za-z_-]+):\s*(.*)$/.exec(line);
    if (pair) fields.set(pair[1]!.toLowerCase(), pair[2]!.replace(/^["']|["']$/g, '').trim());
  }
  return { fields, body: source.slice(match[0].length) };
}

/**
 * Footnote labels to note numbers: "[^12]" keeps 12; named labels ("[^kerman]") are numbered
 * after the highest numeric label, in the order their definitions appear.
 */
function numberFootnotes(source: string): Map<string, number> {
  const labels = [...source.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]!);
  const numbers = new Map<string, number>();
  let next = Math.max(0, ...labels.filter((l) => /^\d{1,3}$/.test(l)).map(Number)) + 1;
  for (const label of labels) {
    if (numbers.has(label)) continue;
    numbers.set(label, /^\d{1,3}$/.test(label) && Number(label) > 0 ? Number(label) : next++);
  }
  return numbers;
}

function stripInlineWith(line: string, footnotes: ReadonlyMap<string, number>): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[\^([^\]\s]+)\]/g, (whole, label: string) => {
      const number = footnotes.get(label);
      return number === undefined ? whole : `[${number}]`; // footnote references become note numbers
    })
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML
    .replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2')
    .replace(/(?<![\p{L}\d])([*_])(?=\S)([^*_]+?)\1(?![\p{L}\d])/gu, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** Markdown to plain text: headings, emphasis, links, code and tables lose their markup; footnotes become numbered notes. */
export function markdownToText(source: string): { text: string; heading: string | null } {
  const footnotes = numberFootnotes(source);
  const stripInline = (line: string) => stripInlineWith(line, footnotes);
  const out: string[] = [];
  const notes: string[] = [];
  let heading: string | null = null;
  let isFenced = false;
  let hasNotesHeading = false;
  /** Whether the last output line is a paragraph line a wrapped line continues. */
  let isInParagraph = false;
  let isInItem = false;
  for (const raw of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      isFenced = !isFenced;
      continue;
    }
    if (isFenced) {
      out.push(raw);
      isInParagraph = false;
      continue;
    }
    const footnote = /^\[\^([^\]\s]+)\]:\s*(.*)$/.exec(raw);
    if (footnote) {
      notes.push(`[${footnotes.get(footnote[1]!)}] ${stripInline(footnote[2]!)}`);
      continue;
    }
    if (notes.length > 0 && /^\s{2,}\S/.test(raw)) {
      notes[notes.length - 1] += ` ${stripInline(raw.trim())}`;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw) || raw.trim() === '') {
      out.push('');
      isInParagraph = false;
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}/.test(raw) && raw.includes('-') && /^[\s|:-]+$/.test(raw)) continue; // table rule
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (atx) {
      const text = stripInline(atx[2]!);
      if (heading === null && atx[1] === '#') heading = text;
      if (/^(?:end ?notes|notes|footnotes|references|citations|sources)$/i.test(text)) hasNotesHeading = true;
      out.push('', text, '');
      isInParagraph = false;
      continue;
    }
    let line = raw.replace(/^\s{0,3}>\s?/, '').replace(/^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?/, '$1• ');
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(' | ');
    const text = stripInline(line).replace(/^\s+/, '');
    const isParagraphLine = !text.startsWith('• ') && !line.includes(' | ') && !/^\d{1,3}[.)]\s/.test(text);
    const continuesItem: boolean = isInItem && /^\s+\S/.test(raw) && isParagraphLine;
    if ((isInParagraph && isParagraphLine) || continuesItem) out[out.length - 1] += ` ${text}`;
    else out.push(text);
    isInItem = text.startsWith('• ') || /^\d{1,3}[.)]\s/.test(text) || continuesItem;
    isInParagraph = isParagraphLine && !continuesItem;
  }
  if (notes.length > 0) {
    if (!hasNotesHeading) out.push('', 'Notes');
    out.push(...notes);
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, heading };
}

export function readMarkdown(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): ReadResult {
  const decoded = decodeText(bytes, name, options);
  const { fields, body } = readFrontMatter(decoded.text);
  const { text, heading } = markdownToText(body);
  return {
    format: 'md',
    title: fields.get('title') ?? heading ?? firstLineTitle(text),
    text,
    published: parseIsoDay(fields.get('date') ?? fields.get('published')) ?? findPublishedDate(text),
    warnings: decoded.warnings,
  };
}
