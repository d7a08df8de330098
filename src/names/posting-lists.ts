/**
 * Posting lists (ascending row numbers per key) kept in one growable Int32Array rather than an
 * array per key: a million names post some eight million rows, which as JavaScript arrays the
 * garbage collector would walk on every major collection. A list that outgrows its block moves to
 * the end of the pool with half as much room again; `compact` closes the gaps left behind.
 */
export class PostingLists {
  private readonly ids = new Map<string, number>();
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private capacities = new Int32Array(1024);
  private data = new Int32Array(1 << 16);
  /** Slots handed out from the pool, and of those, the ones lists still own. */
  private used = 0;
  private owned = 0;

  /** The pool the lists live in (read with `start` and `length`; replaced as it grows). */
  get pool(): Int32Array {
    return this.data;
  }

  /** Keys with a list. */
  get keyCount(): number {
    return this.ids.size;
  }

  /** The list of a key, or -1. */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  start(list: number): number {
    return this.starts[list]!;
  }

  length(list: number): number {
    return list < 0 ? 0 : this.lengths[list]!;
  }

  /** Appends a row (rows are added in ascending order, so lists stay sorted). */
  add(key: string, row: number): void {
    let list = this.ids.get(key);
    if (list === undefined) {
      list = this.ids.size;
      this.ids.set(key, list);
      if (list >= this.starts.length) {
        this.starts = grow(this.starts, list + 1);
        this.lengths = grow(this.lengths, list + 1);
        this.capacities = grow(this.capacities, list + 1);
      }
      this.starts[list] = this.reserve(1);
      this.capacities[list] = 1;
      this.owned += 1;
    }
    const length = this.lengths[list]!;
    if (length > 0 && this.data[this.starts[list]! + length - 1] === row) return;
    if (length === this.capacities[list]) {
      if (this.isFragmented) this.compact();
    }
    if (length === this.capacities[list]) {
      const capacity = length + (length >> 1) + 1;
      const start = this.reserve(capacity);
      this.data.copyWithin(start, this.starts[list]!, this.starts[list]! + length);
      this.owned += capacity - this.capacities[list]!;
      this.starts[list] = start;
      this.capacities[list] = capacity;
    }
    this.data[this.starts[list]! + length] = row;
    this.lengths[list] = length + 1;
  }

  /** Whether a list holds a row (binary search). */
  includes(list: number, row: number): boolean {
    const data = this.data;
    let lo = this.starts[list]!;
    let hi = lo + this.lengths[list]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = data[mid]!;
      if (at === row) return true;
      if (at < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Whether the blocks moved lists left behind take more than half the room the lists own (then `add` compacts). */
  get isFragmented(): boolean {
    return this.used > 1 << 20 && 2 * (this.used - this.owned) > this.owned;
  }

  /** Packs the lists into a pool of their size, in key order, each with a quarter more room to grow. */
  compact(): void {
    const count = this.ids.size;
    let size = 0;
    for (let list = 0; list < count; list += 1) size += roomFor(this.lengths[list]!);
    const data = new Int32Array(Math.max(1 << 16, Math.ceil(size * 1.125)));
    let at = 0;
    for (let list = 0; list < count; list += 1) {
      const length = this.lengths[list]!;
      data.set(this.data.subarray(this.starts[list]!, this.starts[list]! + length), at);
      this.starts[list] = at;
      this.capacities[list] = roomFor(length);
      at += this.capacities[list]!;
    }
    this.data = data;
    this.used = at;
    this.owned = at;
  }

  private reserve(size: number): number {
    if (this.used + size > this.data.length) this.data = grow(this.data, this.used + size);
    const start = this.used;
    this.used += size;
    return start;
  }
}

/** A compacted list's room: a quarter more than it holds, so lists do not all move again at once. */
function roomFor(length: number): number {
  return length + (length >> 2) + 1;
}

function grow(array: Int32Array<ArrayBuffer>, least: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(least, Math.ceil(array.length * 1.5)));
  next.set(array);
  return next;
}
