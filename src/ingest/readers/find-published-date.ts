import { fuzzyDateOf, parseCalendarDate, type FuzzyDate } from '../../model/index.js';
import { findNoteDates } from '../parse-cited-work.js';

/**
 * The publication date a report prints near its top: a line that is a date ("March 29, 2024"),
 * or one that says so ("Published: 12 May 2023", "Date: 2023-05-12").
 */
export function findPublishedDate(text: string): FuzzyDate | null {
  const lines = text.slice(0, 3000).split('\n').slice(0, 25);
  for (const line of lines) {
    // a masthead line is read segment by segment: "CTC SENTINEL | MAY 2025", "POLICY BRIEF No. 27 | February 2025"
    for (const segment of line.split(/\s[|•·]\s/)) {
      const trimmed = titleCased(segment.trim().replace(/^(?:published|date|posted|updated|last updated)\s*(?:on)?\s*:?\s*/i, ''));
      if (trimmed === '' || trimmed.length > 60) continue;
      const hits = findNoteDates(trimmed);
      const hit = hits[0];
      if (hit === undefined || hit.date.precision === 'year') continue;
      // the line is the date, give or take a weekday, a place or a byline separator
      const rest = trimmed.replace(hit.date.text ?? '', '').replace(/[\s,|•·—–-]+/g, ' ').trim();
      if (rest.split(' ').filter(Boolean).length <= 3) return hit.date;
    }
  }
  return null;
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
