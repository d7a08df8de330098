import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TesseraError } from '../model/index.js';

/** The file that marks an embedded store's directory as open by one process. */
export const LOCK_FILE = 'tessera.lock';

export interface StoreLockOptions {
  /** What holds the lock, shown to whoever is refused ("tessera serve", "tessera events import"). */
  owner?: string;
  /** Wait up to this many milliseconds for the holder to finish instead of failing at once (0: fail at once). */
  waitMs?: number;
}

interface LockHolder {
  pid: number;
  owner: string;
  since: string;
}

/**
 * An exclusive lock on an embedded store's directory. PGlite is one process's database: two
 * processes writing one directory lose writes, so the second process is refused at once (or waits
 * when asked) with who holds the lock. A lock left by a process that died is taken over.
 */
export class StoreLock {
  private constructor(private readonly path: string) {}

  static async acquire(dataDir: string, options: StoreLockOptions = {}): Promise<StoreLock> {
    const path = join(dataDir, LOCK_FILE);
    const deadline = Date.now() + (options.waitMs ?? 0);
    for (;;) {
      const holder = tryCreate(path, { pid: process.pid, owner: options.owner ?? 'tessera', since: new Date().toISOString() });
      if (holder === null) return new StoreLock(path);
      if (holder.pid === process.pid) {
        throw new TesseraError('conflict', `the store in ${dataDir} is already open in this process (${holder.owner})`, { ...holder });
      }
      if (!isAlive(holder.pid)) {
        rmSync(path, { force: true }); // left by a process that died: take it over
        continue;
      }
      if (Date.now() >= deadline) {
        throw new TesseraError(
          'conflict',
          `the store in ${dataDir} is in use by PID ${holder.pid} (${holder.owner}) since ${holder.since}; ` +
            (/\bserve\b/.test(holder.owner)
              ? 'stop it, or point the CLI at the server with --server URL --api-token TOKEN (TESSERA_SERVER, TESSERA_TOKEN), or wait for it with --wait'
              : 'stop it, or wait for it with --wait'),
          { ...holder, dataDir },
        );
      }
      await sleep(200);
    }
  }

  release(): void {
    const holder = readHolder(this.path);
    if (holder?.pid === process.pid) rmSync(this.path, { force: true });
  }
}

/** Creates the lock file, or returns who holds it. */
function tryCreate(path: string, holder: LockHolder): LockHolder | null {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const existing = readHolder(path);
    if (existing !== null) return existing;
    // a holder that has created the file but not yet written it; an unreadable file older than a few seconds is stale
    const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    return { pid: age > 5000 ? 0 : -1, owner: 'another process', since: 'just now' };
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return null;
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, owner: String(parsed.owner ?? 'tessera'), since: String(parsed.since ?? '') };
  } catch {
    return null;
  }
}

/** -1: a holder still writing its lock file; 0: no holder (an unreadable, stale file). */
function isAlive(pid: number): boolean {
  if (pid === -1) return true;
  if (pid === 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
