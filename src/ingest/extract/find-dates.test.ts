import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../../model/index.js';
import { fallbackReference, findDates, findPublicationDate } from './find-dates.js';

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

  it('reads a fixed feast with or without its year, and no feast named as a planned occasion', () => {
    expect(one('on Christmas Eve 2022 the cell struck')).toMatchObject({ start: '2022-12-24', precision: 'day' });
    expect(one("on New Year's Eve of 2016 a gunman struck")).toMatchObject({ start: '2016-12-31', precision: 'day' });
    expect(one("early on New Year's Day a driver struck", '2025-01-07')).toMatchObject({ start: '2025-01-01', precision: 'day' });
    // (a feast after the reference date is of the year before)
    expect(one('on Christmas Day the cell struck', '2024-06-10')).toMatchObject({ start: '2023-12-25', precision: 'day' });
    expect(one("planning an attack on the cathedral over New Year's Eve", '2024-01-05')).toBeUndefined();
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

  it('reads "On April 5 of that year" and "In June of that year" in the year of the date before, not the publication\'s', () => {
    const published = { start: '2025-11-20', end: '2025-11-20', precision: 'day' as const, text: '20 November 2025' };
    const dates = findDates('The movement was banned in 2021. On April 5 of that year gunmen stormed a prison. In June of the same year its leader fled.', { published });
    expect(dates.map((d) => `${d.date.start} ${d.date.precision}`)).toEqual(['2021-01-01 year', '2021-04-05 day', '2021-06-01 month']);
  });

  it('dates news copy by its weekday, the last one on or before publication', () => {
    // 12 April 2024 was a Friday
    expect(one('Prosecutors said on Friday that three men were held.', '2024-04-12')).toMatchObject({ start: '2024-04-12', precision: 'day' });
    expect(one('Police raided the flat on Monday.', '2024-04-12')).toMatchObject({ start: '2024-04-08', precision: 'day' });
    expect(one('Police raided the flat on Monday.')).toBeUndefined();
    // "on Wednesday of last week": that weekday of the week before the publication's (Monday 8 to Sunday 14 April 2024)
    // (not the Wednesday of the publication's own week)
    expect(one('On Wednesday of last week, police raided the flat.', '2024-04-19')).toMatchObject({ start: '2024-04-10', precision: 'day' });
    expect(one('Police raided the flat on Monday last week.', '2024-04-16')).toMatchObject({ start: '2024-04-08', precision: 'day' });
  });

  it('reads a weekday with its date in brackets as that date, not the last such weekday before publication', () => {
    const all = (text: string) => findDates(text, { published: { start: '2024-06-10', end: '2024-06-10', precision: 'day' } }).map((d) => d.date.start);
    expect(all('On Friday (May 3) gunmen fired on a bus near Mopti.')).toEqual(['2024-05-03']);
    expect(all('On Friday (3 May) gunmen fired on a bus near Mopti.')).toEqual(['2024-05-03']);
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

  it('does not take the date of an event the opening sentence tells for the publication date', () => {
    expect(findPublicationDate('The Return of the Hill Brigades\nBy A. Writer\n\nSummary: On May 9, 2021, gunmen raided a border post in the valley.')).toBeNull();
    expect(findPublicationDate('The raid on the river port in October 2022 was the worst in a decade.')).toBeNull();
    // a publication word or a line of its own still dates the document
    expect(findPublicationDate('Watch Report\nPublished on 3 May 2024\n\nSummary: On May 1, 2024, gunmen raided a post.')).toMatchObject({ start: '2024-05-03' });
    expect(findPublicationDate('Studies in Conflict, vol. 4, no. 2 (June 2023)\n\nIn May 2023, a cell attacked a bank.')).toMatchObject({ start: '2023-06-01' });
  });

  it('takes the date a publication word heads over a digest\'s period told before it', () => {
    expect(findPublicationDate('RIVER BASIN SECURITY DIGEST No. 7\nPeriod: 1-30 April 2021 | Issued: 5 May 2021\n\nSummary')).toMatchObject({ start: '2021-05-05' });
  });

  it('lends no day of its own to "the same night" in the body', () => {
    const text = 'RIVER BASIN SECURITY DIGEST No. 7\nIssued: 5 May 2021\n\n- 28 April, Kasese: Gunmen burned a clinic. Police arrested two men the same night.';
    expect(findDates(text, { published: findPublicationDate(text) }).map((d) => d.date.text)).toEqual(['5 May 2021']);
  });

  it('so a later day told without its year stays in the year of the events', () => {
    const text = 'Cells of the North\n\nSummary: On May 9, 2021, gunmen raided a border post in the valley.\n\nThe militia released a video on June 2.';
    const published = findPublicationDate(text);
    expect(findDates(text, { published }).map((d) => d.date.start)).toContain('2021-06-02');
  });
});

describe('dates told without a year (issue 8, item 2)', () => {
  const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const });
  const starts = (text: string, published: string | null) => findDates(text, { published: published ? day(published) : null }).map((d) => d.date.start);

  it('gives a day-month the publication year, not the year of an earlier paragraph', () => {
    const text = 'The cell was first seen in Kano in August 2019.\n\nOn June 3, gunmen attacked a checkpoint near Kano.';
    expect(starts(text, '2024-11-04')).toEqual(['2019-08-01', '2024-06-03']);
  });

  it('gives it the previous year when it would fall after the publication', () => {
    expect(starts('Militants killed three herders on Oct. 19, a local chief said.', '2024-03-01')).toEqual(['2023-10-19']);
  });

  it('keeps the year of the occasion the sentence before narrates', () => {
    expect(starts('In March 2016 the cell was formed in Mombasa. On 5 April it struck a bus depot.', '2025-02-10')).toEqual(['2016-03-01', '2016-04-05']);
  });

  it('counts "two days later" from a day told without its year before it, and reads past a place after it', () => {
    expect(starts('On 2 October, police arrested three men near the lake. A fourth man was arrested two days later in the port.', '2025-10-14'))
      .toEqual(['2025-10-02', '2025-10-04']);
    // ("two days later, on 9 October" gives its own date)
    expect(starts('On 2 October, police arrested three men. A fourth man was arrested two days later, on 9 October.', '2025-10-14'))
      .toEqual(['2025-10-02', '2025-10-09']);
  });

  it('reads "that July", "later that year" and "that same month" in the year of the date before them', () => {
    expect(starts('A blogger was found dead in January 2020, and a critic was shot near the river that July.', null)).toEqual(['2020-01-01', '2020-07-01']);
    expect(starts('The cell was dismantled in March 2021; later that year its leader fled.', null)).toEqual(['2021-03-01', '2021-01-01']);
    expect(starts('In May 2019 police raided a flat; that same month two men were charged.', null)).toEqual(['2019-05-01', '2019-05-01']);
  });

  it('takes no year from the item before in a bulleted list', () => {
    const text = 'Key points\n- The two factions are believed to have made a pact in late 2023.\n- On 14 May, gunmen attacked a wedding in the valley.';
    expect(starts(text, '2024-06-20')).toEqual(['2023-09-01', '2024-05-14']);
    // (in running text the sentence before still lends its year)
    expect(starts('The two factions made a pact in late 2023. On 14 May, gunmen attacked a wedding in the valley.', '2024-06-20')).toEqual(['2023-09-01', '2023-05-14']);
  });

  it('takes no year from a sentence before that tells no occasion (negated, or looking ahead)', () => {
    expect(starts('The group mounted no attack in the province in 2023, officials said. On 12 January, police arrested two recruiters.', '2024-04-02'))
      .toEqual(['2023-01-01', '2024-01-12']);
    expect(starts('The network could strike again in 2026. On 9 March, its courier was detained in Osh.', '2025-06-20'))
      .toEqual(['2026-01-01', '2025-03-09']);
    // a told occasion of that year still carries it
    expect(starts('The group mounted two attacks in the province in 2023. On 12 January, police arrested two recruiters.', '2024-04-02'))
      .toEqual(['2023-01-01', '2023-01-12']);
  });

  it('does not take a year from a clause about another event when the paragraph tells the publication year', () => {
    const text = 'On March 4, 2025, officials announced the capture. The man, who planned the August 26, 2021, bombing in Jalalabad, was detained in the first days of March.';
    const dates = findDates(text, { published: { start: '2025-05-01', end: '2025-05-31', precision: 'month' } });
    expect(dates.map((d) => [d.date.start, d.date.end])).toEqual([['2025-03-04', '2025-03-04'], ['2021-08-26', '2021-08-26'], ['2025-03-01', '2025-03-10']]);
  });

  it('reads abbreviated month-days anywhere in a sentence', () => {
    expect(starts('Two months later, on the evening of Sept. 1, gunmen on motorbikes raided the market.', '2024-11-04')).toContain('2024-09-01');
    expect(starts('The Oct. 27 night raid killed nine soldiers.', '2024-11-04')).toEqual(['2024-10-27']);
  });

  it('counts days, weeks and months on from the date before', () => {
    expect(starts('On 3 May 2022 a bomb hit the depot. Two days later a second device was found.', null)).toEqual(['2022-05-03', '2022-05-05']);
    expect(starts('The cell formed in January 2020. Three months later it struck.', null)).toEqual(['2020-01-01', '2020-04-01']);
    expect(starts('On 9 July 2021 a bomb hit the market. Hours later a second bomber struck a mosque.', null)).toEqual(['2021-07-09', '2021-07-09']);
  });
});

