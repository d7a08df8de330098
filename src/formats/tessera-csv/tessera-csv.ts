import { EVENT_TYPES, fuzzyDateOf, normaliseActorRole, isCalendarDay, TesseraError, type EventActor, type EventType, type FuzzyDate } from '../../model/index.js';
import { countryCodeOfName } from '../event-file/country-code.js';
import { coordinates, count, hashRecord, isoDay, required, text } from '../event-file/field-parsers.js';
import type { ImportedEvent } from '../event-file/imported-event.js';
import { EVENT_LOCATION_COLUMNS } from '../event-file/location-columns.js';

/** Tessera's own event CSV (docs/events-csv.md): its columns, in their documented order. */
export const TESSERA_CSV_COLUMNS = [
  'dataset',
  'event_id',
  'date',
  'date_end',
  'count_date',
  'date_precision',
  'type',
  'dataset_type',
  'dataset_subtype',
  ...EVENT_LOCATION_COLUMNS,
  'actors',
  'fatalities',
  'wounded',
  'arrested',
  'summary',
  'notes',
  'source',
] as const;
/** The columns a file must have to be read as Tessera's CSV. */
export const TESSERA_CSV_REQUIRED = ['event_id', 'date', 'type'];

/** YYYY, YYYY-MM or YYYY-MM-DD as a FuzzyDate. */
function parsePartialDate(column: string, value: string): FuzzyDate {
  const year = /^(\d{4})$/.exec(value);
  if (year) return fuzzyDateOf(Number(year[1]));
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    if (!isCalendarDay(Number(month[1]), Number(month[2]), 1)) throw new TesseraError('invalid_input', `${column} "${value}" is not a date`);
    return fuzzyDateOf(Number(month[1]), Number(month[2]));
  }
  const day = isoDay(column, value);
  return { start: day, end: day, precision: 'day' };
}

/** "name (role); name (role)" → actors; roles are normalised (model/actor-side.ts). */
export function parseActors(value: string | null): EventActor[] {
  if (value === null) return [];
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const withRole = /^(.*?)\s*\(([a-z0-9_ -]+)\)$/i.exec(part);
      return withRole
        ? { text: withRole[1]!, entityId: null, role: normaliseActorRole(withRole[2]!) }
        : { text: part, entityId: null, role: null };
    });
}

/**
 * One row of Tessera's plain event CSV. `defaultDataset` names the dataset when the file has
 * no `dataset` column (the file's name, by default).
 */
export function mapTesseraCsvRow(record: Record<string, string>, defaultDataset: string): ImportedEvent {
  const id = required(record, 'event_id');
  const dataset = text(record, 'dataset') ?? defaultDataset;
  if (dataset.toLowerCase() === 'reports') {
    throw new TesseraError('invalid_input', 'dataset "reports" is reserved for events read from documents');
  }
  const type = required(record, 'type').toLowerCase();
  if (!(EVENT_TYPES as readonly string[]).includes(type)) {
    throw new TesseraError('invalid_input', `type "${record.type}" is not one of ${EVENT_TYPES.join(', ')}`);
  }
  // (an export writes an undated event read from a report with precision unknown and no date: no dataset row is undated)
  if (text(record, 'date_precision') === 'unknown') throw new TesseraError('invalid_input', 'date_precision is unknown: an imported event needs its date');
  const start = parsePartialDate('date', required(record, 'date'));
  const endText = text(record, 'date_end');
  let date = start;
  if (endText !== null) {
    const end = parsePartialDate('date_end', endText);
    if (end.end < start.start) throw new TesseraError('invalid_input', `date_end ${endText} is before date`);
    if (end.end !== start.end) date = { start: start.start, end: end.end, precision: 'range' };
  }
  const countDate = text(record, 'count_date');
  const periodDate = countDate === null ? date.start : isoDay('count_date', countDate);
  if (periodDate < date.start || periodDate > date.end) {
    throw new TesseraError('invalid_input', `count_date ${periodDate} is outside the event's dates`);
  }
  const countryText = text(record, 'country');
  let country: string | null = null;
  if (countryText !== null) {
    country = /^[A-Za-z]{2}$/.test(countryText) ? countryText.toUpperCase() : countryCodeOfName(countryText);
    if (country === null) throw new TesseraError('invalid_input', `country "${countryText}" is not an ISO code or a country name`);
  }
  const geo = text(record, 'geo_precision');
  if (geo !== null && !['1', '2', '3'].includes(geo)) {
    throw new TesseraError('invalid_input', `geo_precision "${geo}" is not 1, 2 or 3`);
  }
  return {
    type: type as EventType,
    datasetType: text(record, 'dataset_type'),
    datasetSubtype: text(record, 'dataset_subtype'),
    date,
    periodDate,
    location: {
      country,
      admin1: text(record, 'admin1'),
      admin2: text(record, 'admin2'),
      place: text(record, 'place'),
      ...coordinates(record, 'latitude', 'longitude'),
      geoPrecision: geo === null ? null : (Number(geo) as 1 | 2 | 3),
    },
    actors: parseActors(text(record, 'actors')),
    counts: {
      fatalities: count(record, 'fatalities'),
      wounded: count(record, 'wounded'),
      arrested: count(record, 'arrested'),
    },
    summary: text(record, 'summary'),
    notes: text(record, 'notes'),
    sourceText: text(record, 'source'),
    origin: { kind: 'dataset', dataset: dataset.toLowerCase(), datasetEventId: id },
    rowHash: hashRecord(record),
  };
}
