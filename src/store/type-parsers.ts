/**
 * PostgreSQL type OIDs whose text form both backends parse the same way, so a row read from
 * PGlite equals one read from PostgreSQL.
 */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

export const parseInt8 = (text: string): number => Number(text);
export const parseNumeric = (text: string): number => Number(text);
export const parseDate = (text: string): string => text;
export const parseTimestamp = (text: string): string => new Date(text.includes('+') || text.endsWith('Z') ? text : `${text}Z`).toISOString();
