import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { TesseraError } from '../model/index.js';
import type { OutputFormat } from './tabular-output.js';
import { renderTextTable, type TableCell } from './text-table.js';

type Cell = TableCell;

/** Rows as an aligned text table, CSV (header line first) or JSON (array of objects). */
export function formatRows(columns: readonly string[], rows: readonly Cell[][], format: OutputFormat): string {
  if (format === 'json') {
    return `${JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null]))), null, 2)}\n`;
  }
  if (format === 'csv') {
    return stringify([columns as string[], ...rows.map((row) => row.map((v) => (v === null || v === undefined ? '' : v)))]);
  }
  return renderTextTable(columns, rows);
}

/** Writes a rendered chart or document to a file. */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new TesseraError('invalid_input', `${path}: cannot write (${(error as Error).message})`, undefined, { cause: error });
  }
}
