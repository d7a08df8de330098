/**
 * Ingest throughput, PGlite and PostgreSQL side by side: 200 reports of about 5,000 words,
 * built at run time (in a temporary folder, never committed) from the dev reports in
 * ../shared/corpus/dev and the project's sample reports, ingested end to end — read, split,
 * extract, link, write in one transaction per document — into a fresh workspace.
 * PostgreSQL is TESSERA_BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test.
 * Prints docs/s, MB/s, claims/s and peak RSS for each backend.
 * First, one long report (TESSERA_BENCH_LONG_MB, default 50 MB, of the same paragraphs) ingested
 * into a fresh PGlite store: read and written in sections, its time and the process's peak RSS
 * (target < 1.5 GB at 50 MB; measured first, so the figure is its own).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument, splitEndnotes } from '../src/ingest/index.js';
import { ingestFiles } from '../src/jobs/index.js';
import { openStore, type Store } from '../src/store/index.js';

const REPORTS = 200;
const WORDS_PER_REPORT = 5_000;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Pool {
  paragraphs: string[];
  /** Endnote sections to close reports with ("Citations\n[1] …"). */
  notes: string[];
  sources: string[];
}

export async function readPool(): Promise<Pool> {
  const pool: Pool = { paragraphs: [], notes: [], sources: [] };
  const texts: string[] = [];
  const shared = process.env.TESSERA_SHARED_DIR ?? join(repoRoot, '..', 'shared');
  const dev = join(shared, 'corpus', 'dev');
  if (existsSync(dev)) {
    for (const file of readdirSync(dev).filter((f) => f.endsWith('.txt')).sort()) {
      texts.push(readFileSync(join(dev, file), 'utf8'));
      pool.sources.push(`../shared/corpus/dev/${file}`);
    }
  } else {
    console.log(`../shared/corpus/dev is not present on this machine (${dev}): the corpus is built from samples/reports only`);
  }
  const samples = join(repoRoot, 'samples', 'reports');
  for (const file of readdirSync(samples).sort()) {
    texts.push((await readDocument(join(samples, file))).text);
    pool.sources.push(`samples/reports/${file}`);
  }
  for (const text of texts) {
    const { bodyEnd, citedWorks } = splitEndnotes(text);
    pool.paragraphs.push(
      ...text
        .slice(0, bodyEnd)
        .split(/\n+/)
        .map((p) => p.trim())
        .filter((p) => p.split(/\s+/).length >= 12),
    );
    if (citedWorks.length > 0) pool.notes.push(`Citations\n${citedWorks.map((w) => `[${w.noteNumber}] ${w.text}`).join('\n')}`);
  }
  return pool;
}

/** Writes the corpus: each report a distinct mix of paragraphs (so its hash is its own) and one notes section. */
function writeCorpus(pool: Pool, dir: string): { files: number; bytes: number; words: number } {
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < REPORTS; i += 1) {
    const parts = [`Benchmark report ${i + 1}`, ''];
    let count = 0;
    for (let k = 0; count < WORDS_PER_REPORT; k += 1) {
      const paragraph = pool.paragraphs[(i * 7 + k * 13) % pool.paragraphs.length]!;
      parts.push(paragraph, '');
      count += paragraph.split(/\s+/).length;
    }
    parts.push(pool.notes[i % Math.max(1, pool.notes.length)] ?? '');
    const text = parts.join('\n');
    writeFileSync(join(dir, `report-${String(i + 1).padStart(3, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    words += count;
  }
  return { files: REPORTS, bytes, words };
}

async function measure(label: string, store: Store, dir: string, bytes: number): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const results = await ingestFiles(store, [dir]);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const ok = results.filter((r) => r.ok && r.skipped === undefined);
  const failed = results.filter((r) => !r.ok);
  const claims = ok.reduce((n, r) => n + (r.claims ?? 0), 0);
  console.log(
    `${label.padEnd(11)} ${ok.length} docs in ${seconds.toFixed(1)} s: ${(ok.length / seconds).toFixed(2)} docs/s, ` +
      `${(bytes / 1e6 / seconds).toFixed(3)} MB/s, ${Math.round(claims / seconds)} claims/s (${claims} claims), ` +
      `peak RSS ${Math.round(peak / 2 ** 20)} MB, ${cpuSeconds.toFixed(1)} s CPU in this process${failed.length > 0 ? `, ${failed.length} FAILED: ${failed[0]!.error?.message}` : ''}`,
  );
}

/** One report of `megabytes` MB of the pool's paragraphs, ingested alone into a fresh embedded store. */
export async function measureLongReport(pool: Pool, megabytes: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-long-'));
  try {
    const path = join(dir, 'long-report.txt');
    const parts = ['Long benchmark report', ''];
    let bytes = 0;
    for (let k = 0; bytes < megabytes * 1e6; k += 1) {
      const paragraph = pool.paragraphs[(k * 13) % pool.paragraphs.length]!;
      parts.push(paragraph, '');
      bytes += Buffer.byteLength(paragraph) + 2;
    }
    writeFileSync(path, parts.join('\n'));
    const store = await openStore({ dataDir: join(dir, 'store'), workspaceId: 'bench-long' });
    try {
      await measure(`long ${megabytes} MB`, store, path, bytes);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const pool = await readPool();
  await measureLongReport(pool, Number(process.env.TESSERA_BENCH_LONG_MB ?? 50));
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-ingest-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-bench-pglite-'));
  try {
    const corpus = writeCorpus(pool, dir);
    console.log(
      `corpus: ${corpus.files} reports, ${(corpus.bytes / 1e6).toFixed(2)} MB, ${Math.round(corpus.words / corpus.files)} words each on average, ` +
        `from ${pool.sources.join(', ')}`,
    );
    const workspaceId = `bench-${Date.now().toString(36)}`;

    const pglite = await openStore({ dataDir, workspaceId });
    try {
      await measure('PGlite', pglite, dir, corpus.bytes);
    } finally {
      await pglite.close();
    }

    const url = process.env.TESSERA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    let postgres: Store | null = null;
    try {
      postgres = await openStore({ databaseUrl: url, workspaceId });
    } catch (error) {
      console.log(`PostgreSQL  not reachable at ${url.replace(/\/\/[^@]*@/, '//…@')} (${error instanceof Error ? error.message : String(error)}): skipped`);
    }
    if (postgres !== null) {
      try {
        await measure('PostgreSQL', postgres, dir, corpus.bytes);
      } finally {
        await postgres.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
