import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/jobs/index.js';
import { inProcessCli } from '../../cli-commands.js';
import { runTessera, tempDataDir } from './run-tessera.js';

describe('tessera demo (npm start)', { timeout: 240_000 }, () => {
  const data = tempDataDir();
  /** `tessera --workspace demo status` run in this process on the demo's store, which it lets go again for the spawned demo. */
  const demoStatus = async () => {
    const cli = inProcessCli(() => openStore({ dataDir: data }));
    try {
      return await cli.run(['--workspace', 'demo', 'status', '--format', 'json']);
    } finally {
      await cli.close();
    }
  };

  it('builds the demo workspace from the sample reports and prints what it learned', async () => {
    const result = await runTessera(['demo'], data);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Tessera demo: workspace "demo"/);
    expect(result.stdout).toMatch(/^Read 3 sample reports:/m);
    expect(result.stdout).toMatch(/^ {2}documents {2}3$/m);
    expect(result.stdout).toMatch(/^Groups \(\d+\):$/m);
    expect(result.stdout).toMatch(/Islamic State Khorasan Province {2}— also .*ISKP/);
    expect(result.stdout).toMatch(/^Events \(\d+\):$/m);
    expect(result.stdout).toMatch(/^ {2}cites$/m);
    expect(result.stdout).toMatch(/tessera --workspace demo review/);
    // the counts match the lists: "Events (16)" lists 12 and says how many more
    const events = /^Events \((\d+)\):\n((?: {2}.*\n)+)/m.exec(result.stdout)!;
    const lines = events[2]!.trimEnd().split('\n');
    const more = /… and (\d+) more/.exec(lines.at(-1)!);
    expect(lines.length - (more ? 1 : 0) + Number(more?.[1] ?? 0)).toBe(Number(events[1]));
  });

  it('is idempotent: a second run finds the reports already there', async () => {
    const first = await demoStatus();
    const before = JSON.parse(first.stdout) as Record<string, unknown>;
    const result = await runTessera(['demo'], data);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/already there \(nothing new to read\)/);
    expect(result.stdout.match(/already ingested/g)).toHaveLength(3);
    const after = JSON.parse((await demoStatus()).stdout) as Record<string, unknown>;
    expect(after).toEqual(before);
  });
});
