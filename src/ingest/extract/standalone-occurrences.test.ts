import { describe, expect, it } from 'vitest';
import { standaloneOccurrences, standaloneOccurrencesOfEach } from './standalone-occurrences.js';

describe('standaloneOccurrences', () => {
  it('finds a name where it stands as a word of its own, before the end given', () => {
    const text = 'Rivet Front and the Rivet Fronts met; RIVET Front, Rivet Front2 and Rivet Front.';
    expect(standaloneOccurrences(text, 'Rivet Front', text.length)).toEqual([0, 68]);
    expect(standaloneOccurrences(text, 'Rivet Front', 60)).toEqual([0]);
  });
});

describe('standaloneOccurrencesOfEach', () => {
  it('finds for each name what standaloneOccurrences finds, in one pass', () => {
    const text = 'The Lantern Guild (LG) met the Lantern Guilds; LGs and LG, the Lantern Guild and Östra Vakten. ' +
      'Östra Vakten’s men, xLG, LG2, (LG) and "Lantern Guild" too; 3rd Wing and the 3rd Wing. Łódź Cell, Łódź Cells.';
    const names = ['Lantern Guild', 'LG', 'Östra Vakten', '3rd Wing', 'Łódź Cell', '(LG)', 'Lantern', 'Absent Name'];
    for (const end of [text.length, 60, 0]) {
      const found = standaloneOccurrencesOfEach(text, names, end);
      expect([...found.keys()]).toEqual(names);
      for (const name of names) expect(found.get(name)).toEqual(standaloneOccurrences(text, name, end));
    }
    expect(standaloneOccurrencesOfEach(text, names, text.length).get('LG')).toEqual([19, 55, 126]);
  });
  it('reads a name given twice once, and no names at all', () => {
    expect(standaloneOccurrencesOfEach('Red Hand, Red Hand.', ['Red Hand', 'Red Hand'], 19).get('Red Hand')).toEqual([0, 10]);
    expect(standaloneOccurrencesOfEach('Red Hand.', [], 9).size).toBe(0);
  });
});
