import { describe, expect, it } from 'vitest';
import { HeapBudget } from './heap-budget.js';

describe('HeapBudget', () => {
  it('collects only once the heap has outgrown its budget, then not again until it grows by half', () => {
    expect(new HeapBudget(2 ** 40).afterStep()).toBe(false);
    const tight = new HeapBudget(1);
    expect(tight.afterStep()).toBe(true);
    // what is held after the collection sets the next threshold: no collection at every step
    expect(tight.afterStep()).toBe(false);
  });
});
