import { fuzzyDateOf, parseCalendarDate, type FuzzyDate } from '../../model/index.js';
import { findNoteDates } from '../parse-cited-work.js';

/**
 * The publication date a report prints near its top: a line that is a date ("March 29, 2024"),
 * or one that says so ("Published: 12 May 2023", "Date: 2023-05-12"). Only in the lines before the
 * text's running prose starts: a date line after an abstract or an introduction heads a section
 * ("2. Kabul, 3 May 2021"), it does not date the report.
 */
export function findPublishedDate(text: string): FuzzyDate | null {
  const lines = text.slice(0, 3000).split('\n').slice(0, 25);
  const prose = lines.findIndex(isProse);
  // a masthead line is read segment by segment: "CTC SENTINEL | MAY 2025", "POLICY BRIEF No. 27 | February 2025"
  const segments = lines.slice(0, prose < 0 ? lines.length : prose).flatMap((line) => line.split(/\s[|•·]\s/));
  // a segment that says the date is the report's wins over one that is only a date ("Coverage: 1-31 December 2024 |
  // Issued: 6 January 2025"; "Summary prepared 18 September 2023 by the Courtwatch Project")
  for (const segment of segments) {
    const said = findNoteDates(segment).find((h) => h.date.precision !== 'year' && SAID_PUBLISHED.test(segment.slice(0, h.index)));
    if (said) return said.date;
  }
  for (const segment of segments) {
    const trimmed = titleCased(segment.trim().replace(/^(?:published|date|posted|updated|last updated)\s*(?:on)?\s*:?\s*/i, ''));
    if (trimmed === '' || trimmed.length > 60) continue;
    const hits = findNoteDates(trimmed);
    const hit = hits[0];
    if (hit === undefined || hit.date.precision === 'year') continue;
    // the line is the date, give or take a weekday, a place or a byline separator
    const rest = trimmed.replace(hit.date.text ?? '', '').replace(/[\s,|•·—–-]+/g, ' ').trim();
    if (rest.split(' ').filter(Boolean).length <= 3) return hit.date;
  }
  return null;
}

/** The words that say a date right after them is the report's: "Published on", "Summary prepared", "Issued:", "(published". */
const SAID_PUBLISHED = /^[([]?\s*(?:[\p{L}-]+\s+){0,2}(?:published|prepared|issued|dated|released|posted|updated|date of issue)\s*(?:on\s*)?:?\s*$/iu;

/** A line of running text: many words and a sentence's stop (not a masthead, a title or a byline). */
function isProse(line: string): boolean {
  return line.trim().split(/\s+/).length >= 25 && /[.!?]["”’)]?$/.test(line.trim());
}

/** A segment written in capitals ("MAY 2025") as a title is ("May 2025"); any other as it is. */
function titleCased(segment: string): string {
  if (/\p{Ll}/u.test(segment)) return segment;
  return segment.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/** An ISO timestamp or date from metadata ("2024-03-29T10:00:00Z") as a day. */
export function parseIsoDay(value: string | null | undefined): FuzzyDate | null {
  const date = parseCalendarDate(value ?? '');
  if (date?.month == null || date.day === null) return null;
  return fuzzyDateOf(date.year, date.month, date.day);
}

/** The first line of the text when it reads like a title (short, no closing full stop). */
export function firstLineTitle(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim();
  if (line === undefined || line.length > 200 || /[.;,]$/.test(line)) return null;
  return line;
}
