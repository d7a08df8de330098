import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runTessera, tempDataDir, type CliResult } from './run-tessera.js';

/** `tessera ARGS` with extra environment variables (TESSERA_PASSWORD). */
function runWithEnv(args: readonly string[], dataDir: string, extra: Record<string, string>): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, TESSERA_DATA_DIR: dataDir };
  delete env.TESSERA_DATABASE_URL;
  delete env.TESSERA_WORKSPACE;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/tessera.js'), ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('tessera users, tokens and audit', { timeout: 300_000 }, () => {
  const data = tempDataDir();
  afterAll(() => rmSync(dirname(data), { recursive: true, force: true }));

  it('adds a user with --token (the token is the last line), refuses a password flag, reads one from TESSERA_PASSWORD', async () => {
    const added = await runTessera(['users', 'add', 'anna', '--role', 'analyst', '--clearance', 'TLP:AMBER', '--token'], data);
    expect(added.code).toBe(0);
    const lines = added.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^tes_[A-Za-z0-9_-]{43}$/);
    expect(lines[0]).toMatch(/added anna: analyst, cleared to TLP:AMBER, every workspace/);

    const flag = await runTessera(['users', 'add', 'bob', '--role', 'reader', '--clearance', 'TLP:CLEAR', '--password', 'hunter2hunter2'], data);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/^error: --password/);

    const env = await runWithEnv(['users', 'add', 'bob', '--role', 'reader', '--clearance', 'TLP:CLEAR', '--workspaces', 'team'], data, { TESSERA_PASSWORD: 'hunter2hunter2' });
    expect(env.code).toBe(0);
    expect(env.stdout).toMatch(/added bob: reader, cleared to TLP:CLEAR, workspaces team, password set/);

    const list = JSON.parse((await runTessera(['users', 'list', '--format', 'json'], data)).stdout) as { name: string; tokens: { prefix: string }[] }[];
    expect(list.map((u) => u.name)).toEqual(['anna', 'bob']);
    expect(lines.at(-1)!.startsWith(list[0]!.tokens[0]!.prefix)).toBe(true);

    const revoked = await runTessera(['tokens', 'revoke', list[0]!.tokens[0]!.prefix], data);
    expect(revoked.code).toBe(0);
    expect((await runTessera(['tokens', 'revoke', list[0]!.tokens[0]!.prefix], data)).code).toBe(1);
  });

  it('prints the audit log as json, csv and a table, filtered by user', async () => {
    const ingest = await runTessera(['ingest', join(repoRoot, 'test/fixtures/documents/report.txt'), '--marking', 'TLP:GREEN'], data);
    expect(ingest.code).toBe(0);
    const json = await runTessera(['audit', '--format', 'json'], data);
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.stdout) as { action: string; actorName: string; after: Record<string, unknown> | null }[];
    expect(entries.map((e) => e.action)).toEqual(['document.ingest', 'token.revoke', 'user.add', 'user.add']);
    expect(entries[0]).toMatchObject({ actorName: 'local', after: { marking: 'TLP:GREEN' } });
    const csv = await runTessera(['audit', '--format', 'csv', '--limit', '1', '--offset', '1'], data);
    expect(csv.stdout.split('\n')[0]).toBe('at,actor,actorUserId,action,targets,before,after,detail');
    expect(csv.stdout).toMatch(/token\.revoke/);
    expect(csv.stdout).not.toMatch(/document\.ingest/);
    const none = await runTessera(['audit', '--user', 'nobody', '--format', 'json'], data);
    expect(JSON.parse(none.stdout)).toEqual([]);
    const table = await runTessera(['audit', '--since', '2000-01-01'], data);
    expect(table.stdout).toMatch(/user\.add/);
    expect((await runTessera(['audit', '--since', 'someday'], data)).code).toBe(1);
  });
});
