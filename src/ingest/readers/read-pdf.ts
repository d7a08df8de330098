import { getDocumentProxy } from 'unpdf';
import { TesseraError } from '../../model/index.js';
import { findPublishedDate, firstLineTitle } from './find-published-date.js';
import type { ReadResult } from './read-result.js';

/** One run of text on a page, at its baseline. */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A line of a page: runs on one baseline, superscripts glued on. */
interface PageLine {
  text: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function runsOf(items: readonly unknown[]): Run[] {
  const runs: Run[] = [];
  for (const raw of items) {
    const item = raw as TextItemLike;
    if (typeof item.str !== 'string' || item.str.trim() === '' || !item.transform) continue;
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
    const size = Math.max(Math.hypot(a, b), Math.abs(d), item.height ?? 0) || 1;
    runs.push({ text: item.str, x, y, width: item.width ?? 0, size });
  }
  return runs;
}

/** Groups runs into lines by baseline; a smaller raised run (a note number) joins the line below it. */
function linesOf(runs: Run[], bodySize: number): Run[][] {
  const isSmall = (run: Run) => run.size < bodySize * 0.85;
  const byY = (p: Run, q: Run) => q.y - p.y || p.x - q.x;
  const lines: { y: number; size: number; runs: Run[] }[] = [];
  const place = (run: Run, allowRaised: boolean) => {
    const line = lines.find((l) => {
      const tolerance = Math.min(l.size, run.size) * 0.3;
      if (Math.abs(l.y - run.y) <= tolerance) return true;
      // superscript: raised up to about half the line's size above its baseline
      return allowRaised && run.y > l.y && run.y - l.y <= l.size * 0.6;
    });
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  };
  // lines of normal text first, then the small runs: on a line of their own, or raised on one
  for (const run of runs.filter((r) => !isSmall(r)).sort(byY)) place(run, false);
  const smallRuns = runs.filter(isSmall).sort(byY);
  for (const run of smallRuns) place(run, /^\s*[\d,–-]{1,8}\s*$/.test(run.text));
  return lines.sort((p, q) => q.y - p.y).map((l) => l.runs.sort((p, q) => p.x - q.x));
}

/** Two-column pages: the x where the right column starts, when most lines split there. */
function columnSplit(lines: Run[][], pageWidth: number): number | null {
  const candidates = new Map<number, number>();
  let total = 0;
  for (const runs of lines) {
    total += 1;
    for (let i = 1; i < runs.length; i += 1) {
      const prev = runs[i - 1]!;
      const gap = runs[i]!.x - (prev.x + prev.width);
      if (gap > prev.size * 1.5 && runs[i]!.x > pageWidth * 0.35 && runs[i]!.x < pageWidth * 0.7) {
        const key = Math.round(runs[i]!.x / 10) * 10;
        candidates.set(key, (candidates.get(key) ?? 0) + 1);
      }
    }
    if (runs.length === 1 && runs[0]!.x > pageWidth * 0.35 && runs[0]!.x < pageWidth * 0.7) {
      const key = Math.round(runs[0]!.x / 10) * 10;
      candidates.set(key, (candidates.get(key) ?? 0) + 1);
    }
  }
  let best: [number, number] | null = null;
  for (const entry of candidates) if (best === null || entry[1] > best[1]) best = entry;
  return best !== null && best[1] >= Math.max(3, total * 0.3) ? best[0] - 6 : null;
}

function joinRuns(runs: readonly Run[], bodySize: number): PageLine {
  let text = '';
  let lastEnd = -Infinity;
  let size = 0;
  for (const run of runs) {
    const isSuperscript = run.size < bodySize * 0.85 && /^\s*[\d,–-]{1,8}\s*$/.test(run.text);
    const gap = run.x - lastEnd;
    if (text !== '' && !isSuperscript && gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += isSuperscript ? run.text.trim() : run.text;
    lastEnd = run.x + run.width;
    if (!isSuperscript) size = Math.max(size, run.size);
  }
  const first = runs[0]!;
  return { text: text.replace(/\s+/g, ' ').trim(), x: first.x, y: first.y, end: lastEnd, size: size || first.size };
}

function pageLines(runs: Run[], bodySize: number, pageWidth: number): PageLine[] {
  const lines = linesOf(runs, bodySize);
  const split = columnSplit(lines, pageWidth);
  if (split === null) return lines.map((l) => joinRuns(l, bodySize));
  const left: PageLine[] = [];
  const right: PageLine[] = [];
  for (const runs of lines) {
    const l = runs.filter((r) => r.x < split);
    const r = runs.filter((run) => run.x >= split);
    if (l.length > 0) left.push(joinRuns(l, bodySize));
    if (r.length > 0) right.push(joinRuns(r, bodySize));
  }
  return [...left, ...right];
}

/** The most common text size, weighted by characters: the body's size. */
function bodySizeOf(runs: readonly Run[]): number {
  const weights = new Map<number, number>();
  for (const run of runs) {
    const key = Math.round(run.size * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + run.text.length);
  }
  let best: [number, number] = [10, -1];
  for (const entry of weights) if (entry[1] > best[1]) best = entry;
  return best[0];
}

const SENTENCE_END = /[.!?:;”")\]]$/;
const NOTE_START = /^(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+\S/;
const ITEM_START = /^[•▪◦●■–-]\s/;

/** Words that keep their hyphen across a line break: "self-declared", "Tajik-language", "al-Qaeda-aligned". */
const COMPOUND_FIRST = new Set(['self', 'pro', 'anti', 'non', 'ex', 'co', 'post', 'pre', 'well', 'multi', 'semi', 'cross', 'counter', 'mid', 'so', 'long', 'short', 'high', 'low', 'large', 'small', 'full', 'half', 'one', 'two', 'three', 'four', 'five', 'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az']);
const COMPOUND_SECOND = /^(?:based|led|linked|aligned|affiliated|claimed|related|speaking|language|born|backed|inspired|run|style|scale|term|level|year|old|made|owned|funded|oriented|held|controlled|directed|minded|wing)\b/;

/** Joins a line that ends in a hyphen with the next: "recruit-" + "ment" → "recruitment", "Islamic State-" + "claimed" keeps it. */
export function joinHyphenated(current: string, next: string): string {
  const fragment = /(\p{L}+)-$/u.exec(current)?.[1] ?? '';
  const isWordSplit = /^\p{Ll}{2,}$/u.test(fragment) && !COMPOUND_FIRST.has(fragment) && !COMPOUND_SECOND.test(next);
  return isWordSplit ? `${current.slice(0, -1)}${next}` : `${current}${next}`;
}

/** Reflows a page's lines into paragraphs: wrapped lines join, headings and notes stand alone. */
function reflow(lines: readonly PageLine[], bodySize: number): string[] {
  const paragraphs: string[] = [];
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const typicalGap = gaps[Math.floor(gaps.length / 2)] ?? bodySize * 1.2;
  const widths = lines.map((l) => l.end - l.x).sort((a, b) => a - b);
  const fullWidth = widths[Math.floor(widths.length * 0.8)] ?? 0;
  let current = '';
  let previous: PageLine | null = null;
  for (const line of lines) {
    if (previous === null) {
      current = line.text;
      previous = line;
      continue;
    }
    const gap = previous.y - line.y;
    const isShort = previous.end - previous.x < fullWidth * 0.75;
    const isNewParagraph =
      gap > typicalGap * 1.45 ||
      gap < 0 || // a new column
      Math.abs(line.size - previous.size) > bodySize * 0.15 ||
      ITEM_START.test(line.text) ||
      (SENTENCE_END.test(previous.text) && (isShort || NOTE_START.test(line.text))) ||
      (isShort && /^[\p{Lu}\d“"]/u.test(line.text));
    if (isNewParagraph) {
      paragraphs.push(current);
      current = line.text;
    } else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line.text)) {
      current = joinHyphenated(current, line.text);
    } else {
      current += ` ${line.text}`;
    }
    previous = line;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** Running heads and page numbers: lines that repeat on many pages, or are only a number. */
function furnitureKeys(pages: readonly PageLine[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = [...lines.slice(0, 3), ...lines.slice(-3)];
    for (const key of new Set(edge.map((l) => l.text.replace(/\d+/g, '#').toLowerCase()))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const keys = new Set<string>();
  for (const [key, count] of counts) if (pages.length >= 3 && count >= Math.max(3, pages.length * 0.5)) keys.add(key);
  return keys;
}

function pdfError(name: string, error: unknown): TesseraError {
  const errorName = (error as { name?: string } | null)?.name ?? '';
  const reason =
    errorName === 'PasswordException'
      ? 'password-protected'
      : `not a readable PDF (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  return new TesseraError('corrupt_file', `${name}: ${reason}`, undefined, { cause: error });
}

/** The text layer of a PDF, in reading order, with paragraphs reflowed and page furniture dropped. */
export async function readPdf(bytes: Uint8Array, name: string, onPage?: (done: number, total: number) => void): Promise<ReadResult> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 } as never);
  } catch (error) {
    throw pdfError(name, error);
  }
  try {
    const pages: { runs: Run[]; width: number }[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const [, , width = 600] = page.view;
      pages.push({ runs: runsOf(content.items), width });
      onPage?.(number, pdf.numPages);
    }
    const allRuns = pages.flatMap((p) => p.runs);
    if (allRuns.length === 0) {
      throw new TesseraError('unsupported_format', `${name}: no text layer (scanned?)`);
    }
    const bodySize = bodySizeOf(allRuns);
    const lines = pages.map((p) => pageLines(p.runs, bodySize, p.width));
    const furniture = furnitureKeys(lines);
    const paragraphs: string[] = [];
    for (const pageLinesOfPage of lines) {
      const kept = pageLinesOfPage.filter(
        (l) => !furniture.has(l.text.replace(/\d+/g, '#').toLowerCase()) && !/^(?:page\s*)?\d{1,4}$/i.test(l.text),
      );
      const pageParagraphs = reflow(kept, bodySize);
      const last = paragraphs.at(-1);
      const first = pageParagraphs[0];
      // a paragraph that runs over the page break
      if (last !== undefined && first !== undefined && !SENTENCE_END.test(last) && /^\p{Ll}/u.test(first)) {
        paragraphs[paragraphs.length - 1] = `${last} ${first}`;
        pageParagraphs.shift();
      }
      paragraphs.push(...pageParagraphs);
    }
    const text = paragraphs.join('\n').trim();
    let title: string | null = null;
    try {
      const metadata = await pdf.getMetadata();
      const info = metadata.info as { Title?: unknown } | undefined;
      const value = typeof info?.Title === 'string' ? info.Title.trim() : '';
      // authoring tools often leave a file name or "Untitled" as the title
      if (value !== '' && !/^(?:untitled|microsoft word - .*|.*\.(?:docx?|pdf|indd|tex))$/i.test(value)) title = value;
    } catch {
      // metadata is optional
    }
    return { format: 'pdf', title: title ?? firstLineTitle(text), text, published: findPublishedDate(text) };
  } catch (error) {
    if (error instanceof TesseraError) throw error;
    throw pdfError(name, error);
  } finally {
    await pdf.destroy();
  }
}
