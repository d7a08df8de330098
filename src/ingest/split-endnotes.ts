import type { CitedWork } from '../model/index.js';
import { parseCitedWork } from './parse-cited-work.js';

export interface EndnotesSplit {
  /** Where the body ends: the start of the notes section, or text.length when there is none. */
  bodyEnd: number;
  /** Numbered endnotes as cited works, in note order (lettered substantive notes are not works). */
  citedWorks: CitedWork[];
  /** The letters of lettered substantive notes ("[a] …"), so their markers can be found in the body. */
  noteLetters: string[];
}

/** A line that heads a notes section. */
const NOTES_HEADING =
  /^[ \t#*_]*(?:end ?notes|notes|footnotes|references|citations|sources|bibliography|works cited|substantive notes|notes and references|references and notes)[ \t]*:?[ \t*_]*$/i;

/** A note line: "[12] …", "12. …", "12) …", "12 …", "¹² …", "^12 …"; "[a] …" for lettered notes. */
const NOTE_LINE = /^[ \t]*(?:\[(\d{1,3}|[a-z]{1,2})\]|\^?(\d{1,3})[.)]?|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|([a-z])[.)])[ \t]+(\S.*)$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

interface NoteLine extends Line {
  /** A number, or null for a lettered note. */
  number: number | null;
  body: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r?\n/g)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function asNoteLine(line: Line): NoteLine | null {
  const m = NOTE_LINE.exec(line.text);
  if (!m) return null;
  const bracketed = m[1];
  let number: number | null = null;
  if (bracketed !== undefined) number = /^\d+$/.test(bracketed) ? Number(bracketed) : null;
  else if (m[2] !== undefined) number = Number(m[2]);
  else if (m[3] !== undefined) number = Number([...m[3]].map((c) => SUPERSCRIPTS.indexOf(c)).join(''));
  if (number === 0) return null;
  return { ...line, number, body: m[5]! };
}

/** Whether the notes from `from` on read as an endnotes list: numbered from about 1, mostly rising. */
function isNoteRun(notes: readonly NoteLine[]): boolean {
  const numbered = notes.filter((n) => n.number !== null).map((n) => n.number!);
  if (numbered.length === 0) return notes.length >= 2; // lettered notes only
  if (numbered[0]! > 3) return false;
  let rising = 0;
  for (let i = 1; i < numbered.length; i += 1) if (numbered[i]! > numbered[i - 1]!) rising += 1;
  return numbered.length === 1 || rising >= (numbered.length - 1) * 0.8;
}

/** Groups the lines after the section start into notes: a note runs on over lines that are not notes. */
function collectNotes(lines: readonly Line[]): NoteLine[] {
  const notes: NoteLine[] = [];
  let blankBefore = false;
  // what the last note's body ends with: the body itself is never read while it grows, as a
  // regular expression over it would flatten and scan it at every line (quadratic on a long tail)
  let lastPiece = '';
  for (const line of lines) {
    if (line.text.trim() === '') {
      blankBefore = true;
      continue;
    }
    const note = asNoteLine(line);
    const last = notes.at(-1);
    if (note && (last === undefined || note.number === null || last.number === null || note.number > last.number)) {
      notes.push(note);
      lastPiece = note.body;
    } else if (last !== undefined) {
      // a wrapped line continues the note; a short line after a blank line once the note is
      // complete is a page trailer ("Stay Informed", "Sign up")
      const isComplete = /[.)”"]\s*$/.test(lastPiece);
      const piece = line.text.trim();
      const isTrailer = blankBefore && isComplete && piece.length < 60;
      if (!isTrailer) {
        last.body = `${last.body} ${piece}`;
        last.end = line.end;
        lastPiece = piece;
      }
    }
    blankBefore = false;
  }
  return notes;
}

function lettersOf(notes: readonly NoteLine[]): string[] {
  return notes.filter((n) => n.number === null).map((n) => /^[ \t]*\[?([a-z]{1,2})[\].)]/.exec(n.text)?.[1] ?? '').filter((l) => l !== '');
}

function toCitedWorks(notes: readonly NoteLine[]): CitedWork[] {
  const works = new Map<number, CitedWork>();
  for (const note of notes) {
    if (note.number === null || works.has(note.number)) continue;
    works.set(note.number, parseCitedWork(note.number, note.body));
  }
  return [...works.values()].sort((a, b) => a.noteNumber - b.noteNumber);
}

/**
 * Finds where a report's body ends and its endnotes begin — a heading ("Endnotes", "Notes",
 * "References", "Citations", "Substantive Notes"…) followed by notes, or else a trailing run
 * of numbered lines starting near 1 that read as citations (not a report's numbered
 * paragraphs of prose) — and reads each numbered note as a cited work.
 */
