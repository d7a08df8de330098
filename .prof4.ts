import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { mapAcledRow } from './src/ingest/index.js';
const file = '/tmp/prof-100k.csv';
for (const opts of [{ columns: true }, { columns: true, info: true, raw: true }, { columns: false }]) {
  const t = performance.now();
  let n = 0;
  for await (const r of createReadStream(file).pipe(parse({ bom: true, skip_empty_lines: true, ...opts } as never))) n++;
  console.log(JSON.stringify(opts), n, (performance.now() - t).toFixed(0));
}
const t = performance.now();
const recs: Record<string,string>[] = [];
for await (const r of createReadStream(file).pipe(parse({ columns: true }))) recs.push(r);
const t2 = performance.now();
for (const r of recs) mapAcledRow(r);
console.log('map only', (performance.now() - t2).toFixed(0));
