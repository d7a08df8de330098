import type { Entity, EntityType, Id } from '../model/index.js';
import { searchWords } from '../names/index.js';
import { entityCondition, markingCondition } from './access-policy.js';
import { entityLabelSql } from './entities.js';
import { SHORT_READ } from './short-read.js';
import type { Store } from './store.js';

/**
 * Text search for `searchWorkspace`, so typing-as-you-go finds something at every keystroke:
 * names and events by words that start with what was typed (every typed word must start a word),
 * through the full-text indexes of migrations 0010 and 0019 (actors by their distinct names);
 * documents, which are few, by case-insensitive substring. Only rows the viewer may see are read (markingCondition).
 */

/** LIKE pattern text with its wildcards escaped. */
function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The typed text as a prefix query for to_tsquery('simple', …): each word (letters and digits of
 * any script) must start a word of the row; null when nothing searchable was typed.
 */
export function prefixQuery(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : words.map((word) => `'${word}':*`).join(' & ');
}

/** The indexed expressions of migrations 0010 and 0019; a query must use them as written to use the indexes. */
const NAME_WORDS = `to_tsvector('simple'::regconfig, c.value->>'value')`;
const EVENT_WORDS = `to_tsvector('simple'::regconfig, coalesce(summary, '') || ' ' || coalesce(place, ''))`;
/** Of event_actor_name (migration 0019): the workspace's distinct actor names. */
const ACTOR_WORDS = `to_tsvector('simple'::regconfig, n.actor_text)`;

export interface NameTextHit {
  entityId: Id;
  type: EntityType;
  label: string;
  /** The name or alias that matched. */
  value: string;
  /** 0 exact, 1 prefix, 2 a later word starts with it, 3 elsewhere inside. */
  rank: number;
}

/** Pushes a parameter and answers its placeholder. */
function parameter(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}

/**
 * SQL of the name hits (columns entity_id, type, label, value, rank), best first; null when
 * nothing searchable was typed. `params` starts with the workspace id ($1).
 */
function nameHitsSql(store: Store, text: string, limit: number, params: unknown[]): string | null {
  const query = prefixQuery(text);
  if (query === null) return null;
  const like = parameter(params, likeText(text.toLowerCase()));
  const lower = parameter(params, text.toLowerCase());
  const words = parameter(params, query);
  const visible = markingCondition(store, 'c.marking', params);
  const limitParam = parameter(params, limit);
  // the label as the viewer may see it (it may have been taken from a name above their clearance),
  // read for the page of hits only
  const label = entityLabelSql(store, 'e', params);
  // each matching name's text and its lower case read once (OFFSET 0 keeps the planner from
  // inlining them into every use): a typed prefix matches a thousand names at 100,000 entities
  return `WITH hit AS (
       SELECT entity_id, value, rank FROM (
         SELECT DISTINCT ON (m.entity_id) m.entity_id, m.value,
                CASE WHEN m.lower_value = ${lower} THEN 0
                     WHEN m.lower_value LIKE ${like} || '%' THEN 1
                     WHEN m.lower_value LIKE '% ' || ${like} || '%' THEN 2
                     ELSE 3 END AS rank
           FROM (SELECT c.entity_id, c.value->>'value' AS value, lower(c.value->>'value') AS lower_value
                   FROM claim c
                  WHERE c.workspace_id = $1 AND c.kind = 'name' AND c.status <> 'rejected'
                    AND ${NAME_WORDS} @@ to_tsquery('simple'::regconfig, ${words}) AND ${visible}
                 OFFSET 0) m
          ORDER BY m.entity_id, rank, length(m.value)
       ) best
       ORDER BY rank, length(value), value, entity_id
       LIMIT ${limitParam}
     )
     SELECT hit.entity_id, e.type, ${label} AS label, hit.value, hit.rank
       FROM hit JOIN entity e ON e.workspace_id = $1 AND e.entity_id = hit.entity_id`;
}
const NAME_HITS_ORDER = (alias: string) => `${alias}.rank, length(${alias}.value), ${alias}.value, ${alias}.entity_id`;

