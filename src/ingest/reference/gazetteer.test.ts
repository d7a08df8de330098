import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGazetteerIndex, loadGazetteer, readGazetteerSnapshot, serialiseGazetteerIndex, shortDivisionName, type GazetteerIndex } from './gazetteer.js';

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();

  it.each([
    ['Farkhor District', 'TJ', 'city'],
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

  it('reads the saint\'s word of a name abbreviated or written out, both spellings\' places the largest first', () => {
    expect(gazetteer.lookup('St Petersburg')[0]?.country).toBe('RU');
    expect(gazetteer.lookup('St. Petersburg')[0]?.country).toBe('RU');
    expect(gazetteer.lookup('Saint Petersburg').map((p) => p.country)).toContain('US');
  });

  it('gives a town its first-level division', () => {
    expect(gazetteer.lookup('Farkhor')[0]?.admin1).toBe('Khatlon');
    expect(gazetteer.lookup('Khujand')[0]?.admin1).toBe('Sughd');
  });

  it('guesses no division for the towns of a country whose divisions the data mostly misplace (Cameroon\'s lie in America)', () => {
    expect(gazetteer.lookup('Bamenda')[0]).toMatchObject({ country: 'CM', admin1: null });
  });

  it('takes a spelling variant of a division in a country the text never names for no reading of the name', () => {
    // ("Samar" is one letter from Russia's Samara: a namesake in a text on the Philippines, a spelling only in one on Russia)
    expect(gazetteer.lookup('Samar', new Set(['PH']))).toEqual([]);
    expect(gazetteer.lookup('Samar', new Set(['RU']))[0]).toMatchObject({ country: 'RU', level: 'admin1' });
  });

  it('reads a compass point written joined or apart: "North-West Region" is Cameroon\'s "Northwest" in a text on Cameroon', () => {
    expect(gazetteer.lookup('North-West Region', new Set(['CM']))[0]).toMatchObject({ country: 'CM', level: 'admin1' });
    expect(gazetteer.lookup('South West', new Set(['CM']))[0]).toMatchObject({ country: 'CM', level: 'admin1' });
    expect(gazetteer.lookup('North West', new Set(['ZA']))[0]).toMatchObject({ country: 'ZA', level: 'admin1' });
  });

  it('finds a place written without the letters no decomposition strips (Diyarbakir for Diyarbakır, Lodz for Łódź)', () => {
    expect(gazetteer.lookup('Diyarbakir')[0]?.country).toBe('TR');
    expect(gazetteer.lookup('Sanliurfa')[0]?.country).toBe('TR');
    expect(gazetteer.lookup('Lodz')[0]?.country).toBe('PL');
  });

  it('prefers countries and divisions, then towns in a country named nearby, then the most populous town', () => {
    expect(gazetteer.lookup('Moscow')[0]?.country).toBe('RU');
    // a division beats a small town of the document's country
    expect(gazetteer.lookup('Kerman', new Set(['US']))[0]).toMatchObject({ country: 'IR', level: 'admin1' });
    // a town of the paragraph's country beats a larger namesake elsewhere
    expect(gazetteer.lookup('Vienna', new Set(), new Set(['US']))[0]?.country).toBe('US');
    expect(gazetteer.lookup('Santa Maria', new Set(), new Set(['PH']))[0]?.country).toBe('PH');
    expect(gazetteer.lookup('Santa Maria')[0]?.country).toBe('BR');
  });

  it('reads "X province" as the division, with or without its Arabic article', () => {
    expect(gazetteer.lookup('Hasakah province')[0]).toMatchObject({ country: 'SY', level: 'admin1' });
    expect(gazetteer.lookup('Hasakah')[0]?.country).toBe('SY');
  });

  it('takes no demonym for a spelling of its place', () => {
    expect(gazetteer.lookup('Punjabi')).toEqual([]);
    expect(gazetteer.lookup('Punjab')[0]?.level).toBe('admin1');
  });

  it('takes no demonym for its country, and "Gaza" for the Palestinian territory', () => {
    expect(gazetteer.lookup('German city')).toEqual([]);
    expect(gazetteer.lookup('Gaza')[0]).toMatchObject({ country: 'PS', level: 'country' });
  });

  it('knows towns by their English names', () => {
    expect(gazetteer.lookup('Cologne')[0]).toMatchObject({ country: 'DE', level: 'city', admin1: 'North Rhine-Westphalia' });
    expect(gazetteer.lookup('Raqqa')[0]?.country).toBe('SY');
    expect(gazetteer.lookup('Fallujah')[0]?.country).toBe('IQ');
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
    // towns of 5,000 people or more, capitals and division seats
    expect(size.cities).toBeGreaterThan(40_000);
    expect(gazetteer.lookup('Panj')[0]?.country).toBe('TJ');
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

describe('gazetteer snapshot (written by the build, read by loadGazetteer)', () => {
  it('gives back the index it was made from, each place one object', () => {
    const index = buildGazetteerIndex();
    const dir = mkdtempSync(join(tmpdir(), 'tessera-gazetteer-'));
    try {
      const path = join(dir, 'gazetteer-snapshot.json');
      writeFileSync(path, serialiseGazetteerIndex(index));
      const read = readGazetteerSnapshot(path)!;
      const asPlain = (i: GazetteerIndex) => ({
        byKey: [...i.byKey],
        byFold: [...i.byFold],
        byCode: [...i.byCode],
        counts: [i.admin1Count, i.cityCount],
      });
      expect(asPlain(read)).toEqual(asPlain(index));
      expect(read.byKey.size).toBeGreaterThan(10_000);
      // a place listed under two names is the same object under both, as in the built index
      const dushanbe = read.byKey.get('dushanbe')![0]!;
      expect([...read.byKey.values()].filter((list) => list.includes(dushanbe)).length).toBeGreaterThan(0);
      expect(read.byCode.get('TJ')).toBe(read.byKey.get('tajikistan')![0]);
      expect(readGazetteerSnapshot(join(dir, 'missing.json'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
