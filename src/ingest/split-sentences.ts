import type { Sentence } from '../model/index.js';
import { countBefore } from './extract/count-before.js';
import { scanNoteMarkers, type NoteMarker, type ScanNoteMarkersOptions } from './note-markers.js';

/**
 * Words that end in a full stop without ending the sentence. Lower-cased, without the stop.
 * Multi-letter initialisms ("U.S.", "U.N.") are handled apart: they end a sentence only
 * before a word that usually starts one.
 */
const ABBREVIATIONS = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'brig', 'gov', 'sen', 'rep', 'pres', 'amb', 'hon', 'rev', 'fr', 'st', 'sr', 'jr', 'mt', 'ft', 'messrs',
  // references and figures
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'para', 'paras', 'art', 'arts', 'fig', 'figs', 'ch', 'chap', 'sec', 'ed', 'eds',
  'op', 'cit', 'ca', 'cf', 'approx', 'est', 'dept', 'div', 'bn', 'bde', 'regt', 'inc', 'ltd', 'co', 'corp', 'vs', 'v',
  'al', 'etc', 'ibid', 'viz', 'resp', 'tel', 'trans', 'transl',
  // months
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that often do end a sentence ("… and so on, etc. The next"). */
const ABBREVIATIONS_THAT_MAY_END = new Set(['etc', 'al', 'inc', 'ltd', 'co', 'corp', 'ibid']);

/** Words that begin sentences far more often than they follow "U.S." or "etc." inside one. */
const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at', 'as', 'but',
  'however', 'yet', 'since', 'after', 'before', 'when', 'while', 'although', 'though', 'there', 'his', 'her', 'their',
  'a', 'an', 'according', 'meanwhile', 'moreover', 'furthermore', 'additionally', 'separately', 'nonetheless', 'if',
  'for', 'by', 'from', 'with', 'during', 'despite', 'both', 'many', 'some', 'several', 'one', 'two', 'other', 'such',
  'such', 'what', 'which', 'who', 'our', 'and', 'so', 'still', 'then', 'thus', 'today', 'instead', 'following',
]);

const CLOSERS = /[”"’'»)\]]/;
const OPENERS = /[“"‘'«([¿¡]/;
const BULLET = /^(?:[•▪◦‣·●○■□–—*-]|\d{1,2}[.)])\s+/;

function isSentenceStart(char: string | undefined): boolean {
  if (char === undefined) return false;
  return /[\p{Lu}\p{Lt}\p{Lo}\d]/u.test(char) || OPENERS.test(char);
}

/** The token the full stop at `dot` ends, from the previous space or opening bracket/quote. */
function tokenBefore(text: string, dot: number, from: number): string {
  let start = dot;
  while (start > from && !/[\s(“"‘[]/.test(text[start - 1]!)) start -= 1;
  return text.slice(start, dot);
}

function nextWord(text: string, at: number, end: number): string {
  const match = /^[“"‘'(]*([\p{L}]+)/u.exec(text.slice(at, Math.min(end, at + 40)));
  return match ? match[1]!.toLowerCase() : '';
}

/** Whether a full stop at `dot` may end a sentence (abbreviations, initials, decimals). */
function isStopAt(text: string, dot: number, from: number, nextAt: number, end: number): boolean {
  const token = tokenBefore(text, dot, from);
  if (token === '') return true;
  const bare = token.replace(/^[^\p{L}\d]+/u, '');
  // "Michel E. Kurilla": a single capital is an initial
  if (/^\p{Lu}$/u.test(bare)) return false;
  const starter = SENTENCE_STARTERS.has(nextWord(text, nextAt, end));
  // "U.S.", "e.g.", "i.e.", "a.m.": letters separated by stops
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare)) {
    if (/^(?:e\.g|i\.e|a\.m|p\.m|n\.d)$/i.test(bare)) return false;
    return starter;
  }
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "Jan. 5", "No. 6", "pp. 11": a figure follows
    if (ABBREVIATIONS_THAT_MAY_END.has(lower)) return starter;
    return false;
  }
  return true;
}

interface Boundary {
  /** Where the sentence's own text ends (after its stop and closing quotes). */
  end: number;
  /** Where the next sentence may begin (after trailing note markers). */
  next: number;
}

/** The sentence boundaries inside one line-level segment [from, to). */
function boundariesIn(text: string, from: number, to: number, markerAt: Map<number, NoteMarker>): Boundary[] {
  const out: Boundary[] = [];
  for (let i = from; i < to; i += 1) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // decimals and dotted initialisms: "4.5", "U.S" — the stop is inside a token
    if (c === '.' && /[\p{L}\d]/u.test(text[i + 1] ?? '') && !markerAt.has(i + 1)) continue;
    let end = i + 1;
    while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end += 1;
    while (end < to && CLOSERS.test(text[end]!)) end += 1;
    let next = end;
    for (let marker = markerAt.get(next); marker !== undefined; marker = markerAt.get(next)) next = marker.end;
    // closing quote after the marker: "said.37”"
    while (next < to && CLOSERS.test(text[next]!)) next += 1;
    if (next < to && !/\s/.test(text[next]!)) continue;
    let start = next;
    while (start < to && /\s/.test(text[start]!)) start += 1;
    if (start >= to) break; // the segment's own end closes the sentence
    if (!isSentenceStart(text[start])) continue;
    if (c === '.' && !isStopAt(text, i, from, start, to)) continue;
    out.push({ end, next });
    i = next - 1;
  }
  return out;
}

/**
 * Line-level segments of the body: a blank line always separates; a single line break does
 * too unless the line runs on into a lower-case word (text hard-wrapped inside a sentence).
 */
function segmentsOf(text: string, bodyEnd: number): [number, number][] {
  const segments: [number, number][] = [];
  let start = 0;
  const lineBreaks = /\r?\n/g;
  lineBreaks.lastIndex = 0;
  for (let m = lineBreaks.exec(text); m !== null && m.index < bodyEnd; m = lineBreaks.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 1), m.index);
    const after = text[m.index + m[0].length] ?? '';
    const isRunOn = /[\p{L},;\-–]/u.test(before) && /[\p{Ll}\d(]/u.test(after);
    if (isRunOn) continue;
    segments.push([start, m.index]);
    start = m.index + m[0].length;
  }
  segments.push([start, bodyEnd]);
  return segments;
}

