import { TesseraError, type EventActor, type FuzzyDate } from '../../model/index.js';
import { countryCodeOfName } from '../event-file/country-code.js';
import { coordinates, count, hashRecord, isoDay, required, text } from '../event-file/field-parsers.js';
import type { ImportedEvent } from '../event-file/imported-event.js';

/** The columns that make a file a UCDP GED export. */
export const UCDP_COLUMNS = ['id', 'type_of_violence', 'side_a', 'side_b', 'date_start', 'date_end', 'best', 'where_prec'];

const VIOLENCE_TYPES: Record<string, { type: 'clash' | 'attack'; name: string }> = {
  '1': { type: 'clash', name: 'State-based conflict' },
  '2': { type: 'clash', name: 'Non-state conflict' },
  '3': { type: 'attack', name: 'One-sided violence' },
};

/** UCDP where_prec (1 exact place … 7 country or waters) as Tessera's geo precision 1–3. */
function geoPrecisionOf(wherePrec: string | null): 1 | 2 | 3 | null {
  if (wherePrec === null) return null;
  const n = Number(wherePrec);
  if (n === 1) return 1;
  if (n === 2 || n === 3) return 2;
  return n >= 4 && n <= 7 ? 3 : null;
}

/** One row of UCDP's Georeferenced Event Dataset (GED) CSV as an event. */
export function mapUcdpRow(record: Record<string, string>): ImportedEvent {
  const id = required(record, 'id');
  const violence = VIOLENCE_TYPES[required(record, 'type_of_violence')];
  if (violence === undefined) {
    throw new TesseraError('invalid_input', `type_of_violence "${record.type_of_violence}" is not 1, 2 or 3`);
  }
  const start = isoDay('date_start', required(record, 'date_start'));
  const end = isoDay('date_end', text(record, 'date_end') ?? start);
  if (end < start) throw new TesseraError('invalid_input', `date_end ${end} is before date_start ${start}`);
  const date: FuzzyDate = start === end ? { start, end, precision: 'day' } : { start, end, precision: 'range' };
  const countryName = required(record, 'country');
  const country = countryCodeOfName(countryName);
  if (country === null) throw new TesseraError('invalid_input', `country "${countryName}" has no ISO code`);
  const actors: EventActor[] = [];
  const sideA = text(record, 'side_a');
  const sideB = text(record, 'side_b');
  if (sideA !== null) actors.push({ text: sideA, entityId: null, role: 'side_a' });
  if (sideB !== null) actors.push({ text: sideB, entityId: null, role: 'side_b' });
  const dyad = text(record, 'dyad_name');
  const conflict = text(record, 'conflict_name');
  return {
    type: violence.type,
    datasetType: violence.name,
    datasetSubtype: null,
    date,
    periodDate: start,
    location: {
      country,
      admin1: text(record, 'adm_1'),
      admin2: text(record, 'adm_2'),
      place: text(record, 'where_coordinates'),
      ...coordinates(record, 'latitude', 'longitude'),
      geoPrecision: geoPrecisionOf(text(record, 'where_prec')),
    },
    actors,
    counts: { fatalities: count(record, 'best'), wounded: null, arrested: null },
    summary: text(record, 'where_description'),
    notes: [conflict && `conflict: ${conflict}`, dyad && `dyad: ${dyad}`].filter(Boolean).join('; ') || null,
    sourceText: text(record, 'source_article') ?? text(record, 'source_office'),
    origin: { kind: 'dataset', dataset: 'ucdp', datasetEventId: id },
    rowHash: hashRecord(record),
  };
}
