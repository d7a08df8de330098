import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';

/**
 * Before the suites: builds dist/ unless it is current, so the spawned-CLI tests run the compiled
 * `tessera` as users do; points TMPDIR at one directory of this run, removed afterwards, so no test
 * leaves files in /tmp; migrates the PostgreSQL test database once (when one is configured).
 */
export default async function setup(): Promise<() => void> {
  const build = spawnSync(process.execPath, ['bin/build.js', '--if-stale'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.stderr.write('test setup: dist/ could not be built; the spawned CLI runs the sources through tsx\n');

  const previousTmp = process.env.TMPDIR;
  const runTmp = mkdtempSync(join(tmpdir(), 'tessera-test-'));
  process.env.TMPDIR = runTmp;
  const teardown = () => {
    rmSync(runTmp, { recursive: true, force: true });
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  };

  const url = loadConfig().test.databaseUrl;
  if (url !== null) {
    const { openStore } = await import('../src/store/index.js');
    const store = await openStore({ databaseUrl: url });
    await store.close();
  }
  return teardown;
}
