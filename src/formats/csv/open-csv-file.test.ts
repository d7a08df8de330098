import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCsvFile, type CsvLine } from './open-csv-file.js';
import { readCsvRecords } from './read-csv-records.js';

const dir = mkdtempSync(join(tmpdir(), 'tessera-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function rowsOf(path: string): Promise<CsvLine[]> {
  const csv = await openCsvFile(path);
  const rows: CsvLine[] = [];
  for await (const row of csv.rows) rows.push(row);
  return rows;
}

describe('openCsvFile', () => {
  it('reads the header, then each record with the line it starts on, across quoted line breaks and a BOM', async () => {
    for (const eol of ['\n', '\r\n']) {
      const path = file('lines.csv', `\uFEFFa,b${eol}1,"x${eol}y"${eol}${eol}2,z${eol}3,"open${eol}`);
      const csv = await openCsvFile(path);
      expect([csv.header, csv.headerLine, csv.name]).toEqual([['a', 'b'], 1, 'lines.csv']);
      const rows: CsvLine[] = [];
      for await (const row of csv.rows) rows.push(row);
      expect(rows).toEqual([
        { line: 2, fields: ['1', `x${eol}y`] },
        { line: 5, fields: ['2', 'z'] },
        { line: 6, error: 'not a well-formed CSV row (a quote opened in this row is never closed)' },
      ]);
      expect(csv.bytesRead).toBe(csv.size);
    }
  });

  it('gives rows of any width as they are', async () => {
    expect(await rowsOf(file('ragged.csv', 'a,b\n1\n2,3,4\n'))).toEqual([
      { line: 2, fields: ['1'] },
      { line: 3, fields: ['2', '3', '4'] },
    ]);
  });

  it('has an empty header for an empty file, and not_found for a missing one', async () => {
    const csv = await openCsvFile(file('empty.csv', ''));
    expect(csv.header).toEqual([]);
    await expect(openCsvFile(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('readCsvRecords', () => {
  it('keys each row by column and keeps its first line', async () => {
    const rows = [];
    for await (const row of readCsvRecords(file('names.csv', 'id,name\n1,"Abu Usama\nNoraki"\n2,ISK\n'), { required: ['name'] })) rows.push(row);
    expect(rows).toEqual([
      { line: 2, record: { id: '1', name: 'Abu Usama\nNoraki' } },
      { line: 4, record: { id: '2', name: 'ISK' } },
    ]);
  });

  it('refuses an empty required field naming file and line', async () => {
    const read = async () => {
      for await (const _ of readCsvRecords(file('blank.csv', 'id,name\n1,A\n2, \n'), { required: ['name'], nonEmpty: ['name'] })) void _;
    };
    await expect(read()).rejects.toMatchObject({ code: 'invalid_input', message: 'blank.csv line 3: empty "name"' });
  });
});
