import { describe, it, expect } from 'vitest';
import { IdSchema } from '../model/index.js';
import { newTimeOrderedId } from './time-ordered-id.js';

describe('time-ordered ids', () => {
  it('are valid UUIDs of version 7 that sort in creation order', () => {
    const ids = Array.from({ length: 5000 }, () => newTimeOrderedId());
    for (const id of ids.slice(0, 50)) expect(IdSchema.parse(id)).toBe(id);
    expect(ids[0]![14]).toBe('7');
    expect(ids.filter((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toEqual([]);
    // the random digits differ from id to id (the variant digit takes two random bits)
    expect(new Set(ids.map((id) => id.slice(19))).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id[19])).size).toBe(4);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
