import { stringify } from 'csv-stringify/sync';
import { isKnownDate, type Event } from '../../model/index.js';
import { TESSERA_CSV_COLUMNS } from './tessera-csv.js';

/** The header line of Tessera's event CSV (docs/events-csv.md). */
export function eventsCsvHeader(): string {
  return stringify([[...TESSERA_CSV_COLUMNS]]);
}

function dateText(event: Event): { date: string; dateEnd: string | null } {
  const d = event.date;
  // an undated event (precision unknown): an empty date; the date_precision column says why
  if (!isKnownDate(d)) return { date: '', dateEnd: null };
  if (d.precision === 'day' || d.start === d.end) return { date: d.start, dateEnd: null };
  if (d.precision === 'month') return { date: d.start.slice(0, 7), dateEnd: null };
  if (d.precision === 'year') return { date: d.start.slice(0, 4), dateEnd: null };
  return { date: d.start, dateEnd: d.end };
}

/**
 * Events as rows of Tessera's event CSV, which `tessera events import` reads back: dataset
 * rows keep their dataset and id; events read from reports are written as dataset "reports"
 * with their store id (they belong to their documents and are not imported again).
 */
export function eventsToCsv(rows: readonly { event: Event; periodDate: string | null }[]): string {
  return stringify(
    rows.map(({ event, periodDate }) => {
      const { date, dateEnd } = dateText(event);
      const origin = event.origin;
      const l = event.location;
      const values: Record<(typeof TESSERA_CSV_COLUMNS)[number], string | number | null> = {
        dataset: origin.kind === 'dataset' ? origin.dataset : 'reports',
        event_id: origin.kind === 'dataset' ? origin.datasetEventId : event.id,
        date,
        date_end: dateEnd,
        count_date: periodDate === event.date.start ? null : periodDate,
        date_precision: event.date.precision,
        type: event.type,
        dataset_type: event.datasetType,
        dataset_subtype: event.datasetSubtype,
        country: l.country,
        admin1: l.admin1,
        admin2: l.admin2,
        place: l.place,
        latitude: l.latitude,
        longitude: l.longitude,
        geo_precision: l.geoPrecision,
        actors: event.actors.map((a) => (a.role ? `${a.text} (${a.role})` : a.text)).join('; ') || null,
        fatalities: event.counts.fatalities,
        wounded: event.counts.wounded,
        arrested: event.counts.arrested,
        summary: event.summary,
        notes: event.notes,
        source: event.sourceText,
      };
      return TESSERA_CSV_COLUMNS.map((c) => values[c] ?? '');
    }),
  );
}