interface NameHitRow {
  entity_id: string;
  type: EntityType;
  label: string;
  value: string;
  rank: number;
}
const toNameHit = (r: NameHitRow): NameTextHit => ({ entityId: r.entity_id, type: r.type, label: r.label, value: r.value, rank: r.rank });

/** Entities with a name (any status but rejected, any script) whose words start with the words of `text`. */
export async function searchEntityNames(store: Store, text: string, limit: number): Promise<NameTextHit[]> {
  const params: unknown[] = [store.workspaceId];
  const sql = nameHitsSql(store, text, limit, params);
  if (sql === null) return [];
  const rows = await store.query<NameHitRow>(`SELECT * FROM (${sql}) n ORDER BY ${NAME_HITS_ORDER('n')}`, params);
  return rows.map(toNameHit);
}

export interface DocumentTextHit {
  id: Id;
  title: string | null;
  path: string;
  /** Up to 240 characters around the first match in the text (the opening when it matched only the title or path). */
  snippet: string;
}

/** SQL of the document hits (columns document_id, title, path, snippet, title_hit, ingested_at); `params` starts with the workspace id. */
function documentHitsSql(store: Store, text: string, limit: number, params: unknown[]): string {
  const like = parameter(params, likeText(text.toLowerCase()));
  const lower = parameter(params, text.toLowerCase());
  const visible = markingCondition(store, 'd.marking', params);
  const limitParam = parameter(params, limit);
  return `SELECT d.document_id, d.title, d.path,
            substr(d.text, greatest(1, strpos(lower(d.text), ${lower}) - 80), 240) AS snippet,
            lower(coalesce(d.title, '')) LIKE '%' || ${like} || '%' AS title_hit, d.ingested_at
       FROM document d
      WHERE d.workspace_id = $1 AND ${visible}
        AND (lower(coalesce(d.title, '')) LIKE '%' || ${like} || '%' OR lower(d.path) LIKE '%' || ${like} || '%'
             OR lower(d.text) LIKE '%' || ${like} || '%')
      ORDER BY title_hit DESC, d.ingested_at DESC, d.document_id
      LIMIT ${limitParam}`;
}
const DOCUMENT_HITS_ORDER = (alias: string) => `${alias}.title_hit DESC, ${alias}.ingested_at DESC, ${alias}.document_id`;

interface DocumentHitRow {
  document_id: string;
  title: string | null;
  path: string;
  snippet: string;
}
const toDocumentHit = (r: DocumentHitRow): DocumentTextHit => ({ id: r.document_id, title: r.title, path: r.path, snippet: r.snippet.replace(/\s+/g, ' ').trim() });

/** Documents whose title, path or text contains `text`. */
export async function searchDocumentText(store: Store, text: string, limit: number): Promise<DocumentTextHit[]> {
  const params: unknown[] = [store.workspaceId];
  const rows = await store.query<DocumentHitRow>(documentHitsSql(store, text, limit, params), params);
  return rows.map(toDocumentHit);
}

export interface EventTextHit {
  id: Id;
  type: string;
  date: string | null;
  country: string | null;
  place: string | null;
  summary: string | null;
}

/** SQL of the event hits (columns event_id, type, date, country, place, summary), newest first; null when nothing searchable was typed. */
function eventHitsSql(store: Store, text: string, limit: number, params: unknown[]): string | null {
  const query = prefixQuery(text);
  if (query === null) return null;
  // the query parsed once (a subquery run once), not again at every actor name it is tested against:
  // a fifth of the search statement's backend CPU at 100 actor names (0.49 -> 0.39 ms)
  const words = `(SELECT to_tsquery('simple'::regconfig, ${parameter(params, query)}))`;
  const visible = markingCondition(store, 'e.marking', params);
  const limitParam = parameter(params, limit);
  // each hit's event row by its key (OFFSET 0 keeps the lateral read from being flattened into a
  // join): a plan made for no particular words may not hash the hits against every event
  return `SELECT e.event_id, e.type, to_char(e.date_start, 'YYYY-MM-DD') AS date, e.country::text AS country, e.place, e.summary
       FROM (SELECT event_id FROM event WHERE workspace_id = $1 AND ${EVENT_WORDS} @@ ${words}
             UNION
             SELECT event_id FROM event_actor WHERE workspace_id = $1 AND actor_text IN (
               SELECT n.actor_text FROM event_actor_name n WHERE n.workspace_id = $1 AND ${ACTOR_WORDS} @@ ${words})) hit
       CROSS JOIN LATERAL (SELECT * FROM event e WHERE e.workspace_id = $1 AND e.event_id = hit.event_id AND ${visible} OFFSET 0) e
      ORDER BY e.date_start DESC NULLS LAST, e.event_id
      LIMIT ${limitParam}`;
}
const EVENT_HITS_ORDER = (alias: string) => `${alias}.date DESC NULLS LAST, ${alias}.event_id`;

