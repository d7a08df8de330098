import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatRows } from './events-output.js';
import { createRowWriter } from './tabular-output.js';
import { renderTextTable } from './text-table.js';

const columns = ['period', 'country', 'events'];
const rows = [
  ['2021', 'AF', 12],
  ['2022', 'A country whose name is far too long to print in full in one column of a table', 7],
  ['2023', null, 130],
];

describe('one text-table renderer (issue 9 item 12)', () => {
  it('aligns columns, right-aligns numbers, shortens long cells in the middle (a path keeps its file name), leaves no trailing space', () => {
    expect(renderTextTable(columns, rows).split('\n')).toEqual([
      'period  country                                                       events',
      '2021    AF                                                                12',
      '2022    A country whose name is far to…full in one column of a table       7',
      '2023                                                                     130',
      '',
    ]);
  });

  it('the row writer and the events output draw the same table', () => {
    let written = '';
    const out = new Writable({
      write(chunk, _enc, done) {
        written += String(chunk);
        done();
      },
    });
    const writer = createRowWriter(out, 'table', columns);
    for (const [period, country, events] of rows) writer.write({ period, country, events } as Record<string, string | number | null>);
    writer.end();
    expect(written).toBe(formatRows(columns, rows, 'table'));
    expect(written).toBe(renderTextTable(columns, rows));
  });

  it('a long path keeps its file name', () => {
    const path = `/tmp/${'x'.repeat(80)}/report.txt`;
    expect(renderTextTable(['file'], [[path]])).toMatch(/…x+\/report\.txt\n$/);
  });
});
