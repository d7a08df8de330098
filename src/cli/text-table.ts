/** A cell of a text table: shown as text, blank when null or undefined. */
export type TableCell = string | number | boolean | null | undefined;

export interface TextTableOptions {
  /**
   * Longest cell shown (default 60); longer ones lose their middle to "…", so a path keeps its file
   * name and a name its last word. CSV and JSON carry the whole text.
   */
  maxCellWidth?: number;
}

/**
 * The one text-table renderer of the CLI: a header line, columns two spaces apart, numeric
 * columns right-aligned, long cells shortened in the middle with an ellipsis, no trailing spaces.
 */
export function renderTextTable(columns: readonly string[], rows: readonly (readonly TableCell[])[], options: TextTableOptions = {}): string {
  const max = options.maxCellWidth ?? 60;
  const show = (v: TableCell): string => {
    const text = v === null || v === undefined ? '' : String(v);
    if (text.length <= max) return text;
    const head = Math.ceil((max - 1) / 2);
    return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
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
