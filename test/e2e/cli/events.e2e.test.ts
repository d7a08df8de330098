import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'events');

function tessera(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'tessera.js'), '--data', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TESSERA_DATABASE_URL: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tessera events (spawned CLI)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-e2e-events-'));
  let imported: ReturnType<typeof tessera>;
  beforeAll(() => {
    imported = tessera(dataDir, 'events', 'import', join(fixtures, 'acled-synthetic.csv'), join(fixtures, 'gtd-fixture.csv'));
  });

  it('imports, reporting skipped rows by file and line on stderr', () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/acled-synthetic\.csv\s+acled\s+10\s+6\s+0\s+0\s+4/);
    expect(imported.stderr).toContain('acled-synthetic.csv line 7: event_date "31/02/2021" is not a date');
  });

  it('prints the fixed measurement interface: period,events,fatalities', () => {
    const out = tessera(dataDir, 'events', 'count', '--by', 'month', '--country', 'PK', '--admin1', 'Khyber Pakhtunkhwa', '--format', 'csv');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('period,events,fatalities\n2022-04,2,2\n2022-05,0,0\n2022-06,1,1\n');
    const quarters = tessera(dataDir, 'events', 'count', '--by', 'quarter', '--type', 'Explosions/Remote violence', '--from', '2021', '--to', '2021', '--format', 'csv');
    expect(quarters.stdout).toBe('period,events,fatalities\n2021-Q1,1,3\n2021-Q2,1,12\n2021-Q3,0,0\n2021-Q4,0,0\n');
  });

  it("--type takes ACLED's own sub-types; --actor-side picks the side an actor is on", () => {
    const suicide = tessera(dataDir, 'events', 'count', '--by', 'year', '--type', 'Suicide bomb', '--format', 'csv');
    expect(suicide.stdout).toBe('period,events,fatalities\n2021,1,12\n');
    const initiator = tessera(dataDir, 'events', 'count', '--by', 'year', '--actor', 'Islamic State', '--actor-side', 'initiator', '--from', '2021', '--format', 'csv');
    expect(initiator.stdout).toBe('period,events,fatalities\n2021,2,15\n2022,2,3\n');
    const target = tessera(dataDir, 'events', 'count', '--by', 'year', '--actor', 'Islamic State', '--actor-side', 'target', '--from', '2021', '--format', 'csv');
    expect(target.stdout).toBe('period,events,fatalities\n2021,1,5\n2022,1,0\n');
    const lonely = tessera(dataDir, 'events', 'count', '--actor-side', 'target');
    expect(lonely.code).toBe(1);
    expect(lonely.stderr).toBe('error: --actor-side target needs --actor NAME\n');
  });

  it("compares a group's attacks with its losses as the target, on a dual-axis chart", () => {
    const chart = join(dataDir, 'attacks-losses.svg');
    const out = tessera(dataDir, 'events', 'compare', '--by', 'year', '--from', '2021', '--actor', 'Islamic State',
      '--a-actor-side', 'initiator', '--a-label', 'attacks', '--b-actor-side', 'target', '--b-measure', 'fatalities', '--b-label', 'losses',
      '--format', 'csv', '--chart', chart);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('period,attacks,losses\n2021,2,5\n2022,2,0\n');
    expect(readFileSync(chart, 'utf8')).toContain('actor: Islamic State (target)');
  });

  it('--group-by adds a cross-tab in long form without changing the default output', () => {
    const out = tessera(dataDir, 'events', 'count', '--by', 'year', '--from', '2021', '--group-by', 'admin1', '--format', 'csv');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      'period,group,events,fatalities\n2021,Kabul,1,12\n2021,Khyber Pakhtunkhwa,0,0\n2021,Nangarhar,2,8\n2022,Kabul,0,0\n2022,Khyber Pakhtunkhwa,3,3\n2022,Nangarhar,0,0\n',
    );
    const plain = tessera(dataDir, 'events', 'count', '--by', 'year', '--from', '2021', '--format', 'csv');
    expect(plain.stdout).toBe('period,events,fatalities\n2021,3,20\n2022,3,3\n');
  });

  it('draws a chart file', () => {
    const chart = join(dataDir, 'years.svg');
    const out = tessera(dataDir, 'events', 'count', '--by', 'year', '--chart', chart);
    expect(out.code).toBe(0);
    expect(existsSync(chart)).toBe(true);
    // each source with the dates it covers (issue 9: mixed coverage is said, not hidden)
    expect(readFileSync(chart, 'utf8')).toContain('Source: ACLED (2021-03-04 to 2022-06-21); Global Terrorism Database (START) (2017-01-01 to 2018-01-01).');
  });

  it('--strict fails with exit code 1 and one error line, leaving the store as it was', () => {
    const before = tessera(dataDir, 'events', 'sources', '--format', 'csv').stdout;
    const out = tessera(dataDir, 'events', 'import', '--strict', join(fixtures, 'tessera-events.csv'));
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/error: .*tessera-events\.csv line 5: date "2024-02-30" is not a date/);
    expect(tessera(dataDir, 'events', 'sources', '--format', 'csv').stdout).toBe(before);
  });

  it('answers a bad option with a usage error', () => {
    const out = tessera(dataDir, 'events', 'count', '--by', 'fortnight');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("argument 'fortnight' is invalid");
  });
});
