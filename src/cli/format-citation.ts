import { formatFuzzyDate, type CitedWork } from '../model/index.js';

/** A cited work in one line: authors, “title”, outlet, date, (in language), URL. */
export function formatCitation(work: CitedWork): string {
  const parts = [
    work.authors.length > 0 ? work.authors.join(', ') : null,
    work.title ? `“${work.title}”` : null,
    work.outlet,
    work.date ? formatFuzzyDate(work.date) : null,
    work.language ? `(in ${work.language})` : null,
    work.url,
  ].filter((p) => p !== null);
  return `[${work.noteNumber}] ${parts.length > 0 ? parts.join(', ') : work.text}`;
}
