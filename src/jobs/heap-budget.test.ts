import { describe, expect, it } from 'vitest';
import { HeapBudget } from './heap-budget.js';

describe('HeapBudget', () => {
  it('collects once the heap has grown past its headroom, then not again until it grows that much more', () => {
    expect(new HeapBudget(2 ** 40).afterStep()).toBe(false);
    const budget = new HeapBudget(16 * 2 ** 20);
    expect(budget.afterStep()).toBe(false);
    // about 40 MB of objects held: the heap grows past the headroom
    const held = Array.from({ length: 10 }, (_, k) => Array.from({ length: 2 ** 17 }, (_, i) => ({ k, i })));
    expect(budget.afterStep()).toBe(true);
    // what is held after the collection sets the next threshold: no collection at every step
    expect(budget.afterStep()).toBe(false);
    expect(held[9]![5]).toEqual({ k: 9, i: 5 });
  });
});
