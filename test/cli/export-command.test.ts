import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli } from '../cli-commands.js';

const HEADER = 'dataset,event_id,date,type,country,place,latitude,longitude,summary';
const dir = mkdtempSync(join(tmpdir(), 'tessera-export-cli-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('tessera export (the CLI in process, one store)', () => {
  const cli = inProcessCli();
  const runTessera = (args: string[]) => cli.run(args);
  beforeAll(async () => {
    const green = file('green.csv', `${HEADER}\nlog,G-1,2024-03-22,attack,RU,Krasnogorsk,55.82,37.39,hall attack\n`);
    const red = file('red.csv', `${HEADER}\nlog,R-1,2024-04-02,arrest,TJ,Dushanbe,38.56,68.77,raid redzq\n`);
    for (const [path, marking] of [[green, 'TLP:GREEN'], [red, 'TLP:RED']] as const) {
      expect((await runTessera(['events', 'import', '--marking', marking, path])).code).toBe(0);
    }
    const rita = await runTessera(['users', 'add', 'rita', '--role', 'reader', '--clearance', 'TLP:GREEN']);
    expect(rita.code, rita.stderr).toBe(0);
  }, 240_000);
  afterAll(async () => {
    await cli.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes --out FILE whole, through a temporary file that does not remain, and says what it wrote', async () => {
    const out = join(dir, 'events.csv');
    const result = await runTessera(['export', 'csv', '--what', 'events', '--include-dataset-events', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toMatch(/^dataset,event_id,/);
    expect(rows).toHaveLength(3);
    expect(result.stderr).toMatch(/^exported 2 events as csv, as local cleared to TLP:RED to .*events\.csv$/m);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  }, 120_000);

  it('leaves no file at all when the export fails', async () => {
    const out = join(dir, 'never.csv');
    const result = await runTessera(['export', 'csv', '--as-user', 'nobody', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: --as-user nobody: no such user/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  }, 120_000);

  it('streams to stdout what a user cleared TLP:GREEN may read: no TLP:RED event', async () => {
    const result = await runTessera(['export', 'geojson', '--include-dataset-events', '--as-user', 'rita']);
    expect(result.code, result.stderr).toBe(0);
    const collection = JSON.parse(result.stdout) as { features: { properties: { summary: string } }[] };
    expect(collection.features.map((f) => f.properties.summary)).toEqual(['hall attack']);
    expect(result.stdout).not.toContain('redzq');
    expect(result.stderr).toMatch(/as rita cleared to TLP:GREEN/);
  }, 120_000);
});
