import { parseInput, SearchQuerySchema, type Entity, type EntityHit, type Id, type SearchQuery, type SearchResult } from '../model/index.js';
import { EntityNameIndex, getEntities, searchText, type Store } from '../store/index.js';

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
 * Searches the workspace: entities by any of their names in any script (names whose words start
 * with the typed words, so typing-as-you-go finds something, plus the name matcher for spellings
 * and transliterations: "Abu Osama" finds "Абу Усама"), documents by title, path and text, and
 * events by the words of their summary, place and actors. Only what the store's viewer may see is searched.
 */
export async function searchWorkspace(store: Store, input: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
  const { q, limit: pageLimit, offset } = parseInput(SearchQuerySchema, input, 'search');
  // the results up to this page's end, and one more to tell whether another page follows
  const limit = offset + pageLimit + 1;
  const isFuzzy = q.length >= FUZZY_MIN_LENGTH;
  let index = options.nameIndex ?? (isFuzzy ? await loadSearchIndex(store) : null);
  // the matcher's candidates first (in memory), so their labels come with the text hits in one statement
  // (a search shows the matched name and score, not why it matched: no explanations)
  const candidates = index !== null && isFuzzy ? index.lookup(q, { limit, viewer: store.viewer, isExplained: false, isRemembered: true }) : [];
  // names by the starts of their words from the kept index when there is one (a typed prefix
  // matches a thousand names at 100,000 entities, each a claim row for the store to read), else by the store
  const indexNames = index?.searchNames(q, { limit, viewer: store.viewer, isRemembered: true }) ?? null;
  const labelled = [...candidates.map((c) => c.id), ...(indexNames ?? []).map((n) => n.entityId)];
  const text = await searchText(store, q, limit, labelled, { isNameSearched: indexNames === null });
  const { documents: allDocuments, events: allEvents } = text;
  const textNames =
    indexNames === null
      ? text.names
      : indexNames.flatMap((n) => {
          const entity = text.entities.get(n.entityId);
          return entity === undefined ? [] : [{ ...n, type: entity.type, label: entity.label }];
        });
  if (index === null && textNames.length > 0) index = await loadSearchIndex(store);
  // a merged entity answers as its group's representative, as the matcher's candidates do
  const found: { id: Id; name: string; score: number }[] = textNames.map((t) => ({ id: index?.representativeOf(t.entityId, store.viewer) ?? t.entityId, name: t.value, score: TEXT_SCORES[t.rank] ?? 0.7 }));
  for (const candidate of candidates) found.push({ id: candidate.id, name: candidate.name, score: Math.round(candidate.score * 1000) / 1000 });
  // labels as the viewer may see them: the text search read its own hits' and the candidates'; a
  // representative of a merged group that is neither, in one more query
  const known = new Map<Id, Pick<Entity, 'id' | 'label' | 'type'>>([
    ...text.entities,
    ...textNames.map((t) => [t.entityId, { id: t.entityId, label: t.label, type: t.type }] as const),
  ]);
  const read = await getEntities(store, found.map((f) => f.id).filter((id) => !known.has(id)));
  const hits = new Map<Id, EntityHit>();
  for (const f of found) {
    const entity = known.get(f.id) ?? read.get(f.id);
    const existing = hits.get(f.id);
    if (entity === undefined || (existing !== undefined && existing.score >= f.score)) continue;
    hits.set(f.id, { id: entity.id, name: entity.label, type: entity.type, matchedName: f.name, score: f.score });
  }
  const allEntities = [...hits.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const end = offset + pageLimit;
  return {
    entities: allEntities.slice(offset, end),
    documents: allDocuments.slice(offset, end),
    events: allEvents.slice(offset, end),
    more: { entities: allEntities.length > end, documents: allDocuments.length > end, events: allEvents.length > end },
  };
}
