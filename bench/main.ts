/**
 * `npm run bench [-- AREA…]`: runs every bench/<area>.ts (or the areas named) one after
 * another and prints their figures. Benchmarks may read ../shared and say so when it is absent.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

interface BenchModule {
  run(): Promise<void>;
}

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const areas = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== 'main.ts' && !file.includes('.test.'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((area) => wanted.length === 0 || wanted.includes(area))
  .sort();

if (areas.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exitCode = 2;
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const area of areas) {
  console.log(`\n=== bench: ${area} ===`);
  const started = performance.now();
  const module = (await import(pathToFileURL(join(benchDir, `${area}.ts`)).href)) as BenchModule;
  await module.run();
  console.log(`(${area}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
