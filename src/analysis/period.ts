import { TesseraError } from '../model/index.js';
import type { EventPeriod } from '../model/index.js';

/** Period labels the analyses use: YYYY, YYYY-Qn, YYYY-MM, ISO week YYYY-Www, YYYY-MM-DD. */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeekOf(iso: string): { year: number; week: number } {
  const date = utc(iso);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return { year, week };
}

/** The label of the period a day falls in. */
export function periodOf(iso: string, by: EventPeriod): string {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  switch (by) {
    case 'year':
      return pad(y, 4);
    case 'quarter':
      return `${pad(y, 4)}-Q${Math.ceil(m / 3)}`;
    case 'month':
      return iso.slice(0, 7);
    case 'week': {
      const { year, week } = isoWeekOf(iso);
      return `${pad(year, 4)}-W${pad(week)}`;
    }
    case 'day':
      return iso.slice(0, 10);
  }
}

/** The first day of a period given by its label. */
export function periodStart(label: string, by: EventPeriod): string {
  let match: RegExpExecArray | null;
  if (by === 'year' && (match = /^(\d{4})$/.exec(label))) return `${match[1]}-01-01`;
  if (by === 'quarter' && (match = /^(\d{4})-Q([1-4])$/.exec(label))) return `${match[1]}-${pad((Number(match[2]) - 1) * 3 + 1)}-01`;
  if (by === 'month' && /^\d{4}-\d{2}$/.test(label)) return `${label}-01`;
  if (by === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(label)) return label;
  if (by === 'week' && (match = /^(\d{4})-W(\d{2})$/.exec(label))) {
    const jan4 = new Date(Date.UTC(Number(match[1]), 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (Number(match[2]) - 1) * 7);
    return monday.toISOString().slice(0, 10);
  }
  throw new TesseraError('invalid_input', `"${label}" is not a ${by} period`);
}

/** The label of the period after this one. */
export function nextPeriod(label: string, by: EventPeriod): string {
  const start = utc(periodStart(label, by));
  switch (by) {
    case 'year':
      start.setUTCFullYear(start.getUTCFullYear() + 1);
      break;
    case 'quarter':
      start.setUTCMonth(start.getUTCMonth() + 3);
      break;
    case 'month':
      start.setUTCMonth(start.getUTCMonth() + 1);
      break;
    case 'week':
      start.setUTCDate(start.getUTCDate() + 7);
      break;
    case 'day':
      start.setUTCDate(start.getUTCDate() + 1);
      break;
  }
  return periodOf(start.toISOString().slice(0, 10), by);
}

/** Every period label from `first` to `last` inclusive (at most 100,000). */
export function listPeriods(first: string, last: string, by: EventPeriod): string[] {
  const out: string[] = [];
  for (let p = first; p <= last; p = nextPeriod(p, by)) {
    out.push(p);
    if (out.length > 100_000) throw new TesseraError('invalid_input', `too many ${by} periods from ${first} to ${last}`);
  }
  return out;
}
