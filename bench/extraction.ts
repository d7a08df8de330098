/**
 * Extraction throughput: 200 reports of about 5,000 words, built at run time from the dev
 * reports in ../shared/corpus/dev (never committed) and the project's own fixture reports,
 * extracted one after another on one core. Prints MB of text per second and peak memory.
 * Then one long document (≥ 4 MB, a 300-page monitoring report's size) built from the same
 * paragraphs, read the way `tessera extract` reads a file (endnotes, sentences, extraction):
 * its MB/s beside the 5,000-word case shows whether time grows linearly with length.
 * Both are measured warm: a fresh process first spends a second or more compiling the extractor's
 * functions and patterns and filling its caches (gazetteer look-ups, name comparisons), which is no
 * part of either case's cost per MB, so 40 other reports of the same kind are extracted first and
 * their figure printed apart, with the 5,000-word figure that includes them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractKnowledge } from '../src/ingest/extract/index.js';
import { createExtractionReference } from '../src/ingest/reference/index.js';
import { splitEndnotes } from '../src/ingest/split-endnotes.js';
import { splitSentences } from '../src/ingest/split-sentences.js';
import { structureDocument } from '../src/ingest/structure-document.js';

const REPORTS = 200;
/** Reports extracted before anything is measured, so that neither case pays the process's one-off warm-up. */
const WARM_UP_REPORTS = 40;
const WORDS_PER_REPORT = 5_000;
const LONG_DOCUMENT_BYTES = 4_200_000;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function readPool(): { paragraphs: string[]; sources: string[] } {
  const sources: string[] = [];
  const texts: string[] = [];
  const shared = process.env.TESSERA_SHARED_DIR ?? join(repoRoot, '..', 'shared');
  const dev = join(shared, 'corpus', 'dev');
  if (existsSync(dev)) {
    for (const f of readdirSync(dev).filter((x) => x.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dev, f), 'utf8');
      texts.push(text.slice(0, splitEndnotes(text).bodyEnd));
      sources.push(`../shared/corpus/dev/${f}`);
    }
  } else {
    console.log(`../shared/corpus/dev is not present on this machine (${dev}): the corpus is built from the fixture reports only`);
  }
  const fixtures = join(repoRoot, 'test', 'fixtures', 'reports');
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(fixtures, f), 'utf8');
    texts.push(text.slice(0, splitEndnotes(text).bodyEnd));
    sources.push(`test/fixtures/reports/${f}`);
  }
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 12);
  return { paragraphs, sources };
}

