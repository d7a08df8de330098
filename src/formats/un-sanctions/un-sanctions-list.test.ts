import { describe, it, expect } from 'vitest';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readUnSanctionsList } from './un-sanctions-list.js';
import type { WatchlistRecord } from '../watchlist/watchlist-record.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/names/${name}`, import.meta.url));

async function collect(records: AsyncIterable<WatchlistRecord>): Promise<WatchlistRecord[]> {
  const out: WatchlistRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

async function* fromString(text: string): AsyncGenerator<string> {
  yield text;
}

describe('readUnSanctionsList', () => {
  it('reads people and entities with aliases, original script, reference and dates', async () => {
    const records = await collect(readUnSanctionsList(createReadStream(fixture('un-consolidated-sample.xml')), 'un.xml'));
    expect(records.map((r) => r.externalId)).toEqual(['9000001', '9000002', '9000101']);
    const [nazarov, , isk] = records;
    expect(nazarov!.type).toBe('person');
    expect(nazarov!.reference).toBe('QDi.901');
    expect(nazarov!.listedOn).toBe('2021-03-04');
    expect(nazarov!.listDate).toBe('2025-01-15');
    expect(nazarov!.names.map((n) => [n.value, n.kind, n.script, n.quality])).toEqual([
      ['TOJIDDIN NAZAROV', 'primary', 'latin', null],
      ['Тоҷиддин Назаров', 'alias', 'cyrillic', 'original script'],
      ['Abu Usama Noraki', 'alias', 'latin', 'Good'],
      ['Abu Usadoor', 'alias', 'latin', 'Low'],
    ]);
    expect(nazarov!.attributes).toContainEqual({ attribute: 'place_of_birth', value: 'Norak, Tajikistan' });
    expect(nazarov!.attributes).toContainEqual({ attribute: 'date_of_birth', value: '1987' });
    expect(isk!.type).toBe('group');
    expect(isk!.names.map((n) => [n.value, n.kind])).toEqual([
      ['ISLAMIC STATE IN IRAQ AND THE LEVANT - KHORASAN', 'primary'],
      ['ISKP', 'acronym'],
      ['Wilayat Khorasan', 'alias'],
      ['ISIS-K', 'alias'],
    ]);
  });

  it('rejects a broken file with its name and the reason', async () => {
    const broken = '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID></INDIVIDUALS>';
    await expect(collect(readUnSanctionsList(fromString(broken), 'broken.xml'))).rejects.toMatchObject({ code: 'corrupt_file' });
  });
});
