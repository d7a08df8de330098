// What a build of src/ is made from, shared by bin/build.js (which records it in dist/build.json) and
// bin/tessera.js (which compares it with src/ to tell whether dist/ is current). No dependencies, so
// the check costs `tessera` a directory walk only.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SRC_DIR = join(ROOT, 'src');
export const DIST_DIR = join(ROOT, 'dist');

/** The files a build is made from: src/ without its tests. */
export function listSourceFiles(dir = SRC_DIR) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Which they are (a hash of their paths) and when the newest was modified (ms): a build records both. */
export function describeSources(files = listSourceFiles()) {
  let newest = 0;
  for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  const paths = createHash('sha256').update([...files].sort().join('\n')).digest('hex').slice(0, 16);
  return { files: files.length, paths, newestMtimeMs: newest };
}

/** Whether a build that recorded `built` (dist/build.json) is made from the sources as they are now. */
export function isBuiltFrom(built, now = describeSources()) {
  return built.paths === now.paths && now.newestMtimeMs <= built.newestMtimeMs;
}
