/** Encodes rows as PostgreSQL COPY CSV: null/undefined → empty unquoted field, everything else quoted. */
export function encodeCsvRows(rows: Iterable<readonly unknown[]>): { csv: string; count: number } {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(encodeCsvField).join(','));
  return { csv: lines.length === 0 ? '' : lines.join('\n') + '\n', count: lines.length };
}

function encodeCsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (Array.isArray(value)) text = `{${value.map((v) => JSON.stringify(String(v))).join(',')}}`;
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return `"${text.replaceAll('"', '""')}"`;
}
