import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeBaseIndex, linkNames } from '../../src/jobs/link-names.js';
import { readCsvRecords } from '../../src/jobs/read-csv-records.js';
import { scoreNamePairs } from '../../src/jobs/score-name-pairs.js';

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-names-'));
});

describe('names pairs', () => {
  it('adds score and match to each row, reading the schema column as the kind', async () => {
    const path = file(
      'pairs.csv',
      'case,schema,name1,name2\n1,Person,Abu Usama Noraki,Абу Усама Нораки\n2,Organization,ISK,Islamic State Khorasan Province\n3,Person,Tojiddin Nazarov,Angela Merkel\n',
    );
    const rows = await collect(scoreNamePairs(readCsvRecords(path, { required: ['name1', 'name2'] })));
    expect(rows.map((r) => [r.record.case, r.isMatch])).toEqual([
      ['1', true],
      ['2', true],
      ['3', false],
    ]);
    expect(rows[2]!.score).toBeLessThan(0.5);
    expect(rows[0]!.line).toBe(2);
  });

  it('rejects a file without the columns, naming file and line', async () => {
    const path = file('bad.csv', 'first,second\nA,B\n');
    await expect(collect(readCsvRecords(path, { required: ['name1', 'name2'] }))).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^bad\.csv line 1: missing column "name1"/),
    });
  });

  it('rejects a row of the wrong width, naming its line', async () => {
    const path = file('ragged.csv', 'name1,name2\nA,B\nC,D,E\n');
    await expect(collect(readCsvRecords(path, { required: ['name1', 'name2'] }))).rejects.toMatchObject({
      code: 'corrupt_file',
      message: expect.stringMatching(/^ragged\.csv line 3: /),
    });
  });

  it('checks the header before any row, even with no rows', async () => {
    const path = file('header-only.csv', 'name1,second\n');
    await expect(collect(readCsvRecords(path, { required: ['name1', 'name2'] }))).rejects.toMatchObject({
      code: 'invalid_input',
      details: { line: 1 },
    });
  });

  it('gives every good row before a malformed line, then stops naming it', async () => {
    const path = file('midway.csv', 'name1,name2\nA,B\nC,D\nE,F,G\nH,I\n');
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const row of readCsvRecords(path, { required: ['name1', 'name2'] })) seen.push(row.record.name1!);
      })(),
    ).rejects.toMatchObject({ code: 'corrupt_file', details: { line: 4 } });
    expect(seen).toEqual(['A', 'C']);
  });

  it('stops at an unclosed quote after the rows before it', async () => {
    const path = file('quote.csv', 'name1,name2\nA,B\nC,"D\n');
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const row of readCsvRecords(path, { required: ['name1', 'name2'] })) seen.push(row.record.name1!);
      })(),
    ).rejects.toMatchObject({ code: 'corrupt_file', message: expect.stringMatching(/^quote\.csv line \d+: /) });
    expect(seen).toEqual(['A']);
  });

  it('says when the file does not exist', async () => {
    await expect(collect(readCsvRecords(join(dir, 'missing.csv'), { required: [] }))).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('names link', () => {
  it('ranks knowledge-base ids for each query', async () => {
    const kb = file(
      'kb.csv',
      'id,name\nnoraki,Abu Usama Noraki\nnoraki,Tojiddin Nazarov\nisk,Islamic State Khorasan Province\nimu,Islamic Movement of Uzbekistan\n',
    );
    const queries = file('q.csv', 'qid,name\nq1,Тоҷиддин Назаров\nq2,Wilayat Khurasan\nq3,Angela Merkel\n');
    const index = await buildKnowledgeBaseIndex(readCsvRecords(kb, { required: ['id', 'name'], nonEmpty: ['id', 'name'] }));
    const rows = await collect(linkNames(index, readCsvRecords(queries, { required: ['qid', 'name'] }), { top: 2 }));
    expect(rows.filter((r) => r.qid === 'q1')[0]).toMatchObject({ rank: 1, id: 'noraki' });
    expect(rows.filter((r) => r.qid === 'q2')[0]).toMatchObject({ rank: 1, id: 'isk' });
    expect(rows.some((r) => r.qid === 'q3')).toBe(false);
    expect(rows.every((r) => r.rank <= 2)).toBe(true);
  });

  it('rejects an empty id with its line', async () => {
    const kb = file('kb-bad.csv', 'id,name\na,Abu Usama\n,Tojiddin\n');
    await expect(
      buildKnowledgeBaseIndex(readCsvRecords(kb, { required: ['id', 'name'], nonEmpty: ['id', 'name'] })),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^kb-bad\.csv line 3: empty "id"/) });
  });
});
