import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, StoreLock, openStore } from '../../src/store/index.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code ?? 'uncoded';
  }
}

/** A lock file as another, living process (this test's parent) would have left it. */
function lockAsLivingProcess(dir: string): void {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, owner: 'tessera serve', since: '2026-12-04T10:00:00Z' }));
}

describe('the embedded store lock: one writer per directory', () => {
  it('refuses a second opener at once, naming the holder', async () => {
    const dir = tempDir();
    lockAsLivingProcess(dir);
    await expect(StoreLock.acquire(dir)).rejects.toThrow(new RegExp(`in use by PID ${process.ppid} \\(tessera serve\\)`));
    expect(await codeOf(openStore({ dataDir: dir }))).toBe('conflict');
  });

  it('refuses a second open of the same directory in one process', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    try {
      expect(await codeOf(openStore({ dataDir: dir }))).toBe('conflict');
    } finally {
      await store.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await openStore({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, owner: 'tessera ingest', since: '2026-12-04T10:00:00Z' }));
    const lock = await StoreLock.acquire(dir);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('waits for the holder when asked to', async () => {
    const dir = tempDir();
    lockAsLivingProcess(dir);
    setTimeout(() => rmSync(join(dir, LOCK_FILE), { force: true }), 400);
    const started = Date.now();
    const lock = await StoreLock.acquire(dir, { waitMs: 5000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    lock.release();
  });
});
