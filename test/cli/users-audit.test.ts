import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcessCli } from '../cli-commands.js';

const report = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents', 'report.txt');

describe('tessera users, tokens and audit (the CLI in process, one store)', { timeout: 300_000 }, () => {
  const cli = inProcessCli();
  const runTessera = (args: string[]) => cli.run(args);
  afterAll(() => cli.close());

  it('adds a user with --token (the token is the last line), refuses a password flag, reads one from TESSERA_PASSWORD', async () => {
    const added = await runTessera(['users', 'add', 'anna', '--role', 'analyst', '--clearance', 'TLP:AMBER', '--token']);
    expect(added.code).toBe(0);
    const lines = added.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^tes_[A-Za-z0-9_-]{43}$/);
    expect(lines[0]).toMatch(/added anna: analyst, cleared to TLP:AMBER, every workspace/);

    const flag = await runTessera(['users', 'add', 'bob', '--role', 'reader', '--clearance', 'TLP:CLEAR', '--password', 'hunter2hunter2']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/^error: --password/);

    const env = await cli.run(['users', 'add', 'bob', '--role', 'reader', '--clearance', 'TLP:CLEAR', '--workspaces', 'team'], { TESSERA_PASSWORD: 'hunter2hunter2' });
    expect(env.code).toBe(0);
    expect(env.stdout).toMatch(/added bob: reader, cleared to TLP:CLEAR, workspaces team, password set/);

    const list = JSON.parse((await runTessera(['users', 'list', '--format', 'json'])).stdout) as { name: string; tokens: { prefix: string }[] }[];
    expect(list.map((u) => u.name)).toEqual(['anna', 'bob']);
    expect(lines.at(-1)!.startsWith(list[0]!.tokens[0]!.prefix)).toBe(true);

    const revoked = await runTessera(['tokens', 'revoke', list[0]!.tokens[0]!.prefix]);
    expect(revoked.code).toBe(0);
    expect((await runTessera(['tokens', 'revoke', list[0]!.tokens[0]!.prefix])).code).toBe(1);
  });

  it('prints the audit log as json, csv and a table, filtered by user', async () => {
    const ingest = await runTessera(['ingest', report, '--marking', 'TLP:GREEN']);
    expect(ingest.code).toBe(0);
    const json = await runTessera(['audit', '--format', 'json']);
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.stdout) as { action: string; actorName: string; after: Record<string, unknown> | null }[];
    expect(entries.map((e) => e.action)).toEqual(['document.ingest', 'token.revoke', 'user.add', 'user.add']);
    expect(entries[0]).toMatchObject({ actorName: 'local', after: { marking: 'TLP:GREEN' } });
    const csv = await runTessera(['audit', '--format', 'csv', '--limit', '1', '--offset', '1']);
    expect(csv.stdout.split('\n')[0]).toBe('at,actor,actorUserId,action,targets,before,after,detail');
    expect(csv.stdout).toMatch(/token\.revoke/);
    expect(csv.stdout).not.toMatch(/document\.ingest/);
    const none = await runTessera(['audit', '--user', 'nobody', '--format', 'json']);
    expect(JSON.parse(none.stdout)).toEqual([]);
    const table = await runTessera(['audit', '--since', '2000-01-01']);
    expect(table.stdout).toMatch(/user\.add/);
    expect((await runTessera(['audit', '--since', 'someday'])).code).toBe(1);
  });
});
