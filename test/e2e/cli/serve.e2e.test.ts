import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, tempDataDir } from './run-tessera.js';

describe('tessera serve (spawned)', () => {
  const dataDir = tempDataDir();
  afterAll(() => rmSync(dirname(dataDir), { recursive: true, force: true }));

  it('serves health, signs in with the printed one-time link, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_LOG_LEVEL: 'warn' };
    delete env.TESSERA_DATABASE_URL;
    delete env.TESSERA_WORKSPACE;
    const child = spawn(process.execPath, [join(repoRoot, 'bin/tessera.js'), 'serve', '--port', String(port)], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening on" within 60 s; stderr: ${stderr}`)), 60_000);
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('listening on ')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('close', () => reject(new Error(`exited before listening; stderr: ${stderr}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    expect(stdout).toContain(`listening on ${base}`);
    try {
      const health = await fetch(`${base}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect((await fetch(`${base}/api/v1/me`)).status).toBe(401);

      const link = /(http:\/\/\S+\/api\/v1\/login\/\S+)/.exec(stdout)?.[1];
      expect(link, stdout).toBeDefined();
      const login = await fetch(link!);
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const session = (await login.json()) as { viewer: { role: string }; csrfToken: string };
      expect(session.viewer.role).toBe('admin');
      const me = await fetch(`${base}/api/v1/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      // the link is good once
      expect((await fetch(link!)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
  }, 120_000);
});
