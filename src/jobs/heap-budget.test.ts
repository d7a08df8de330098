import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HeapBudget } from './heap-budget.js';

/** A full collection now, so that what the heap holds is what the test measures from (not the garbage earlier tests left). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('HeapBudget', () => {
  it('collects once the heap has grown past its headroom, then not again until it grows that much more', () => {
    expect(new HeapBudget(2 ** 40).afterStep()).toBe(false);
    // (from a collected heap: a collection V8 makes on its own between the budget's start and the allocation below would
    // otherwise free the garbage left before, and the heap might not seem to grow; a run of CI saw that once)
    collectGarbage();
    const budget = new HeapBudget(16 * 2 ** 20);
    expect(budget.afterStep()).toBe(false);
    // about 80 MB of objects held: the heap grows well past the headroom
    const held = Array.from({ length: 20 }, (_, k) => Array.from({ length: 2 ** 17 }, (_, i) => ({ k, i })));
    expect(budget.afterStep()).toBe(true);
    // what is held after the collection sets the next threshold: no collection at every step
    expect(budget.afterStep()).toBe(false);
    expect(held[19]![5]).toEqual({ k: 19, i: 5 });
  });
});
