/**
 * Endnote markers in a report's body as they come out of PDFs and web pages of the genre
 * (CTC Sentinel, think-tank assessments): superscripts flattened into the text and glued to
 * words, punctuation or figures ("attack1 is", "killed four.28", "said.”37", "2,5004 Kyrgyz"),
 * bracketed "[12]", parenthesised "(12)" where it is clearly a note, and Unicode superscripts "¹²".
 * A lettered substantive note after a number ("Kyrgyzstan.5 b The") belongs to the same marker.
 */
export interface NoteMarker {
  /** Span of the marker in the text (digits, brackets, trailing lettered note). */
  start: number;
  end: number;
  notes: number[];
  /** Lettered (substantive) notes the marker carries: "b" in "Kyrgyzstan.5 b The". */
  letters: string[];
}

export interface ScanNoteMarkersOptions {
  /**
   * The numbers of the notes the document's endnotes section holds. When given, a glued
   * marker naming a number outside it is read as part of the text.
   */
  noteNumbers?: ReadonlySet<number>;
  /**
   * The letters of the document's lettered substantive notes. When given, a single such letter
   * glued after punctuation ("Brigade,c which", "al-Masri,f who") is read as a note marker.
   */
  noteLetters?: ReadonlySet<string>;
}

type Strength = 'strong' | 'medium' | 'weak';

interface Candidate extends NoteMarker {
  strength: Strength;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Abbreviations after which a glued number is a figure, not a note ("No.6", "pp.11"). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'p', 'pp', 'vol', 'art', 'para', 'fig', 'ch', 'sec', 'op', 'no.']);

/** Lower-case words that carry digits in their own right ("covid19", "mp3"). */
const ALPHANUMERIC_WORDS = new Set(['covid', 'mp', 'h', 'x', 'web', 'ipv', 'mi', 'su', 'f', 'g', 'p', 'c', 'v']);

function parseNoteList(list: string): number[] {
  const notes: number[] = [];
  for (const part of list.split(/\s*[,،]\s*/)) {
    const range = /^(\d{1,3})\s*[–-]\s*(\d{1,3})$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to >= from && to - from <= 20) {
        for (let n = from; n <= to; n += 1) notes.push(n);
        continue;
      }
      return [];
    }
    if (!/^\d{1,3}$/.test(part)) return [];
    notes.push(Number(part));
  }
  return notes.every((n) => n > 0) ? notes : [];
}

function fromSuperscript(value: string): string {
  return [...value].map((c) => {
    const digit = SUPERSCRIPT_DIGITS.indexOf(c);
    return digit >= 0 ? String(digit) : c === '⁻' ? '-' : c;
  }).join('');
}

