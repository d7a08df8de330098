import { describe, expect, it } from 'vitest';
import { findPublishedDate, parseIsoDay } from './find-published-date.js';

describe('parseIsoDay (through the one calendar-date parser)', () => {
  it('takes a metadata timestamp as its day, and no day the calendar has not', () => {
    // it used to take any day up to 31 in any month
    expect(parseIsoDay('2024-02-31T10:00:00Z')).toBeNull();
    expect(parseIsoDay('2024-03-29T10:00:00Z')).toMatchObject({ start: '2024-03-29', precision: 'day' });
    expect(parseIsoDay('2024-03')).toBeNull();
  });
});

describe('findPublishedDate', () => {
  it('reads the date segment of a masthead line', () => {
    expect(findPublishedDate('GULF SECURITY REVIEW | APRIL 2023\n\nA Title\n')).toMatchObject({ start: '2023-04-01', end: '2023-04-30', precision: 'month' });
    expect(findPublishedDate('OCCASIONAL PAPER No. 4 | 12 March 2022\n\nA Title\n')).toMatchObject({ start: '2022-03-12', precision: 'day' });
  });

  it('takes no date from a masthead that gives only an issue number or a year', () => {
    expect(findPublishedDate('OCCASIONAL PAPER No. 4 | Volume 12\n\nA Title\n')).toBeNull();
  });

  it('takes no date from a section heading after the running text has begun', () => {
    const paper = 'Harbour Studies, Vol. 3, No. 1 (May 2021)\n\nA Title\n\nAbstract\nThis paper looks at two raids on the port and at what the coast guard learned from them over the three years that followed. It argues that the lessons were drawn late.\n\n2. Kismayo, 4 June 2019\nOn the morning of 4 June 2019, gunmen stormed the port.\n';
    expect(findPublishedDate(paper)).toBeNull();
    expect(findPublishedDate('MARITIME WATCH\n\n12 March 2022\n\nThe port was quiet this week, and the coast guard said it had stopped two boats. Officials added that no one was hurt in either case.\n')).toMatchObject({ start: '2022-03-12' });
  });

  it('takes the date a line says the report was prepared or issued on', () => {
    expect(findPublishedDate('TRIAL NOTE\n\nCourt: Harbour District Court\nNote prepared 2 October 2023 by the Coastal Trial Monitor\n\n1. The charges\n')).toMatchObject({ start: '2023-10-02' });
  });

  it('takes the date a bracketed note under the title says the paper was published in, over a period a heading covers', () => {
    const paper = 'Harbour Studies - Paper 3/2022\n"Tides of smuggling"\nPart 2. Seizures, May 2021 to March 2022\n(published April 2022; figures in brackets are tonnes)\n\n2.1 Overview\n';
    expect(findPublishedDate(paper)).toMatchObject({ start: '2022-04-01', precision: 'month' });
  });

  it('takes the issue date of a digest over the last day of the period it covers', () => {
    expect(findPublishedDate('COASTAL MILITANCY DIGEST No. 4\nCoverage: 1-30 November 2023 | Issued: 4 December 2023\n\nSummary\n')).toMatchObject({ start: '2023-12-04' });
  });
});
