import { lastDayOfMonth, parseCalendarDate } from './calendar-date.js';
import { TesseraError } from './errors.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date bound as an ISO day, or null when `value` is not a date (YYYY, YYYY-MM, YYYY-MM-DD or
 * another form parseCalendarDate reads); a `from` bound takes the first day of a year or month,
 * a `to` bound the last.
 */
export function toDateBound(value: string, side: 'from' | 'to'): string | null {
  const date = parseCalendarDate(value);
  if (date === null) return null;
  const year = pad(date.year, 4);
  if (date.month === null) return side === 'from' ? `${year}-01-01` : `${year}-12-31`;
  const day = date.day ?? (side === 'from' ? 1 : lastDayOfMonth(date.year, date.month));
  return `${year}-${pad(date.month)}-${pad(day)}`;
}

/** toDateBound, throwing `invalid_input` for a value that is not a date. */
export function parseDateBound(value: string, side: 'from' | 'to'): string {
  const bound = toDateBound(value, side);
  if (bound === null) throw new TesseraError('invalid_input', `--${side} "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return bound;
}
