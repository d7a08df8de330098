import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh, empty data directory for one test's embedded store. */
export function tempDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'tessera-e2e-')), 'data');
}

/** Runs `node bin/tessera.js ARGS` as a user would, on the embedded store in `dataDir`. */
export function runTessera(args: readonly string[], dataDir: string, options: { cwd?: string } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, TESSERA_DATA_DIR: dataDir };
  delete env.TESSERA_DATABASE_URL;
  delete env.TESSERA_WORKSPACE;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/tessera.js'), ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** A port nobody listens on right now (for a spawned `tessera serve`). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** A spawned `tessera serve`: the process, its exit and what it has printed. */
export interface ServeProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

/** Spawns `tessera serve --port PORT` on the embedded store in `dataDir` and waits until it listens. */
export async function spawnServe(dataDir: string, port: number, timeoutMs = 90_000): Promise<ServeProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_LOG_LEVEL: 'warn' };
  delete env.TESSERA_DATABASE_URL;
  delete env.TESSERA_WORKSPACE;
  const child = spawn(process.execPath, [join(repoRoot, 'bin/tessera.js'), 'serve', '--port', String(port)], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
  await new Promise<void>((resolveListening, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" within ${timeoutMs / 1000} s; stderr: ${stderr}`)), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('listening on ')) {
        clearTimeout(timer);
        resolveListening();
      }
    });
    child.on('close', () => reject(new Error(`exited before listening; stderr: ${stderr}`)));
  });
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}
