import { describe, expect, it } from 'vitest';
import { unknownDate } from '../../src/model/index.js';
import { eventsCsvHeader, eventsToCsv, eventToGeoJsonFeature, eventToStix, StixRefs, StixValidator } from '../../src/formats/index.js';
import { eventDateFromStix } from '../../src/formats/stix/stix-to-claim.js';
import { dropEmptyListsOf } from '../../src/formats/stix/index.js';
import { buildDocument, buildEvent } from '../factories.js';

/** An event whose date is unknown in each export: no dates, precision `unknown`, nothing invented. */
describe('exports of an undated event', () => {
  const document = buildDocument();
  const event = buildEvent({ date: unknownDate('on Wednesday'), origin: { kind: 'document', documentId: document.id } });

  it('STIX: an incident whose extension says precision unknown, valid against the schemas, read back the same', () => {
    const refs = new StixRefs();
    refs.document(document.id);
    const object = eventToStix({ event, claims: [], recordedAt: '2024-01-01T00:00:00.000Z' }, refs) as Record<string, unknown>;
    expect(object.first_seen).toBeUndefined();
    const extension = Object.values(object.extensions as Record<string, { event: { date: unknown } }>)[0]!;
    expect(extension.event.date).toEqual({ precision: 'unknown', text: 'on Wednesday' });
    expect(String(object.name)).toContain('date unknown');
    // (as the bundle writer writes it: empty lists dropped)
    expect(new StixValidator().validateObject(dropEmptyListsOf(object))).toEqual([]);
    expect(eventDateFromStix(extension.event.date)).toEqual(event.date);
  });

  it('CSV: an empty date and date_precision unknown', () => {
    const header = eventsCsvHeader().trim().split(',');
    const row = eventsToCsv([{ event, periodDate: null }]).trim().split(',');
    expect(row[header.indexOf('date')]).toBe('');
    expect(row[header.indexOf('date_end')]).toBe('');
    expect(row[header.indexOf('date_precision')]).toBe('unknown');
  });

  it('GeoJSON: an empty date, no start or end, precision unknown', () => {
    const feature = eventToGeoJsonFeature(event)!;
    expect(feature.properties).toMatchObject({ date: '', date_start: null, date_end: null, date_precision: 'unknown' });
  });
});
