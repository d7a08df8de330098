import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/jobs/index.js';
import { inProcessCli } from '../../cli-commands.js';
import { sharedDir } from '../../shared-data.js';
import { freePort, repoRoot, spawnServe, tempDataDir, type ServeProcess } from './run-tessera.js';

/**
 * The OASIS reference tools, vendored offline in ../shared/oasis (taxii2-client, stix2-validator):
 * `taxii-check.py` against a spawned `tessera serve`, and `stix-validate.py` on a bundle exported
 * by `tessera export stix`. The store in the data directory is filled and exported by the
 * `tessera` commands run in this process (inProcessCli), then let go for the server, which starts
 * while the bundle is validated. Skipped without ../shared/oasis or python3.
 */
const oasis = sharedDir() === null ? null : join(sharedDir()!, 'oasis');
const hasPython = spawnSync('python3', ['--version']).status === 0;
const isRunnable = oasis !== null && existsSync(join(oasis, 'taxii-check.py')) && hasPython;
if (!isRunnable) console.log('skipping the OASIS STIX/TAXII checks: ../shared/oasis or python3 missing');

function python(script: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('python3', [join(oasis!, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe.skipIf(!isRunnable)('the OASIS validator and TAXII client accept Tessera (spawned)', () => {
  const dataDir = tempDataDir();
  const bundlePath = join(dirname(dataDir), 'bundle.json');
  let token = '';
  let port = 0;
  /** `tessera serve` on the filled store, started as soon as the commands let the store go: it starts while stix-validate.py runs. */
  let serving: Promise<ServeProcess> | null = null;
  beforeAll(async () => {
    const cli = inProcessCli(() => openStore({ dataDir }));
    try {
      expect((await cli.run(['ingest', join(repoRoot, 'samples', 'reports', 'isk-external-operations.txt')])).code).toBe(0);
      expect((await cli.run(['review', 'accept', '--document', 'isk-external-operations.txt'])).code).toBe(0);
      expect((await cli.run(['import', 'stix', join(repoRoot, 'test', 'fixtures', 'stix', 'apt1.json')])).code).toBe(0);
      const added = await cli.run(['users', 'add', 'oasis', '--role', 'analyst', '--clearance', 'TLP:RED', '--token']);
      expect(added.code, added.stderr).toBe(0);
      token = added.stdout.trim().split('\n').at(-1)!.trim();
      const exported = await cli.run(['export', 'stix']);
      expect(exported.code, exported.stderr).toBe(0);
      writeFileSync(bundlePath, exported.stdout);
    } finally {
      // the server takes the store the commands above filled
      await cli.close();
    }
    port = await freePort();
    serving = spawnServe(dataDir, port, 120_000);
    // awaited by the TAXII test; a failed start is that test's failure, not an unhandled rejection
    serving.catch(() => undefined);
  }, 300_000);
  afterAll(async () => {
    const server = await serving?.catch(() => null);
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dirname(dataDir), { recursive: true, force: true });
  });

  it('stix-validate.py: an exported bundle has no errors', async () => {
    const result = await python('stix-validate.py', ['-q', bundlePath]);
    expect(result.out).toMatch(/stix: \d+ objects, 0 errors/);
    expect(result.code, result.out).toBe(0);
  }, 300_000);

  it('taxii-check.py: every check passes against tessera serve (Bearer token)', async () => {
    await serving;
    const result = await python('taxii-check.py', [`http://127.0.0.1:${port}/taxii2/`, '-', token]);
    expect(result.out).toMatch(/taxii: \d+ passed, 0 failed/);
    expect(result.code, result.out).toBe(0);
  }, 300_000);
});
