import { describe, it, expect } from 'vitest';
import { acledEventType, mapAcledRow } from '../acled/acled.js';
import { detectEventFormat } from '../event-file/detect-format.js';

const row = (overrides: Record<string, string> = {}): Record<string, string> => ({
  event_id_cnty: 'TST1',
  event_date: '2022-04-10',
  time_precision: '1',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Suicide bomb',
  actor1: 'Islamic State (Afghanistan)',
  assoc_actor_1: '',
  actor2: 'Civilians (Afghanistan)',
  assoc_actor_2: '',
  iso: '4',
  country: 'Afghanistan',
  admin1: 'Kabul',
  admin2: 'Kabul',
  location: 'Kabul',
  latitude: '34.5',
  longitude: '69.2',
  geo_precision: '1',
  source: 'Wire',
  notes: 'A synthetic row.',
  fatalities: '7',
  tags: '',
  ...overrides,
});

describe('ACLED rows', () => {
  it("maps ACLED's categories to Tessera's types", () => {
    expect(acledEventType('Battles', 'Armed clash')).toBe('clash');
    expect(acledEventType('Strategic developments', 'Arrests')).toBe('arrest');
    expect(acledEventType('Protests', 'Peaceful protest')).toBe('protest');
    expect(() => acledEventType('Picnics', 'Armed picnic')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
  it('keeps the date the dataset codes and its precision', () => {
    expect(mapAcledRow(row()).date).toEqual({ start: '2022-04-10', end: '2022-04-10', precision: 'day' });
    const week = mapAcledRow(row({ time_precision: '2' }));
    expect(week.date).toEqual({ start: '2022-04-07', end: '2022-04-13', precision: 'range' });
    expect(week.periodDate).toBe('2022-04-10');
    expect(mapAcledRow(row({ time_precision: '3' })).date.precision).toBe('month');
    expect(mapAcledRow(row({ event_date: '10 April 2022' })).periodDate).toBe('2022-04-10');
  });
  it('rejects impossible values with the column named', () => {
    expect(() => mapAcledRow(row({ event_date: '2022-02-30' }))).toThrow(/event_date/);
    expect(() => mapAcledRow(row({ fatalities: 'many' }))).toThrow(/fatalities/);
    expect(() => mapAcledRow(row({ latitude: '134.5' }))).toThrow(/latitude/);
  });
  it('hashes equal rows equally and changed rows differently', () => {
    expect(mapAcledRow(row()).rowHash).toBe(mapAcledRow(row()).rowHash);
    expect(mapAcledRow(row({ fatalities: '8' })).rowHash).not.toBe(mapAcledRow(row()).rowHash);
  });
  it('detects formats from headers', () => {
    expect(detectEventFormat(Object.keys(row()))).toBe('acled');
    expect(detectEventFormat(['id', 'type_of_violence', 'side_a', 'side_b', 'date_start', 'date_end', 'best', 'where_prec'])).toBe('ucdp');
    expect(detectEventFormat(['event_id', 'date', 'type'])).toBe('csv');
    expect(detectEventFormat(['a', 'b'])).toBeNull();
  });
});
