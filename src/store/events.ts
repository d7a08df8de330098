import { EventSchema, type Event, type EventFilter, type Id, type TlpMarking } from '../model/index.js';
import { eventFilterSql } from './event-counts.js';
import { refreshEventRollup } from './event-rollups.js';
import { entityCondition, isUnrestricted, markingCondition } from './access-policy.js';
import { documentMarkings, higherMarking } from './marking-inheritance.js';
import type { Store } from './store.js';

/**
 * The marking each event is stored at: its own, raised to its document's for an event read from
 * a document (marking-inheritance.ts).
 */
async function storedMarkings(store: Store, events: readonly Event[]): Promise<TlpMarking[]> {
  const documents = await documentMarkings(
    store,
    events.flatMap((event) => (event.origin.kind === 'document' ? [event.origin.documentId] : [])),
  );
  return events.map((event) => {
    const documentMarking = event.origin.kind === 'document' ? documents.get(event.origin.documentId) : undefined;
    return documentMarking ? higherMarking(event.marking, documentMarking) : event.marking;
  });
}

/**
 * Inserts one event with its actors (document events; dataset imports use the bulk path in
 * event-import.ts). A dataset event also rebuilds its dataset's monthly roll-up.
 */
export async function insertEvent(store: Store, event: Event): Promise<void> {
  const origin = event.origin;
  const [marking] = await storedMarkings(store, [event]);
  await store.query(
    `INSERT INTO event (workspace_id, event_id, type, dataset_type, dataset_subtype, date_start, date_end,
       date_precision, date_text, country, admin1, admin2, place, latitude, longitude, geo_precision,
       fatalities, wounded, arrested, summary, notes, source_text, dataset, dataset_event_id, document_id, period_date,
       marking)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
       $23, $24, $25, $6, $26)`,
    [
      store.workspaceId,
      event.id,
      event.type,
      event.datasetType,
      event.datasetSubtype,
      event.date.start,
      event.date.end,
      event.date.precision,
      event.date.text ?? null,
      event.location.country,
      event.location.admin1,
      event.location.admin2,
      event.location.place,
      event.location.latitude,
      event.location.longitude,
      event.location.geoPrecision,
      event.counts.fatalities,
      event.counts.wounded,
      event.counts.arrested,
      event.summary,
      event.notes,
      event.sourceText,
      origin.kind === 'dataset' ? origin.dataset : null,
      origin.kind === 'dataset' ? origin.datasetEventId : null,
      origin.kind === 'document' ? origin.documentId : null,
      marking,
    ],
  );
  await store.copyRows(
    'event_actor',
    ['workspace_id', 'event_id', 'position', 'actor_text', 'entity_id', 'role'],
    event.actors.map((actor, position) => [store.workspaceId, event.id, position, actor.text, actor.entityId, actor.role]),
  );
  if (origin.kind === 'dataset') await refreshEventRollup(store, [origin.dataset]);
}

export interface EventRow {
  event_id: string;
  type: string;
  dataset_type: string | null;
  dataset_subtype: string | null;
  /** Null (with date_end) when the date is unknown (migration 0017). */
  date_start: string | null;
  date_end: string | null;
  date_precision: string;
  date_text: string | null;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  fatalities: number | null;
  wounded: number | null;
  arrested: number | null;
  summary: string | null;
  notes: string | null;
  source_text: string | null;
  dataset: string | null;
  dataset_event_id: string | null;
  document_id: string | null;
  marking: string;
  actors: { text: string; entityId: string | null; role: string | null }[] | null;
}

export function toEvent(row: EventRow): Event {
  return EventSchema.parse({
    id: row.event_id,
    type: row.type,
    datasetType: row.dataset_type,
    datasetSubtype: row.dataset_subtype,
    date: {
      start: row.date_start,
      end: row.date_end,
      precision: row.date_precision,
      ...(row.date_text === null ? {} : { text: row.date_text }),
    },
    location: {
      country: row.country,
      admin1: row.admin1,
      admin2: row.admin2,
      place: row.place,
      latitude: row.latitude,
      longitude: row.longitude,
      geoPrecision: row.geo_precision,
    },
    actors: row.actors ?? [],
    counts: { fatalities: row.fatalities, wounded: row.wounded, arrested: row.arrested },
    summary: row.summary,
    notes: row.notes,
    sourceText: row.source_text,
    origin:
      row.dataset !== null
        ? { kind: 'dataset', dataset: row.dataset, datasetEventId: row.dataset_event_id }
        : { kind: 'document', documentId: row.document_id },
    marking: row.marking,
  });
}

/**
 * SELECT … FROM event e with its actors. An actor's entity id shows only when that entity exists
 * for the viewer (entityCondition): an event may be visible while the entity its actor resolved
 * to is not. `extra` columns come first.
 */
export function eventSelect(store: Store, params: unknown[], extra = ''): string {
  const entityId = isUnrestricted(store)
    ? 'a.entity_id'
    : `CASE WHEN a.entity_id IS NOT NULL AND ${entityCondition(store, 'a', params)} THEN a.entity_id END`;
  return `SELECT ${extra}e.event_id, e.type, e.dataset_type, e.dataset_subtype, e.date_start, e.date_end,
    e.date_precision, e.date_text, e.country, e.admin1, e.admin2, e.place, e.latitude, e.longitude, e.geo_precision,
    e.fatalities, e.wounded, e.arrested, e.summary, e.notes, e.source_text, e.dataset, e.dataset_event_id, e.document_id,
    e.marking, (SELECT json_agg(json_build_object('text', a.actor_text, 'entityId', ${entityId}, 'role', a.role) ORDER BY a.position)
       FROM event_actor a WHERE a.workspace_id = e.workspace_id AND a.event_id = e.event_id) AS actors
  FROM event e`;
}

