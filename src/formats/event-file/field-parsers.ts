import { hash } from 'node:crypto';
import { parseCalendarDay, TesseraError } from '../../model/index.js';

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

/**
 * A calendar day as ISO YYYY-MM-DD from the forms event datasets write: 2022-02-23,
 * 23 February 2022 (ACLED's web export), 23-02-2022 / 23/02/2022 (day first); the one
 * calendar-date parser (model/calendar-date.ts) reads them.
 */
export function isoDay(column: string, value: string): string {
  const day = parseCalendarDay(value, { order: 'day-first' });
  if (day === null) throw new TesseraError('invalid_input', `${column} "${value}" is not a date`);
  return day;
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
