#!/usr/bin/env node
// `npm run build` (also run by `npm ci` through `prepare`): compiles src/ to JavaScript in dist/, one
// file per source file as tsconfig.build.json selects them (tests excluded), and copies the data files
// the code reads beside itself (knowledge pack, STIX schemas, SQL migrations), so dist/ mirrors src/
// and paths relative to a module hold in both. esbuild only strips types; `npm run typecheck` checks them.
//
// The new build is written next to dist/ and moved into place at the end, so a `tessera` running
// meanwhile sees the old build or the new one, never half of one. dist/build.json records what the
// build was made from; bin/tessera.js compares it with src/ to tell whether the build is current.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR as outDir, SRC_DIR as srcDir, describeSources, isBuiltFrom, listSourceFiles } from './build-sources.js';

export async function buildDist() {
  const files = listSourceFiles();
  const sources = describeSources(files);
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await build({
      entryPoints: files.filter((file) => file.endsWith('.ts')),
      outdir: staging,
      outbase: srcDir,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    for (const file of files.filter((file) => !file.endsWith('.ts'))) {
      const target = join(staging, file.slice(srcDir.length));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(file, target);
    }
    writeFileSync(join(staging, 'build.json'), `${JSON.stringify({ ...sources, builtAt: new Date().toISOString() }, null, 2)}\n`);
    moveIntoPlace(staging);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return sources;
}

/** Swaps `staging` in as dist/; another build finishing at the same moment makes it try again. */
function moveIntoPlace(staging) {
  const previous = `${outDir}.${process.pid}.old`;
  for (let attempt = 0; ; attempt++) {
    rmSync(previous, { recursive: true, force: true });
    try {
      renameSync(outDir, previous);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    try {
      renameSync(staging, outDir);
      break;
    } catch (error) {
      if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || attempt >= 5) throw error;
    }
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Whether dist/ holds a build of src/ as it is now. */
export function isDistCurrent() {
  try {
    return isBuiltFrom(JSON.parse(readFileSync(join(outDir, 'build.json'), 'utf8')));
  } catch {
    return false;
  }
}

// `node bin/build.js [--if-stale]`: --if-stale leaves a current build alone (the test suite's setup)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && isDistCurrent()) {
    console.log('dist/: current');
  } else {
    const started = performance.now();
    try {
      const { files } = await buildDist();
      console.log(`dist/: ${files} files from src/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      // esbuild has printed what is wrong and where
      if (!Array.isArray(error.errors)) console.error(error);
      process.exitCode = 1;
    }
  }
}
