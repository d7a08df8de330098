/**
 * A pure function of a string kept for the whole process: each result made once per key and reused by every later call
 * and document (reports name the same people, places and words again), at most `max` kept (all dropped when it is full).
 */
export function boundedMemo<V>(make: (key: string) => V, max = 50_000): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= max) kept.clear();
      value = make(key);
      kept.set(key, value);
    }
    return value;
  };
}
