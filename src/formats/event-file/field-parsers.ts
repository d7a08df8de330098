import { hash } from 'node:crypto';
import { isValidDay, TesseraError } from '../../model/index.js';

/** A trimmed field, or null when empty. */
export function text(record: Record<string, string>, column: string): string | null {
  const value = record[column]?.trim();
  return value === undefined || value === '' ? null : value;
}

/** A required field, or throws naming the column. */
export function required(record: Record<string, string>, column: string): string {
  const value = text(record, column);
  if (value === null) throw new TesseraError('invalid_input', `${column} is empty`);
  return value;
}

/** A non-negative whole count, null when empty. */
export function count(record: Record<string, string>, column: string): number | null {
  const value = text(record, column);
  if (value === null) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new TesseraError('invalid_input', `${column} "${value}" is not a count`);
  // GTD and UCDP write counts as 2.0 at times
  if (!Number.isInteger(n)) throw new TesseraError('invalid_input', `${column} "${value}" is not a whole number`);
  return n;
}

/** A decimal number, null when empty. */
export function decimal(record: Record<string, string>, column: string): number | null {
  const value = text(record, column);
  if (value === null) return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new TesseraError('invalid_input', `${column} "${value}" is not a number`);
  return n;
}

/** Latitude and longitude, both or neither, in range. */
export function coordinates(
  record: Record<string, string>,
  latColumn: string,
  lonColumn: string,
): { latitude: number | null; longitude: number | null } {
  const latitude = decimal(record, latColumn);
  const longitude = decimal(record, lonColumn);
  if (latitude !== null && (latitude < -90 || latitude > 90)) {
    throw new TesseraError('invalid_input', `${latColumn} ${latitude} is out of range`);
  }
  if (longitude !== null && (longitude < -180 || longitude > 180)) {
    throw new TesseraError('invalid_input', `${lonColumn} ${longitude} is out of range`);
  }
  if ((latitude === null) !== (longitude === null)) return { latitude: null, longitude: null };
  return { latitude, longitude };
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

/**
 * A calendar day as ISO YYYY-MM-DD from the forms event datasets write: 2022-02-23,
 * 23 February 2022 (ACLED's web export), 23-02-2022 / 23/02/2022 (day first).
 */
export function isoDay(column: string, value: string): string {
  const v = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(v))) {
    [d, m, y] = [Number(match[1]), MONTHS[match[2]!.toLowerCase()] ?? 0, Number(match[3])];
  } else throw new TesseraError('invalid_input', `${column} "${value}" is not a date`);
  if (!isValidDay(y, m, d)) throw new TesseraError('invalid_input', `${column} "${value}" is not a date`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Shifts an ISO day by whole days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A short stable hash of a source record: equal rows hash equal, so a re-import changes nothing. */
export function hashRecord(record: Record<string, string>): string {
  return hash('sha1', Object.values(record).join('\u0001'), 'base64url');
}
