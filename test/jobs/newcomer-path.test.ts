import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importEvents } from '../../src/jobs/index.js';
import { ensureWorkspace, openStore } from '../../src/store/index.js';
import { registerEventsCommand } from '../../src/cli/events-command.js';
import { registerStatusCommand } from '../../src/cli/status-command.js';
import { useStoreBackend } from '../store/store-backend.js';
import { runCommand } from '../cli-commands.js';

const ACLED = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events', 'acled-synthetic.csv');

describe("the newcomer's path (issue 9 item 11)", () => {
  const backend = useStoreBackend(() => openStore({ dataDir: null }), 'newcomer');

  it('status on an empty workspace names the workspaces that hold data and how to reach them', async () => {
    const empty = await backend.freshWorkspace();
    const demo = empty.inWorkspace(`${empty.workspaceId}-demo`);
    await ensureWorkspace(demo);
    await importEvents(demo, [ACLED]);
    const { stdout } = await runCommand([registerStatusCommand], empty, ['status']);
    expect(stdout).toMatch(/^events {5}0$/m);
    expect(stdout).toContain(`workspace ${demo.workspaceId} holds 0 documents, 0 entities, 6 events: tessera --workspace ${demo.workspaceId} status`);
  });

  it("trend's moving_average column is filled by default (3 periods)", async () => {
    const store = await backend.freshWorkspace();
    await importEvents(store, [ACLED]);
    const { stdout } = await runCommand([registerEventsCommand], store, ['events', 'trend', '--by', 'month', '--format', 'json']);
    const rows = JSON.parse(stdout) as { moving_average: number | null }[];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.slice(2).every((r) => typeof r.moving_average === 'number')).toBe(true);
  });
});
