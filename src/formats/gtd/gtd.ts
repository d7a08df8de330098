import { fuzzyDateOf, isCalendarDay, TesseraError, type EventActor, type EventType } from '../../model/index.js';
import { countryCodeOfName } from '../event-file/country-code.js';
import { coordinates, count, hashRecord, required, text } from '../event-file/field-parsers.js';
import type { ImportedEvent } from '../event-file/imported-event.js';

/** The columns that make a file the Global Terrorism Database's CSV (135 columns in the 0718 release). */
export const GTD_COLUMNS = ['eventid', 'iyear', 'imonth', 'iday', 'country_txt', 'attacktype1_txt', 'gname', 'nkill'];

/** GTD attack types are all attacks to Tessera, except assassinations, which are killings. */
function gtdEventType(attackType: string): EventType {
  return attackType.toLowerCase() === 'assassination' ? 'killing' : 'attack';
}

/** GTD specificity (1 the place … 5 the country) as Tessera's geo precision 1–3. */
function geoPrecisionOf(specificity: string | null): 1 | 2 | 3 | null {
  if (specificity === '1') return 1;
  if (specificity === '2' || specificity === '3') return 2;
  if (specificity === '4' || specificity === '5') return 3;
  return null;
}

/** Whether a GTD name column holds a real name (GTD writes "Unknown" for none). */
function isKnown(name: string | null): name is string {
  return name !== null && name.toLowerCase() !== 'unknown';
}

/** One row of the GTD CSV as an event. iday 0 means the day is unknown, imonth 0 the month. */
export function mapGtdRow(record: Record<string, string>): ImportedEvent {
  const id = required(record, 'eventid');
  const year = Number(required(record, 'iyear'));
  const month = Number(text(record, 'imonth') ?? '0');
  const day = Number(text(record, 'iday') ?? '0');
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new TesseraError('invalid_input', `iyear "${record.iyear}" is not a year`);
  }
  if (!Number.isInteger(month) || month < 0 || month > 12) {
    throw new TesseraError('invalid_input', `imonth "${record.imonth}" is not a month`);
  }
  if (day !== 0 && (month === 0 || !isCalendarDay(year, month, day))) {
    throw new TesseraError('invalid_input', `iday "${record.iday}" is not a day of ${year}-${month}`);
  }
  const approx = text(record, 'approxdate');
  const date =
    month === 0
      ? fuzzyDateOf(year, undefined, undefined, approx ?? undefined)
      : day === 0
        ? fuzzyDateOf(year, month, undefined, approx ?? undefined)
        : fuzzyDateOf(year, month, day, approx ?? undefined);
  const countryName = required(record, 'country_txt');
  const country = countryCodeOfName(countryName);
  if (country === null) throw new TesseraError('invalid_input', `country_txt "${countryName}" has no ISO code`);
  const attackType = required(record, 'attacktype1_txt');
  const actors: EventActor[] = [];
  for (const [column, role] of [['gname', 'perpetrator'], ['gname2', 'perpetrator'], ['gname3', 'perpetrator']] as const) {
    const name = text(record, column);
    if (isKnown(name)) actors.push({ text: name, entityId: null, role });
  }
  for (const column of ['target1', 'target2', 'target3']) {
    const target = text(record, column);
    if (isKnown(target)) actors.push({ text: target, entityId: null, role: 'target' });
  }
  const sources = ['scite1', 'scite2', 'scite3'].map((c) => text(record, c)).filter((s) => s !== null);
  return {
    type: gtdEventType(attackType),
    datasetType: attackType,
    datasetSubtype: text(record, 'weaptype1_txt'),
    date,
    periodDate: date.start,
    location: {
      country,
      admin1: text(record, 'provstate'),
      admin2: null,
      place: text(record, 'city'),
      ...coordinates(record, 'latitude', 'longitude'),
      geoPrecision: geoPrecisionOf(text(record, 'specificity')),
    },
    actors,
    counts: { fatalities: count(record, 'nkill'), wounded: count(record, 'nwound'), arrested: null },
    summary: text(record, 'summary'),
    notes: text(record, 'addnotes'),
    sourceText: sources.length === 0 ? null : sources.join(' | '),
    origin: { kind: 'dataset', dataset: 'gtd', datasetEventId: id },
    rowHash: hashRecord(record),
  };
}
