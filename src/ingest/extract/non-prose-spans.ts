import { countBefore } from './count-before.js';
import { CAPITALISED_STOPWORDS } from './genre-lexicon.js';

/** A wire story's dateline at a line's start, its outlet in brackets before the dash: "SHIRAZ, Iran, Aug 15 (Gulf Desk) - ". */
const DATELINE_OUTLET = /^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu},[^()\n]{0,40}?\((\p{Lu}[\p{L}\p{M}.'’&-]*(?: \p{Lu}[\p{L}\p{M}.'’&-]*){0,4})\)\s+[-–—]/gmu;

/**
 * The front matter's lines that name the report's own authors, their affiliations and its
 * publication, not actors: "By Farhan Qureshi and Elena Marsh", "Jane Roe (University of X) and
 * John Doe", the affiliation line under an author line, "Journal of X, Vol. 9, No. 2 (2025)",
 * "CTC SENTINEL | MAY 2025"; and a wire story's closing credit "(Reporting by …; Editing by …)".
 * The front matter ends at the first line of more than 25 words.
 */
export function frontMatterSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let lineStart = 0;
  let afterAuthors = false;
  while (lineStart < text.length && lineStart < 3000) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    const words = line.split(/\s+/).filter((w) => w !== '');
    if (words.length > 25) break;
    if (line !== '') {
      const authors = BYLINE.test(line) || AUTHOR_LINE.test(line) || isAffiliatedAuthorLine(line, words);
      const affiliation = afterAuthors && words.length <= 10 && !/[.!?:]$/.test(line);
      if (authors || affiliation || MASTHEAD.test(line)) spans.push([lineStart, lineEnd]);
      afterAuthors = authors;
    }
    lineStart = lineEnd + 1;
  }
  for (const m of text.matchAll(WIRE_CREDIT)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** "By Farhan Qureshi and Elena Marsh", "By staff correspondent | 14 September 2024". */
const BYLINE = /^By\s+\p{Lu}/u;

/** Two or more personal names joined by "and", each perhaps with its affiliation in brackets. */
const AUTHOR_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{2,80}\))?(?:,\s+|\s+and\s+)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{2,80}\))?$/u;

/** One personal name, then its affiliation after a comma: "Jane Roe-Doe, Institute of Conflict Studies, Oslo". */
const AFFILIATED_AUTHOR_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+[^,]*\b(?:Institute|Institut|Instituto|Istituto|University|Universit[éy]|Universidad|Universidade|Università|College|Centre|Center|Centro|School|Academy|Foundation|Fondation|Programme|Program|Department|Faculty|Observatory|Council)\b/u;

/** A line of the front matter that is one personal name and its affiliation, no sentence: "Jane Roe-Doe, Institute of Conflict Studies, Oslo". */
function isAffiliatedAuthorLine(line: string, words: readonly string[]): boolean {
  return words.length <= 15 && !/[.!?:]$/.test(line) && !CAPITALISED_STOPWORDS.has((words[0] ?? '').toLowerCase()) && AFFILIATED_AUTHOR_LINE.test(line);
}

/** A masthead or a citation of the issue: "CTC SENTINEL | MAY 2025", "Journal of X, Vol. 9, No. 2 (2025), pp. 114-139". */
const MASTHEAD = /\bVol\.\s*\d+|\bpp\.\s*\d+|^[^|]{2,60}\|\s*(?:\d{1,2}\s+)?\p{L}+\.?\s+(?:\d{1,2},?\s+)?\d{4}$/u;

/**
 * Where a wire story's dateline names its outlet, in brackets before the dash: "IDLIB, Syria, July 14 (Levant Desk) - ",
 * "SHIRAZ, Iran, Aug 15 (Gulf Desk) - ": a media outlet, whatever its words.
 */
export function datelineOutletSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(DATELINE_OUTLET)) {
    const from = m.index + m[0].indexOf('(') + 1;
    spans.push([from, from + (m[1] as string).length]);
  }
  return spans;
}

/** A wire story's closing credit. */
const WIRE_CREDIT = /\((?:Reporting|Writing|Additional reporting) by [^()]{3,300}\)/g;

/**
 * A transcript's speaker labels and its credit lines, which name the people talking, no actors: "HOST (JANE ROE):",
 * "DANIEL OKAFOR:", "MEMBER (Jane Roe):" at a line's start (the label only: what follows is what they said), and a
 * whole "Host: Jane Roe. Guest: Dr. John Doe, researcher." line.
 */
export function speakerLabelSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(SPEAKER_LABEL)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(CREDIT_LINE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A speaker's label in capitals at a line's start, perhaps with a name in brackets: "RANIA HADDAD:", "HOST (SARA LINDQVIST):". */
const SPEAKER_LABEL = /^[ \t]*\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?: \([^()\n:]{2,60}\))?:(?=\s)/gmu;

/** A programme's credit line: "Host: Jane Roe. Guest: Dr. John Doe, political violence researcher." */
const CREDIT_LINE = /^[ \t]*(?:Hosts?|Guests?|Presenters?|Producers?|Interviewers?|Moderators?|Panelists?|Panellists?):[^\n]{0,300}$/gm;

/**
 * Photo captions and credits ("(Ivan Petrov/TASS via Getty Images)", "District court press office via AP"):
 * short lines or brackets that credit a photo agency name no actor of the report.
 */
export function captionSpans(text: string, to: number): [number, number][] {
  const spans: [number, number][] = [];
  const CREDIT = /\b(?:via (?:AP|AFP|Reuters|Getty|EPA|TASS|Sputnik|Anadolu|Xinhua|Wikimedia)|Getty Images|AP Photo|AFP Photo|Photo(?:graph)?:|Photo credit|Image:|Image credit|Credit:)/;
  const BRACKET = /\([^()\n]{3,160}\)/g;
  for (let m = BRACKET.exec(text); m !== null && m.index < to; m = BRACKET.exec(text)) {
    if (CREDIT.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  let lineStart = 0;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (CREDIT.test(line) && line.split(/\s+/).length <= 20) spans.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * Whether a position lies inside one of `spans` ([start, end) each): the spans merged and sorted
 * once, then each position found by binary search, so a long document's many captions cost no
 * more per mention than a short one's few.
 */
export function spanTest(spans: readonly (readonly [number, number])[]): (pos: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of sorted) {
    if (e <= s) continue;
    if (ends.length > 0 && s <= (ends[ends.length - 1] as number)) ends[ends.length - 1] = Math.max(ends[ends.length - 1] as number, e);
    else {
      starts.push(s);
      ends.push(e);
    }
  }
  return (pos) => {
    // the last merged span starting at or before pos
    const lo = countBefore(starts, (s) => s, pos, true);
    return lo > 0 && pos < (ends[lo - 1] as number);
  };
}
