import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The ../shared folder beside the repository (or TESSERA_SHARED_DIR), when present. */
export function sharedDir(): string | null {
  const dir = process.env.TESSERA_SHARED_DIR ?? join(repoRoot, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

/**
 * The path of a file in ../shared, or null after printing why tests that need it are skipped.
 * Use as `const path = sharedPath('data/events/x.csv'); describe.skipIf(path === null)(…)`.
 */
export function sharedPath(relative: string): string | null {
  const dir = sharedDir();
  const path = dir === null ? null : join(dir, relative);
  if (path === null || !existsSync(path)) {
    console.log(`skipping tests that read ../shared/${relative}: not present on this machine`);
    return null;
  }
  return path;
}
