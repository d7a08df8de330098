/**
 * PostgreSQL type OIDs whose text form both backends parse the same way, so a row read from
 * PGlite equals one read from PostgreSQL.
 */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

export const parseInt8 = (text: string): number => Number(text);
export const parseNumeric = (text: string): number => Number(text);
export const parseDate = (text: string): string => text;
export const parseTimestamp = (text: string): string => new Date(text.includes('+') || text.endsWith('Z') ? text : `${text}Z`).toISOString();

/**
 * How a column's text goes into the JSON text of its row in a bulk read on PGlite
 * (pglite-row-arrays.ts): as a JSON string (text, escaped); as it is (json: json, jsonb); as it is
 * when it is a JSON number (number; NaN and Infinity stay strings); t or f as true or false
 * (boolean); an integer array's '{1,NULL}' as '[1,null]' (integers); as a string made an ISO
 * instant after the parse, as parseTimestamp makes it (timestamp).
 */
export type RowArrayColumnKind = 'text' | 'json' | 'number' | 'boolean' | 'integers' | 'timestamp';

/** The type OIDs a bulk read's row arrays hold as values (PGlite's pglite-row-arrays.ts); PostgreSQL's parses the same ones, and no others. */
export const ROW_ARRAY_COLUMN_KINDS: ReadonlyMap<number, RowArrayColumnKind> = new Map([
  [114, 'json'], // json
  [3802, 'json'], // jsonb
  [21, 'number'], // int2
  [23, 'number'], // int4
  [20, 'number'], // int8
  [700, 'number'], // float4
  [701, 'number'], // float8
  [1700, 'number'], // numeric
  [16, 'boolean'], // bool
  [1005, 'integers'], // int2[]
  [1007, 'integers'], // int4[]
  [1114, 'timestamp'], // timestamp
  [1184, 'timestamp'], // timestamptz
]);

/** The types whose columns come as values, not text (Store.queryRowArrays): the same on both backends. */
export const ROW_ARRAY_VALUE_TYPES: ReadonlySet<number> = new Set(ROW_ARRAY_COLUMN_KINDS.keys());
