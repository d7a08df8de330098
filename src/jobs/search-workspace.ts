import { parseInput, SearchQuerySchema, type EntityHit, type Id, type SearchQuery, type SearchResult } from '../model/index.js';
import { EntityNameIndex, getEntity, searchDocumentText, searchEntityNames, searchEventText, type Store } from '../store/index.js';

/** The name index a long-running surface keeps between searches (load once, `refreshSearchIndex` before use). */
export type SearchIndex = EntityNameIndex;

/** Loads the name index over every name claim of the store's workspace (as the store's viewer; the system viewer sees all). */
export async function loadSearchIndex(store: Store): Promise<SearchIndex> {
  return EntityNameIndex.load(store);
}

/** Brings a kept index up to date with the claims recorded or reviewed since it was last read. */
export async function refreshSearchIndex(store: Store, index: SearchIndex): Promise<void> {
  await index.refresh(store);
}

export interface SearchOptions {
  /** A kept name index (the server's); loaded for this one search when omitted. */
  nameIndex?: SearchIndex;
}

/** Scores of plain text matches: exact name, prefix, a later word's prefix, elsewhere inside. */
const TEXT_SCORES = [1, 0.9, 0.8, 0.7] as const;

/** Queries shorter than this match names by text only: the fuzzy matcher needs a few letters. */
const FUZZY_MIN_LENGTH = 3;

/**
 * Searches the workspace: entities by any of their names in any script (plain prefix and
 * substring matches, so typing-as-you-go finds something, plus the name matcher for spellings
 * and transliterations: "Abu Osama" finds "Абу Усама"), documents by title, path and text, and
 * events by summary, place and actor. Only what the store's viewer may see is searched.
 */
export async function searchWorkspace(store: Store, input: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
  const { q, limit } = parseInput(SearchQuerySchema, input, 'search');
  const [textNames, documents, events] = await Promise.all([
    searchEntityNames(store, q, limit),
    searchDocumentText(store, q, limit),
    searchEventText(store, q, limit),
  ]);
  const hits = new Map<Id, EntityHit>();
  const keep = (hit: EntityHit) => {
    const existing = hits.get(hit.id);
    if (existing === undefined || existing.score < hit.score) hits.set(hit.id, hit);
  };
  const index = q.length >= FUZZY_MIN_LENGTH || textNames.length > 0 ? (options.nameIndex ?? (await loadSearchIndex(store))) : null;
  for (const t of textNames) {
    // a merged entity answers as its group's representative, as the matcher's candidates do
    const id = index?.representativeOf(t.entityId, store.viewer) ?? t.entityId;
    const entity = id === t.entityId ? { label: t.label, type: t.type } : await getEntity(store, id);
    if (entity === null) continue;
    keep({ id, name: entity.label, type: entity.type, matchedName: t.value, score: TEXT_SCORES[t.rank] ?? 0.7 });
  }
  if (index !== null && q.length >= FUZZY_MIN_LENGTH) {
    for (const candidate of index.lookup(q, { limit, viewer: store.viewer })) {
      if ((hits.get(candidate.id)?.score ?? 0) >= candidate.score) continue;
      const entity = await getEntity(store, candidate.id);
      if (entity === null) continue;
      keep({ id: entity.id, name: entity.label, type: entity.type, matchedName: candidate.name, score: Math.round(candidate.score * 1000) / 1000 });
    }
  }
  const entities = [...hits.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
  return { entities, documents, events };
}
