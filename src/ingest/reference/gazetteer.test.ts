import { describe, expect, it } from 'vitest';
import { loadGazetteer, shortDivisionName } from './gazetteer.js';

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();

  it.each([
    ['Danghara District', 'TJ', 'city'],
    ['Khatlon', 'TJ', 'admin1'],
    ['Khatlon Province', 'TJ', 'admin1'],
    ['Nimroz', 'AF', 'admin1'],
    ['Badakhshan', 'AF', 'admin1'],
    ['Jalal-Abad', 'KG', 'admin1'],
    ['Kaluga', 'RU', 'admin1'],
    ['Kaluga Oblast', 'RU', 'admin1'],
    ['Kerman', 'IR', 'admin1'],
    ['Dushanbe', 'TJ', 'city'],
    ['Tajikistan', 'TJ', 'country'],
    ['Türkiye', 'TR', 'country'],
    ['Russian Federation', 'RU', 'country'],
  ])('resolves %s to a place in %s', (name, country, level) => {
    const best = gazetteer.lookup(name)[0];
    expect(best?.country).toBe(country);
    expect(best?.level).toBe(level);
    expect(Number.isFinite(best?.latitude)).toBe(true);
    expect(Number.isFinite(best?.longitude)).toBe(true);
  });

  it('gives a town its first-level division', () => {
    expect(gazetteer.lookup('Danghara')[0]?.admin1).toBe('Khatlon');
    expect(gazetteer.lookup('Khujand')[0]?.admin1).toBe('Sughd');
  });

  it('prefers places in the countries a document is about', () => {
    const plain = gazetteer.lookup('Moscow')[0];
    expect(plain?.country).toBe('RU');
    const preferred = gazetteer.lookup('Kerman', new Set(['US']))[0];
    expect(preferred?.country).toBe('US');
  });

  it('finds nothing for common words and unknown names', () => {
    expect(gazetteer.lookup('Media')).toEqual([]);
    expect(gazetteer.lookup('Qwxzzy')).toEqual([]);
  });

  it('maps demonyms to countries', () => {
    expect(gazetteer.countryOfDemonym('Tajik')).toBe('TJ');
    expect(gazetteer.countryOfDemonym('Uzbek')).toBe('UZ');
    expect(gazetteer.countryOfDemonym('Afghan')).toBe('AF');
    expect(gazetteer.countryOfDemonym('Martian')).toBeNull();
  });

  it('indexes countries, divisions and towns from the data packages', () => {
    const size = gazetteer.size();
    expect(size.countries).toBeGreaterThan(200);
    expect(size.admin1).toBeGreaterThan(3000);
    expect(size.cities).toBeGreaterThan(100_000);
  });
});

describe('shortDivisionName', () => {
  it('drops the kind of division', () => {
    expect(shortDivisionName('Khatlon Province')).toBe('Khatlon');
    expect(shortDivisionName('Gorno-Badakhshan Autonomous Province')).toBe('Gorno-Badakhshan');
    expect(shortDivisionName('Kaluga Oblast')).toBe('Kaluga');
    expect(shortDivisionName('Kabul')).toBe('Kabul');
  });
});