describe('findPublicationDate from a wire dateline', () => {
  it('reads a dateline with its year, which dates nothing in the story', () => {
    const text = 'KABUL, March 3, 2024 (Delta Wire) - Gunmen attacked a shrine in the west of the city.';
    expect(findPublicationDate(text)).toMatchObject({ start: '2024-03-03', precision: 'day' });
    expect(findDates(text, { published: null })).toEqual([]);
  });

  it('gives a dateline without a year the year after the latest one the story writes out', () => {
    const text = 'KANO, Nigeria, March 12 (Delta Wire) - Gunmen raided a village.\n\nThe faction split in August 2022. On Feb. 3, its fighters attacked a convoy.';
    expect(findPublicationDate(text)).toMatchObject({ start: '2023-03-12', precision: 'day' });
    // and "on Thursday" is then read against it: 12 March 2023 was a Sunday
    const published = findPublicationDate(text);
    expect(findDates('Police said on Thursday that two men were held.', { published })[0]?.date.start).toBe('2023-03-09');
  });

  it('counts every year the story writes out, a bare one too, once it dates an occasion to its day or month', () => {
    const text = 'PESHAWAR, Pakistan, Feb 2 (Delta Wire) - A bomb hit a mosque.\n\nThe truce agreed in mid-2022 collapsed; in December 2014 gunmen attacked a school. On Jan. 30, a bomber struck.';
    expect(findPublicationDate(text)).toMatchObject({ start: '2023-02-02', precision: 'day' });
    // (bare years alone leave it unknown)
    expect(findPublicationDate('PESHAWAR, Pakistan, Feb 2 (Delta Wire) - A bomb hit a mosque on Jan. 30. The group was founded in 2014.')).toBeNull();
  });

  it('gives it the first year after the latest one written out in which the dateline falls a day or two after the lede’s weekday', () => {
    // 12 March was a Saturday in 2022 and a Sunday in 2023: "on Sunday" is the dateline's day in 2023, six days before it in 2022
    const text = 'KANO, Nigeria, March 12 (Delta Wire) - Police arrested two men on Sunday, officials said.\n\nThe faction split in August 2021. On Feb. 3, its fighters attacked a convoy.';
    expect(findPublicationDate(text)).toMatchObject({ start: '2023-03-12', precision: 'day' });
  });

  it('gives it a year in which every weekday the lede names falls in the few days before the dateline', () => {
    // 14 May was a Saturday in 2022 and a Tuesday in 2024: "on Monday" would be five days before a Saturday dateline, after
    // the Saturday the lede tells first
    const text = 'BEIRA, May 14 (Delta Wire) - Rebels held the port until late on Saturday, officials said on Monday.\n\nThe group split in August 2021. On Feb. 3, its fighters attacked a convoy.';
    expect(findPublicationDate(text)).toMatchObject({ start: '2024-05-14', precision: 'day' });
  });

  it('leaves the year unknown when the story writes out none', () => {
    expect(findPublicationDate('KANO, Nigeria, March 12 (Delta Wire) - Gunmen raided a village on Feb. 3, police said.')).toBeNull();
  });
});

