import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeDefaultMarking,
  decideClaims,
  importEvents,
  importWatchlistFiles,
  ingestFiles,
  listAudit,
  listReviewItems,
  mergeEntities,
  splitEntities,
} from '../../src/jobs/index.js';
import { newId, type Viewer } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const anna: Viewer = { userId: newId(), name: 'anna', role: 'analyst', clearance: 'TLP:RED', workspaces: null };

describe('every write job appends to the audit log in its transaction (PGlite)', () => {
  let root: Store;
  let store: Store;
  beforeAll(async () => {
    root = await openStore({ dataDir: null });
    store = root.asViewer(anna);
  }, 300_000);
  afterAll(async () => {
    await root?.close();
  });

  it('ingest: one entry per document, at the workspace default marking unless --marking is given', async () => {
    await changeDefaultMarking(store, 'TLP:AMBER');
    await ingestFiles(store, [join(fixtures, 'documents/report.txt')]);
    await ingestFiles(store, [join(fixtures, 'documents/report.md')], { marking: 'TLP:GREEN' });
    const documents = await store.query<{ id: string; path: string; marking: string }>('SELECT document_id AS id, path, marking FROM document WHERE workspace_id = $1', [store.workspaceId]);
    const byName = new Map(documents.map((d) => [d.path.split('/').pop(), d]));
    expect(byName.get('report.txt')?.marking).toBe('TLP:AMBER');
    expect(byName.get('report.md')?.marking).toBe('TLP:GREEN');
    const entries = await listAudit(store, { action: 'document.ingest' });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorName: 'anna', actorUserId: anna.userId, targetIds: [byName.get('report.md')!.id], after: { marking: 'TLP:GREEN' } });
    expect((await listAudit(store, { action: 'workspace.default_marking' }))[0]).toMatchObject({ before: { defaultMarking: 'TLP:CLEAR' }, after: { defaultMarking: 'TLP:AMBER' } });
    // an admin cleared below TLP:RED sees who did what to which ids, not the states, which may hold marked facts
    const greenAdmin: Viewer = { userId: newId(), name: 'gia', role: 'admin', clearance: 'TLP:GREEN', workspaces: null };
    const seenBelowRed = await listAudit(root.asViewer(greenAdmin), { action: 'document.ingest' });
    expect(seenBelowRed).toHaveLength(2);
    expect(seenBelowRed.every((entry) => entry.before === null && entry.after === null && entry.detail === null)).toBe(true);
  });

  it('review: the changed claim ids and their status before and after', async () => {
    const items = await listReviewItems(store, { kind: 'relation', limit: 2 });
    await decideClaims(store, { ids: items.map((i) => i.id), decision: 'accepted' });
    const [entry] = await listAudit(store, { action: 'claim.review' });
    expect(entry).toMatchObject({ before: { status: { proposed: items.length } }, after: { status: 'accepted' } });
    expect([...entry!.targetIds].sort()).toEqual(items.map((i) => i.id).sort());
    // nothing changed, nothing logged
    await decideClaims(store, { ids: items.map((i) => i.id), decision: 'accepted' });
    expect(await listAudit(store, { action: 'claim.review' })).toHaveLength(1);
  });

  it('merge and split: both entities and the same-as claim', async () => {
    const [item] = await listReviewItems(store, { kind: 'relation', status: 'accepted', limit: 1 });
    const a = item!.subject!.id;
    const b = item!.target!.id;
    const merged = await mergeEntities(store, { a, b });
    await splitEntities(store, { a, b });
    expect((await listAudit(store, { action: 'entity.merge' }))[0]).toMatchObject({ targetIds: [a, b, merged.claimId], after: { status: 'accepted' } });
    expect((await listAudit(store, { action: 'entity.split' }))[0]).toMatchObject({ targetIds: [a, b, merged.claimId], after: { status: 'rejected' } });
  });

  it('event and watch-list imports: one entry per file or batch, with the marking', async () => {
    const result = await importEvents(store, [join(fixtures, 'events/tessera-events.csv')], { marking: 'TLP:RED' });
    expect(result.files[0]?.ok).toBe(true);
    const [entry] = await listAudit(store, { action: 'events.import' });
    expect(entry).toMatchObject({ actorName: 'anna', after: { marking: 'TLP:RED' }, detail: { path: join(fixtures, 'events/tessera-events.csv') } });
    const rows = await store.query<{ marking: string; n: number }>('SELECT marking, count(*)::int AS n FROM event WHERE workspace_id = $1 AND dataset IS NOT NULL GROUP BY marking', [store.workspaceId]);
    expect(rows.map((r) => r.marking)).toEqual(['TLP:RED']);

    await importWatchlistFiles(store, { list: 'un-sanctions', paths: [join(fixtures, 'names/un-consolidated-sample.xml')] });
    const [list] = await listAudit(store, { action: 'watchlist.import' });
    expect(list).toMatchObject({ after: { marking: 'TLP:AMBER' } });
    expect(list!.targetIds.length).toBeGreaterThan(0);
  });
});
