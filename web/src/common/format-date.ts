import type { EventDate, FuzzyDate } from '../../../src/model/index.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A fuzzy date at its own precision: "12 Mar 2021", "Mar 2021", "2021", or its span. */
export function formatFuzzyDate(date: FuzzyDate): string {
  const [y, m, d] = date.start.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  switch (date.precision) {
    case 'day':
      return `${Number(d)} ${month} ${y}`;
    case 'month':
      return `${month} ${y}`;
    case 'year':
      return `${y}`;
    default:
      return date.text ?? `${date.start} – ${date.end}`;
  }
}

/** An event's date: as formatFuzzyDate, or "date unknown" (with the words the source used) when nothing places it in time. */
export function formatEventDate(date: EventDate): string {
  if (date.precision === 'unknown') return date.text ? `date unknown ("${date.text}")` : 'date unknown';
  return formatFuzzyDate(date);
}
