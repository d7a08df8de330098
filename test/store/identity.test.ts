import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { newId, type Viewer } from '../../src/model/index.js';
import {
  openStore,
  ensureWorkspace,
  insertEntity,
  insertClaims,
  listClaims,
  setClaimStatus,
  EntityNameIndex,
  listNameRecords,
  listWatchlistEntries,
  searchEntityNames,
  type Store,
} from '../../src/store/index.js';
import { findDuplicateEntities } from '../../src/jobs/find-duplicate-entities.js';
import { importWatchlist } from '../../src/jobs/import-watchlist.js';
import { mergeEntities, splitEntities } from '../../src/jobs/merge-entities.js';
import { readWatchlistFiles } from '../../src/jobs/read-watchlist-files.js';
import { loadScreeningListFromStore, screenNames } from '../../src/jobs/screen-names.js';
import { buildEntity, buildNameClaim, buildDocument } from '../factories.js';
import { insertDocument } from '../../src/store/index.js';

let root: Store;
beforeAll(async () => {
  root = await openStore({ dataDir: null });
});
afterAll(async () => {
  await root.close();
});

async function workspace(): Promise<Store> {
  const store = root.inWorkspace(`names-${newId().slice(0, 8)}`);
  await ensureWorkspace(store);
  return store;
}

/** Two entities for one recruiter, as two reports named him, with documented aliases. */
async function seedRecruiter(store: Store): Promise<{ a: string; b: string; other: string }> {
  const document = buildDocument();
  await insertDocument(store, document, [], []);
  const a = buildEntity({ label: 'Abu Usama Noraki' });
  const b = buildEntity({ label: 'Tojiddin Nazarov' });
  const other = buildEntity({ label: 'Abu Muhammad al-Tajiki' });
  for (const e of [a, b, other]) await insertEntity(store, e);
  const evidence = { documentId: document.id, start: 0, end: 16, quote: 'Abu Usama Noraki', citedNotes: [1] };
  await insertClaims(store, [
    buildNameClaim(a.id, { name: { value: 'Abu Usama Noraki', kind: 'primary', script: 'latin', language: null }, evidence }),
    buildNameClaim(a.id, { name: { value: 'Абу Усама Нораки', kind: 'alias', script: 'cyrillic', language: 'tg' } }),
    buildNameClaim(a.id, { name: { value: 'Abu Usadoor Noraki', kind: 'alias', script: 'latin', language: null } }),
    buildNameClaim(b.id, { name: { value: 'Tojiddin Nazarov', kind: 'primary', script: 'latin', language: null } }),
    buildNameClaim(b.id, { name: { value: 'Abu Osama Noraki', kind: 'alias', script: 'latin', language: null } }),
    buildNameClaim(other.id, { name: { value: 'Abu Muhammad al-Tajiki', kind: 'primary', script: 'latin', language: null } }),
  ]);
  return { a: a.id, b: b.id, other: other.id };
}

