import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TLP2_MARKING_IDS } from '../../src/formats/index.js';
import { addTaxiiObjects, contiguousJson, filterTaxiiEntries, ingestFiles, TaxiiCollectionCache } from '../../src/jobs/index.js';
import type { TaxiiEntry, Viewer } from '../../src/model/index.js';
import { listClaims, openStore, readChangeMarker, setClaimStatus, type Store } from '../../src/store/index.js';

const samples = resolve(import.meta.dirname, '..', '..', 'samples', 'reports');
const greenAnalyst: Viewer = { userId: 'u2', name: 'green', role: 'analyst', clearance: 'TLP:GREEN', workspaces: null };

function entry(id: string, version: string, dateAdded: string, type = 'indicator'): TaxiiEntry {
  return { id, type, version, specVersion: '2.1', dateAdded, json: Buffer.from(JSON.stringify({ id, type, modified: version })) };
}

describe('TAXII collection filters (TAXII 2.1 §3.4)', () => {
  const all = [
    entry('indicator--a', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
    entry('indicator--a', '2024-02-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z'),
    entry('malware--b', '2024-03-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z', 'malware'),
  ];
  it('keeps the last version by default, and first, all or exact versions when asked', () => {
    expect(filterTaxiiEntries(all, {}, { maxLimit: 100 }).entries.map((e) => e.version)).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
    expect(filterTaxiiEntries(all, { 'match[version]': 'first' }, { maxLimit: 100 }).entries).toHaveLength(2);
    expect(filterTaxiiEntries(all, { 'match[version]': 'all' }, { maxLimit: 100 }).entries).toHaveLength(3);
  });
  it('filters by type, id and added_after, and pages with limit and next', () => {
    expect(filterTaxiiEntries(all, { 'match[type]': 'malware' }, { maxLimit: 100 }).entries.map((e) => e.id)).toEqual(['malware--b']);
    expect(filterTaxiiEntries(all, { added_after: '2024-02-15T00:00:00Z' }, { maxLimit: 100 }).entries).toHaveLength(1);
    const first = filterTaxiiEntries(all, { 'match[version]': 'all', limit: 2 }, { maxLimit: 100 });
    expect(first).toMatchObject({ more: true, next: expect.any(String) });
    const second = filterTaxiiEntries(all, { 'match[version]': 'all', limit: 2, next: first.next! }, { maxLimit: 100 });
    expect(second).toMatchObject({ more: false, next: null });
    expect(() => filterTaxiiEntries(all, { next: 'x' }, { maxLimit: 100 })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => filterTaxiiEntries(all, { next: '2' }, { maxLimit: 100 })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
  it('keeps a page token valid while the collection changes: the next page starts after the last entry seen', () => {
    const first = filterTaxiiEntries(all, { 'match[version]': 'all', limit: 2 }, { maxLimit: 100 });
    // an entry added before the page boundary and one after it
    const changed = [entry('indicator--0', '2023-12-01T00:00:00.000Z', '2023-12-01T00:00:00.000Z'), ...all, entry('tool--c', '2024-04-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z', 'tool')];
    const second = filterTaxiiEntries(changed, { 'match[version]': 'all', limit: 2, next: first.next! }, { maxLimit: 100 });
    expect(second.entries.map((e) => e.id)).toEqual(['malware--b', 'tool--c']);
    // the entry a token names removed: the page after it still starts where it stood
    const removed = filterTaxiiEntries(all.slice(0, 1).concat(all.slice(2)), { 'match[version]': 'all', limit: 2, next: first.next! }, { maxLimit: 100 });
    expect(removed.entries.map((e) => e.id)).toEqual(['malware--b']);
  });
});

describe('TAXII collections over the store (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await ingestFiles(store, [join(samples, 'isk-external-operations.txt')], { marking: 'TLP:GREEN' });
    await ingestFiles(store, [join(samples, 'khorasan-media.html')], { marking: 'TLP:RED' });
    await setClaimStatus(store, { status: 'proposed' }, 'accepted');
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('serves the export per clearance and reuses it while nothing changes', async () => {
    const cache = new TaxiiCollectionCache();
    const red = await cache.entries(store);
    const green = await cache.entries(store.asViewer(greenAnalyst));
    expect(green.length).toBeLessThan(red.length);
    expect(JSON.stringify(green.filter((e) => e.type !== 'marking-definition'))).not.toContain(TLP2_MARKING_IDS['TLP:RED']);
    expect(await cache.entries(store)).toEqual(red);
  });

  it('lays a default-view page out as one slice of bytes: its objects joined by commas, in page order', async () => {
    const cache = new TaxiiCollectionCache();
    const first = await cache.page(store, { limit: 7 }, { maxLimit: 1_000 });
    const second = await cache.page(store, { limit: 7, next: first.next! }, { maxLimit: 1_000 });
    for (const page of [first, second]) {
      const joined = contiguousJson(page.entries);
      expect(joined).not.toBeNull();
      const objects = JSON.parse(`[${Buffer.from(joined!).toString('utf8')}]`) as { id: string }[];
      expect(objects.map((object) => object.id)).toEqual(page.entries.map((e) => e.id));
      expect(objects).toEqual(page.entries.map((e) => JSON.parse(Buffer.from(e.json).toString('utf8'))));
    }
    // entries that do not lie one after another are not joined
    expect(contiguousJson([first.entries[0]!, first.entries[2]!])).toBeNull();
    expect(contiguousJson([first.entries[1]!, first.entries[0]!])).toBeNull();
  });

  it('exports again as soon as visible knowledge changes, and not for a change above the viewer’s clearance', async () => {
    const cache = new TaxiiCollectionCache();
    const green = store.asViewer(greenAnalyst);
    const before = await cache.entries(green);
    const redBefore = await cache.entries(store);
    const greenMarker = await readChangeMarker(green, 'knowledge');
    // a RED claim rejected: the GREEN reader's marker and entries stay, the RED reader's change
    const redClaim = (await listClaims(store, { status: 'accepted' })).find((c) => c.marking === 'TLP:RED')!;
    expect(await setClaimStatus(store, { ids: [redClaim.id] }, 'rejected')).toBe(1);
    expect(await readChangeMarker(green, 'knowledge')).toBe(greenMarker);
    expect(await cache.entries(green)).toBe(before);
    expect(await cache.entries(store)).not.toBe(redBefore);
    // a GREEN claim rejected: seen at the next request, no delay
    const greenClaim = (await listClaims(store, { status: 'accepted', kind: 'relation' })).find((c) => c.marking === 'TLP:GREEN')!;
    expect(await setClaimStatus(store, { ids: [greenClaim.id] }, 'rejected')).toBe(1);
    expect(await readChangeMarker(green, 'knowledge')).not.toBe(greenMarker);
    const after = await cache.entries(green);
    expect(after).not.toBe(before);
    expect(JSON.stringify(after)).not.toEqual(JSON.stringify(before));
    await setClaimStatus(store, { ids: [redClaim.id, greenClaim.id] }, 'accepted');
  });

  it('keeps valid posted objects, refuses invalid ones and ones above the poster’s clearance', async () => {
    const valid = { type: 'identity', spec_version: '2.1', id: 'identity--0b7c6bd1-4f5e-4c1b-9c2a-7d0f3f2b9a11', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', name: 'Partner desk', identity_class: 'organization' };
    const invalid = { type: 'identity', spec_version: '2.1', id: 'identity--bad', created: 'yesterday', name: 'x' };
    const red = { ...valid, id: 'identity--5d1f4a7c-3b0e-4f7a-9c61-2b8e0d9a4e17', object_marking_refs: [TLP2_MARKING_IDS['TLP:RED']] };
    const result = await addTaxiiObjects(store.asViewer(greenAnalyst), [valid, invalid, red]);
    expect(result.successes.map((s) => s.id)).toEqual([valid.id]);
    expect(result.failures.map((f) => f.id)).toEqual(['identity--bad', red.id]);
    const again = await addTaxiiObjects(store.asViewer(greenAnalyst), [valid]);
    expect(again.successes).toHaveLength(1);
    const entries = await new TaxiiCollectionCache().entries(store.asViewer(greenAnalyst));
    expect(entries.filter((e) => e.id === valid.id)).toHaveLength(1);
  });
});
