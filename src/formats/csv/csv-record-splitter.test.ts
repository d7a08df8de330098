import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CsvRecordSplitter, type CsvLine } from './csv-record-splitter.js';

/** Splits `text` given in pieces cut at `cuts`. */
function split(text: string, cuts: readonly number[] = []): CsvLine[] {
  const splitter = new CsvRecordSplitter();
  const out: CsvLine[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    splitter.push(text.slice(from, cut), out);
    from = cut;
  }
  splitter.end(out);
  return out;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const PIECES = ['a', 'Kabul', ' ', ',', '"', '\n', '\r\n', 'Абу', 'أسامة', ';', ''];

describe('CsvRecordSplitter', () => {
  it('reads well-formed files as csv-parse does, however the text is cut into pieces', () => {
    const rand = random(7);
    for (let file = 0; file < 300; file++) {
      const eol = ['\n', '\r\n', '\r'][file % 3]!;
      const rows: string[][] = [];
      for (let r = 0, n = 1 + Math.floor(rand() * 6); r < n; r++) {
        const width = 1 + Math.floor(rand() * 4);
        rows.push(Array.from({ length: width }, () => Array.from({ length: Math.floor(rand() * 4) }, () => PIECES[Math.floor(rand() * PIECES.length)]!).join('')));
      }
      const quote = (field: string) => (/[",\r\n]/.test(field) || field === '' ? `"${field.replaceAll('"', '""')}"` : field);
      const text = rows.map((row) => row.map(quote).join(',')).join(eol) + (rand() < 0.5 ? eol : '');
      const expected = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[] }[];
      const cuts = [...new Set(Array.from({ length: 3 }, () => Math.floor(rand() * text.length)))].sort((a, b) => a - b);
      const got = split(text, cuts);
      expect(got.map((r) => ('fields' in r ? r.fields : r.error)), JSON.stringify(text)).toEqual(expected.map((r) => r.record));
      // each record starts on the line after the previous one's last
      let line = 1;
      for (const record of got) {
        expect(record.line).toBe(line);
        if ('fields' in record) line += 1 + (record.fields.join('').match(/\r\n|\n|\r/g)?.length ?? 0);
      }
    }
  });

  it('drops a BOM, skips empty lines and counts quoted line breaks once', () => {
    expect(split('\uFEFFa,b\r\n\r\n1,"x\r\ny"\r\n2,z')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', 'x\r\ny'] },
      { line: 5, fields: ['2', 'z'] },
    ]);
  });

  it('gives a malformed record as an error on the line it starts and goes on at the next line', () => {
    expect(split('a,b\n"x"y,2\n3,4\nx"y,5\n6,"a\nb"c\n7,8\n9,"open\n10,11\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'not a well-formed CSV row (text follows a closing quote in the same field)' },
      { line: 3, fields: ['3', '4'] },
      { line: 4, error: 'not a well-formed CSV row (a quote inside a field that does not start with one)' },
      { line: 5, error: 'not a well-formed CSV row (text follows a closing quote in the same field)' },
      { line: 7, fields: ['7', '8'] },
      { line: 8, error: 'not a well-formed CSV row (a quote opened in this row is never closed)' },
    ]);
  });

  it('waits for a quoted field split across many pieces', () => {
    const text = `a,"${'x'.repeat(1000)}\n${'y'.repeat(1000)}"\nb,c\n`;
    const cuts = Array.from({ length: 200 }, (_, i) => i * 10 + 1);
    expect(split(text, cuts)).toEqual([
      { line: 1, fields: ['a', `${'x'.repeat(1000)}\n${'y'.repeat(1000)}`] },
      { line: 3, fields: ['b', 'c'] },
    ]);
  });
});
