import { createReadStream } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { TesseraError } from '../model/index.js';
import { createProgressReporter, type ProgressReporter } from './progress-reporter.js';
import { renderTextTable } from './text-table.js';

export const OUTPUT_FORMATS = ['csv', 'json', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseOutputFormat(value: string, allowed: readonly OutputFormat[] = OUTPUT_FORMATS): OutputFormat {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new TesseraError('invalid_input', `--format ${value}: expected one of ${allowed.join(', ')}`);
  }
  return value as OutputFormat;
}

export type Cell = string | number | boolean | null;

/** Writes rows as they come: CSV and JSON stream; a table is laid out at the end. */
export interface RowWriter {
  write(row: Record<string, Cell>): void;
  end(): void;
}

export function createRowWriter(out: NodeJS.WritableStream, format: OutputFormat, columns: readonly string[]): RowWriter {
  let count = 0;
  const table: Record<string, Cell>[] = [];
  const cell = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));
  return {
    write(row) {
      if (format === 'csv') {
        if (count === 0) out.write(stringify([columns as string[]]));
        out.write(stringify([columns.map((c) => cell(row[c]))]));
      } else if (format === 'json') {
        const picked = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
        out.write(`${count === 0 ? '[\n' : ',\n'}  ${JSON.stringify(picked)}`);
      } else table.push(row);
      count += 1;
    },
    end() {
      if (format === 'csv' && count === 0) out.write(stringify([columns as string[]]));
      if (format === 'json') out.write(count === 0 ? '[]\n' : '\n]\n');
      if (format === 'table') out.write(renderTextTable(columns, table.map((r) => columns.map((c) => r[c]))));
    },
  };
}

/** Counts the lines of a file quickly (for a progress bar's total). */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    for (let i = 0; i < buffer.length; i += 1) if (buffer[i] === 10) lines += 1;
  }
  return lines;
}

/** Progress on stderr through the one reporter (progress-reporter.ts), or nothing when the work is small. */
export function createProgress(err: NodeJS.WritableStream, label: string, total: number, isShown: boolean): ProgressReporter {
  if (!isShown) return { update: () => {}, stop: () => {} };
  return createProgressReporter(err, { label, unit: '', total });
}