/** Deterministic shuffle (mulberry32), so every run extracts the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function buildCorpus(paragraphs: readonly string[], count = REPORTS, seed = 20_240_329): string[] {
  const rand = random(seed);
  const reports: string[] = [];
  for (let r = 0; r < count; r++) {
    const parts: string[] = [];
    let words = 0;
    while (words < WORDS_PER_REPORT) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)] as string;
      parts.push(p);
      words += p.split(/\s+/).length;
    }
    reports.push(parts.join('\n\n'));
  }
  return reports;
}

export async function run(): Promise<void> {
  const { paragraphs, sources } = readPool();
  console.log(`corpus: ${REPORTS} reports of ~${WORDS_PER_REPORT} words from ${paragraphs.length} paragraphs of ${sources.length} texts`);
  const reports = buildCorpus(paragraphs);
  const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r, 'utf8'), 0);
  const words = reports.reduce((n, r) => n + r.split(/\s+/).length, 0);

  const loadStart = performance.now();
  // one reference for the whole run, as an ingest run makes one for all its documents
  const reference = createExtractionReference();
  void reference.gazetteer;
  void reference.matcher;
  const loadMs = performance.now() - loadStart;

  // the warm-up: other reports built from the same paragraphs, in another order
  const warmUp = buildCorpus(paragraphs, WARM_UP_REPORTS, 7_340_033);
  const warmUpMb = warmUp.reduce((n, r) => n + Buffer.byteLength(r, 'utf8'), 0) / 1_000_000;
  let warmUpCpuMs = 0;
  for (const text of warmUp) {
    const sentences = splitSentences(text, text.length);
    const c0 = process.cpuUsage();
    extractKnowledge({ text, bodyEnd: text.length, sentences }, { reference });
    const c1 = process.cpuUsage(c0);
    warmUpCpuMs += (c1.user + c1.system) / 1000;
  }

  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  let extractMs = 0;
  let extractCpuMs = 0;
  let entities = 0;
  let events = 0;
  let relations = 0;
  const started = performance.now();
  for (const text of reports) {
    const sentences = splitSentences(text, text.length);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const x = extractKnowledge({ text, bodyEnd: text.length, sentences }, { reference });
    const c1 = process.cpuUsage(c0);
    extractMs += performance.now() - t0;
    extractCpuMs += (c1.user + c1.system) / 1000;
    entities += x.entities.length;
    events += x.events.length;
    relations += x.relations.length;
    const mem = process.memoryUsage();
    peakRss = Math.max(peakRss, mem.rss);
    peakHeap = Math.max(peakHeap, mem.heapUsed);
  }
  const totalMs = performance.now() - started;
  const mb = bytes / 1_000_000;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(`text: ${mb.toFixed(1)} MB, ${words.toLocaleString('en-US')} words`);
  console.log(`gazetteer + pack load (once): ${loadMs.toFixed(0)} ms`);
  console.log(`extraction only: ${(mb / (extractMs / 1000)).toFixed(2)} MB/s wall clock (${(extractMs / REPORTS).toFixed(1)} ms per report), ${(mb / (extractCpuMs / 1000)).toFixed(2)} MB per CPU-second`);
  console.log(`warm-up before measuring (${WARM_UP_REPORTS} other reports, ${warmUpMb.toFixed(1)} MB, in a fresh process): ${(warmUpMb / (warmUpCpuMs / 1000)).toFixed(2)} MB per CPU-second; ` +
    `the 5,000-word reports with the warm-up counted: ${((warmUpMb + mb) / ((warmUpCpuMs + extractCpuMs) / 1000)).toFixed(2)} MB per CPU-second`);
  console.log(`sentence splitting + extraction: ${(mb / (totalMs / 1000)).toFixed(2)} MB/s (${(totalMs / 1000).toFixed(1)} s in all)`);
  console.log(`peak memory: RSS ${(Math.max(peakRss, maxRss) / 1e6).toFixed(0)} MB, heap used ${(peakHeap / 1e6).toFixed(0)} MB (target < 500 MB)`);
  const [load1] = (await import('node:os')).loadavg();
  console.log(`load average during the run: ${load1?.toFixed(1)} (figures drop when other work shares the cores)`);
  console.log(`found per report: ${(entities / REPORTS).toFixed(1)} entities, ${(events / REPORTS).toFixed(1)} events, ${(relations / REPORTS).toFixed(1)} relations`);
  const shortRate = mb / (extractCpuMs / 1000);

  // one long document: endnote split, sentences and extraction, CPU time (other work may share the cores)
  const rand = random(4_200_000);
  const parts: string[] = [];
  let size = 0;
  while (size < LONG_DOCUMENT_BYTES) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)] as string;
    parts.push(p);
    size += Buffer.byteLength(p, 'utf8') + 2;
  }
  const long = parts.join('\n\n');
  const longMb = Buffer.byteLength(long, 'utf8') / 1_000_000;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { bodyEnd, sentences, maskedText } = structureDocument(long);
  const x = extractKnowledge({ text: maskedText, bodyEnd, sentences }, { reference });
  const c1 = process.cpuUsage(c0);
  const longMs = performance.now() - t0;
  const longRate = longMb / ((c1.user + c1.system) / 1_000_000);
  console.log(`long document: ${longMb.toFixed(1)} MB in one file, ${(longMs / 1000).toFixed(1)} s wall clock, ${longRate.toFixed(2)} MB per CPU-second ` +
    `(5,000-word reports: ${shortRate.toFixed(2)}; ratio ${(longRate / shortRate).toFixed(2)}, linear when within 0.7–1.3); ${x.events.length} events`);
}
