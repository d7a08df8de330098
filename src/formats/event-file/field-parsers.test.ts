import { describe, expect, it } from 'vitest';
import { isoDay } from './field-parsers.js';

describe('isoDay reads dataset dates through the one calendar-date parser (issue 9 item 12)', () => {
  it('the forms datasets write, and nothing the calendar has not', () => {
    expect(isoDay('event_date', '2022-02-23')).toBe('2022-02-23');
    expect(isoDay('event_date', '23 February 2022')).toBe('2022-02-23');
    expect(isoDay('event_date', '23/02/2022')).toBe('2022-02-23');
    expect(isoDay('event_date', 'February 23, 2022')).toBe('2022-02-23');
    for (const bad of ['2022-02-30', '2022-02', '2022', 'soon']) expect(() => isoDay('event_date', bad)).toThrow(`event_date "${bad}" is not a date`);
  });
});
