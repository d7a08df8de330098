import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFilesWritten } from '../../../src/cli/interruption.js';
import { repoRoot, tempDataDir } from './run-tessera.js';

describe('Ctrl-C says what was and was not written (issue 9 item 11)', { timeout: 240_000 }, () => {
  const data = tempDataDir();
  afterAll(() => rmSync(dirname(data), { recursive: true, force: true }));

  it('names the files written, the one rolled back and those not reached', () => {
    expect(describeFilesWritten(['/r/a.txt'], '/r/b.txt', 4)).toBe(
      'written: 1 of 4 files (a.txt); not written: b.txt (in progress, rolled back) and 2 more files',
    );
    expect(describeFilesWritten([], null, 0)).toBe('written: no file');
  });

  it('ingest interrupted with SIGINT prints an "interrupted:" line and exits 130', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TESSERA_DATA_DIR: data };
    delete env.TESSERA_DATABASE_URL;
    delete env.TESSERA_WORKSPACE;
    const child = spawn(process.execPath, [join(repoRoot, 'bin/tessera.js'), 'ingest', join(repoRoot, 'samples/reports')], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // the store is open (its lock file is there): the SIGINT handler is in place
    const lock = join(data, 'tessera.lock');
    for (let i = 0; i < 600 && !existsSync(lock); i += 1) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/^interrupted: written: .*(not written: .*)?$/m);
  });
});
