/** True when `value` holds an empty list at any depth (a scan that allocates nothing). */
function hasEmptyList(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasEmptyList(item)) return true;
    return false;
  }
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (Array.isArray(child) && child.length === 0) return true;
    if (hasEmptyList(child)) return true;
  }
  return false;
}

function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.length === 0) continue;
    kept[key] = withoutEmptyLists(child);
  }
  return kept;
}

/**
 * STIX forbids empty lists (common/properties.json: every list has one item at least), so a value
 * about to enter a bundle loses its empty lists, at any depth; readers take an absent list as empty.
 * A value without any is returned as it is (most objects: the scan is far cheaper than a copy).
 */
export function dropEmptyLists<T>(value: T): T {
  return hasEmptyList(value) ? (withoutEmptyLists(value) as T) : value;
}
