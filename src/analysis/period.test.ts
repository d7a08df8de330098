import { describe, it, expect } from 'vitest';
import { parseDateBound } from '../model/index.js';
import { isoWeekOf, listPeriods, nextPeriod, periodOf, periodStart } from './period.js';

describe('periods', () => {
  it('labels ISO weeks across year ends', () => {
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53');
    expect(periodOf('2021-01-04', 'week')).toBe('2021-W01');
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01');
    expect(isoWeekOf('2022-06-30')).toEqual({ year: 2022, week: 26 });
  });
  it('labels years, quarters and months', () => {
    expect(periodOf('2022-08-15', 'year')).toBe('2022');
    expect(periodOf('2022-08-15', 'quarter')).toBe('2022-Q3');
    expect(periodOf('2022-08-15', 'month')).toBe('2022-08');
  });
  it('steps through periods', () => {
    expect(listPeriods('2021-Q3', '2022-Q2', 'quarter')).toEqual(['2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2']);
    expect(nextPeriod('2020-W53', 'week')).toBe('2021-W01');
    expect(periodStart('2021-W01', 'week')).toBe('2021-01-04');
    expect(listPeriods('2021-11', '2022-02', 'month')).toHaveLength(4);
  });
  it('reads date bounds of a year, month or day', () => {
    expect(parseDateBound('2022', 'to')).toBe('2022-12-31');
    expect(parseDateBound('2024-02', 'to')).toBe('2024-02-29');
    expect(parseDateBound('2024-02', 'from')).toBe('2024-02-01');
    expect(() => parseDateBound('2023-02-29', 'from')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