export function splitEndnotes(text: string): EndnotesSplit {
  const lines = linesOf(text);
  // 1. The earliest notes heading whose section holds a run of notes.
  for (let i = 0; i < lines.length; i += 1) {
    if (!NOTES_HEADING.test(lines[i]!.text)) continue;
    // (a note within the next three lines of text, checked before the whole section is read: linear time)
    let isCloseToHeading = false;
    for (let j = i + 1, text = 0; j < lines.length && text <= 2; j += 1) {
      if (asNoteLine(lines[j]!) !== null) { isCloseToHeading = true; break; }
      if (lines[j]!.text.trim() !== '') text += 1;
    }
    if (!isCloseToHeading) continue;
    const notes = collectNotes(lines.slice(i + 1).filter((l) => !NOTES_HEADING.test(l.text)));
    if (notes.length > 0 && isNoteRun(notes) && !notes.every(isProseParagraph)) {
      return { bodyEnd: trimEnd(text, lines[i]!.start), citedWorks: toCitedWorks(notes), noteLetters: lettersOf(notes) };
    }
  }
  // 2. A trailing run of numbered lines, from the last line numbered 1 that starts a rising run.
  // Every note line after the start must rise over the one before (else the tail holds note lines
  // the run does not take); found in one pass from the end, so a long text is read in linear time.
  const noteLines = lines.map(asNoteLine);
  const risesToEnd: boolean[] = new Array<boolean>(lines.length).fill(false);
  let next: NoteLine | null = null;
  let nextRises = true;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const note = noteLines[i];
    if (!note) continue;
    const rises = next === null || note.number === null || next.number === null || next.number > note.number;
    risesToEnd[i] = rises && nextRises;
    next = note;
    nextRises = risesToEnd[i]!;
  }
  for (let i = 0; i < lines.length; i += 1) {
    const note = noteLines[i];
    if (!note || note.number !== 1 || !risesToEnd[i]) continue;
    const notes = collectNotes(lines.slice(i));
    const tailNoteLines = noteLines.slice(i).filter((l) => l !== null).length;
    if (notes.length >= 2 && isNoteRun(notes) && tailNoteLines === notes.length && isCitationRun(notes) && !isBodyAfterList(lines.slice(i), notes.length)) {
      return { bodyEnd: trimEnd(text, lines[i]!.start), citedWorks: toCitedWorks(notes), noteLetters: lettersOf(notes) };
    }
  }
  return { bodyEnd: text.length, citedWorks: [], noteLetters: [] };
}

/** What a citation carries: a link, a year, a quoted title, "ibid.", pages, an access date, "et al.". */
const CITING = /https?:|www\.|(?:19|20)\d{2}|[“"][^”"]{3,}|\bibid\b|\bop\. cit|\bpp?\.\s*\d|\baccessed\b|\bretrieved\b|\bet al\b|\bsee\b/i;

/**
 * A numbered paragraph of a report's body (UN Monitoring Team style: "23. Member States
 * reported that …"): long running prose of several sentences, with no link.
 */
function isProseParagraph(note: NoteLine): boolean {
  if (/https?:|www\./i.test(note.body) || note.body.length < 150) return false;
  const sentences = note.body.split(/[.!?][”"’)]?\s+(?=[A-Z“"])/).filter((x) => x.split(/\s+/).length >= 5);
  return sentences.length >= 2;
}

/**
 * Endnotes cite works: most carry a citation's marks (a year, a link, a quoted title), and few
 * are paragraphs of running prose — unlike a numbered list of points or a report's numbered paragraphs.
 */
function isCitationRun(notes: readonly NoteLine[]): boolean {
  const citing = notes.filter((n) => CITING.test(n.body));
  const prose = notes.filter(isProseParagraph);
  return citing.length >= notes.length * 0.6 && prose.length <= notes.length * 0.25;
}

/**
 * A numbered list followed by the body it opens (a threat assessment's "Key judgements" 1-4, then
 * headed sections of prose): more paragraphs without a number after the list than numbered lines,
 * and more than a page trailer's few ("Stay Informed", "Sign up", a copyright line).
 */
function isBodyAfterList(lines: readonly Line[], numbered: number): boolean {
  let unnumbered = 0;
  for (let k = 1; k < lines.length; k += 1) {
    const line = lines[k]!;
    if (line.text.trim() !== '' && lines[k - 1]!.text.trim() === '' && asNoteLine(line) === null) unnumbered += 1;
  }
  return unnumbered > Math.max(numbered, MOST_TRAILER_LINES);
}

/** How many unnumbered paragraphs a run of endnotes may be followed or broken by (page trailers). */
const MOST_TRAILER_LINES = 3;

function trimEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}