describe('a wire story whose year is not known', () => {
  const wire = 'ROME/MILAN, Mar 9 (Delta Wire) - Two stabbings in a week have alarmed police.\n\nOn Saturday, a man stabbed three people in Milan. In December, a van hit a crowd in Turin. Europol said 40 people were arrested in 2021.';

  it('takes no year for its dates from the years it writes out, nor a "now" from them', () => {
    expect(findPublicationDate(wire)).toBeNull();
    const dates = findDates(wire, { published: null });
    expect(dates.map((d) => d.date.text)).toEqual(['2021']);
    expect(fallbackReference(wire, dates)).toBeNull();
  });

  it('reads them once the publication date is given', () => {
    const dates = findDates(wire, { published: { start: '2025-03-09', end: '2025-03-09', precision: 'day' } });
    // 9 March 2025 was a Sunday
    expect(dates.map((d) => d.date.start)).toEqual(['2025-03-08', '2024-12-01', '2021-01-01']);
  });
});

describe('dates told relative to the date before them', () => {
  it('reads "the previous week, on DATE" as the date alone, and "the previous month" from the date before', () => {
    expect(findDates('The base was attacked on 31 December 2024. Forces had launched an offensive the previous week, on 26 December 2024.', { published: null }).map((d) => d.date.start))
      .toEqual(['2024-12-31', '2024-12-26']);
    expect(findDates('The cell struck on 3 March 2023. It had moved to the city the previous month.', { published: null }).map((d) => [d.date.start, d.date.precision]))
      .toEqual([['2023-03-03', 'day'], ['2023-02-01', 'month']]);
  });

  it('counts days back with "earlier"', () => {
    expect(findDates('A bomb hit the gymnasium on 3 December 2023. Two days earlier, soldiers had raided a camp.', { published: null }).map((d) => d.date.start))
      .toEqual(['2023-12-03', '2023-12-01']);
  });

  it('takes no "now" from a date the text looks forward to', () => {
    const text = 'The mission, whose mandate is due to end in December 2026, lost ten soldiers in May 2024.';
    expect(fallbackReference(text, findDates(text, { published: null }))?.start).toBe('2024-05-01');
  });
});

