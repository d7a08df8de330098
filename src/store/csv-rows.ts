/**
 * Encodes rows as PostgreSQL COPY CSV: null/undefined → empty unquoted field (NULL); an empty
 * string, and text with a quote, comma, line break or backslash, quoted; all else as it is
 * (most fields of a bulk import need no quotes, and leaving them out saves work on both ends).
 */
export function encodeCsvRows(rows: Iterable<readonly unknown[]>): { csv: string; count: number } {
  const lines: string[] = [];
  for (const row of rows) lines.push(encodeCsvLine(row));
  return { csv: lines.length === 0 ? '' : lines.join('\n') + '\n', count: lines.length };
}

/**
 * One row as a COPY CSV line, without its line break. Joined from an array, so the line is one
 * flat string: appending field by field made a chain of string pieces per line that a batch's
 * encoding kept alive until it was sent, and the garbage collector copied them again and again.
 */
export function encodeCsvLine(row: readonly unknown[]): string {
  const fields = new Array<string>(row.length);
  for (let i = 0; i < row.length; i++) fields[i] = encodeCsvField(row[i]);
  return fields.join(',');
}

const NEEDS_QUOTES = /[",\n\r\\]/;

function encodeCsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  // the common cases first: a number needs no quotes, a string only for its characters
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value === '' || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  let text: string;
  if (Array.isArray(value)) text = `{${value.map((v) => JSON.stringify(String(v))).join(',')}}`;
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return text === '' || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
