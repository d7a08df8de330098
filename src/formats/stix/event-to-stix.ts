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

/** A short name for an event: "attack, 2024-03-22, Krasnogorsk, RU". */
function eventName(event: Event): string {
  const place = [event.location.place ?? event.location.admin1, event.location.country].filter((part) => part !== null).join(', ');
  const date = !isKnownDate(event.date) ? 'date unknown' : event.date.precision === 'day' ? event.date.start : `${event.date.start}/${event.date.end}`;
  return [event.type, date, place]
    .filter((part) => part !== '')
    .join(', ');
}

/** An event's date in the extension: its interval and precision, or precision `unknown` alone (no interval). */
export function eventDateToStix(date: EventDate): Record<string, unknown> {
  if (isKnownDate(date)) return fuzzyDateToStix(date);
  return { precision: 'unknown', ...(date.text === undefined ? {} : { text: date.text }) };
}

/**
 * An event as a STIX incident. The event's date with its precision, place, actors with their
 * sides, counts and origin travel in Tessera's knowledge extension; the incident's marking is the
 * event's own (or stricter, when a claim about it is).
 */
export function eventToStix(record: StixEventRecord, refs: StixRefs): StixObject {
  const { event } = record;
  const base = claimedObjectBase('incident', refs.event(event.id), record.recordedAt, record.claims, [event.marking]);
  const location = Object.fromEntries(
    Object.entries({
      country: event.location.country,
      admin1: event.location.admin1,
      admin2: event.location.admin2,
      place: event.location.place,
      latitude: event.location.latitude,
      longitude: event.location.longitude,
      geo_precision: event.location.geoPrecision,
    }).filter(([, value]) => value !== null),
  );
  const counts = Object.fromEntries(Object.entries(event.counts).filter(([, value]) => value !== null));
  return {
    ...base,
    name: eventName(event),
    ...(event.summary === null ? {} : { description: event.summary }),
    extensions: {
      [TESSERA_KNOWLEDGE_EXTENSION_ID]: {
        extension_type: 'property-extension',
        event: {
          event_id: event.id,
          event_type: event.type,
          ...(event.datasetType === null ? {} : { dataset_type: event.datasetType }),
          ...(event.datasetSubtype === null ? {} : { dataset_subtype: event.datasetSubtype }),
          date: eventDateToStix(event.date),
          location,
          actors: event.actors.map((actor) => ({
            text: actor.text,
            ...(actor.entityId === null || refs.entity(actor.entityId) === null ? {} : { entity_ref: refs.entity(actor.entityId) }),
            ...(actor.role === null ? {} : { role: actor.role }),
          })),
          counts,
          ...(event.notes === null ? {} : { notes: event.notes }),
          ...(event.sourceText === null ? {} : { source_text: event.sourceText }),
          origin:
            event.origin.kind === 'dataset'
              ? { kind: 'dataset', dataset: event.origin.dataset, dataset_event_id: event.origin.datasetEventId }
              : { kind: 'document', document_ref: refs.document(event.origin.documentId) },
          marking: event.marking,
          recorded_at: record.recordedAt,
        },
        claims: record.claims.map((claim) => claimToStix(claim, refs)),
      },
    },
  };
}
