import { TesseraError } from './errors.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date bound as an ISO day, or null when `value` is not a date: YYYY, YYYY-MM or YYYY-MM-DD;
 * a `from` bound takes the first day of a year or month, a `to` bound the last.
 */
export function toDateBound(value: string, side: 'from' | 'to'): string | null {
  const v = value.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(v))) return side === 'from' ? `${match[1]}-01-01` : `${match[1]}-12-31`;
  if ((match = /^(\d{4})-(\d{2})$/.exec(v)) && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    if (side === 'from') return `${v}-01`;
    const last = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
    return `${v}-${pad(last)}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return v;
  }
  return null;
}

/** toDateBound, throwing `invalid_input` for a value that is not a date. */
export function parseDateBound(value: string, side: 'from' | 'to'): string {
  const bound = toDateBound(value, side);
  if (bound === null) throw new TesseraError('invalid_input', `--${side} "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return bound;
}
