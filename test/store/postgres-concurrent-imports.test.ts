import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { importEvents } from '../../src/jobs/index.js';
import { newId } from '../../src/model/index.js';
import { openStore } from '../../src/store/index.js';

const url = loadConfig().test.databaseUrl;
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'events');
if (url === null) console.log('skipping concurrent PostgreSQL imports: TESSERA_TEST_DATABASE_URL is not set');

describe.skipIf(url === null)('two concurrent imports on PostgreSQL', () => {
  it('loses no write: both imports land, in two processes’ worth of connections', async () => {
    const workspaceId = `concurrent-${newId().slice(0, 8)}`;
    const [a, b] = await Promise.all([
      openStore({ databaseUrl: url, workspaceId }),
      openStore({ databaseUrl: url, workspaceId }),
    ]);
    try {
      const [first, second] = await Promise.all([
        importEvents(a, [join(fixtures, 'acled-synthetic.csv')]),
        importEvents(b, [join(fixtures, 'tessera-events.csv')]),
      ]);
      const inserted = [...first.files, ...second.files].map((file) => (file.ok ? file.inserted : 0));
      const rows = await a.query<{ dataset: string; n: number }>(
        'SELECT dataset, count(*)::int AS n FROM event WHERE workspace_id = $1 GROUP BY dataset ORDER BY dataset',
        [workspaceId],
      );
      expect(rows.reduce((n, row) => n + row.n, 0)).toBe(inserted.reduce((n, count) => n + count, 0));
      expect(rows.map((row) => row.dataset)).toEqual(expect.arrayContaining(['acled', 'analyst-log']));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
