import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildApp, type TesseraApp } from '../../src/server/app.js';
import { inProcessCli, type CliRun } from '../cli-commands.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/**
 * Each command run twice against the same store: on it (as when no server runs), and through
 * `tessera serve`'s HTTP API over that store (`--server URL --api-token`). Both must print the
 * same, byte for byte, on stdout and stderr, and exit alike.
 */
describe('the CLI through the server prints what it prints on the store', { timeout: 240_000 }, () => {
  const cli = inProcessCli();
  let app: TesseraApp;
  let remote: string[];
  let adminToken: string;
  let readerToken: string;
  const local = (...args: string[]) => cli.run(args);
  const throughServer = (...args: string[]) => cli.run([...remote, ...args]);

  /** The command both ways: what it printed on the store, after checking the server printed the same. */
  async function same(...args: string[]): Promise<CliRun> {
    const here = await local(...args);
    const there = await throughServer(...args);
    expect(there.stderr, `${args.join(' ')} through the server`).toBe(here.stderr);
    expect(there.stdout, `${args.join(' ')} through the server`).toBe(here.stdout);
    expect(there.code, there.stderr).toBe(here.code);
    return here;
  }

  beforeAll(async () => {
    const imported = await local('events', 'import', join(fixtures, 'events', 'acled-synthetic.csv'), join(fixtures, 'events', 'gtd-fixture.csv'));
    expect(imported.code, imported.stderr).toBe(0);
    const ingested = await local('ingest', '--format', 'json', join(fixtures, 'reports', 'khorasan-network-brief.txt'));
    expect(ingested.code, ingested.stderr).toBe(0);
    const document = (JSON.parse(ingested.stdout) as { document: string }[])[0]!.document;
    expect((await local('review', 'accept', '--document', document)).code).toBe(0);
    const listed = await local('import', 'un-sanctions', join(fixtures, 'names', 'un-consolidated-sample.xml'));
    expect(listed.code, listed.stderr).toBe(0);

    // the server's users are the store's: an admin cleared to TLP:RED sees what the local CLI sees
    const token = async (name: string, role: string) => {
      const added = await local('users', 'add', name, '--role', role, '--clearance', 'TLP:RED', '--token');
      expect(added.code, added.stderr).toBe(0);
      return added.stdout.trim().split('\n').pop()!;
    };
    adminToken = await token('boss', 'admin');
    readerToken = await token('rea', 'reader');
    const store = await cli.store();
    app = await buildApp({ store, config: loadConfig({}) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    remote = ['--server', `http://127.0.0.1:${port}`, '--api-token', adminToken];
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await cli.close();
  });

  it('graph measures, path, ego, lineage and export', async () => {
    const measures = await same('graph', 'measures', '--format', 'csv');
    expect(measures.stdout.split('\n').length).toBeGreaterThan(3);
    await same('graph', 'measures', '--every', 'year', '--format', 'json', '--limit', '5');
    await same('graph', 'export', '--format', 'gexf');
    await same('graph', 'export', '--format', 'json');
    const names = measures.stdout.split('\n').slice(1, 3).map((line) => line.split(',')[0]!);
    await same('graph', 'ego', names[0]!, '--depth', '1');
    await same('graph', 'ego', names[0]!, '--format', 'json');
    await same('graph', 'path', names[0]!, names[1]!, '--k', '2');
    await same('graph', 'path', names[0]!, names[1]!, '--format', 'json');
  });

  it('graph lineage of a group', async () => {
    const groups = await local('entities', 'list', '--type', 'group', '--format', 'csv');
    const group = groups.stdout.split('\n')[1]!.split(',').slice(2).join(',');
    expect(group).not.toBe('');
    await same('graph', 'lineage', group, '--include-proposed');
    await same('graph', 'lineage', group, '--format', 'json');
  });

  it('every event analysis, the sources and the export', async () => {
    const count = await same('events', 'count', '--by', 'year');
    // ACLED and GTD cover different periods: the note on stderr comes through the server too
    expect(count.stderr).toContain('coverage: these counts add sources');
    await same('events', 'trend', '--by', 'month', '--country', 'PK', '--format', 'csv');
    await same('events', 'count', '--by', 'year', '--split', 'source', '--format', 'json');
    await same('events', 'seasonality');
    await same('events', 'seasonality', '--format', 'json');
    await same('events', 'top', '--level', 'country', '--limit', '2');
    await same('events', 'anomaly', '--by', 'month', '--baseline', '3', '--format', 'csv');
    await same('events', 'compare', '--by', 'year', '--a-source', 'acled', '--b-source', 'gtd', '--b-measure', 'fatalities');
    await same('events', 'sources', '--format', 'csv');
    await same('events', 'duplicates', '--format', 'csv');
    const exported = await same('events', 'export', '--country', 'PK');
    expect(exported.stdout.split('\n').length).toBeGreaterThan(2);
    // a bad filter is refused both ways, naming the flag
    const bad = await same('events', 'count', '--from', '2025', '--to', '2020');
    expect(bad.code).toBe(1);
  });

  it('charts and GeoJSON drawn from what the server answers are the files drawn on the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-through-server-'));
    try {
      for (const [name, args] of [
        ['trend', ['events', 'trend', '--by', 'year']],
        ['season', ['events', 'seasonality']],
        ['top', ['events', 'top', '--level', 'country']],
        ['anomaly', ['events', 'anomaly', '--by', 'month']],
        ['compare', ['events', 'compare', '--by', 'year', '--a-source', 'acled', '--b-source', 'gtd']],
      ] as const) {
        expect((await local(...args, '--chart', join(dir, `${name}-local.svg`))).code).toBe(0);
        expect((await throughServer(...args, '--chart', join(dir, `${name}-server.svg`))).code).toBe(0);
        expect(readFileSync(join(dir, `${name}-server.svg`), 'utf8'), name).toBe(readFileSync(join(dir, `${name}-local.svg`), 'utf8'));
      }
      await local('events', 'top', '--geojson', join(dir, 'local.geojson'));
      await throughServer('events', 'top', '--geojson', join(dir, 'server.geojson'));
      expect(readFileSync(join(dir, 'server.geojson'), 'utf8')).toBe(readFileSync(join(dir, 'local.geojson'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('entities list, show, duplicates, merge and split', async () => {
    const list = await same('entities', 'list', '--format', 'csv', '--limit', '5');
    const [first, second] = list.stdout.split('\n').slice(1, 3).map((line) => line.split(',')[0]!);
    await same('entities', 'show', first!);
    await same('entities', 'show', first!, '--accepted-only', '--format', 'json');
    await same('entities', 'duplicates', '--format', 'csv');
    // a write through the server, then the same write on the store: the same words, new claim ids
    const ids = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID');
    const mergedThere = await throughServer('entities', 'merge', first!, second!);
    expect(mergedThere.stderr).toBe('');
    expect(mergedThere.stdout).toMatch(/^merged \(created\): same_as claim /);
    const splitThere = await throughServer('entities', 'split', first!, second!);
    expect(splitThere.code, splitThere.stderr).toBe(0);
    const mergedHere = await local('entities', 'merge', first!, second!);
    const splitHere = await local('entities', 'split', first!, second!);
    expect(ids(mergedThere.stdout)).toBe(ids(mergedHere.stdout));
    expect(ids(splitThere.stdout)).toBe(ids(splitHere.stdout));
    const analyst = await throughServer('entities', 'merge', first!, second!, '--analyst', 'someone');
    expect(analyst.code).toBe(1);
    expect(analyst.stderr).toContain('--analyst does not run through --server');
  });

  it('documents versions', async () => {
    const documents = await local('documents', '--format', 'csv');
    const id = documents.stdout.split('\n')[1]!.split(',')[0]!;
    const versions = await same('documents', 'versions', id);
    expect(versions.stdout).toContain(id);
  });

  it('users and tokens (an admin token)', async () => {
    const ids = (text: string) => text.replace(/tes_\S+/g, 'TOKEN');
    const there = await throughServer('users', 'add', 'remote-ana', '--role', 'analyst', '--clearance', 'TLP:AMBER', '--token');
    const here = await local('users', 'add', 'local-ana', '--role', 'analyst', '--clearance', 'TLP:AMBER', '--token');
    expect(there.code, there.stderr).toBe(0);
    expect(ids(there.stdout).replace('remote-ana', 'NAME')).toBe(ids(here.stdout).replace('local-ana', 'NAME'));
    const listed = await same('users', 'list', '--format', 'csv');
    expect(listed.stdout).toContain('remote-ana');
    const passwd = await cli.run([...remote, 'users', 'passwd', 'remote-ana'], { TESSERA_PASSWORD: 'a long enough passphrase' });
    expect(passwd.stdout).toBe('password set for remote-ana; 0 session(s) ended\n');
    const token = await throughServer('tokens', 'create', 'remote-ana');
    expect(token.stdout).toMatch(/^tes_/);
    const revoked = await throughServer('tokens', 'revoke', '--user', 'remote-ana');
    expect(revoked.stdout).toMatch(/^revoked tes_[\w-]+… of remote-ana$/m);
    expect(revoked.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    const removed = await throughServer('users', 'remove', 'remote-ana');
    expect(removed.stdout).toBe('removed remote-ana\n');
    // a reader's token may not: the server says so, naming the token
    const reader = await cli.run([remote[0]!, remote[1]!, '--api-token', readerToken, 'users', 'list']);
    expect(reader.code).toBe(1);
    expect(reader.stderr).toContain('the token\'s user may not do this');
  });

  it('screen --list store and names link --kb store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-through-server-names-'));
    try {
      const names = join(dir, 'names.csv');
      writeFileSync(names, 'id,name,type\nq1,Tojiddin Nazarov,person\nq2,Abu Osama Noraki,\nq3,Wilayat Khurasan,group\nq4,Nobody Known,\n');
      const screened = await same('screen', '--list', 'store', '--names', names, '--min-score', '0.6');
      expect(screened.stdout).toMatch(/NAZAROV/i);
      await same('screen', '--list', 'store', '--names', names, '--format', 'json', '--no-reference', '--limit', '2');
      const queries = join(dir, 'queries.csv');
      writeFileSync(queries, 'qid,name\nq1,Islamic State Khorasan\nq2,Kulob\nq3,Tojiddin Nazarov\n');
      const linked = await same('names', 'link', '--kb', 'store', '--queries', queries, '--top', '3');
      expect(linked.stdout.split('\n').length).toBeGreaterThan(2);
      const refused = await throughServer('screen', '--list', 'store', '--names', names, '--reference', names);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('--reference FILE does not run through --server');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('review lists the same claims', async () => {
    const cards = await same('review', '--status', 'accepted', '--limit', '3');
    expect(cards.stdout).toContain('claims 1–3 of');
    await same('review', '--status', 'accepted', '--format', 'json', '--limit', '2', '--offset', '1');
    await same('review', '--kind', 'relation', '--status', 'accepted', '--format', 'csv');
  });

  it('import stix: uploaded, imported by the server, and then in the store', async () => {
    const bundle = join(fixtures, 'stix', 'apt1.json');
    const there = await throughServer('import', 'stix', bundle, '--format', 'json');
    expect(there.code, there.stderr).toBe(0);
    const imported = JSON.parse(there.stdout) as { file: string; objects: number; written: { rawObjects: number } };
    expect(imported.file).toBe(bundle);
    expect(imported.written.rawObjects).toBeGreaterThan(0);
    // the same bundle again, on the store: already there, nothing written
    const here = JSON.parse((await local('import', 'stix', bundle, '--format', 'json')).stdout) as typeof imported;
    expect(here.objects).toBe(imported.objects);
    expect(here.written.rawObjects).toBe(0);
  });

  it('export: the same file, with the network filter for gexf (the summary on stderr differs: the server streams, then audits)', async () => {
    for (const args of [
      ['export', 'gexf', '--types', 'member_of,leader_of', '--include-proposed'],
      ['export', 'gexf', '--at', '2024-01-01'],
      ['export', 'csv', '--what', 'entities'],
      ['export', 'stix'],
    ]) {
      const here = await local(...args);
      const there = await throughServer(...args);
      expect(there.code, there.stderr).toBe(0);
      expect(there.stdout, args.join(' ')).toBe(here.stdout);
      expect(there.stderr).toMatch(/^exported \d+ bytes as \w+ from http/);
    }
    // the filter is applied, not dropped: the filtered network is not the whole one
    const whole = await throughServer('export', 'gexf', '--include-proposed');
    const filtered = await throughServer('export', 'gexf', '--types', 'member_of,leader_of', '--include-proposed');
    expect(filtered.stdout.length).toBeLessThan(whole.stdout.length);
  });

  it('events import: --strict and --marking go through; messages name the files as typed', async () => {
    const acled = join(fixtures, 'events', 'acled-synthetic.csv');
    // imported before: unchanged both ways, the same bad rows named by the path as typed (the progress line differs: bytes read here, rows imported there)
    const here = await local('events', 'import', acled);
    const there = await throughServer('events', 'import', acled);
    const skipped = (text: string) => text.split('\n').filter((line) => line.startsWith('skipped: '));
    expect(there.stdout).toBe(here.stdout);
    expect(skipped(there.stderr)).toEqual(skipped(here.stderr));
    expect(skipped(here.stderr)).toContain(`skipped: ${acled} line 7: event_date "31/02/2021" is not a date`);
    const before = await local('events', 'sources', '--format', 'csv');
    const strict = await throughServer('events', 'import', '--strict', join(fixtures, 'events', 'tessera-events.csv'), acled);
    expect(strict.code).toBe(1);
    // the first bad row stops it, named by the file as sent (never the server's temporary upload path)
    expect(strict.stderr).toContain('failed: tessera-events.csv line 5: date "2024-02-30" is not a date');
    expect(strict.stderr).not.toMatch(/\/tmp\//);
    // nothing written
    expect((await local('events', 'sources', '--format', 'csv')).stdout).toBe(before.stdout);
    const marked = await throughServer('events', 'import', '--marking', 'TLP:AMBER', '--json', join(fixtures, 'events', 'tessera-events.csv'));
    expect(marked.code, marked.stderr).toBe(0);
    expect((JSON.parse(marked.stdout) as { files: { inserted: number }[] }).files[0]!.inserted).toBeGreaterThan(0);
  });

  it('audit', async () => {
    const audit = await same('audit', '--format', 'csv', '--limit', '3');
    expect(audit.stdout.split('\n').length).toBeGreaterThan(2);
    await same('audit', '--action', 'claim.review', '--format', 'json');
  });
});