describe('the running year and the year told beside a date (issue 8, item 2)', () => {
  const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const });
  const read = (text: string, published: string | null = null) =>
    findDates(text, { published: published ? day(published) : null }).map((d) => [d.date.text, d.date.start, d.date.end]);

  it('lends a paragraph’s story date to a day told sentences later, unless the sentences between speak of the present', () => {
    expect(read('On 4 February 2023, gunmen freed a commander. Riots broke out in two prisons. On 9 February, a station was attacked.', '2024-09-01')[1])
      .toEqual(['On 9 February', '2023-02-09', '2023-02-09']);
    expect(read('The front split in May 2023. Its loyalists have since attacked police posts. On 2 March, a bomb exploded.', '2025-04-01')[1])
      .toEqual(['On 2 March', '2025-03-02', '2025-03-02']);
    // (a year told in passing lends nothing beyond the next sentence; a flashback in the past perfect neither)
    expect(read('The group was founded in 2015 in Kunar. Its fighters spread to three provinces. On 3 March, it attacked a checkpoint.', '2025-06-01')[1])
      .toEqual(['On 3 March', '2025-03-03', '2025-03-03']);
    expect(read('In November 2023, the two sides had signed a ceasefire. Formal talks never resumed. The rebels said on 17 May that they were ready.', '2025-05-18')[1])
      .toEqual(['on 17 May', '2025-05-17', '2025-05-17']);
  });

  it('takes no year from an aside (a relative clause, brackets) closed before the day', () => {
    expect(read('The council, which banned the movement in June 2021, listed four more people on 16 May.', '2025-05-20')[1])
      .toEqual(['on 16 May', '2025-05-16', '2025-05-16']);
    expect(read('The council (which banned the movement in June 2021) listed four more people on 16 May.', '2025-05-20')[1])
      .toEqual(['on 16 May', '2025-05-16', '2025-05-16']);
  });

  it('reads an aside only within the sentence of its date, text after text', () => {
    // (", which he led" closes with its sentence: June 2021 is no aside, and lends its year; after a colon it is one)
    const closed = 'He named the council, which he led. In June 2021 it banned the movement, and on 16 May it listed four more people.';
    const open = 'He named the council, which he led: in June 2021 it banned the movement, and on 16 May it listed four more people.';
    expect(read(closed, '2025-05-20')[1]).toEqual(['on 16 May', '2021-05-16', '2021-05-16']);
    expect(read(open, '2025-05-20')[1]).toEqual(['on 16 May', '2025-05-16', '2025-05-16']);
    expect(read(closed, '2025-05-20')[1]).toEqual(['on 16 May', '2021-05-16', '2021-05-16']);
  });

  it('counts a day from the date before when the text does ("Two days later, on 9 January")', () => {
    expect(read('On 30 December 2023, a leader escaped. Guards were held hostage. Two days later, on 1 January, gunmen stormed a studio.', '2025-10-01')[1])
      .toEqual(['on 1 January', '2024-01-01', '2024-01-01']);
  });

  it('takes the year of the section’s date heading, until a heading without one', () => {
    expect(read('Attacks in 2023\n\nOn 3 March, gunmen attacked a bus.\n\nOutlook\n\nOn 9 April, a bomb exploded.', '2024-06-01').map((d) => d[1]))
      .toEqual(['2023-01-01', '2023-03-03', '2024-04-09']);
    // (a title naming a year in passing heads nothing)
    expect(read('The 2023 crisis and its aftermath\n\nOn 9 April, a bomb exploded.', '2024-06-01').map((d) => d[1])).toEqual(['2023-01-01', '2024-04-09']);
  });

  it('gives a day or month paired with a dated one that one’s year', () => {
    expect(read('Clashes in February and March 2025 killed ten.', '2026-01-10')).toEqual([['in February', '2025-02-01', '2025-02-28'], ['March 2025', '2025-03-01', '2025-03-31']]);
    expect(read('Attacks between 28 February and 2 March 2024 killed ten.', '2025-01-10')[0]).toEqual(['between 28 February', '2024-02-28', '2024-02-28']);
  });

  it('reads a month or a part told against the publication year ("July last year", "late last year")', () => {
    expect(read('In July last year, gunmen attacked a bus.', '2025-09-01')).toEqual([['July last year', '2024-07-01', '2024-07-31']]);
    expect(read('Gunmen attacked a bus in June of last year.', '2025-09-01')).toEqual([['June of last year', '2024-06-01', '2024-06-30']]);
    expect(read('Grenades hit 12 posts between November 2024 and April this year.', '2025-10-01')[1]).toEqual(['April this year', '2025-04-01', '2025-04-30']);
    expect(read('Late last year, gunmen attacked a bus.', '2025-09-01')).toEqual([['Late last year', '2024-09-01', '2024-12-31']]);
    expect(read('Gunmen killed five people yesterday.', '2025-03-12')).toEqual([['yesterday', '2025-03-11', '2025-03-11']]);
    expect(read('In July last year, gunmen attacked a bus.')).toEqual([]);
    // "last July": the latest July before the publication's month
    expect(read('Last July, gunmen attacked a bus.', '2025-09-01')).toEqual([['Last July', '2025-07-01', '2025-07-31']]);
    expect(read('Gunmen attacked a bus this past July.', '2025-03-01')).toEqual([['this past July', '2024-07-01', '2024-07-31']]);
  });

  it('counts years, the day before and the weeks that followed from the date before', () => {
    expect(read('The cell was formed in 2019. The following year it struck a depot.')[1]).toEqual(['The following year', '2020-01-01', '2020-12-31']);
    expect(read('The cell was formed in March 2019. Two years later it struck a depot.')[1]).toEqual(['Two years later', '2021-01-01', '2021-12-31']);
    // ("a year earlier, in June 2023" gives its own date; "within the next year" looks ahead)
    expect(read('The cell struck in May 2024. A year earlier, in June 2023, police had raided it.').map((d) => d[0])).toEqual(['May 2024', 'June 2023']);
    expect(read('The cell struck in May 2024. It may strike again within the next year.')).toHaveLength(1);
    expect(read('A bomb hit the depot on 3 May 2022. The day before, police had raided a flat.')[1]).toEqual(['The day before', '2022-05-02', '2022-05-02']);
    expect(read('On 2 April 2019 the cabinet met, and 100 people were arrested in the following weeks.')[1]).toEqual(['the following weeks', '2019-04-03', '2019-04-30']);
    // (weeks across a month's end are told to the month most of them fall in)
    expect(read('On 27 April 2019 the cabinet met, and 100 people were arrested in the following weeks.')[1]).toEqual(['the following weeks', '2019-05-01', '2019-05-31']);
    expect(read('On 5 January 2024 the cabinet met, and 100 people were arrested in the following weeks.')[1]).toEqual(['the following weeks', '2024-01-01', '2024-01-31']);
    // ("the day before the attack", "two years before his death" count from something else)
    expect(read('A bomb hit the depot on 3 May 2022. Police had raided a flat the day before the attack.')).toHaveLength(1);
  });

  it('reads a chronology’s ISO dates, a monitoring report’s quarters and ordinal days', () => {
    expect(read('2024-03-12: gunmen attacked a bus.')).toEqual([['2024-03-12', '2024-03-12', '2024-03-12']]);
    expect(read('In the first quarter of 2024 attacks rose; in Q3 2023 they fell.')).toEqual([['the first quarter of 2024', '2024-01-01', '2024-03-31'], ['Q3 2023', '2023-07-01', '2023-09-30']]);
    expect(read('On the 3rd of March, gunmen attacked a bus.', '2024-06-01')).toEqual([['On the 3rd of March', '2024-03-03', '2024-03-03']]);
    // (a fiscal year or a month number past 12 is no day)
    expect(read('The 2011-12 budget; case 2024-13-01.')).toEqual([]);
  });

  it('goes on with the story of the last day told when a later paragraph gives a day within the month after it', () => {
    // (a case summary dated a year later: "On 24 August" is the day after the attack, not the summary's year)
    const text = 'Summary dated 12 September 2025\n\n2. The attack\nOn the evening of 21 August 2024, a man stabbed visitors at a fair.\n\n3. The claim\nOn 22 August the group\'s agency claimed the attack.';
    expect(read(text, '2025-09-12').map((d) => d[1])).toEqual(['2025-09-12', '2024-08-21', '2024-08-22']);
    // (a day months after it, or before it, is of the publication's year)
    const later = text.replace('On 22 August', 'On 2 May');
    expect(read(later, '2025-09-12').map((d) => d[1])).toEqual(['2025-09-12', '2024-08-21', '2025-05-02']);
    // (nor is a day looked forward to: an anniversary the group may mark)
    const ahead = text.replace('On 22 August the group\'s agency claimed the attack.', 'The group may strike again around the anniversary on 22 August.');
    expect(read(ahead, '2025-09-12').map((d) => d[1])).toEqual(['2025-09-12', '2024-08-21', '2025-08-22']);
  });

  it('lends the year of a period opened on a day or in a month, not of one bounded by a bare year', () => {
    expect(read('The second phase, from late June 2024, went badly for the army. The rebels seized a town in July, and on 3 August they took the city.', '2025-10-30').map((d) => d[1]))
      .toEqual(['2024-06-21', '2024-07-01', '2024-08-03']);
    // ("since 2011" bounds a period and lends no year)
    expect(read('The group has fought the army since 2011. On 3 August it took the city.', '2025-10-30').map((d) => d[1])).toEqual(['2011-01-01', '2025-08-03']);
  });

  it('reads a weekday told beside its date as that date, not as the last such weekday before publication', () => {
    expect(read('On Sunday 23 June 2024, gunmen attacked a synagogue.', '2025-11-14')).toEqual([['23 June 2024', '2024-06-23', '2024-06-23']]);
    expect(read('On Wednesday, 10 September the court convicted him.', '2025-11-14')).toEqual([['Wednesday, 10 September', '2025-09-10', '2025-09-10']]);
    // (a weekday alone is still the last one on or before publication: 14 November 2025 was a Friday)
    expect(read('Police said on Wednesday that two men were held.', '2025-11-14')).toEqual([['on Wednesday', '2025-11-12', '2025-11-12']]);
  });

  it('reads "in 2016 and early 2017" as one span', () => {
    expect(read('Its website detailed operations in 2016 and early 2017.')).toEqual([['2016 and early 2017', '2016-01-01', '2017-04-30']]);
  });
});

