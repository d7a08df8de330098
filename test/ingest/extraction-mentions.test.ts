import { describe, expect, it } from 'vitest';
import { measure } from './extract-helpers.js';

/** Mentions (sentences we wrote): links and slugs never hide a name. */
describe('mentions', () => {
  it('keeps a place whose lower-case form only appears in a link or a file name', () => {
    const text = 'Gunmen attacked a hotel in Kabul in May 2022. See https://example.org/2022/05/attack-on-kabul-hotel and kabul_hotel_report.pdf for details.';
    expect(measure(text).entities.map((e) => e.name)).toContain('Kabul');
  });

  it('keeps every place of a list, the middle ones too', () => {
    const names = measure('The cell moved between the provinces of Ghazni, Helmand, Kandahar and Zabul in 2021.').entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ghazni', 'Helmand', 'Kandahar', 'Zabul']));
  });
});
