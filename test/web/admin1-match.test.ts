import { describe, expect, it } from 'vitest';
import { admin1Key, matchAdmin1 } from '../../web/src/map/admin1-match.js';
import type { Shape } from '../../web/src/map/topojson.js';

const square = (id: string, name: string): Shape => ({ id, name, polygons: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
const row = (country: string | null, admin1: string | null, events: number) => ({ country, admin1, place: null, events, fatalities: events * 2, latitude: null, longitude: null });

describe('admin1 names on boundaries', () => {
  const shapes = new Map([
    ['PK', [square('PK.BA', 'Baluchistan'), square('PK.NW', 'N.W.F.P.'), square('PK.PB', 'Punjab')]],
    ['TR', [square('TR.IB', 'Istanbul'), square('TR.CK', 'Çanakkale')]],
  ]);

  it('sets accents, case, punctuation and division words aside', () => {
    expect(admin1Key('Çanakkale Province')).toBe('canakkale');
    expect(admin1Key('Punjab State')).toBe('punjab');
    expect(admin1Key('N.W.F.P.')).toBe('n w f p');
  });

  it('lays counts on the boundary of the same name, or one spelling away when only one is that close', () => {
    const { areas, unmatched } = matchAdmin1(
      [row('PK', 'Balochistan', 3), row('PK', 'Punjab Province', 2), row('TR', 'canakkale', 1), row('TR', 'Istanbul', 4), row('TR', 'İstanbul', 1)],
      shapes,
    );
    expect(unmatched).toEqual([]);
    const byName = new Map(areas.map((a) => [a.shape.name, a]));
    expect(byName.get('Baluchistan')).toMatchObject({ events: 3, fatalities: 6, names: ['Balochistan'] });
    expect(byName.get('Punjab')?.events).toBe(2);
    expect(byName.get('Çanakkale')?.events).toBe(1);
    // two spellings of one division add up
    expect(byName.get('Istanbul')).toMatchObject({ events: 5, names: ['Istanbul', 'İstanbul'] });
  });

  it('lays a renamed division on its old boundary by the reviewed alias table, division words kept', () => {
    const withRussia = new Map([...shapes, ['RU', [square('RU.MS', 'Moskovsskaya'), square('RU.MC', 'Moskva')]]]);
    const { areas, unmatched } = matchAdmin1([row('PK', 'Khyber Pakhtunkhwa', 7), row('RU', 'Moscow Oblast', 2), row('RU', 'Moscow', 3), row('PK', 'constructor', 1)], withRussia);
    const byName = new Map(areas.map((a) => [a.shape.name, a]));
    expect(byName.get('N.W.F.P.')).toMatchObject({ events: 7, names: ['Khyber Pakhtunkhwa'] });
    expect(byName.get('Moskovsskaya')?.events).toBe(2);
    expect(byName.get('Moskva')?.events).toBe(3);
    expect(unmatched.map((r) => r.admin1)).toEqual(['constructor']);
  });

  it('lists apart a division not on the boundaries, one of another country, one with no name and a country with no boundaries', () => {
    const rows = [row('PK', 'Gwadar', 7), row('TR', 'Baluchistan', 1), row('PK', null, 2), row('TJ', 'Dushanbe', 4), row(null, 'Somewhere', 1)];
    const { areas, unmatched } = matchAdmin1(rows, shapes);
    expect(areas).toEqual([]);
    expect(unmatched).toEqual(rows);
  });

  it('does not guess between two boundaries one spelling away', () => {
    const close = new Map([['XX', [square('A', 'Kandara'), square('B', 'Kandera')]]]);
    expect(matchAdmin1([row('XX', 'Kandura', 1)], close).unmatched).toHaveLength(1);
  });
});
