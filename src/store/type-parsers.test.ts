import { describe, expect, it } from 'vitest';
import { isoInstantOfJson } from './type-parsers.js';

describe('isoInstantOfJson', () => {
  it('writes a timestamptz from JSON as Date.toISOString does', () => {
    const texts = [
      '2026-12-01T10:00:00+00:00',
      '2026-12-01T10:00:00.5+00:00',
      '2026-12-01T10:00:00.12+00:00',
      '2026-12-01T10:00:00.123+00:00',
      '2026-12-01T10:00:00.999999+00:00',
      '1969-07-20T20:17:40.0001+00:00',
      '2026-12-01T10:00:00.123456+05:30',
      '2026-12-01T23:59:59.9999-03:00',
      '2026-12-01T10:00:00Z',
    ];
    for (const text of texts) expect(isoInstantOfJson(text), text).toBe(new Date(text).toISOString());
    expect(isoInstantOfJson('2026-12-01T10:00:00.999999+00:00')).toBe('2026-12-01T10:00:00.999Z');
    expect(isoInstantOfJson('2026-12-01T10:00:00.123456+05:30')).toBe('2026-12-01T04:30:00.123Z');
  });
});