describe('dates told back from the publication (issue 8)', () => {
  it('reads "N months ago" and "N years ago this week" against the publication date, not a bare "N years ago"', () => {
    expect(one('Four years ago this week, the commander died in the forest.', '2023-06-14')).toMatchObject({ start: '2019-06-08', end: '2019-06-14' });
    expect(one('Two years ago the movement split.', '2023-06-14')).toBeUndefined();
    expect(one('Three months ago, gunmen attacked the port.', '2023-06-14')).toMatchObject({ start: '2023-03-01', precision: 'month' });
    expect(one('Two years ago the movement split.')).toBeUndefined();
  });

  it('with no publication date, gives a day told without its year the year of the last part of a year told before it', () => {
    const text = '12. Police raided a flat in Izmir on 4 July 2022.\n\n13. The cell moved its money abroad in late 2024.\n\n14. Police arrested four men on 3 November.';
    expect(findDates(text, { published: null }).map((d) => d.date.start).at(-1)).toBe('2024-11-03');
  });

  it('keeps a month its sentence looks ahead to in the publication year, not the year before', () => {
    const published = { start: '2024-02-10', end: '2024-02-10', precision: 'day' as const, text: '10 February 2024' };
    const dates = findDates('Police said the cell was planning attacks on the festival in March.', { published });
    expect(dates.map((d) => d.date.start)).toEqual(['2024-03-01']);
  });
});

