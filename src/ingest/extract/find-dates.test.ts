import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../../model/index.js';
import { findDates, findPublicationDate } from './find-dates.js';

const one = (text: string, published: string | null = null) => {
  const p = published ? { start: published, end: published, precision: 'day' as const } : null;
  const [d] = findDates(text, { published: p });
  return d?.date;
};

describe('findDates', () => {
  it.each([
    ['on 14 March 2019 the cell struck', '2019-03-14', '2019-03-14', 'day'],
    ['On March 14, 2019, the cell struck', '2019-03-14', '2019-03-14', 'day'],
    ['in July 2018 the cell struck', '2018-07-01', '2018-07-31', 'month'],
    ['in late July 2018', '2018-07-21', '2018-07-31', 'range'],
    ['in early August 2018', '2018-08-01', '2018-08-10', 'range'],
    ['in 2017', '2017-01-01', '2017-12-31', 'year'],
    ['by mid-2021', '2021-05-01', '2021-08-31', 'range'],
    ['in summer 2019', '2019-06-01', '2019-08-31', 'season'],
    ['between March and April 2024', '2024-03-01', '2024-04-30', 'range'],
    ['in 2014-2015', '2014-01-01', '2015-12-31', 'range'],
    ['by the end of 2016', '2016-09-01', '2016-12-31', 'range'],
    ['during the 1990s', '1990-01-01', '1999-12-31', 'range'],
  ])('reads "%s"', (text, start, end, precision) => {
    expect(one(text)).toMatchObject({ start, end, precision });
  });

  it('gives the measurement label with the precision the text had', () => {
    expect(formatFuzzyDate(one('in late July 2018')!)).toBe('2018-07');
    expect(formatFuzzyDate(one('on 29 July 2018')!)).toBe('2018-07-29');
    expect(formatFuzzyDate(one('mid-2021')!)).toBe('2021');
  });

  it('resolves relative dates against the publication date', () => {
    expect(one('Last week gunmen attacked a concert hall.', '2024-03-29')).toMatchObject({ start: '2024-03-16', end: '2024-03-22' });
    expect(one('Earlier this month the general testified.', '2024-03-29')).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
    expect(one('Last year the group grew.', '2024-03-29')).toMatchObject({ start: '2023-01-01', precision: 'year' });
    expect(one('Last week gunmen attacked.')).toBeUndefined();
  });

  it('takes the year of "on 22 March" from the date before it', () => {
    const dates = findDates('On 7 March 2024 the cell was raided. Two weeks later, on 22 March, gunmen struck.', { published: null });
    expect(dates.map((d) => d.date.start)).toEqual(['2024-03-07', '2024-03-22']);
  });

  it('dates news copy by its weekday, the last one on or before publication', () => {
    // 12 April 2024 was a Friday
    expect(one('Prosecutors said on Friday that three men were held.', '2024-04-12')).toMatchObject({ start: '2024-04-12', precision: 'day' });
    expect(one('Police raided the flat on Monday.', '2024-04-12')).toMatchObject({ start: '2024-04-08', precision: 'day' });
    expect(one('Police raided the flat on Monday.')).toBeUndefined();
  });

  it('takes a missing year from the date before, and "the next day" from it', () => {
    const dates = findDates('In March 2017 a cell formed. On April 7 it struck. The next day police made arrests.', { published: null });
    expect(dates.map((d) => d.date.start)).toEqual(['2017-03-01', '2017-04-07', '2017-04-08']);
    expect(dates[1]?.isRelative).toBe(true);
  });

  it('does not read figures as years', () => {
    expect(findDates('an estimated 1,700 to 2,500 fighters', { published: null })).toEqual([]);
  });
});

describe('findPublicationDate', () => {
  it('reads a dateline', () => {
    expect(findPublicationDate('INTELBRIEF\n\nMarch 29, 2024\n\nIntelBrief: …')).toMatchObject({ start: '2024-03-29' });
    expect(findPublicationDate('No date here at all.')).toBeNull();
  });
});
