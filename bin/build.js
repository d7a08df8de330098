#!/usr/bin/env node
// `npm run build` (also run by `npm ci` through `prepare`): compiles src/ to JavaScript in dist/, one
// file per source file as tsconfig.build.json selects them (tests excluded), and copies the data files
// the code reads beside itself (knowledge pack, STIX schemas, SQL migrations), so dist/ mirrors src/
// and paths relative to a module hold in both. esbuild only strips types; `npm run typecheck` checks them.
//
// The `tessera` command itself runs from dist/bundle/: src/cli/main.ts bundled with esbuild, one chunk
// per command file (main.ts imports each lazily) and shared chunks for what they share, with zod inside.
// A command then loads a few files instead of ~370 (status: 0.45 → 0.15 s CPU of module loading). A
// bundled module that finds its data by `import.meta.url` (migrations, STIX schemas, web/dist) is given
// the URL of its own file in dist/, so data paths hold in both. The file-by-file build stays for the
// server, the benches and anything importing dist/ module by module.
//
// The new build is written next to dist/ and moved into place at the end, so a `tessera` running
// meanwhile sees the old build or the new one, never half of one. dist/build.json records what the
// build was made from; bin/tessera.js compares it with src/ to tell whether the build is current.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
    await bundleCli(staging);
    for (const file of files.filter((file) => !file.endsWith('.ts'))) {
      const target = join(staging, file.slice(srcDir.length));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(file, target);
    }
    await addEmptyStoreTemplate(staging);
    // the gazetteer's index, precomputed: `extract` and `ingest` read it in one JSON.parse instead of building it (1 s)
    const { writeGazetteerSnapshot } = await import(pathToFileURL(join(staging, 'ingest', 'reference', 'gazetteer.js')).href);
    writeGazetteerSnapshot(join(staging, 'ingest', 'reference', 'gazetteer-snapshot.json'));
    writeFileSync(join(staging, 'build.json'), `${JSON.stringify({ ...sources, builtAt: new Date().toISOString() }, null, 2)}\n`);
    moveIntoPlace(staging);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return sources;
}

/** Packages bundled into the CLI (pure JavaScript, many small files); the others load from node_modules. */
const BUNDLED_PACKAGES = ['zod'];

/** dist/bundle/: the CLI as an entry (main.js) and chunks, loaded by bin/tessera.js. */
async function bundleCli(staging) {
  const bundleDir = join(staging, 'bundle');
  await build({
    entryPoints: [join(srcDir, 'cli', 'main.ts')],
    bundle: true,
    splitting: true,
    outdir: bundleDir,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [
      {
        name: 'packages-from-node-modules',
        setup(bundler) {
          bundler.onResolve({ filter: /^[^./]/ }, (args) =>
            BUNDLED_PACKAGES.some((name) => args.path === name || args.path.startsWith(`${name}/`)) ? undefined : { path: args.path, external: true },
          );
        },
      },
      {
        // `import.meta.url` in a bundled module means its own file in dist/, as in the file-by-file build
        name: 'module-urls-in-dist',
        setup(bundler) {
          bundler.onLoad({ filter: /\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes('import.meta.url')) return undefined;
            const inDist = relative(bundleDir, join(staging, relative(srcDir, args.path))).replace(/\.ts$/, '.js').split(sep).join('/');
            return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(inDist)}, import.meta.url).href`), loader: 'ts', resolveDir: dirname(args.path) };
          });
        },
      },
    ],
  });
}

/**
 * dist/store/empty-store-<hash>.tar: an empty embedded store with every migration applied, that
 * new embedded stores start from (src/store/empty-store.ts). Taken from the previous build when its
 * migrations are the same, else made by the staged build's own code (about 3 s).
 */
async function addEmptyStoreTemplate(staging) {
  const storeDir = join(staging, 'store');
  const { emptyStoreFileName, writeEmptyStoreTemplate } = await import(pathToFileURL(join(storeDir, 'empty-store.js')).href);
  const { listMigrations } = await import(pathToFileURL(join(storeDir, 'migrate.js')).href);
  const name = emptyStoreFileName(listMigrations(join(storeDir, 'migrations')));
  if (existsSync(join(outDir, 'store', name))) cpSync(join(outDir, 'store', name), join(storeDir, name));
  else await writeEmptyStoreTemplate(storeDir);
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
