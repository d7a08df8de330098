import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli, type CliRun } from '../cli-commands.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events');

describe('tessera events (the CLI in process, one store)', () => {
  const cli = inProcessCli();
  const tessera = (...args: string[]) => cli.run(args);
  const chartDir = mkdtempSync(join(tmpdir(), 'tessera-events-charts-'));
  let imported: CliRun;
  beforeAll(async () => {
    imported = await tessera('events', 'import', join(fixtures, 'acled-synthetic.csv'), join(fixtures, 'gtd-fixture.csv'));
  });
  afterAll(async () => {
    await cli.close();
    rmSync(chartDir, { recursive: true, force: true });
  });

  it('imports, reporting skipped rows by file and line on stderr', async () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/acled-synthetic\.csv\s+acled\s+10\s+6\s+0\s+0\s+4/);
    expect(imported.stderr).toContain('acled-synthetic.csv line 7: event_date "31/02/2021" is not a date');
  });

  it('prints the fixed measurement interface: period,events,fatalities', async () => {
    const out = await tessera('events', 'count', '--by', 'month', '--country', 'PK', '--admin1', 'Khyber Pakhtunkhwa', '--format', 'csv');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('period,events,fatalities\n2022-04,2,2\n2022-05,0,0\n2022-06,1,1\n');
    const quarters = await tessera('events', 'count', '--by', 'quarter', '--type', 'Explosions/Remote violence', '--from', '2021', '--to', '2021', '--format', 'csv');
    expect(quarters.stdout).toBe('period,events,fatalities\n2021-Q1,1,3\n2021-Q2,1,12\n2021-Q3,0,0\n2021-Q4,0,0\n');
  });

  it("--type takes ACLED's own sub-types; --actor-side picks the side an actor is on", async () => {
    const suicide = await tessera('events', 'count', '--by', 'year', '--type', 'Suicide bomb', '--format', 'csv');
    expect(suicide.stdout).toBe('period,events,fatalities\n2021,1,12\n');
    const initiator = await tessera('events', 'count', '--by', 'year', '--actor', 'Islamic State', '--actor-side', 'initiator', '--from', '2021', '--format', 'csv');
    expect(initiator.stdout).toBe('period,events,fatalities\n2021,2,15\n2022,2,3\n');
    const target = await tessera('events', 'count', '--by', 'year', '--actor', 'Islamic State', '--actor-side', 'target', '--from', '2021', '--format', 'csv');
    expect(target.stdout).toBe('period,events,fatalities\n2021,1,5\n2022,1,0\n');
    const lonely = await tessera('events', 'count', '--actor-side', 'target');
    expect(lonely.code).toBe(1);
    expect(lonely.stderr).toBe('error: --actor-side target needs --actor NAME\n');
  });

  it("compares a group's attacks with its losses as the target, on a dual-axis chart", async () => {
    const chart = join(chartDir, 'attacks-losses.svg');
    const out = await tessera('events', 'compare', '--by', 'year', '--from', '2021', '--actor', 'Islamic State',
      '--a-actor-side', 'initiator', '--a-label', 'attacks', '--b-actor-side', 'target', '--b-measure', 'fatalities', '--b-label', 'losses',
      '--format', 'csv', '--chart', chart);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('period,attacks,losses\n2021,2,5\n2022,2,0\n');
    expect(readFileSync(chart, 'utf8')).toContain('actor: Islamic State (target)');
  });

  it('--group-by adds a cross-tab in long form without changing the default output', async () => {
    const out = await tessera('events', 'count', '--by', 'year', '--from', '2021', '--group-by', 'admin1', '--format', 'csv');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      'period,group,events,fatalities\n2021,Kabul,1,12\n2021,Khyber Pakhtunkhwa,0,0\n2021,Nangarhar,2,8\n2022,Kabul,0,0\n2022,Khyber Pakhtunkhwa,3,3\n2022,Nangarhar,0,0\n',
    );
    const plain = await tessera('events', 'count', '--by', 'year', '--from', '2021', '--format', 'csv');
    expect(plain.stdout).toBe('period,events,fatalities\n2021,3,20\n2022,3,3\n');
  });

  it('draws a chart file', async () => {
    const chart = join(chartDir, 'years.svg');
    const out = await tessera('events', 'count', '--by', 'year', '--chart', chart);
    expect(out.code).toBe(0);
    expect(existsSync(chart)).toBe(true);
    // each source with the dates it covers (issue 9: mixed coverage is said, not hidden)
    expect(readFileSync(chart, 'utf8')).toContain('Source: ACLED (2021-03-04 to 2022-06-21); Global Terrorism Database (START) (2017-01-01 to 2018-01-01).');
  });

  it('--strict fails with exit code 1 and one error line, leaving the store as it was', async () => {
    const before = (await tessera('events', 'sources', '--format', 'csv')).stdout;
    const out = await tessera('events', 'import', '--strict', join(fixtures, 'tessera-events.csv'));
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/error: .*tessera-events\.csv line 5: date "2024-02-30" is not a date/);
    expect((await tessera('events', 'sources', '--format', 'csv')).stdout).toBe(before);
  });

  it('answers a bad option with a usage error', async () => {
    const out = await tessera('events', 'count', '--by', 'fortnight');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("argument 'fortnight' is invalid");
  });
});
