import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { TesseraError } from '../model/index.js';
import type { OutputFormat } from './tabular-output.js';


type Cell = string | number | boolean | null | undefined;

/** Rows as an aligned text table, CSV (header line first) or JSON (array of objects). */
export function formatRows(columns: readonly string[], rows: readonly Cell[][], format: OutputFormat): string {
  if (format === 'json') {
    return `${JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null]))), null, 2)}\n`;
  }
  if (format === 'csv') {
    return stringify([columns as string[], ...rows.map((row) => row.map((v) => (v === null || v === undefined ? '' : v)))]);
  }
  const text = [columns as readonly Cell[], ...rows].map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))));
  const widths = columns.map((_, i) => Math.max(...text.map((row) => row[i]!.length)));
  const isNumeric = columns.map((_, i) => rows.length > 0 && rows.every((row) => row[i] === null || typeof row[i] === 'number'));
  return (
    text
      .map((row) => row.map((v, i) => (isNumeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd())
      .join('\n') + '\n'
  );
}

/** Writes a rendered chart or document to a file. */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new TesseraError('invalid_input', `${path}: cannot write (${(error as Error).message})`, undefined, { cause: error });
  }
}
