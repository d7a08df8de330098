/**
 * A LIKE / ILIKE pattern matching `text` anywhere, its own `%`, `_` and `\` taken literally
 * (backslash is PostgreSQL's default LIKE escape): `--contains 100%` finds "100%", not everything.
 */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text` with the LIKE wildcards escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
