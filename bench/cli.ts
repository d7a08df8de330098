/**
 * Start-up and memory of the `tessera` command, side by side with a bare `node -e 0` in the same
 * run: `--help`, `status` on an embedded store holding the sample reports, and `extract` of a
 * 10 KB report (built at run time from the sample and fixture reports, in a temporary folder).
 * Each is run as a user runs it (`node bin/tessera.js …`, the compiled build, rebuilt first when
 * src/ is newer), round-robin so that load on a shared machine falls on all alike. Prints the
 * median wall time, median CPU time (user + system), peak RSS, and the target of each.
 * TESSERA_BENCH_RUNS sets the number of rounds (default 5).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';

interface Case {
  name: string;
  args: readonly string[];
  /** The target, as a check on one measurement set against the peer's. */
  target: string;
  isMet?: (m: Summary, peer: Summary) => boolean;
}

interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

interface Summary {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

/** Runs one command under GNU time: wall and CPU seconds, peak RSS. */
function measure(args: readonly string[], env: NodeJS.ProcessEnv): Sample {
  const out = join(tmpdir(), `tessera-bench-time-${process.pid}`);
  const result = spawnSync(TIME, ['-o', out, '-f', '%e %U %S %M', ...args], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString().slice(-500)}`);
  const [wall, user, sys, rssKb] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(out, { force: true });
  return { wallMs: wall! * 1000, cpuMs: (user! + sys!) * 1000, rssMb: rssKb! / 1024 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** A report of about 10 KB: the sample and fixture reports' paragraphs, cut at a paragraph. */
function writeReport(dir: string): string {
  const folders = [join(repoRoot, 'samples', 'reports'), join(repoRoot, 'test', 'fixtures', 'reports')];
  const paragraphs = folders
    .flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(folder, f), 'utf8')))
    .flatMap((text) => text.split(/\n\s*\n/));
  let text = '';
  for (let i = 0; text.length < 10_000; i++) text += `${paragraphs[i % paragraphs.length]!.trim()}\n\n`;
  const path = join(dir, 'report-10k.txt');
  writeFileSync(path, text);
  return path;
}

/** Builds dist/ when src/ is newer, so every round runs the compiled build. */
function ensureBuild(): void {
  const result = spawnSync(process.execPath, ['bin/build.js', '--if-stale'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('dist/ could not be built (see above)');
}

export async function run(): Promise<void> {
  if (!existsSync(TIME)) {
    console.log(`${TIME} (GNU time) is not installed: it measures the CPU time and peak memory of each run`);
    return;
  }
  const rounds = Number(process.env.TESSERA_BENCH_RUNS ?? 5);
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-cli-'));
  try {
    ensureBuild();
    const dataDir = join(dir, 'data');
    const env: NodeJS.ProcessEnv = { ...process.env, TESSERA_DATA_DIR: dataDir };
    delete env.TESSERA_DATABASE_URL;
    delete env.TESSERA_WORKSPACE;
    const tessera = (...args: string[]) => [process.execPath, join(repoRoot, 'bin', 'tessera.js'), ...args];
    // the embedded store: created, migrated and holding the three sample reports
    const [node, ...ingestArgs] = tessera('ingest', join(repoRoot, 'samples', 'reports'));
    const ingest = spawnSync(node!, ingestArgs, { cwd: repoRoot, env, stdio: 'ignore' });
    if (ingest.status !== 0) throw new Error('could not ingest samples/reports into the bench store');
    const report = writeReport(dir);

    const cases: Case[] = [
      { name: 'node -e 0', args: [process.execPath, '-e', '0'], target: '(peer)' },
      { name: 'tessera --help', args: tessera('--help'), target: '≤ 3× node -e 0', isMet: (m, peer) => m.wallMs <= 3 * peer.wallMs },
      { name: 'tessera status', args: tessera('status'), target: '< 1 s, < 250 MB', isMet: (m) => m.wallMs < 1000 && m.rssMb < 250 },
      { name: 'tessera extract (10 KB)', args: tessera('extract', report, '--format', 'json'), target: '< 1.5 s', isMet: (m) => m.wallMs < 1500 },
    ];
    const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
    const loadBefore = loadavg()[0]!;
    for (let round = 0; round < rounds; round++) {
      ensureBuild();
      for (const c of cases) samples.get(c.name)!.push(measure(c.args, env));
    }
    const loadAfter = loadavg()[0]!;

    const summaries = new Map<string, Summary>();
    for (const c of cases) {
      const s = samples.get(c.name)!;
      summaries.set(c.name, { wallMs: median(s.map((x) => x.wallMs)), cpuMs: median(s.map((x) => x.cpuMs)), rssMb: Math.max(...s.map((x) => x.rssMb)) });
    }
    const peer = summaries.get('node -e 0')!;
    console.log(`${rounds} rounds, round-robin; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (${process.env.TESSERA_BENCH_RUNS ? '' : 'TESSERA_BENCH_RUNS=N for more; '}compare with the peer of the same run)`);
    console.log(`${'command'.padEnd(26)}${'wall (median)'.padStart(14)}${'× node'.padStart(8)}${'CPU (median)'.padStart(14)}${'× node'.padStart(8)}${'peak RSS'.padStart(10)}   target`);
    for (const c of cases) {
      const m = summaries.get(c.name)!;
      const verdict = c.isMet === undefined ? '' : c.isMet(m, peer) ? '  met' : '  NOT met';
      console.log(
        `${c.name.padEnd(26)}${`${m.wallMs.toFixed(0)} ms`.padStart(14)}${(m.wallMs / peer.wallMs).toFixed(1).padStart(8)}` +
          `${`${m.cpuMs.toFixed(0)} ms`.padStart(14)}${(m.cpuMs / peer.cpuMs).toFixed(1).padStart(8)}${`${m.rssMb.toFixed(0)} MB`.padStart(10)}   ${c.target}${verdict}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