interface EventHitRow {
  event_id: string;
  type: string;
  date: string | null;
  country: string | null;
  place: string | null;
  summary: string | null;
}
const toEventHit = (r: EventHitRow): EventTextHit => ({ id: r.event_id, type: r.type, date: r.date, country: r.country, place: r.place, summary: r.summary });

/** Events whose summary, place or an actor's name has words starting with the words of `text`, newest first. */
export async function searchEventText(store: Store, text: string, limit: number): Promise<EventTextHit[]> {
  const params: unknown[] = [store.workspaceId];
  const sql = eventHitsSql(store, text, limit, params);
  if (sql === null) return [];
  return (await store.query<EventHitRow>(sql, params)).map(toEventHit);
}

export interface TextSearchHits {
  names: NameTextHit[];
  documents: DocumentTextHit[];
  events: EventTextHit[];
  /** The entities of `entityIds` the viewer may see, with their labels as the viewer sees them. */
  entities: Map<Id, Pick<Entity, 'id' | 'type' | 'label'>>;
}

export interface TextSearchOptions {
  /**
   * Search names here (default true); false when the caller found them in its kept name index
   * (EntityNameIndex.searchNames) and passes their entities in `entityIds` for their labels.
   */
  isNameSearched?: boolean;
}

/**
 * searchEntityNames, searchDocumentText and searchEventText in one statement, with the labels
 * of `entityIds` (the name matcher's candidates) as getEntities reads them: PGlite serves one
 * statement at a time, and a search's cost was mostly its round trips.
 */
export async function searchText(store: Store, text: string, limit: number, entityIds: readonly Id[], options: TextSearchOptions = {}): Promise<TextSearchHits> {
  const params: unknown[] = [store.workspaceId];
  const names = options.isNameSearched === false ? null : nameHitsSql(store, text, limit, params);
  const documents = documentHitsSql(store, text, limit, params);
  const events = eventHitsSql(store, text, limit, params);
  const ids = parameter(params, [...new Set(entityIds)]);
  const row = (
    await store.query<{ names: NameHitRow[] | null; documents: DocumentHitRow[] | null; events: EventHitRow[] | null; entities: { entity_id: string; type: EntityType; label: string }[] | null }>(
      `${SHORT_READ}SELECT ${names === null ? 'NULL::json' : `(SELECT json_agg(n ORDER BY ${NAME_HITS_ORDER('n')}) FROM (${names}) n)`} AS names,
              (SELECT json_agg(d ORDER BY ${DOCUMENT_HITS_ORDER('d')}) FROM (${documents}) d) AS documents,
              ${events === null ? 'NULL::json' : `(SELECT json_agg(v ORDER BY ${EVENT_HITS_ORDER('v')}) FROM (${events}) v)`} AS events,
              (SELECT json_agg(json_build_object('entity_id', e.entity_id, 'type', e.type, 'label', ${entityLabelSql(store, 'e', params)}))
                 FROM entity e WHERE e.workspace_id = $1 AND e.entity_id = ANY(${ids}::uuid[]) AND ${entityCondition(store, 'e', params)}) AS entities`,
      params,
    )
  )[0];
  return {
    names: (row?.names ?? []).map(toNameHit),
    documents: (row?.documents ?? []).map(toDocumentHit),
    events: (row?.events ?? []).map(toEventHit),
    entities: new Map((row?.entities ?? []).map((e) => [e.entity_id, { id: e.entity_id, type: e.type, label: e.label }])),
  };
}
