/**
 * STIX forbids empty lists (common/properties.json: every list has one item at least), so a value
 * about to enter a bundle loses its empty lists, at any depth; readers take an absent list as empty.
 */
export function dropEmptyLists<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropEmptyLists) as T;
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.length === 0) continue;
    kept[key] = dropEmptyLists(child);
  }
  return kept as T;
}
