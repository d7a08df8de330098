import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far a long ingest lets its JavaScript heap grow past what it last held before it collects garbage. */
export const HEAP_HEADROOM_BYTES = 256 * 2 ** 20;

/**
 * Keeps a long job's JavaScript heap near what it holds. V8 sizes its heap to the machine (a
 * 4 GB limit on 24 GB) and lets the leftovers of reading, structuring and each section of a long
 * document pile up before a full collection: a 50 MB report of repeated paragraphs peaked at
 * 1.6 GB RSS though it held about 0.3 GB of heap at a time. At each checkpoint (`afterStep()`,
 * called where garbage was made) it collects once the heap has grown more than `headroomBytes`
 * past what it held after the last collection (or at the start), so the heap stays within what
 * the job holds plus the headroom, and a job that holds much does not collect at every step.
 */
export class HeapBudget {
  private threshold: number;

  constructor(private readonly headroomBytes: number = HEAP_HEADROOM_BYTES) {
    this.threshold = usedHeap() + headroomBytes;
  }

  /** Collects garbage if the heap has passed the threshold; true when it did. */
  afterStep(): boolean {
    if (usedHeap() <= this.threshold) return false;
    collectGarbage();
    this.threshold = usedHeap() + this.headroomBytes;
    return true;
  }
}

function usedHeap(): number {
  return getHeapStatistics().used_heap_size;
}

/** A full collection now: V8's `gc`, reached without starting node with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