/** The event, or null when it is not in the workspace or above the viewer's clearance. */
export async function getEvent(store: Store, eventId: Id): Promise<Event | null> {
  const params: unknown[] = [store.workspaceId, eventId];
  const rows = await store.query<EventRow>(
    `${eventSelect(store, params)} WHERE e.workspace_id = $1 AND e.event_id = $2 AND ${markingCondition(store, 'e.marking', params)}`,
    params,
  );
  return rows[0] ? toEvent(rows[0]) : null;
}

/** Events read from the document that the viewer may see (none when the document is above their clearance). */
export async function listDocumentEvents(store: Store, documentId: Id): Promise<Event[]> {
  const params: unknown[] = [store.workspaceId, documentId];
  const rows = await store.query<EventRow>(
    `${eventSelect(store, params)} WHERE e.workspace_id = $1 AND e.document_id = $2 AND ${markingCondition(store, 'e.marking', params)}
       AND EXISTS (SELECT 1 FROM document d WHERE d.workspace_id = e.workspace_id AND d.document_id = e.document_id
         AND ${markingCondition(store, 'd.marking', params)})
     ORDER BY e.date_start`,
    params,
  );
  return rows.map(toEvent);
}

/**
 * Inserts many document events with their actors in two COPYs (call inside the caller's transaction).
 * `recordedAt[i]`, when given, is when Tessera first recorded event i (a STIX import keeps it); now otherwise.
 */
export async function insertEvents(store: Store, events: readonly Event[], recordedAt?: readonly string[]): Promise<number> {
  const markings = await storedMarkings(store, events);
  const count = await store.copyRows(
    'event',
    [
      'workspace_id', 'event_id', 'type', 'dataset_type', 'dataset_subtype', 'date_start', 'date_end', 'date_precision',
      'date_text', 'country', 'admin1', 'admin2', 'place', 'latitude', 'longitude', 'geo_precision', 'fatalities',
      'wounded', 'arrested', 'summary', 'notes', 'source_text', 'dataset', 'dataset_event_id', 'document_id',
      'period_date', 'marking', ...(recordedAt === undefined ? [] : ['recorded_at']),
    ],
    events.map((event, i) => [
      store.workspaceId, event.id, event.type, event.datasetType, event.datasetSubtype, event.date.start, event.date.end,
      event.date.precision, event.date.text ?? null, event.location.country, event.location.admin1, event.location.admin2,
      event.location.place, event.location.latitude, event.location.longitude, event.location.geoPrecision,
      event.counts.fatalities, event.counts.wounded, event.counts.arrested, event.summary, event.notes, event.sourceText,
      event.origin.kind === 'dataset' ? event.origin.dataset : null,
      event.origin.kind === 'dataset' ? event.origin.datasetEventId : null,
      event.origin.kind === 'document' ? event.origin.documentId : null,
      // the day trends count the event on (migration 0004); none for an undated event
      event.date.start,
      markings[i],
      ...(recordedAt === undefined ? [] : [recordedAt[i]]),
    ]),
  );
  await store.copyRows(
    'event_actor',
    ['workspace_id', 'event_id', 'position', 'actor_text', 'entity_id', 'role'],
    events.flatMap((event) =>
      event.actors.map((actor, position) => [store.workspaceId, event.id, position, actor.text, actor.entityId, actor.role]),
    ),
  );
  const datasets = new Set(events.flatMap((event) => (event.origin.kind === 'dataset' ? [event.origin.dataset] : [])));
  await refreshEventRollup(store, [...datasets]);
  return count;
}

/** Events an entity is an actor of that the viewer may see, by date; none when the entity does not exist for them. */
export async function listEntityEvents(store: Store, entityId: Id): Promise<Event[]> {
  const params: unknown[] = [store.workspaceId, entityId];
  const rows = await store.query<EventRow>(
    `${eventSelect(store, params)} WHERE e.workspace_id = $1 AND ${markingCondition(store, 'e.marking', params)}
       AND EXISTS (SELECT 1 FROM event_actor a
       WHERE a.workspace_id = e.workspace_id AND a.event_id = e.event_id AND a.entity_id = $2)
       AND EXISTS (SELECT 1 FROM entity x WHERE x.workspace_id = e.workspace_id AND x.entity_id = $2
         AND ${entityCondition(store, 'x', params)})
     ORDER BY e.date_start`,
    params,
  );
  return rows.map(toEvent);
}

/** One page of events in id order with the day each counts on in trends, for exports. */
export async function listEventsPage(
  store: Store,
  filter: EventFilter,
  afterId: Id | null,
  limit = 5_000,
): Promise<{ event: Event; periodDate: string | null }[]> {
  // eventFilterSql carries the viewer's marking condition
  const { conditions, params } = await eventFilterSql(store, filter);
  const select = eventSelect(store, params, 'e.period_date, ');
  params.push(afterId, limit);
  const rows = await store.query<EventRow & { period_date: string | null }>(
    `${select}
     WHERE e.workspace_id = $1 ${conditions.map((c) => `AND ${c}`).join(' ')}
       AND ($${params.length - 1}::uuid IS NULL OR e.event_id > $${params.length - 1}::uuid)
     ORDER BY e.event_id LIMIT $${params.length}`,
    params,
  );
  return rows.map((row) => ({ event: toEvent(row), periodDate: row.period_date }));
}