describe('spans of days and the turn of a year, as an analyst reads them (issue 8, item 2)', () => {
  const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const });
  const read = (text: string, published: string | null) => findDates(text, { published: published ? day(published) : null }).map((d) => `${d.date.start}..${d.date.end}`);

  it('reads a US-style span of days in the year told after it, not the first day in the publication year', () => {
    expect(read('On May 3-4, 2023, gunmen raided two villages near Gao.', '2024-06-10')).toEqual(['2023-05-03..2023-05-04']);
    expect(read('The Sept. 9 and 10, 2022, raids killed eleven.', '2024-06-10')).toEqual(['2022-09-09..2022-09-10']);
  });

  it('reads a year told by its last two digits, not the publication year', () => {
    expect(read("On 3 May '23 gunmen raided two villages near Gao.", '2024-06-10')).toEqual(['2023-05-03..2023-05-03']);
    expect(read('the May ’19 raids', '2024-06-10')).toEqual(['2019-05-01..2019-05-31']);
  });

  it('reads no month in the verb "that may"', () => {
    expect(read('On 3 March 2022 police raided a house that may have sheltered the cell.', '2024-06-10')).toEqual(['2022-03-03..2022-03-03']);
  });

  it('reads a span of months with its year as the whole span, not its last month', () => {
    expect(read('In January–June 2024, the group claimed 40 attacks.', '2024-08-01')).toEqual(['2024-01-01..2024-06-30']);
    expect(read('From March to May 2023 the cell trained recruits.', '2024-08-01')).toEqual(['2023-03-01..2023-05-31']);
    expect(read('from December 2022 to February 2023', '2024-08-01')).toEqual(['2022-12-01..2023-02-28']);
    expect(read('Such attacks may through June 2024 grow.', '2024-08-01')).toEqual(['2024-06-01..2024-06-30']);
  });

  it('dates no week from the latest date a text tells when it has no publication date, only a year or a month', () => {
    const text = 'Gunmen burned a market in Gao on 3 May 2024. Last week, gunmen struck Kidal. Earlier this year, they struck Menaka.';
    expect(findDates(text, { published: null, fallback: (absolute) => fallbackReference(text, absolute) }).map((d) => `${d.date.text} ${d.date.start}`))
      .toEqual(['3 May 2024 2024-05-03', 'Earlier this year 2024-01-01']);
  });

  it('reads no year in a military time', () => {
    expect(read('At 2030 hours on 3 May 2023 gunmen fired on a checkpoint; at 1930hrs a mortar hit the camp.', null)).toEqual(['2023-05-03..2023-05-03']);
  });

  it('reads "the following Tuesday" and "the previous Friday" from the last day the text named', () => {
    // (3 May 2023 was a Wednesday)
    expect(read('On 3 May 2023 gunmen burned a market. The following Tuesday they struck a convoy.', null)).toEqual(['2023-05-03..2023-05-03', '2023-05-09..2023-05-09']);
    expect(read('On 3 May 2023 gunmen burned a market. On the previous Friday police had warned of it.', null).at(-1)).toBe('2023-04-28..2023-04-28');
  });

  it('goes on past the new year from a late-December date told just before', () => {
    expect(read('On 29 December 2021 gunmen burned a market in Tillaberi. On 3 January they struck a convoy.', '2024-06-10'))
      .toEqual(['2021-12-29..2021-12-29', '2022-01-03..2022-01-03']);
    expect(read('In late December 2021 the cell regrouped. In January it raided two posts.', '2024-06-10'))
      .toEqual(['2021-12-21..2021-12-31', '2022-01-01..2022-01-31']);
    // (not a month months away, nor a flashback in the past perfect)
    expect(read('On 29 December 2021 gunmen burned a market. In April they struck a convoy.', '2024-06-10').at(-1)).toBe('2021-04-01..2021-04-30');
    expect(read('On 29 December 2021 gunmen burned a market. On 3 January, police had warned of it.', '2024-06-10').at(-1)).toBe('2021-01-03..2021-01-03');
  });
});
