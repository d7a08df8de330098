import { openStore } from './src/store/index.js';
import { importEvents } from './src/jobs/index.js';
for (const url of [null, 'postgres://postgres@127.0.0.1:5432/test']) {
const store = url ? await openStore({ databaseUrl: url, workspaceId: 'prof-' + Date.now() }) : await openStore({ dataDir: null });
await importEvents(store, ['/tmp/prof-100k.csv'], { batchSize: 10000 });
const inner = `SELECT to_char(r.month,'YYYY-MM') p, concat_ws(' / ', r.country, r.type) k, sum(events - duplicate_events) e, sum(fatalities - duplicate_fatalities) f FROM event_month_rollup r WHERE workspace_id=$1 GROUP BY 1,2`;
const variants: Record<string, string> = {
  rows: `${inner} ORDER BY 1,2`,
  json: `SELECT json_agg(json_build_array(p,k,e,f) ORDER BY p,k)::text j FROM (${inner}) x`,
  text: `SELECT string_agg(p || chr(9) || coalesce(k,'') || chr(9) || e || chr(9) || f, chr(10) ORDER BY p,k) j FROM (${inner}) x`,
};
for (const [name, sql] of Object.entries(variants)) {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = await store.query<any>(sql, [store.workspaceId]);
    if (name === 'json') JSON.parse(r[0].j);
    if (name === 'text') r[0].j.split('\n').map((l: string) => l.split('\t'));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(url ? 'pg' : 'pglite', name, times[3]!.toFixed(1));
}
if (url) { await store.query('DELETE FROM event_month_rollup WHERE workspace_id=$1', [store.workspaceId]); await store.query('DELETE FROM event WHERE workspace_id=$1', [store.workspaceId]); await store.query('DELETE FROM workspace WHERE workspace_id=$1', [store.workspaceId]); }
await store.close();
}
