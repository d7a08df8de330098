import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/jobs/index.js';
import { inProcessCli } from '../../cli-commands.js';
import { freePort, repoRoot, runTessera, spawnServe, tempDataDir } from './run-tessera.js';

const fixtures = join(repoRoot, 'test', 'fixtures');

/**
 * A spawned `tessera serve` holds the embedded store in a data directory; the commands given
 * --server run through it. The other commands run in this process (inProcessCli: the same program,
 * parsing and exit codes as bin/tessera.js, without ≈ 1 CPU-s of start-up each), on that store
 * before the server takes it and after it lets go; the one that meets the server's lock on the
 * store runs in a process of its own.
 */
describe('the CLI through a running tessera serve (--server, --api-token)', () => {
  const dataDir = tempDataDir();
  const cli = inProcessCli(() => openStore({ dataDir }));
  afterAll(async () => {
    await cli.close();
    rmSync(dirname(dataDir), { recursive: true, force: true });
  });

  it('imports and reads through the server while it holds the store, and loses no write', async () => {
    // an analyst with an API token, made before the server takes the store
    const added = await cli.run(['users', 'add', 'ana', '--role', 'analyst', '--clearance', 'TLP:RED', '--token']);
    expect(added.code, added.stderr).toBe(0);
    const token = added.stdout.trim().split('\n').pop()!;
    expect(token).toMatch(/^tes_/);
    await cli.close();

    const port = await freePort();
    const server = await spawnServe(dataDir, port);
    const url = `http://127.0.0.1:${port}`;
    const remote = ['--server', url, '--api-token', token];
    const throughServer = (args: string[]) => cli.run([...remote, ...args]);
    try {
      // the store is the server's: a CLI opening it is refused, and told of --server
      const refused = await runTessera(['status'], dataDir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('(tessera serve)');
      expect(refused.stderr).toContain('--server URL');

      // two imports at once through the server, and a report: every write lands
      const [acled, tessera, report] = await Promise.all([
        throughServer(['events', 'import', '--json', join(fixtures, 'events', 'acled-synthetic.csv')]),
        throughServer(['events', 'import', '--json', join(fixtures, 'events', 'tessera-events.csv')]),
        throughServer(['ingest', '--format', 'json', join(fixtures, 'reports', 'lake-chad-brief.txt')]),
      ]);
      expect(acled.code, acled.stderr).toBe(0);
      expect(tessera.code, tessera.stderr).toBe(0);
      expect(report.code, report.stderr).toBe(0);
      const inserted = (out: string) => (JSON.parse(out) as { files: { inserted: number; path: string }[] }).files.reduce((n, f) => n + f.inserted, 0);
      const acledRows = inserted(acled.stdout);
      const tesseraRows = inserted(tessera.stdout);
      expect(acledRows, acled.stdout).toBeGreaterThan(0);
      // the result names the file as it was given, not the server's upload name
      expect(acled.stdout).toContain('acled-synthetic.csv');
      expect(tesseraRows, tessera.stdout).toBeGreaterThan(0);
      const [ingested] = JSON.parse(report.stdout) as { file: string; status: string; claims: number; document: string }[];
      expect(ingested?.file).toContain('lake-chad-brief.txt');
      expect(ingested?.status).toBe('ingested');
      expect(ingested?.claims).toBeGreaterThan(0);

      // read back through the server
      const status = await throughServer(['status', '--format', 'json']);
      expect(status.code, status.stderr).toBe(0);
      const summary = JSON.parse(status.stdout) as { documents: number; events: number; claims: { proposed: number } };
      expect(summary.documents).toBe(1);
      expect(summary.claims.proposed).toBeGreaterThan(0);
      const datasetEvents = acledRows + tesseraRows;
      expect(summary.events).toBeGreaterThanOrEqual(datasetEvents);
      const count = await throughServer(['events', 'count', '--by', 'year', '--format', 'json']);
      expect(count.code, count.stderr).toBe(0);
      const rows = JSON.parse(count.stdout) as { events: number }[];
      expect(rows.reduce((n, r) => n + r.events, 0)).toBe(summary.events);
      const entities = await throughServer(['entities', 'list', '--format', 'csv']);
      expect(entities.code, entities.stderr).toBe(0);
      expect(entities.stdout.split('\n').length).toBeGreaterThan(2);

      // a write through the server: review by document
      const accepted = await throughServer(['review', 'accept', '--document', ingested!.document, '--kind', 'name']);
      expect(accepted.code, accepted.stderr).toBe(0);
      expect(accepted.stdout).toMatch(/claims? accepted/);

      // an export streamed from the server, written whole to a file, as the token's user may read it
      const bundleFile = join(dirname(dataDir), 'through-server.stix.json');
      const exported = await throughServer(['export', 'stix', '--include-proposed', '--out', bundleFile]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stderr).toMatch(/exported \d+ bytes as stix from http/);
      const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as { type: string; objects: { type: string }[] };
      expect(bundle.type).toBe('bundle');
      expect(bundle.objects.some((o) => o.type === 'report')).toBe(true);
      const otherView = await throughServer(['export', 'csv', '--as-user', 'ana']);
      expect(otherView.code).toBe(1);
      expect(otherView.stderr).toContain('--as-user does not run through --server');

      // a bad token is an error naming the flag, not a silent local run
      const bad = await cli.run(['--server', url, '--api-token', 'tes_wrong', 'status']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('--api-token');
      const listed = await throughServer(['documents', '--format', 'csv']);
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stdout).toContain('lake-chad-brief.txt');

      // a command that cannot run through the server says why instead of opening the store
      const unsupported = await throughServer(['demo']);
      expect(unsupported.code).toBe(1);
      expect(unsupported.stderr).toContain('demo does not run through --server: it fills a workspace of its own');
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited, server.stderr()).toBe(0);

    // the server has let go: the store holds what was written through it
    const local = await cli.run(['status', '--format', 'json']);
    expect(local.code, local.stderr).toBe(0);
    const after = JSON.parse(local.stdout) as { documents: number; events: number };
    expect(after.documents).toBe(1);
    const sources = await cli.run(['events', 'sources', '--format', 'csv']);
    expect(sources.stdout).toMatch(/acled/);
    expect(sources.stdout).toMatch(/analyst-log/);
  }, 300_000);
});
