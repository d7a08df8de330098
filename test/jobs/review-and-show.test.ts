import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, listReviewItems, decideClaims, viewEntity } from '../../src/jobs/index.js';
import { countClaims, openStore, type Store } from '../../src/store/index.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/documents');

describe('review and entity views (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await ingestFiles(store, [join(fixtures, 'report.txt'), join(fixtures, 'report.md')]);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('lists review items filtered by document, kind and quote text', async () => {
    const items = await listReviewItems(store, { document: 'report.md', kind: 'relation', limit: 100 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.kind === 'relation' && i.document?.path.endsWith('report.md'))).toBe(true);
    const pledge = items.find((i) => i.predicate === 'pledged_allegiance_to');
    expect(pledge).toMatchObject({ subject: { label: 'Jamaat Ansarullah' }, hedge: { text: 'reportedly' } });
    expect(pledge?.citations.map((c) => c.authors)).toEqual([['Sam Writer']]);
    const kerman = await listReviewItems(store, { contains: 'kerman', limit: 500 });
    expect(kerman.length).toBeGreaterThan(0);
    expect(kerman.every((i) => i.quote?.toLowerCase().includes('kerman'))).toBe(true);
  });

  it('lists the claims about one entity, found by name', async () => {
    const items = await listReviewItems(store, { entity: 'Jamaat Ansarullah', limit: 500 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.subject?.label === 'Jamaat Ansarullah' || i.target?.label === 'Jamaat Ansarullah')).toBe(true);
  });

  it('accepts by id and rejects by filter, counting what changed', async () => {
    const [first] = await listReviewItems(store, { document: 'report.txt', limit: 1 });
    expect((await decideClaims(store, { ids: [first!.id], decision: 'accepted' })).changed).toBe(1);
    expect((await decideClaims(store, { ids: [first!.id], decision: 'accepted' })).changed).toBe(0);
    const proposedInMd = await countClaims(store, { status: 'proposed', kind: 'name' });
    const { changed: rejected } = await decideClaims(store, { kind: 'name', decision: 'rejected' });
    expect(rejected).toBe(proposedInMd);
    expect(await countClaims(store, { ids: [first!.id], status: 'accepted' })).toBe(1);
    await expect(decideClaims(store, { decision: 'accepted' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(listReviewItems(store, { document: 'missing.pdf' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('shows an entity by an alias with its names, relations and events', async () => {
    const view = await viewEntity(store, { ref: 'Jamaat Ansarullah', includeProposed: true });
    expect(view.entity.type).toBe('group');
    expect(view.relations.some((r) => r.predicate === 'pledged_allegiance_to')).toBe(true);
    await expect(viewEntity(store, { ref: 'Nobody By This Name At All' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
