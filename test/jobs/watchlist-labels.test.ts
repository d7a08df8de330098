import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readWatchlistFiles } from '../../src/jobs/read-watchlist-files.js';
import type { WatchlistRecord } from '../../src/formats/index.js';
import { sharedPath } from '../shared-data.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/names/${name}`, import.meta.url));

/** Each list and version the records carry, with how many records carry it. */
async function labels(records: AsyncIterable<WatchlistRecord>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for await (const r of records) {
    const key = `${r.list} ${r.listDate ?? '(undated)'}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe('watch-list labels: each list named from its own content, its date as version', () => {
  it('labels the consolidated non-SDN XML "ofac-consolidated", though imported through the OFAC command', async () => {
    expect(await labels(readWatchlistFiles([fixture('ofac-consolidated-sample.xml')], 'ofac-sdn'))).toEqual({ 'ofac-consolidated 2025-03-28': 3 });
  });

  it('labels the SDN XML and CSV "ofac-sdn", and the UN list "un-sanctions" with its generation date', async () => {
    expect(await labels(readWatchlistFiles([fixture('ofac-sample.xml')], 'ofac-sdn'))).toEqual({ 'ofac-sdn 2025-02-03': 1 });
    expect(await labels(readWatchlistFiles([fixture('ofac-sdn-sample.csv'), fixture('ofac-alt-sample.csv')], 'ofac-sdn'))).toEqual({ 'ofac-sdn (undated)': 3 });
    expect(await labels(readWatchlistFiles([fixture('un-consolidated-sample.xml')], 'un-sanctions'))).toEqual({ 'un-sanctions 2025-01-15': 3 });
  });

  it('labels an SDN XML and a consolidated XML given together each by its own content', async () => {
    expect(await labels(readWatchlistFiles([fixture('ofac-sample.xml'), fixture('ofac-consolidated-sample.xml')], 'ofac-sdn'))).toEqual({
      'ofac-sdn 2025-02-03': 1,
      'ofac-consolidated 2025-03-28': 3,
    });
  });
});

const consolidated = sharedPath('data/names/ofac_cons_nonsdn_2025-03-28.xml');
const sdnCsv = sharedPath('data/names/ofac_sdn_2022-01.csv');

describe.skipIf(consolidated === null || sdnCsv === null)('watch-list labels on the real OFAC files in ../shared', () => {
  it('names the 443-entry consolidated list and the 2022 SDN CSV apart', async () => {
    expect(await labels(readWatchlistFiles([consolidated!], 'ofac-sdn'))).toEqual({ 'ofac-consolidated 2025-03-28': 443 });
    const sdn = await labels(readWatchlistFiles([sdnCsv!], 'ofac-sdn'));
    expect(Object.keys(sdn)).toEqual(['ofac-sdn (undated)']);
  });
});
