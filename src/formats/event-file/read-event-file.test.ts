import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventFile } from './read-event-file.js';
import type { ReadRow } from './imported-event.js';

const HEADER = 'event_id,date,type,summary';

async function readAll(text: string): Promise<ReadRow[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'tessera-read-')), 'events.csv');
  writeFileSync(path, text);
  const reader = await openEventFile(path, { format: 'csv', dataset: 'test' });
  const rows: ReadRow[] = [];
  for await (const row of reader.rows) rows.push(row);
  return rows;
}

const where = (rows: ReadRow[]) => rows.map((r) => ('error' in r ? `${r.line}: ${r.error}` : `${r.line}: ${r.event.origin.datasetEventId}`));

describe('reading event files line by line', () => {
  it('reports an unclosed quote on the line its record starts, not where the file ends', async () => {
    const rows = await readAll(`${HEADER}\nA,2024-01-01,attack,one\n\nB,2024-01-02,attack,"never closed\nC,2024-01-03,attack,three\nD,2024-01-04,attack,four\n`);
    expect(where(rows)).toEqual(['2: A', '4: not a well-formed CSV row (a quote opened in this row is never closed)']);
  });

  it('counts lines inside quoted fields once, with LF and CRLF line ends alike', async () => {
    for (const eol of ['\n', '\r\n']) {
      const text = [HEADER, `A,2024-01-01,attack,"two${eol}lines"`, '', `B,2024-01-02,attack,"three${eol}more${eol}lines"`, 'C,2024-02-30,attack,bad', 'D,2024-01-04,attack,"open'].join(eol);
      expect(where(await readAll(text))).toEqual([
        '2: A',
        '5: B',
        '8: date "2024-02-30" is not a date',
        '9: not a well-formed CSV row (a quote opened in this row is never closed)',
      ]);
    }
  });
});
