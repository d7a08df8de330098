import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The JavaScript heap a long ingest lets grow between its sections before it collects garbage. */
export const SECTION_HEAP_BUDGET_BYTES = 768 * 2 ** 20;

/**
 * Keeps a long job's JavaScript heap near what it holds. V8 sizes its heap to the machine (a
 * 4 GB limit on 24 GB) and lets the leftovers of each section of a long document pile up before
 * a full collection: a 50 MB report peaked at 1.8 GB RSS though it held about 0.5 GB at a time.
 * `afterStep()` collects once the heap has outgrown the budget, or half again what was held after
 * the last collection, whichever is more, so a job that holds much does not collect at every step.
 */
export class HeapBudget {
  private threshold: number;

  constructor(private readonly budgetBytes: number = SECTION_HEAP_BUDGET_BYTES) {
    this.threshold = budgetBytes;
  }

  /** Collects garbage if the heap has passed the threshold; true when it did. */
  afterStep(): boolean {
    if (getHeapStatistics().used_heap_size <= this.threshold) return false;
    collectGarbage();
    this.threshold = Math.max(this.budgetBytes, Math.round(getHeapStatistics().used_heap_size * 1.5));
    return true;
  }
}

/** A full collection now: V8's `gc`, reached without starting node with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
