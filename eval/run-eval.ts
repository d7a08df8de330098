// `npm run eval`: runs the extractor on ../shared/corpus/dev/*.txt and scores each extraction
// against ../shared/eval/dev-gold with ../shared/eval/score.mjs. Prints per-document and overall
// (micro-averaged) precision, recall and F1 for entities, events and relations.
// The shared folder is ../shared beside the repository, or TESSERA_SHARED_DIR.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFromText, readDocument, toMeasurementJson } from '../src/ingest/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.TESSERA_SHARED_DIR ?? join(repoRoot, '..', 'shared');
const corpus = join(shared, 'corpus', 'dev');
const goldDir = join(shared, 'eval', 'dev-gold');
const scorer = join(shared, 'eval', 'score.mjs');

interface Counts { hits: number; pred: number; gold: number }
type Area = 'entities' | 'events' | 'relations';
const AREAS: readonly Area[] = ['entities', 'events', 'relations'];

async function main(): Promise<void> {
  if (!existsSync(corpus) || !existsSync(goldDir) || !existsSync(scorer)) {
    console.log(`eval skipped: the shared folder (${shared}) with corpus/dev, eval/dev-gold and eval/score.mjs is not present on this machine`);
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const work = mkdtempSync(join(tmpdir(), 'tessera-eval-'));
  const total: Record<Area, Counts> = {
    entities: { hits: 0, pred: 0, gold: 0 },
    events: { hits: 0, pred: 0, gold: 0 },
    relations: { hits: 0, pred: 0, gold: 0 },
  };
  try {
    const docs = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
    for (const doc of docs) {
      const gold = join(goldDir, `${basename(doc, '.txt')}.json`);
      if (!existsSync(gold)) {
        console.log(`${doc}: no gold annotation, skipped`);
        continue;
      }
      // the same path as `tessera extract FILE --format json`
      const document = await readDocument(join(corpus, doc));
      const started = performance.now();
      const { extraction } = extractFromText(document.text, document.published ? { published: document.published } : {});
      const ms = performance.now() - started;
      const pred = join(work, `${basename(doc, '.txt')}.pred.json`);
      writeFileSync(pred, JSON.stringify(toMeasurementJson(extraction), null, 2));
      const args = [scorer, '--gold', gold, '--pred', pred, ...(verbose ? ['--verbose'] : [])];
      const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
      console.log(`== ${doc} (${ms.toFixed(0)} ms)`);
      for (const line of out.trim().split('\n')) {
        if (verbose || /^(entities|events|relations) /.test(line)) console.log(`   ${line}`);
        const m = /^(entities|events|relations)\s+P [\d.]+ R [\d.]+ F1 [\d.]+\s+\((\d+) matched; (\d+) predicted, (\d+) gold\)/.exec(line);
        if (m) {
          const c = total[m[1] as Area];
          c.hits += Number(m[2]);
          c.pred += Number(m[3]);
          c.gold += Number(m[4]);
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log('== overall (micro-averaged over the documents)');
  for (const area of AREAS) {
    const { hits, pred, gold } = total[area];
    const p = pred ? hits / pred : 0;
    const r = gold ? hits / gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`   ${area.padEnd(10)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}  (${hits} matched; ${pred} predicted, ${gold} gold)`);
  }
}

await main();
