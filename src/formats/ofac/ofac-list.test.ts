import { describe, it, expect } from 'vitest';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readOfacLegacyCsv, readOfacXml } from './ofac-list.js';
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

describe('readOfacLegacyCsv', () => {
  it('joins sdn.csv and alt.csv, turning "LAST, First" around and reading remarks', async () => {
    const records = await collect(
      readOfacLegacyCsv({
        sdn: { source: createReadStream(fixture('ofac-sdn-sample.csv')), fileName: 'sdn.csv' },
        alt: { source: createReadStream(fixture('ofac-alt-sample.csv')), fileName: 'alt.csv' },
      }),
    );
    expect(records).toHaveLength(3);
    const [nazarov, sadoi, isk] = records;
    expect(nazarov!.names.map((n) => n.value)).toEqual(['Tajiddin NAZAROV', 'Abu Osama NORAKI', 'Abu Usama NORAKI']);
    expect(nazarov!.attributes).toContainEqual({ attribute: 'nationality', value: 'Tajikistan' });
    expect(sadoi!.type).toBe('organization');
    expect(sadoi!.names.map((n) => n.value)).toEqual(['SADOI KHUROSON', 'SADOI KHORASAN']);
    expect(isk!.type).toBe('group');
    expect(isk!.programs).toEqual(['FTO', 'SDGT']);
    expect(isk!.names.find((n) => n.value === 'WILAYAT KHURASAN')?.kind).toBe('former');
  });

  it('rejects a row that is not an SDN entry', async () => {
    const records = readOfacLegacyCsv({ sdn: { source: fromString('name,type,program,x\nfoo,bar,baz,q\n'), fileName: 'bad.csv' } });
    await expect(collect(records)).rejects.toMatchObject({ code: 'corrupt_file' });
  });
});

describe('readOfacXml', () => {
  it('reads entries with their akas and the publication date', async () => {
    const [record] = await collect(readOfacXml(createReadStream(fixture('ofac-sample.xml')), 'sdn.xml'));
    expect(record!.names.map((n) => [n.value, n.kind, n.quality])).toEqual([
      ['Tojiddin NAZAROV', 'primary', null],
      ['Abu Usama NORAKI', 'alias', 'strong'],
      ['Todzhiddin NAZAROV', 'former', 'weak'],
    ]);
    expect(record!.listDate).toBe('2025-02-03');
    expect(record!.attributes).toContainEqual({ attribute: 'date_of_birth', value: '1987' });
  });
});