describe('identity as claims', () => {
  it('keeps for every alias who used it, in which document and script', async () => {
    const store = await workspace();
    const { a } = await seedRecruiter(store);
    const names = await listNameRecords(store, { entityIds: [a] });
    const primary = names.find((n) => n.value === 'Abu Usama Noraki')!;
    expect(primary.documentId).not.toBeNull();
    expect(primary.documentPath).toBe('report.txt');
    expect(primary.authorName).toBe('tessera-rules');
    expect(names.find((n) => n.value === 'Абу Усама Нораки')?.script).toBe('cyrillic');
  });

  it('links every form of the recruiter to one entity once merged, and splits back losslessly', async () => {
    const store = await workspace();
    const { a, b } = await seedRecruiter(store);
    const before = { a: await listClaims(store, { entityId: a }), b: await listClaims(store, { entityId: b }) };

    const merged = await mergeEntities(store, { a, b, analyst: 'test' });
    expect(merged.action).toBe('created');
    expect((await mergeEntities(store, { a: b, b: a })).action).toBe('unchanged');
    const index = await EntityNameIndex.load(store);
    const mentions = ['Abu Usama Noraki', 'Abu Osama Noraki', 'Abu Usadoor Noraki', 'Tojiddin Nazarov', 'Tajiddin Nazarov', 'Абу Усама Нораки'];
    const linked = mentions.map((m) => index.lookup(m, { type: 'person' })[0]?.id);
    expect(linked).toEqual(mentions.map(() => [a, b].sort()[0]));
    expect(index.membersOf(a)).toEqual([a, b].sort());

    const split = await splitEntities(store, { a, b });
    expect(split.withdrawn).toEqual([merged.claimId]);
    await index.refresh(store);
    expect(index.representativeOf(a)).toBe(a);
    expect(index.representativeOf(b)).toBe(b);
    expect(index.lookup('Tojiddin Nazarov')[0]?.id).toBe(b);
    // both entities keep exactly the claims they had; the withdrawn link stays on record
    const after = { a: await listClaims(store, { entityId: a }), b: await listClaims(store, { entityId: b }) };
    const withoutLink = (claims: typeof after.a) => claims.filter((c) => c.kind !== 'same_as');
    expect(withoutLink(after.a)).toEqual(before.a);
    expect(withoutLink(after.b)).toEqual(before.b);
    expect(after.a.find((c) => c.kind === 'same_as')?.status).toBe('rejected');
    await expect(splitEntities(store, { a, b })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps the index current as claims change', async () => {
    const store = await workspace();
    const { other } = await seedRecruiter(store);
    const index = await EntityNameIndex.load(store);
    expect(index.lookup('Qori Salimjon')).toEqual([]);
    const claim = buildNameClaim(other, { name: { value: 'Qori Salimjon', kind: 'alias', script: 'latin', language: null } });
    await insertClaims(store, [claim]);
    await index.refresh(store);
    expect(index.lookup('Kori Salimjon')[0]?.id).toBe(other);
    await setClaimStatus(store, { ids: [claim.id] }, 'rejected');
    await index.refresh(store);
    expect(index.lookup('Kori Salimjon').some((c) => c.id === other)).toBe(false);
  });

  it('finds names by the starts of their words as the store does, within the reader\'s clearance, and keeps them current', async () => {
    const store = await workspace();
    const { other } = await seedRecruiter(store);
    const secret = buildNameClaim(other, { name: { value: 'Qori Salimjon', kind: 'alias', script: 'latin', language: null }, marking: 'TLP:RED' });
    await insertClaims(store, [secret]);
    const index = await EntityNameIndex.load(store);
    const green: Viewer = { userId: null, name: 'green', role: 'reader', clearance: 'TLP:GREEN', workspaces: null };
    const queries = ['abu', 'Abu Usama Noraki', 'noraki abu', 'нор', 'AL-TAJ', 'taj', 'qori', 'salim q', 'x', '%'];
    for (const [reader, viewer] of [[store, undefined], [store.asViewer(green), green]] as const) {
      for (const q of queries) {
        const fromStore = (await searchEntityNames(reader, q, 10)).map((h) => [h.entityId, h.type, h.value, h.rank]);
        expect(index.searchNames(q, { limit: 10, ...(viewer ? { viewer } : {}) }).map((h) => [h.entityId, h.type, h.value, h.rank]), q).toEqual(fromStore);
      }
    }
    expect(index.searchNames('qori', { limit: 10 }).map((h) => h.entityId)).toEqual([other]);
    expect(index.searchNames('qori', { limit: 10, viewer: green })).toEqual([]);
    expect(index.searchNames('abu', { limit: 1 })).toHaveLength(1);
    await setClaimStatus(store, { ids: [secret.id] }, 'rejected');
    await index.refresh(store);
    expect(index.searchNames('qori', { limit: 10 })).toEqual([]);
  });

  it('remembers search answers per clearance only until a name or a link changes', async () => {
    const store = await workspace();
    const { a, b, other } = await seedRecruiter(store);
    const secret = buildNameClaim(other, { name: { value: 'Qori Salimjon', kind: 'alias', script: 'latin', language: null }, marking: 'TLP:RED' });
    await insertClaims(store, [secret]);
    const index = await EntityNameIndex.load(store);
    const green: Viewer = { userId: null, name: 'green', role: 'reader', clearance: 'TLP:GREEN', workspaces: null };
    const words = (viewer?: Viewer) => index.searchNames('qori', { limit: 10, isRemembered: true, ...(viewer ? { viewer } : {}) }).map((h) => h.entityId);
    const names = (mention: string, viewer?: Viewer) => index.lookup(mention, { limit: 5, isExplained: false, isRemembered: true, ...(viewer ? { viewer } : {}) }).map((c) => c.id);
    // asked at TLP:RED first: a TLP:GREEN reader asking the same is not given that answer
    expect(words()).toEqual([other]);
    expect(words(green)).toEqual([]);
    expect(names('Kori Salimjon')).toContain(other);
    expect(names('Kori Salimjon', green)).not.toContain(other);
    expect(words()).toEqual([other]);
    const [ra, rb] = [names('Abu Usama Noraki'), names('Abu Osama Noraki')];
    expect(ra).toContain(a);
    expect(rb).toContain(b);
    // a name rejected, then a merge: the remembered answers go with the change
    await setClaimStatus(store, { ids: [secret.id] }, 'rejected');
    await index.refresh(store);
    expect(words()).toEqual([]);
    expect(names('Kori Salimjon')).not.toContain(other);
    await mergeEntities(store, { a, b });
    await index.refresh(store);
    const representative = [a, b].sort()[0]!;
    expect(names('Abu Osama Noraki')).toContain(representative);
    expect(names('Abu Osama Noraki')).not.toContain([a, b].sort()[1]);
  });

  it('proposes duplicates with confidence and reasons, and not once split', async () => {
    const store = await workspace();
    const { a, b, other } = await seedRecruiter(store);
    const pairs = await findDuplicateEntities(store, { type: 'person', propose: true });
    const pair = pairs.find((p) => [p.entityId, p.otherEntityId].sort().join() === [a, b].sort().join());
    expect(pair).toBeDefined();
    expect(pair!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(pair!.reasons.join(' ')).toMatch(/usama|osama/);
    expect(pairs.some((p) => p.entityId === other || p.otherEntityId === other)).toBe(false);
    // the proposal is accepted by merge, and a split rules the pair out
    expect((await mergeEntities(store, { a, b })).action).toBe('accepted');
    await splitEntities(store, { a, b });
    const again = await findDuplicateEntities(store, { type: 'person' });
    expect(again.some((p) => [p.entityId, p.otherEntityId].sort().join() === [a, b].sort().join())).toBe(false);
  });
});

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/names/${name}`, import.meta.url));

describe('watch lists', () => {
  it('imports the UN and OFAC lists as entities with aliases, and re-imports without duplicates', async () => {
    const store = await workspace();
    const un = await importWatchlist(store, readWatchlistFiles([fixture('un-consolidated-sample.xml')], 'un-sanctions'));
    expect(un).toMatchObject({ created: 3, updated: 0, failed: [] });
    expect(un.names).toBe(9);
    const ofac = await importWatchlist(
      store,
      readWatchlistFiles([fixture('ofac-sdn-sample.csv'), fixture('ofac-alt-sample.csv')], 'ofac-sdn'),
    );
    expect(ofac).toMatchObject({ created: 3, failed: [] });
    const again = await importWatchlist(store, readWatchlistFiles([fixture('un-consolidated-sample.xml')], 'un-sanctions'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, names: 0 });

    const entries = await listWatchlistEntries(store, ['un-sanctions']);
    const nazarov = entries.find((e) => e.externalId === '9000001')!;
    expect(nazarov).toMatchObject({ reference: 'QDi.901', listedOn: '2021-03-04', listDate: '2025-01-15' });
    const claims = await listClaims(store, { entityId: nazarov.entityId });
    expect(claims.filter((c) => c.kind === 'attribute').map((c) => c.kind === 'attribute' && c.attribute)).toContain('listing_reference');
    const original = claims.find((c) => c.kind === 'name' && c.name.script === 'cyrillic');
    expect(original?.kind === 'name' && original.name.value).toBe('Тоҷиддин Назаров');
    expect(original?.author).toEqual({ kind: 'importer', name: 'un-sanctions', version: '2025-01-15' });
  });

  it('screens names against the imported lists with scores and explanations', async () => {
    const store = await workspace();
    await importWatchlist(store, readWatchlistFiles([fixture('un-consolidated-sample.xml')], 'un-sanctions'));
    await importWatchlist(store, readWatchlistFiles([fixture('ofac-sdn-sample.csv'), fixture('ofac-alt-sample.csv')], 'ofac-sdn'));
    const list = await loadScreeningListFromStore(store);
    async function* queries() {
      yield { line: 2, queryId: 'q1', name: 'Тоҷиддин Назаров' };
      yield { line: 3, queryId: 'q2', name: 'IS-K' };
      yield { line: 4, queryId: 'q3', name: 'Angela Merkel' };
    }
    const matches = [];
    for await (const m of screenNames(list, queries(), { top: 5 })) matches.push(m);
    const q1 = matches.filter((m) => m.queryId === 'q1');
    expect(q1.map((m) => m.listed.list).sort()).toEqual(['ofac-sdn', 'un-sanctions']);
    expect(q1.every((m) => m.isMatch && m.explanation.length > 0)).toBe(true);
    expect(matches.filter((m) => m.queryId === 'q2').map((m) => m.listed.reference)).toContain('QDe.961');
    expect(matches.some((m) => m.queryId === 'q3')).toBe(false);
  });
});
