/**
 * Ingest throughput, PGlite and PostgreSQL side by side: 200 reports of about 5,000 words,
 * built at run time (in a temporary folder, never committed) from the dev reports in
 * ../shared/corpus/dev and the project's sample reports, ingested end to end — read, split,
 * extract, link, write in one transaction per document — into a fresh workspace.
 * PostgreSQL is TESSERA_BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test.
 * Prints docs/s, MB/s, claims/s and peak RSS for each backend.
 * First, long reports of TESSERA_BENCH_LONG_MB (default 50 MB), each ingested alone into a fresh
 * PGlite store in a process of its own, so the peak RSS printed (the kernel's maximum resident set,
 * sync phases included) is that report's; target < 1.5 GB at 50 MB. Two shapes: "mixed", the pool's
 * paragraphs in a shifting order with no endnotes; "repeated", one real report's body told again
 * and again in order with its endnotes once at the end, so every section cites the notes and
 * re-tells the same entities and events.
 */
import { spawn } from 'node:child_process';
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
  /** The report with endnotes and the longest body: its body and its notes, for the repeated shape. */
  repeatable: { source: string; body: string; notes: string } | null;
}

export async function readPool(): Promise<Pool> {
  const pool: Pool = { paragraphs: [], notes: [], sources: [], repeatable: null };
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
  for (const [index, text] of texts.entries()) {
    const { bodyEnd, citedWorks } = splitEndnotes(text);
    if (citedWorks.length > 0 && bodyEnd > (pool.repeatable?.body.length ?? 0)) {
      pool.repeatable = { source: pool.sources[index]!, body: text.slice(0, bodyEnd).trim(), notes: text.slice(bodyEnd).trim() };
    }
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

export type LongShape = 'mixed' | 'repeated';
const LONG_SHAPES: readonly LongShape[] = ['mixed', 'repeated'];

/** One long report of about `megabytes` MB in the given shape. */
export function writeLongReport(pool: Pool, shape: LongShape, megabytes: number, path: string): number {
  const parts: string[] = [];
  let bytes = 0;
  if (shape === 'mixed') {
    parts.push('Long benchmark report', '');
    for (let k = 0; bytes < megabytes * 1e6; k += 1) {
      const paragraph = pool.paragraphs[(k * 13) % pool.paragraphs.length]!;
      parts.push(paragraph, '');
      bytes += Buffer.byteLength(paragraph) + 2;
    }
  } else {
    const report = pool.repeatable;
    if (report === null) throw new Error('no report with endnotes in the pool for the repeated shape');
    while (bytes < megabytes * 1e6) {
      parts.push(report.body, '');
      bytes += Buffer.byteLength(report.body) + 2;
    }
    parts.push(report.notes, '');
  }
  const text = parts.join('\n');
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Ingests one long report alone into a fresh embedded store (in the child process measureLongReports starts) and prints its figures. */
async function measureLongReport(shape: LongShape, megabytes: number): Promise<void> {
  const pool = await readPool();
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-long-'));
  try {
    const path = join(dir, 'long-report.txt');
    const bytes = writeLongReport(pool, shape, megabytes, path);
    const store = await openStore({ dataDir: join(dir, 'store'), workspaceId: 'bench-long' });
    try {
      const started = performance.now();
      const [result] = await ingestFiles(store, [path]);
      const seconds = (performance.now() - started) / 1000;
      const usage = process.resourceUsage();
      console.log(
        `long ${shape.padEnd(8)} ${(bytes / 1e6).toFixed(1)} MB${shape === 'repeated' ? ` (${pool.repeatable?.source})` : ''}: ` +
          `${result?.ok ? `${result.claims} claims` : `FAILED: ${result?.error?.message}`} in ${seconds.toFixed(1)} s, ` +
          `${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s CPU, peak RSS ${Math.round(usage.maxRSS / 1024)} MB (target < 1536 MB)`,
      );
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each long shape in a process of its own (this file run again with TESSERA_BENCH_LONG_CHILD), one after the other. */
async function measureLongReports(megabytes: number): Promise<void> {
  for (const shape of LONG_SHAPES) {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'run.js'), fileURLToPath(import.meta.url)], {
      env: { ...process.env, TESSERA_BENCH_LONG_CHILD: shape, TESSERA_BENCH_LONG_MB: String(megabytes) },
      stdio: 'inherit',
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    if (code !== 0) console.log(`long ${shape}: the measuring process exited with ${code}`);
  }
}

export async function run(): Promise<void> {
  await measureLongReports(Number(process.env.TESSERA_BENCH_LONG_MB ?? 50));
  const pool = await readPool();
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

// run by measureLongReports: one long report in this process alone
const longShape = process.env.TESSERA_BENCH_LONG_CHILD;
if (longShape !== undefined) {
  if (!(LONG_SHAPES as readonly string[]).includes(longShape)) throw new Error(`TESSERA_BENCH_LONG_CHILD: ${longShape} is not one of ${LONG_SHAPES.join(', ')}`);
  await measureLongReport(longShape as LongShape, Number(process.env.TESSERA_BENCH_LONG_MB ?? 50));
}
