import { openEventFile } from './src/ingest/index.js';
const t = performance.now();
const reader = await openEventFile('/tmp/prof-100k.csv');
let n = 0;
for await (const row of reader.rows) if ('event' in row) n++;
console.log('read+map', n, (performance.now() - t).toFixed(0), 'ms');
