import { describe, it, expect } from 'vitest';
import { IdSchema } from '../model/index.js';
import { newTimeOrderedId } from './time-ordered-id.js';

describe('time-ordered ids', () => {
  it('are valid UUIDs of version 7 that sort in creation order', () => {
    const ids = Array.from({ length: 5000 }, () => newTimeOrderedId());
    for (const id of ids.slice(0, 50)) expect(IdSchema.parse(id)).toBe(id);
    expect(ids[0]![14]).toBe('7');
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
