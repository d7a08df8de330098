import { TesseraError, type Id, type Watchlist } from '../model/index.js';
import { MATCH_THRESHOLD, NameIndex, type ReferenceAliases } from '../names/index.js';
import type { WatchlistRecord } from '../formats/index.js';
import { EntityNameIndex, listWatchlistEntries, listNameRecords, type Store } from '../store/index.js';
import { detectWatchlistFile, readWatchlistFiles } from './read-watchlist-files.js';

/** A listed person or body as screening reports it. */
export interface ListedEntity {
  id: string;
  list: string;
  externalId: string;
  reference: string | null;
  primaryName: string;
  type: string;
}

/** What screening looks names up in: a list file read into memory, or the lists in the store. */
export interface ScreeningList {
  size: number;
  lookup(
    name: string,
    options: { type?: string | readonly string[]; limit: number; minScore: number },
  ): { id: string; name: string; score: number; isMatch: boolean; explanation: string[] }[];
  describe(id: string): ListedEntity | undefined;
}

export interface ScreenQuery {
  line: number;
  /** The caller's id for the row, when the file has one. */
  queryId: string | null;
  name: string;
  type?: string | readonly string[];
}

export interface ScreenMatch {
  line: number;
  queryId: string | null;
  queryName: string;
  rank: number;
  listed: ListedEntity;
  matchedName: string;
  score: number;
  isMatch: boolean;
  explanation: string[];
}

/** Reads watch-list files (UN XML; OFAC CSV pair or XML) into an in-memory screening list. */
export async function loadScreeningListFromFiles(
  paths: readonly string[],
  reference: ReferenceAliases | null = null,
): Promise<ScreeningList> {
  const kinds = await Promise.all(paths.map(async (path) => ({ path, kind: await detectWatchlistFile(path) })));
  const groups: [Watchlist, string[]][] = [
    ['un-sanctions', kinds.filter((k) => k.kind === 'un-xml').map((k) => k.path)],
    ['ofac-sdn', kinds.filter((k) => k.kind !== 'un-xml').map((k) => k.path)],
  ];
  const index = new NameIndex([], reference ? { reference } : {});
  const listed = new Map<string, ListedEntity>();
  for (const [list, files] of groups) {
    if (files.length === 0) continue;
    for await (const record of readWatchlistFiles(files, list) as AsyncIterable<WatchlistRecord>) {
      const id = `${record.list}:${record.externalId}`;
      listed.set(id, {
        id,
        list: record.list,
        externalId: record.externalId,
        reference: record.reference,
        primaryName: record.names[0]?.value ?? '',
        type: record.type,
      });
      for (const name of record.names) index.add({ id, name: name.value, type: record.type });
    }
  }
  return {
    size: index.size,
    lookup: (name, options) => index.lookup(name, options),
    describe: (id) => listed.get(id),
  };
}

/** The watch lists imported into the store, kept as its entities with every alias claim. */
export async function loadScreeningListFromStore(
  store: Store,
  reference: ReferenceAliases | null = null,
): Promise<ScreeningList> {
  const entries = await listWatchlistEntries(store);
  if (entries.length === 0) {
    throw new TesseraError('not_found', 'screen --list store: no watch list imported in this workspace (tessera import un-sanctions|ofac-sdn)');
  }
  const lists = [...new Set(entries.map((e) => e.list))];
  const index = await EntityNameIndex.load(store, { lists, reference });
  const primary = new Map<Id, string>();
  for (const n of await listNameRecords(store, { lists })) {
    if (n.kind === 'primary' && !primary.has(n.entityId)) primary.set(n.entityId, n.value);
  }
  const byEntity = new Map(entries.map((e) => [e.entityId, e]));
  return {
    size: index.names.size,
    // report the listed entity whose name matched (its group may hold entities from elsewhere)
    lookup: (name, options) => index.lookup(name, options).map((c) => ({ ...c, id: c.matchedEntityId })),
    describe: (id) => {
      const e = byEntity.get(id);
      if (!e) return undefined;
      return {
        id,
        list: e.list,
        externalId: e.externalId,
        reference: e.reference,
        primaryName: primary.get(id) ?? '',
        type: index.typeOf(id) ?? '',
      };
    },
  };
}

/** Screens names against a list: for each, the best listed matches at or above minScore. */
export async function* screenNames(
  list: ScreeningList,
  queries: AsyncIterable<ScreenQuery> | Iterable<ScreenQuery>,
  options: { minScore?: number; top?: number } = {},
): AsyncGenerator<ScreenMatch> {
  const minScore = options.minScore ?? MATCH_THRESHOLD;
  const top = options.top ?? 3;
  for await (const q of queries) {
    const found = list.lookup(q.name, { ...(q.type ? { type: q.type } : {}), limit: top, minScore });
    let rank = 0;
    for (const c of found) {
      const listed = list.describe(c.id);
      if (!listed) continue;
      rank += 1;
      yield {
        line: q.line,
        queryId: q.queryId,
        queryName: q.name,
        rank,
        listed,
        matchedName: c.name,
        score: c.score,
        isMatch: c.isMatch,
        explanation: c.explanation,
      };
    }
  }
}
