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
});