function trimmedSpan(text: string, from: number, to: number): [number, number] | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  const bullet = BULLET.exec(text.slice(start, Math.min(end, start + 6)));
  if (bullet) start += bullet[0].length;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return start < end ? [start, end] : null;
}

export interface SplitSentencesOptions extends ScanNoteMarkersOptions {
  /** Markers already found by `scanNoteMarkers` (saves a second scan). */
  markers?: readonly NoteMarker[];
}

/**
 * Splits the body (text before `bodyEnd`) into sentences with their character spans and the
 * endnote numbers each carries. A sentence's span ends after its stop and closing quotes;
 * the note markers that follow it still count as its citations. Headings and bullet items
 * are sentences of their own.
 */
export function splitSentences(text: string, bodyEnd: number, options: SplitSentencesOptions = {}): Sentence[] {
  const limit = Math.min(Math.max(bodyEnd, 0), text.length);
  const markers = options.markers ?? scanNoteMarkers(text, limit, options);
  const markerAt = new Map(markers.map((m) => [m.start, m]));
  const spans: [number, number][] = [];
  for (const [from, to] of segmentsOf(text, limit)) {
    let start = from;
    for (const boundary of boundariesIn(text, from, to, markerAt)) {
      const span = trimmedSpan(text, start, boundary.end);
      if (span) spans.push(span);
      start = boundary.next;
    }
    const last = trimmedSpan(text, start, to);
    if (last) spans.push(last);
  }

  // Each marker goes to the sentence it lies in or, when it trails a sentence, the one before.
  // (pushed, not mapped: V8 makes an array it maps in optimised code holey and one mapped in the interpreter packed, and the
  // extractor's readers of the sentences, compiled for the one kind, were thrown away and compiled again when the other came)
  const sentences: Sentence[] = [];
  for (const [start, end] of spans) sentences.push({ index: sentences.length, start, end, citedNotes: [] });
  let s = 0;
  for (const marker of markers) {
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= marker.start) s += 1;
    const sentence = sentences[s];
    if (sentence === undefined || marker.start < sentence.start) continue;
    for (const note of marker.notes) if (!sentence.citedNotes.includes(note)) sentence.citedNotes.push(note);
  }
  // a marker glued at a sentence's very end ("…four.28") trims out of the span
  // (markers in text order: the one that could trail a sentence is the last that starts inside it)
  const ordered = [...markers].sort((a, b) => a.start - b.start);
  const lastStartingBefore = (pos: number): NoteMarker | undefined => ordered[countBefore(ordered, (m) => m.start, pos) - 1];
  for (const sentence of sentences) {
    const candidate = lastStartingBefore(sentence.end);
    const trailing = candidate && candidate.end >= sentence.end && candidate.start >= sentence.start ? candidate : undefined;
    if (trailing && trailing.start > sentence.start) {
      let end = trailing.start;
      while (end > sentence.start && /\s/.test(text[end - 1]!)) end -= 1;
      sentence.end = end;
    }
  }
  return sentences;
}
