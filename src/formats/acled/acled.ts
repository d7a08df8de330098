import { fuzzyDateOf, TesseraError, type EventActor, type EventType, type FuzzyDate } from '../../model/index.js';
import { countryCodeOfName, countryCodeOfNumeric } from '../event-file/country-code.js';
import { addDays, coordinates, count, hashRecord, isoDay, required, text } from '../event-file/field-parsers.js';
import type { ImportedEvent } from '../event-file/imported-event.js';

/** The columns that make a file ACLED's standard export (31 columns; a few more or less are fine). */
export const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'country', 'fatalities'];

/** ACLED sub-event types (and event types as fallback) to Tessera's types; see acled_event_categories.csv. */
const SUB_EVENT_TYPES: Record<string, EventType> = {
  'armed clash': 'clash',
  'government regains territory': 'clash',
  'non-state actor overtakes territory': 'clash',
  'chemical weapon': 'attack',
  'air/drone strike': 'attack',
  'suicide bomb': 'attack',
  'shelling/artillery/missile attack': 'attack',
  'remote explosive/landmine/ied': 'attack',
  grenade: 'attack',
  'sexual violence': 'attack',
  attack: 'attack',
  'abduction/forced disappearance': 'attack',
  'peaceful protest': 'protest',
  'protest with intervention': 'protest',
  'excessive force against protesters': 'protest',
  'violent demonstration': 'riot',
  'mob violence': 'riot',
  arrests: 'arrest',
  'disrupted weapons use': 'plot',
  'looting/property destruction': 'attack',
  agreement: 'other',
  'change to group/activity': 'other',
  'headquarters or base established': 'other',
  'non-violent transfer of territory': 'other',
  other: 'other',
};
const EVENT_TYPES_FALLBACK: Record<string, EventType> = {
  battles: 'clash',
  'explosions/remote violence': 'attack',
  'violence against civilians': 'attack',
  protests: 'protest',
  riots: 'riot',
  'strategic developments': 'other',
};

/** Tessera's type for an ACLED event type and sub-event type. */
export function acledEventType(eventType: string, subEventType: string | null): EventType {
  const bySub = subEventType === null ? undefined : SUB_EVENT_TYPES[subEventType.toLowerCase()];
  const type = bySub ?? EVENT_TYPES_FALLBACK[eventType.toLowerCase()];
  if (type === undefined) throw new TesseraError('invalid_input', `event_type "${eventType}" is not an ACLED event type`);
  return type;
}

/** ACLED's actors with their roles: actor1, assoc_actor1 (initiator side), actor2, assoc_actor2 (target side). */
function actorsOf(record: Record<string, string>): EventActor[] {
  const actors: EventActor[] = [];
  const add = (column: string, role: string, isList: boolean) => {
    const value = text(record, column);
    if (value === null) return;
    const names = isList ? value.split(';').map((n) => n.trim()).filter((n) => n !== '') : [value];
    for (const name of names) actors.push({ text: name, entityId: null, role });
  };
  add('actor1', 'actor1', false);
  add('assoc_actor_1', 'assoc_actor1', true);
  add('actor2', 'actor2', false);
  add('assoc_actor_2', 'assoc_actor2', true);
  return actors;
}

/** ACLED time_precision: 1 the day, 2 a day in that week, 3 a day in that month. */
function acledDate(day: string, precision: string | null): FuzzyDate {
  if (precision === '2') return { start: addDays(day, -3), end: addDays(day, 3), precision: 'range' };
  if (precision === '3') return fuzzyDateOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
  return { start: day, end: day, precision: 'day' };
}

/** One row of ACLED's standard export as an event. */
export function mapAcledRow(record: Record<string, string>): ImportedEvent {
  const id = required(record, 'event_id_cnty');
  const day = isoDay('event_date', required(record, 'event_date'));
  const eventType = required(record, 'event_type');
  const subEventType = text(record, 'sub_event_type');
  const countryName = required(record, 'country');
  const iso = text(record, 'iso');
  const country = (iso === null ? null : countryCodeOfNumeric(iso)) ?? countryCodeOfName(countryName);
  if (country === null) throw new TesseraError('invalid_input', `country "${countryName}" has no ISO code`);
  const geo = text(record, 'geo_precision');
  const tags = text(record, 'tags');
  return {
    type: acledEventType(eventType, subEventType),
    datasetType: eventType,
    datasetSubtype: subEventType,
    date: acledDate(day, text(record, 'time_precision')),
    periodDate: day,
    location: {
      country,
      admin1: text(record, 'admin1'),
      admin2: text(record, 'admin2'),
      place: text(record, 'location'),
      ...coordinates(record, 'latitude', 'longitude'),
      geoPrecision: geo === '1' ? 1 : geo === '2' ? 2 : geo === '3' ? 3 : null,
    },
    actors: actorsOf(record),
    counts: { fatalities: count(record, 'fatalities'), wounded: null, arrested: null },
    summary: text(record, 'notes'),
    notes: tags === null ? null : `tags: ${tags}`,
    sourceText: text(record, 'source'),
    origin: { kind: 'dataset', dataset: 'acled', datasetEventId: id },
    rowHash: hashRecord(record),
  };
}
