import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServe, tempDataDir } from './run-tessera.js';

describe('tessera serve (spawned)', () => {
  const dataDir = tempDataDir();
  afterAll(() => rmSync(dirname(dataDir), { recursive: true, force: true }));

  it('serves health, signs in with the printed one-time link, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = await spawnServe(dataDir, port, 60_000);
    const stdout = server.stdout();
    const { child, exited } = server;
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
    expect(await exited, server.stderr()).toBe(0);
  }, 120_000);
});
