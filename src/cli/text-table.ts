/** A cell of a text table: shown as text, blank when null or undefined. */
export type TableCell = string | number | boolean | null | undefined;

export interface TextTableOptions {
  /** Longest cell shown; longer ones end in "…" (default 60). CSV and JSON carry the whole text. */
  maxCellWidth?: number;
}

/**
 * The one text-table renderer of the CLI: a header line, columns two spaces apart, numeric
 * columns right-aligned, long cells clipped with an ellipsis, no trailing spaces.
 */
export function renderTextTable(columns: readonly string[], rows: readonly (readonly TableCell[])[], options: TextTableOptions = {}): string {
  const max = options.maxCellWidth ?? 60;
  const show = (v: TableCell): string => {
    const text = v === null || v === undefined ? '' : String(v);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  };
  const text = [columns, ...rows].map((row) => columns.map((_, i) => show(row[i])));
  const widths = columns.map((_, i) => Math.max(...text.map((row) => row[i]!.length)));
  const isNumeric = columns.map(
    (_, i) => rows.length > 0 && rows.every((row) => row[i] === null || row[i] === undefined || typeof row[i] === 'number'),
  );
  return text
    .map((row) => row.map((v, i) => (isNumeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd())
    .map((line) => `${line}\n`)
    .join('');
}
