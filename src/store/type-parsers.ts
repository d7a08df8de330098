/**
 * PostgreSQL type OIDs whose text form both backends parse the same way, so a row read from
 * PGlite equals one read from PostgreSQL.
 */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

export const parseInt8 = (text: string): number => Number(text);
export const parseNumeric = (text: string): number => Number(text);
export const parseDate = (text: string): string => text;
export const parseTimestamp = (text: string): string => new Date(text.includes('+') || text.endsWith('Z') ? text : `${text}Z`).toISOString();

/** A timestamptz as PostgreSQL writes it into JSON in UTC: '2026-12-01T10:00:00+00:00', '…:00.123456+00:00'. */
const JSON_UTC_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?\+00:00$/;

/**
 * A timestamptz read from JSON (json_build_array's text) as toISOString writes it: milliseconds,
 * the rest of the fraction cut off, as Date does, and Z. A UTC instant is rewritten in place; any
 * other offset or form goes through Date. A bulk read converts one or two a row (an export: 240,000).
 */
export function isoInstantOfJson(text: string): string {
  if (!JSON_UTC_INSTANT.test(text)) return new Date(text).toISOString();
  if (text.length === 25) return `${text.slice(0, 19)}.000Z`;
  return `${text.slice(0, 19)}.${`${text.slice(20, -6)}00`.slice(0, 3)}Z`;
}
