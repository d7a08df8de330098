import { openStore } from './src/store/index.js';
import { importEvents } from './src/jobs/index.js';
const store = await openStore({ dataDir: null });
await importEvents(store, ['/tmp/prof-100k.csv'], { batchSize: 10000 });
const q = `SELECT to_char(r.month,'YYYY-MM') p, r.country, r.type, sum(events)::int e, sum(fatalities)::int f FROM event_month_rollup r WHERE workspace_id=$1 GROUP BY 1,2,3`;
for (let i = 0; i < 3; i++) {
let t = performance.now();
await store.query(q, [store.workspaceId]);
console.log('rows', (performance.now() - t).toFixed(0));
t = performance.now();
await store.query(`SELECT count(*) FROM (${q}) x`, [store.workspaceId]);
console.log('count only', (performance.now() - t).toFixed(0));
t = performance.now();
const j = await store.query<{ j: string }>(`SELECT json_agg(x)::text j FROM (${q}) x`, [store.workspaceId]);
JSON.parse(j[0]!.j);
console.log('json text', (performance.now() - t).toFixed(0));
}
// time the import steps
await store.execScript(`CREATE TEMP TABLE s2 (LIKE event INCLUDING DEFAULTS)`);
let t = performance.now();
await store.query(`INSERT INTO s2 SELECT * FROM event LIMIT 10000`);
console.log('insert 10k into temp', (performance.now() - t).toFixed(0));
await store.query(`UPDATE s2 SET event_id = gen_random_uuid(), dataset_event_id = dataset_event_id || 'x'`);
t = performance.now();
await store.query(`INSERT INTO event SELECT * FROM s2`);
console.log('insert 10k new into event', (performance.now() - t).toFixed(0));
t = performance.now();
await store.query(`INSERT INTO event SELECT * FROM s2 ON CONFLICT ON CONSTRAINT event_dataset_key DO NOTHING`);
console.log('conflict 10k', (performance.now() - t).toFixed(0));
const rows = await store.query(`SELECT * FROM event LIMIT 10000`);
t = performance.now();
await store.copyRows('s2', Object.keys(rows[0]!), rows.map((r) => Object.values(r)));
console.log('copy 10k', (performance.now() - t).toFixed(0));
await store.close();