/** The word (run of non-space characters) that ends at `end`. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start -= 1;
  return text.slice(start, end);
}

/** A lettered note glued after the digits: " a" followed by a space and a capital ("2 a It"). */
function trailingLetter(text: string, at: number, limit: number): { letter: string; end: number } | null {
  const match = /^ ([a-z])(?=\s+[\p{Lu}“"‘(]|\s*$)/u.exec(text.slice(at, Math.min(limit, at + 6)));
  if (!match || at + match[0].length > limit) return null;
  // "a" or "I" could start the next sentence only in capitals, so a lone lower-case letter is a note.
  return { letter: match[1]!, end: at + match[0].length };
}

function collectCandidates(text: string, limit: number, noteLetters: ReadonlySet<string>): Candidate[] {
  const body = text.slice(0, limit);
  const out: Candidate[] = [];
  const push = (start: number, end: number, notes: number[], strength: Strength) => {
    if (notes.length === 0) return;
    const letters: string[] = [];
    const letter = trailingLetter(text, end, limit);
    if (letter) {
      letters.push(letter.letter);
      end = letter.end;
    }
    out.push({ start, end, notes, letters, strength });
  };

  // ¹²³, ¹²,¹³
  for (const m of body.matchAll(new RegExp(`[${SUPERSCRIPT_DIGITS}]+(?:[,⁻–-][${SUPERSCRIPT_DIGITS}]+)*`, 'gu'))) {
    push(m.index, m.index + m[0].length, parseNoteList(fromSuperscript(m[0])), 'strong');
  }
  // [12], [12, 13], [12–14]
  for (const m of body.matchAll(/\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]/g)) {
    push(m.index, m.index + m[0].length, parseNoteList(m[1]!), 'strong');
  }
  // (12) glued to a word or punctuation, or standing before the sentence's last punctuation.
  for (const m of body.matchAll(/\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)/g)) {
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + m[0].length] ?? ' ';
    const isGlued = /[\p{L}.,;:!?”"’]/u.test(before);
    const isBeforeStop = before === ' ' && /[.;,]/.test(after) && /[\p{L}”"’]/u.test(text[m.index - 2] ?? '');
    if (isGlued || isBeforeStop) push(m.index, m.index + m[0].length, parseNoteList(m[1]!), 'medium');
  }
  // Punctuation-glued after a word: "four.28 Next", "Iraq,12 and", "said.”37", "region;5".
  // (Each pattern with a lookbehind opens with a lookahead on its first character, which lets the
  // engine skip the positions that cannot start a match: the same matches, 5 to 13 times faster.)
  for (const m of body.matchAll(
    /(?=[.,;:!?”"’)\]\d])(?<=[\p{L}%])([.,;:!?]?[”"’)\]]{0,2}[.,;:!?]?)(\d{1,3}(?:[,–-]\d{1,3})*)(?=[\s—–]|[,;:)](?:\s|$)|$)/gu,
  )) {
    const punctuation = m[1]!;
    if (punctuation === '') continue; // word-glued, below
    const word = wordBefore(text, m.index).toLowerCase().replace(/[^\p{L}.]/gu, '');
    if (NUMBER_ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
    const digitsStart = m.index + punctuation.length;
    push(digitsStart, m.index + m[0].length, parseNoteList(m[2]!), 'medium');
  }
  // Word-glued: "attack1 is", "rivals4 and", "region5—actions", "Afghanistan12."
  for (const m of body.matchAll(/(?=\d)(?<=\p{Ll}{2})(\d{1,3})(?=[,;:.!?”"’)]*(?:\s|$)|[—–])/gu)) {
    const word = wordBefore(text, m.index);
    if (/[@_/\\.:#=&]|\d/.test(word)) continue; // handles, URLs, codes
    const letters = word.replace(/^[^\p{L}]+/u, '').toLowerCase();
    if (ALPHANUMERIC_WORDS.has(letters)) continue;
    push(m.index, m.index + m[0].length, parseNoteList(m[1]!), 'medium');
  }
  // A figure with a broken thousands group: "2,0003 Tajikistan" is 2,000 and note 3.
  for (const m of body.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})*,\d{3}(\d{1,3})(?![\d,]|\.\d)/g)) {
    const digits = m[1]!;
    const start = m.index + m[0].length - digits.length;
    push(start, m.index + m[0].length, parseNoteList(digits), 'medium');
  }
  // After a figure at a sentence's end: "in July 2018.3 The", "2,000.4 The".
  for (const m of body.matchAll(/(?<=\d)([.!?][”"’)]?)(\d{1,3})(?=\s+[\p{Lu}“"]|\s*$)/gu)) {
    const before = wordBefore(text, m.index);
    // a year or a grouped figure; a short bare number before ".5 The" stays a decimal
    const isYearOrGrouped = /(?:^|[^\d])(?:1[89]|20)\d{2}$/.test(before) || /\d,\d{3}$/.test(before);
    const start = m.index + m[1]!.length;
    push(start, m.index + m[0].length, parseNoteList(m[2]!), isYearOrGrouped ? 'medium' : 'weak');
  }
  // After a figure, a comma with one or two digits is no thousands group: "in 2018,4 and".
  for (const m of body.matchAll(/(?<=(?:^|[^\d,])(?:1[89]|20)\d{2}),(\d{1,2})(?=\s)/g)) {
    push(m.index + 1, m.index + m[0].length, parseNoteList(m[1]!), 'weak');
  }
  // Year glued to a note: "in 201812 the" (weak; needs the note sequence to agree).
  for (const m of body.matchAll(/(?<=(?:^|[\s(])(?:19|20)\d{2})(\d{1,2})(?=[.,;:]?(?:\s|$))/g)) {
    push(m.index, m.index + m[0].length, parseNoteList(m[1]!), 'weak');
  }
  // A lettered note glued after punctuation: "Battalion,d which", "Tajikistan.a It" (letters the notes hold).
  if (noteLetters.size > 0) {
    for (const m of body.matchAll(/(?=[a-z])(?<=\p{L}{2}[.,;:!?]?[”"’)]?)([a-z])(?=\s+\S|\s*$)/gu)) {
      const before = text[m.index - 1] ?? '';
      if (!/[.,;:!?”"’)]/.test(before) || !noteLetters.has(m[1]!)) continue;
      out.push({ start: m.index, end: m.index + 1, notes: [], letters: [m[1]!], strength: 'medium' });
    }
  }
  return out;
}

/**
 * Finds the endnote markers in the body (text before `bodyEnd`), in order. Strong markers
 * (superscripts, brackets) always count; glued ones must name a note the endnotes hold when
 * those are known; weak ones (a year glued to a number) must also fit the running sequence.
 */
export function scanNoteMarkers(text: string, bodyEnd: number, options: ScanNoteMarkersOptions = {}): NoteMarker[] {
  const candidates = collectCandidates(text, Math.min(bodyEnd, text.length), options.noteLetters ?? new Set()).sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const known = options.noteNumbers;
  const accepted: NoteMarker[] = [];
  let last = 0;
  let lastEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start < lastEnd) continue; // overlaps an accepted marker
    const isKnown = known === undefined || known.size === 0 || candidate.notes.every((n) => known.has(n));
    if (candidate.notes.length === 0) {
      // a lettered note: no number to check against the sequence
      accepted.push({ start: candidate.start, end: candidate.end, notes: [], letters: candidate.letters });
      lastEnd = candidate.end;
      continue;
    }
    const first = candidate.notes[0]!;
    const fitsSequence = first >= last - 3 && first <= last + 3;
    const isAccepted =
      candidate.strength === 'strong' ||
      (candidate.strength === 'medium' && isKnown) ||
      (candidate.strength === 'weak' && (known !== undefined && known.size > 0 ? isKnown : true) && fitsSequence);
    if (!isAccepted) continue;
    accepted.push({ start: candidate.start, end: candidate.end, notes: candidate.notes, letters: candidate.letters });
    last = Math.max(last, ...candidate.notes);
    lastEnd = candidate.end;
  }
  return accepted;
}

/**
 * The text with every marker blanked to spaces: same length, so spans still index into the
 * original, while "attack1 is" reads "attack  is" and "2,0003" reads "2,000 " for extraction.
 */
export function maskNoteMarkers(text: string, markers: readonly NoteMarker[]): string {
  if (markers.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const marker of markers) {
    parts.push(text.slice(at, marker.start), ' '.repeat(marker.end - marker.start));
    at = marker.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
