import { openStore } from './src/store/index.js';
import { openEventFile } from './src/ingest/index.js';
import { encodeCsvRows } from './src/store/csv-rows.js';
import { beginEventImport, upsertDatasetEvents } from './src/store/index.js';
const store = await openStore({ dataDir: null });
const reader = await openEventFile('/tmp/prof-100k.csv');
const batch = [];
for await (const row of reader.rows) if ('event' in row) { batch.push(row.event); if (batch.length >= 30000) break; }
await store.transaction(async (tx) => {
  await beginEventImport(tx);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await upsertDatasetEvents(tx, batch.slice(i * 10000, (i + 1) * 10000));
    console.log('upsert 10k', (performance.now() - t).toFixed(0), r);
  }
});
await store.close();
