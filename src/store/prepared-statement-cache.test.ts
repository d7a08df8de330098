import { describe, expect, it } from 'vitest';
import { MAX_PREPARED, PreparedStatementCache, StatementNames } from './prepared-statement-cache.js';

describe('PreparedStatementCache: statements by SQL text, least recently used closed first', () => {
  it('asks to close nothing until MAX_PREPARED are kept, then the one used longest ago', () => {
    const cache = new PreparedStatementCache<string>();
    for (let i = 0; i < MAX_PREPARED - 1; i += 1) cache.add(`SELECT ${i}`, `s${i}`);
    expect(cache.toClose()).toBeUndefined();
    cache.add(`SELECT ${MAX_PREPARED - 1}`, 'last');
    expect(cache.toClose()).toBe('SELECT 0');
    // using the oldest makes the next one the oldest
    expect(cache.use('SELECT 0')).toBe('s0');
    expect(cache.toClose()).toBe('SELECT 1');
    expect(cache.remove('SELECT 1')).toBe('s1');
    expect(cache.has('SELECT 1')).toBe(false);
    expect(cache.toClose()).toBeUndefined();
  });

  it('answers undefined for a statement it does not keep, and names statements in sequence', () => {
    const cache = new PreparedStatementCache<{ name: string }>();
    expect(cache.use('SELECT 1')).toBeUndefined();
    expect(cache.remove('SELECT 1')).toBeUndefined();
    const names = new StatementNames();
    expect([names.next(), names.next()]).toEqual(['tessera_1', 'tessera_2']);
    expect(new StatementNames().next()).toBe('tessera_1');
  });
});
