import type { EntityType, Id } from '../model/index.js';
import { markingCondition } from './access-policy.js';
import { entityLabelSql } from './entities.js';
import type { Store } from './store.js';

/**
 * Text search for `searchWorkspace`, so typing-as-you-go finds something at every keystroke:
 * names and events by words that start with what was typed (every typed word must start a word),
 * through the full-text indexes of migration 0010; documents, which are few, by case-insensitive
 * substring. Only rows the viewer may see are read (markingCondition).
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
  const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.map((word) => `'${word}':*`).join(' & ');
}

/** The indexed expressions of migration 0010; a query must use them as written to use the indexes. */
const NAME_WORDS = `to_tsvector('simple'::regconfig, c.value->>'value')`;
const EVENT_WORDS = `to_tsvector('simple'::regconfig, coalesce(summary, '') || ' ' || coalesce(place, ''))`;
const ACTOR_WORDS = `to_tsvector('simple'::regconfig, actor_text)`;

export interface NameTextHit {
  entityId: Id;
  type: EntityType;
  label: string;
  /** The name or alias that matched. */
  value: string;
  /** 0 exact, 1 prefix, 2 a later word starts with it, 3 elsewhere inside. */
  rank: number;
}

/** Entities with a name (any status but rejected, any script) whose words start with the words of `text`. */
export async function searchEntityNames(store: Store, text: string, limit: number): Promise<NameTextHit[]> {
  const query = prefixQuery(text);
  if (query === null) return [];
  const params: unknown[] = [store.workspaceId, likeText(text.toLowerCase()), text.toLowerCase(), query];
  const visible = markingCondition(store, 'c.marking', params);
  params.push(limit);
  const limitParam = `$${params.length}`;
  // the label as the viewer may see it (it may have been taken from a name above their clearance),
  // read for the page of hits only
  const label = entityLabelSql(store, 'e', params);
  const rows = await store.query<{ entity_id: string; type: EntityType; label: string; value: string; rank: number }>(
    `WITH hit AS (
       SELECT entity_id, value, rank FROM (
         SELECT DISTINCT ON (c.entity_id) c.entity_id, c.value->>'value' AS value,
                CASE WHEN lower(c.value->>'value') = $3 THEN 0
                     WHEN lower(c.value->>'value') LIKE $2 || '%' THEN 1
                     WHEN lower(c.value->>'value') LIKE '% ' || $2 || '%' THEN 2
                     ELSE 3 END AS rank
           FROM claim c
          WHERE c.workspace_id = $1 AND c.kind = 'name' AND c.status <> 'rejected'
            AND ${NAME_WORDS} @@ to_tsquery('simple'::regconfig, $4) AND ${visible}
          ORDER BY c.entity_id, rank, length(c.value->>'value')
       ) best
       ORDER BY rank, length(value), value, entity_id
       LIMIT ${limitParam}
     )
     SELECT hit.entity_id, e.type, ${label} AS label, hit.value, hit.rank
       FROM hit JOIN entity e ON e.workspace_id = $1 AND e.entity_id = hit.entity_id
      ORDER BY hit.rank, length(hit.value), hit.value, hit.entity_id`,
    params,
  );
  return rows.map((r) => ({ entityId: r.entity_id, type: r.type, label: r.label, value: r.value, rank: r.rank }));
}

export interface DocumentTextHit {
  id: Id;
  title: string | null;
  path: string;
  /** Up to 240 characters around the first match in the text (the opening when it matched only the title or path). */
  snippet: string;
}

/** Documents whose title, path or text contains `text`. */
export async function searchDocumentText(store: Store, text: string, limit: number): Promise<DocumentTextHit[]> {
  const params: unknown[] = [store.workspaceId, likeText(text.toLowerCase()), text.toLowerCase()];
  const visible = markingCondition(store, 'd.marking', params);
  params.push(limit);
  const rows = await store.query<{ document_id: string; title: string | null; path: string; snippet: string }>(
    `SELECT d.document_id, d.title, d.path,
            substr(d.text, greatest(1, strpos(lower(d.text), $3) - 80), 240) AS snippet
       FROM document d
      WHERE d.workspace_id = $1 AND ${visible}
        AND (lower(coalesce(d.title, '')) LIKE '%' || $2 || '%' OR lower(d.path) LIKE '%' || $2 || '%'
             OR lower(d.text) LIKE '%' || $2 || '%')
      ORDER BY (lower(coalesce(d.title, '')) LIKE '%' || $2 || '%') DESC, d.ingested_at DESC, d.document_id
      LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({ id: r.document_id, title: r.title, path: r.path, snippet: r.snippet.replace(/\s+/g, ' ').trim() }));
}

export interface EventTextHit {
  id: Id;
  type: string;
  date: string;
  country: string | null;
  place: string | null;
  summary: string | null;
}

/** Events whose summary, place or an actor's name has words starting with the words of `text`, newest first. */
export async function searchEventText(store: Store, text: string, limit: number): Promise<EventTextHit[]> {
  const query = prefixQuery(text);
  if (query === null) return [];
  const params: unknown[] = [store.workspaceId, query];
  const visible = markingCondition(store, 'e.marking', params);
  params.push(limit);
  const rows = await store.query<{ event_id: string; type: string; date: string; country: string | null; place: string | null; summary: string | null }>(
    `SELECT e.event_id, e.type, to_char(e.date_start, 'YYYY-MM-DD') AS date, e.country::text AS country, e.place, e.summary
       FROM event e
      WHERE e.workspace_id = $1 AND ${visible}
        AND e.event_id IN (
          SELECT event_id FROM event WHERE workspace_id = $1 AND ${EVENT_WORDS} @@ to_tsquery('simple'::regconfig, $2)
          UNION
          SELECT event_id FROM event_actor WHERE workspace_id = $1 AND ${ACTOR_WORDS} @@ to_tsquery('simple'::regconfig, $2))
      ORDER BY e.date_start DESC, e.event_id
      LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({ id: r.event_id, type: r.type, date: r.date, country: r.country, place: r.place, summary: r.summary }));
}
