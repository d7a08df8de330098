import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/jobs/index.js';
import { inProcessCli } from '../../cli-commands.js';
import { repoRoot, runTessera, tempDataDir } from './run-tessera.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'events');

describe('two processes on one embedded store (spawned CLI)', () => {
  const dataDir = tempDataDir();
  afterAll(() => rmSync(dirname(dataDir), { recursive: true, force: true }));

  it('never loses a write: two concurrent imports with --wait both land', async () => {
    const [first, second] = await Promise.all([
      runTessera(['--wait', '120', 'events', 'import', join(fixtures, 'acled-synthetic.csv')], dataDir),
      runTessera(['--wait', '120', 'events', 'import', join(fixtures, 'tessera-events.csv')], dataDir),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    // read back in this process once both have let go of the store
    const cli = inProcessCli(() => openStore({ dataDir }));
    const sources = await cli.run(['events', 'sources', '--format', 'csv']).finally(() => cli.close());
    expect(sources.code, sources.stderr).toBe(0);
    expect(sources.stdout).toMatch(/acled/);
    expect(sources.stdout).toMatch(/analyst-log/);
  }, 120_000);

  it('refuses at once without --wait, naming the process that holds the store', async () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'tessera.lock'), JSON.stringify({ pid: process.pid, owner: 'tessera serve', since: '2026-12-04T10:00:00Z' }));
    try {
      const refused = await runTessera(['status'], dataDir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`is in use by PID ${process.pid} (tessera serve)`);
      expect(refused.stderr).toContain('--wait');
    } finally {
      rmSync(join(dataDir, 'tessera.lock'), { force: true });
    }
  }, 60_000);
});
