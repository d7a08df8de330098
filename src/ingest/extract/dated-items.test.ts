import { describe, expect, it } from 'vitest';
import { fuzzyDateOf } from '../../model/index.js';
import { findDatedItems } from './dated-items.js';
import { readDates } from './find-dates.js';

/** The items of an invented text: leading date, place and heading as text. */
function itemsOf(text: string, reference: string | null) {
  const published = reference ? fuzzyDateOf(Number(reference.slice(0, 4)), Number(reference.slice(5, 7)), Number(reference.slice(8, 10))) : null;
  const { dates } = readDates(text, { published });
  return findDatedItems(text, text.length, dates, published).map((item) => ({
    text: text.slice(item.start, item.end),
    date: item.date?.date.start ?? null,
    place: item.place ? text.slice(item.place.start, item.place.end) : null,
    heading: item.heading ? text.slice(item.heading.start, item.heading.end) : null,
  }));
}

describe('findDatedItems', () => {
  it('reads a digest’s bullets: the day without a year takes the digest’s, the place before the colon, the heading above', () => {
    const text = 'RIVER PROVINCES WATCH\nCoverage: 3-9 March 2025\n\nINCIDENTS\n\nUpper Valley\n\n' +
      '- 4 March, Port Alder, Upper Valley: Soldiers clashed with rebels. Two rebels died.\n\n' +
      '- 7 March, Greywater: Police arrested a courier.\n\nLower Valley\n\n- March 8: Gunmen burned a truck.\n';
    expect(itemsOf(text, '2025-03-09')).toEqual([
      { text: '4 March, Port Alder, Upper Valley: Soldiers clashed with rebels. Two rebels died.', date: '2025-03-04', place: 'Port Alder, Upper Valley', heading: 'Upper Valley' },
      { text: '7 March, Greywater: Police arrested a courier.', date: '2025-03-07', place: 'Greywater', heading: 'Upper Valley' },
      { text: 'March 8: Gunmen burned a truck.', date: '2025-03-08', place: null, heading: 'Lower Valley' },
    ]);
  });

  it('reads a bullet whose date carries its day of the week, before or after it', () => {
    const text = 'Weekly digest\nCoverage: 2-8 June | Issued 9 June 2025\n\nRIVER PROVINCES\n\n' +
      '- 3 June (Tue) - Port Alder: Gunmen burned a truck.\n- Wednesday, 4 June: Police arrested a courier.\n' +
      '- June 6 (Friday) - Soldiers clashed with rebels.\n- 7 June, Saturday: A bomb exploded.\n';
    expect(itemsOf(text, '2025-06-09').map((i) => i.date)).toEqual(['2025-06-03', '2025-06-04', '2025-06-06', '2025-06-07']);
  });

  it('gives a day after the digest’s date by more than a month the year before', () => {
    const text = 'Weekly digest\n\n- 29 December, Greywater: Police arrested a courier.\n';
    expect(itemsOf(text, '2025-01-04')[0]?.date).toBe('2024-12-29');
  });

  it('reads a chronology’s lines, a numbered paragraph’s "On …" date, and a place before the date', () => {
    const text = 'Chronology\n\n3 March 2024 – Gunmen attacked a bus.\n14 April 2024 – A bomb exploded.\n\n' +
      '12. On 2 October, police arrested two men.\n\n• Port Alder (Upper Valley), 11 May 2025. Rebels overran a camp.\n';
    const items = itemsOf(text, '2025-06-01');
    expect(items.map((i) => i.date)).toEqual(['2024-03-03', '2024-04-14', '2024-10-02', '2025-05-11']);
    expect(items[3]?.place).toBe('Port Alder (Upper Valley)');
  });

  it('reads no item in running text that opens a line with a date, and none where nothing marks one', () => {
    const text = 'The report covers the year.\n12 May saw heavy fighting in the north, and the army retreated.\nNo item here either.\n';
    expect(itemsOf(text, '2025-06-01')).toEqual([]);
  });
});
