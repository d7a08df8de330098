#!/usr/bin/env node
// The `tessera` command. Runs the JavaScript build in dist/bundle/ (made by `npm ci` through `prepare`,
// or `npm run build`). In a working tree where dist/ is missing, or older than a file in src/, it runs
// the TypeScript sources through tsx instead: slower to start, never stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, isBuiltFrom } from './build-sources.js';

function isBuildCurrent() {
  try {
    return isBuiltFrom(JSON.parse(readFileSync(join(DIST_DIR, 'build.json'), 'utf8')));
  } catch {
    return false;
  }
}

const { main } = isBuildCurrent()
  ? await import('../dist/bundle/main.js')
  : await import('tsx/esm/api').then(({ register }) => {
      register();
      return import('../src/cli/main.ts');
    });
process.exitCode = await main(process.argv);
