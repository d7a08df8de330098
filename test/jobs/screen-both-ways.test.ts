import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchNames, ReferenceAliases, kindOfEntityType } from '../../src/names/index.js';
import {
  importWatchlistFiles,
  knowledgePackAliasSets,
  loadScreeningListFromFiles,
  loadScreeningListFromStore,
  screenNames,
  type ScreenMatch,
  type ScreeningList,
} from '../../src/jobs/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'names', name);
const FILES = [fixture('screening-sdn.csv'), fixture('screening-alt.csv')];

/** Arabic, Cyrillic and Latin renderings of listed names (issue 9: أسامة بن لادن found Hamza only from the store). */
const QUERIES = [
  'أسامة بن لادن',
  'حمزة بن لادن',
  'أيمن الظواهري',
  'Усама бен Ладен',
  'Доку Умаров',
  'Шамиль Басаев',
  'Таджиддин Назаров',
  'Usama bin Laden',
  'Osama bin Ladin',
  'Sad bin Laden',
  'Ayman al-Zawahiri',
  'Abu Osama Noraki',
  'ISIS-K',
  'Tehrik-i-Taliban Pakistan',
  'al-Qaeda',
];

async function screen(list: ScreeningList): Promise<ScreenMatch[]> {
  async function* queries() {
    for (const [i, name] of QUERIES.entries()) yield { line: i + 2, queryId: String(i), name };
  }
  const out: ScreenMatch[] = [];
  for await (const m of screenNames(list, queries(), { minScore: 0.5, top: 3 })) out.push(m);
  return out;
}

/** What must agree between the two ways: the listed entry, the name that matched and the score. */
const comparable = (m: ScreenMatch) => ({
  query: m.queryName,
  rank: m.rank,
  list: m.listed.list,
  externalId: m.listed.externalId,
  matchedName: m.matchedName,
  score: m.score,
  isMatch: m.isMatch,
});

describe.each([
  ['with the reference pack', true],
  ['matcher alone', false],
])('screening the same names against list files and against the store (%s)', (_, withReference) => {
  let store: Store;
  let fromFiles: ScreenMatch[];
  let fromStore: ScreenMatch[];
  const reference = withReference ? new ReferenceAliases(knowledgePackAliasSets()) : null;

  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await importWatchlistFiles(store, { list: 'ofac-sdn', paths: FILES });
    fromFiles = await screen(await loadScreeningListFromFiles(FILES, reference));
    fromStore = await screen(await loadScreeningListFromStore(store, reference));
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('gives the same entries, names, ranks and scores both ways', () => {
    expect(fromStore.map(comparable)).toEqual(fromFiles.map(comparable));
  });

  it('finds Usama bin Laden himself for the Arabic, Cyrillic and Latin spellings', () => {
    for (const query of ['أسامة بن لادن', 'Усама бен Ладен', 'Usama bin Laden', 'Osama bin Ladin']) {
      for (const found of [fromFiles, fromStore]) {
        const top = found.find((m) => m.queryName === query && m.rank === 1);
        expect(top?.listed.externalId, query).toBe('6365');
        expect(top?.isMatch, query).toBe(true);
      }
    }
  });

  it('scores each hit as matchNames scores the two names (one scoring path)', () => {
    for (const m of fromFiles) {
      if (withReference && m.explanation.some((line) => line.includes('reference entry'))) continue;
      const kind = kindOfEntityType(m.listed.type);
      expect(matchNames(m.queryName, m.matchedName, kind ? { kind } : {}).score, `${m.queryName} / ${m.matchedName}`).toBe(m.score);
    }
  });
});
