import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './find-published-date.js';

describe('parseIsoDay (through the one calendar-date parser)', () => {
  it('takes a metadata timestamp as its day, and no day the calendar has not', () => {
    // it used to take any day up to 31 in any month
    expect(parseIsoDay('2024-02-31T10:00:00Z')).toBeNull();
    expect(parseIsoDay('2024-03-29T10:00:00Z')).toMatchObject({ start: '2024-03-29', precision: 'day' });
    expect(parseIsoDay('2024-03')).toBeNull();
  });
});
