import { isKnownDate, type Event, type EventClaim, type EventDate } from '../../model/index.js';
import { claimToStix, fuzzyDateToStix } from './claim-to-stix.js';
import { claimedObjectBase } from './entity-to-stix.js';
import type { StixObject } from './stix-object.js';
import type { StixRefs } from './stix-refs.js';
import { TESSERA_KNOWLEDGE_EXTENSION_ID } from './tessera-extension.js';

/** An event with the claims that assert it (none for a dataset row). */
export interface StixEventRecord {
  event: Event;
  claims: EventClaim[];
  /** When Tessera recorded the event. */
  recordedAt: string;
}

/** A short name for an event: "attack, 2024-03-22, Krasnogorsk, RU" (its type, date and place, the empty ones left out). */
function eventName(event: Event): string {
  const { date, location } = event;
  const when = !isKnownDate(date) ? 'date unknown' : date.precision === 'day' ? date.start : `${date.start}/${date.end}`;
  const where = [location.place ?? location.admin1, location.country].filter((part) => part !== null).join(', ');
  return [event.type, when, where].filter((part) => part !== '').join(', ');
}

/** An event's date in the extension: its interval and precision, or precision `unknown` alone (no interval). */
export function eventDateToStix(date: EventDate): Record<string, unknown> {
  if (isKnownDate(date)) return fuzzyDateToStix(date);
  return { precision: 'unknown', ...(date.text === undefined ? {} : { text: date.text }) };
}

/** The known parts of an event's place, in the order they are written (null ones left out). */
function locationToStix(location: Event['location']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (location.country !== null) out.country = location.country;
  if (location.admin1 !== null) out.admin1 = location.admin1;
  if (location.admin2 !== null) out.admin2 = location.admin2;
  if (location.place !== null) out.place = location.place;
  if (location.latitude !== null) out.latitude = location.latitude;
  if (location.longitude !== null) out.longitude = location.longitude;
  if (location.geoPrecision !== null) out.geo_precision = location.geoPrecision;
  return out;
}

/** The known counts, in the event's own order. */
function countsToStix(counts: Event['counts']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in counts) {
    const value = counts[key as keyof Event['counts']];
    if (value !== null) out[key] = value;
  }
  return out;
}

/**
 * An event as a STIX incident. The event's date with its precision, place, actors with their
 * sides, counts and origin travel in Tessera's knowledge extension; the incident's marking is the
 * event's own (or stricter, when a claim about it is). Built property by property in the order
 * they are written, each STIX id derived once (an export builds one per event).
 */
export function eventToStix(record: StixEventRecord, refs: StixRefs): StixObject {
  const { event } = record;
  const object = claimedObjectBase('incident', refs.event(event.id), record.recordedAt, record.claims, [event.marking]);
  object.name = eventName(event);
  if (event.summary !== null) object.description = event.summary;
  const fields: Record<string, unknown> = { event_id: event.id, event_type: event.type };
  if (event.datasetType !== null) fields.dataset_type = event.datasetType;
  if (event.datasetSubtype !== null) fields.dataset_subtype = event.datasetSubtype;
  fields.date = eventDateToStix(event.date);
  fields.location = locationToStix(event.location);
  fields.actors = event.actors.map((actor) => {
    const out: Record<string, unknown> = { text: actor.text };
    const entityRef = actor.entityId === null ? null : refs.entity(actor.entityId);
    if (entityRef !== null) out.entity_ref = entityRef;
    if (actor.role !== null) out.role = actor.role;
    return out;
  });
  fields.counts = countsToStix(event.counts);
  if (event.notes !== null) fields.notes = event.notes;
  if (event.sourceText !== null) fields.source_text = event.sourceText;
  fields.origin =
    event.origin.kind === 'dataset'
      ? { kind: 'dataset', dataset: event.origin.dataset, dataset_event_id: event.origin.datasetEventId }
      : { kind: 'document', document_ref: refs.document(event.origin.documentId) };
  fields.marking = event.marking;
  fields.recorded_at = record.recordedAt;
  object.extensions = {
    [TESSERA_KNOWLEDGE_EXTENSION_ID]: {
      extension_type: 'property-extension',
      event: fields,
      claims: record.claims.map((claim) => claimToStix(claim, refs)),
    },
  };
  return object;
}
