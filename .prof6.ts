import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { mapAcledRow } from './src/ingest/index.js';
const recs: Record<string,string>[] = [];
for await (const r of createReadStream('/tmp/prof-100k.csv').pipe(parse({ columns: true }))) recs.push(r);
const t2 = performance.now();
for (const r of recs) mapAcledRow(r);
console.log('map only', (performance.now() - t2).toFixed(0));
