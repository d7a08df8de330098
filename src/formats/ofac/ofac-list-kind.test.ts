import { describe, it, expect } from 'vitest';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { identifyOfacList } from './ofac-list-kind.js';
import { readOfacLegacyCsv, readOfacXml } from './ofac-list.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/names/${name}`, import.meta.url));
const xml = (name: string) => readOfacXml(createReadStream(fixture(name)), name);
const csv = (name: string) => readOfacLegacyCsv({ sdn: { source: createReadStream(fixture(name)), fileName: name } });

describe('identifyOfacList: each OFAC list named from its own content', () => {
  it('names the SDN XML "ofac-sdn" with its publication date as version', async () => {
    expect(await identifyOfacList(xml('ofac-sample.xml'))).toEqual({ list: 'ofac-sdn', version: '2025-02-03', entries: 1, nonSdnEntries: 0 });
  });

  it('names the consolidated non-SDN XML (same layout) "ofac-consolidated" from its NS-, CMIC- and directive marks', async () => {
    expect(await identifyOfacList(xml('ofac-consolidated-sample.xml'))).toEqual({
      list: 'ofac-consolidated',
      version: '2025-03-28',
      entries: 3,
      nonSdnEntries: 3,
    });
  });

  it('tells the legacy CSVs apart the same way; they carry no date', async () => {
    expect(await identifyOfacList(csv('ofac-sdn-sample.csv'))).toMatchObject({ list: 'ofac-sdn', version: null });
    expect(await identifyOfacList(csv('ofac-consolidated-sample.csv'))).toMatchObject({ list: 'ofac-consolidated', nonSdnEntries: 3 });
  });

  it('reads a sectoral directive as a fact of its entry, from the XML id list and from the CSV remarks', async () => {
    const directive = { attribute: 'sanctions_directive', value: 'Executive Order 13662 Directive Determination - Subject to Directive 2' };
    for (const records of [xml('ofac-consolidated-sample.xml'), csv('ofac-consolidated-sample.csv')]) {
      const read = [];
      for await (const r of records) read.push(r);
      expect(read.find((r) => r.externalId === '9902')!.attributes).toContainEqual(directive);
    }
  });
});
