/**
 * How many items of `sorted` (ascending by `key`) come before `at`: those whose key is < `at`, or
 * also those whose key equals it when `isInclusive`. That count is the index of the first item that
 * does not come before. The extractor's lookups by position (mentions, dates, hedges, sentences,
 * paragraph breaks) all start with it, so that long documents stay linear.
 */
export function countBefore<T>(sorted: ArrayLike<T>, key: (item: T) => number, at: number, isInclusive = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = key(sorted[mid] as T);
    if (k < at || (isInclusive && k === at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
