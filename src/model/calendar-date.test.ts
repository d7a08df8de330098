import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parseCalendarDay } from './calendar-date.js';
import { toDateBound } from './date-bound.js';

describe('one calendar-date parser (issue 9 item 12)', () => {
  it('reads the forms data writes dates in, and refuses days the calendar has not', () => {
    expect(parseCalendarDate('2022')).toEqual({ year: 2022, month: null, day: null });
    expect(parseCalendarDate('2022-02')).toEqual({ year: 2022, month: 2, day: null });
    expect(parseCalendarDate('2022-02-23T10:00:00Z')).toEqual({ year: 2022, month: 2, day: 23 });
    expect(parseCalendarDate('23/02/2022')).toEqual({ year: 2022, month: 2, day: 23 });
    expect(parseCalendarDate('02/23/2022', { order: 'month-first' })).toEqual({ year: 2022, month: 2, day: 23 });
    expect(parseCalendarDate('23 February 2022')).toEqual({ year: 2022, month: 2, day: 23 });
    expect(parseCalendarDate('February 23, 2022')).toEqual({ year: 2022, month: 2, day: 23 });
    expect(parseCalendarDate('Feb 2022')).toEqual({ year: 2022, month: 2, day: null });
    for (const bad of ['2022-02-30', '31/02/2021', '2022-13', 'someday', '']) expect(parseCalendarDate(bad)).toBeNull();
  });

  it('filter bounds read dates through it', () => {
    expect(toDateBound('2024-02', 'to')).toBe('2024-02-29');
    expect(toDateBound('23 February 2022', 'from')).toBe('2022-02-23');
    expect(toDateBound('2022-02-30', 'from')).toBeNull();
  });
});

describe('whole days, as dataset columns and lists write them (issue 9 item 12)', () => {
  it('parseCalendarDay: ISO day or null', () => {
    expect(parseCalendarDay('03/28/2025', { order: 'month-first' })).toBe('2025-03-28');
    // OFAC's own form, where its old parser took any two digits: no 13th month, no 30 February
    expect(parseCalendarDay('13/28/2025', { order: 'month-first' })).toBeNull();
    expect(parseCalendarDay('02/30/2025', { order: 'month-first' })).toBeNull();
    expect(parseCalendarDay('2025-03')).toBeNull();
  });
});
