#!/usr/bin/env node
// `npm test`: the type checks (sources and web/) and the linter run beside the test suite instead of
// before it. They run at a lower priority, so they take the CPU time the suite leaves while its tests
// wait on spawned processes, servers and Chromium, and never slow the suite itself. Their output is
// printed once each has finished; the exit code is non-zero when any of the four fails.
//
// On Linux with autogroup scheduling (kernel.sched_autogroup_enabled = 1, the default of most
// distributions) a nice value only ranks a process against the others of its own session: the CPU is
// shared between sessions first. So each check is started in a session of its own (detached), and
// that session's autogroup is given the lower priority (/proc/PID/autogroup), as `setsid nice` would.
// Arguments go to vitest: `npm test -- --reporter=json …`.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** The script of a dependency's command, from its package.json (`bin`), as npm would run it. */
function binOf(pkg, command) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath);
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[command]);
}

/** Lower priority than the suite: a positive nice value, as `nice -n 10` gives. */
const CHECK_PRIORITY = 10;

const checks = [
  { name: 'tsc --noEmit', args: [binOf('typescript', 'tsc'), '--noEmit'] },
  { name: 'tsc -p web', args: [binOf('typescript', 'tsc'), '-p', 'web'] },
  { name: 'eslint .', args: [binOf('eslint', 'eslint'), '.'] },
];

/** The checks still running, stopped when `npm test` is interrupted (being detached, the terminal's signal misses them). */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) child.kill('SIGTERM');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** The nice value of this process's autogroup ("/autogroup-42 nice 0"), or 0 where there is none. */
function ownAutogroupNice() {
  try {
    return Number(/nice (-?\d+)/.exec(readFileSync('/proc/self/autogroup', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Lowers a child's priority: its session's autogroup where the kernel has them (never above the suite's own), and its nice value. */
function lowerPriority(pid, priority) {
  try {
    writeFileSync(`/proc/${pid}/autogroup`, `${Math.max(priority, ownAutogroupNice())}\n`);
  } catch {
    // no autogroups (another system, or scheduling without them): the nice value below is what counts
  }
  try {
    setPriority(pid, priority);
  } catch {
    // a system that refuses a lower priority runs the check at the suite's own
  }
}

function run(args, { quiet, priority }) {
  return new Promise((resolve) => {
    const isLowered = priority !== undefined;
    const child = spawn(process.execPath, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: isLowered });
    if (isLowered) {
      lowerPriority(child.pid, priority);
      running.add(child);
      child.on('close', () => running.delete(child));
    }
    let output = '';
    if (quiet) {
      child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const started = Date.now();
const checkRuns = checks.map(async (check) => {
  const result = await run(check.args, { quiet: true, priority: CHECK_PRIORITY });
  return { ...check, ...result, seconds: (Date.now() - started) / 1000 };
});
const suite = await run([binOf('vitest', 'vitest'), 'run', ...process.argv.slice(2)], { quiet: false });

let failed = suite.code !== 0;
for (const check of await Promise.all(checkRuns)) {
  const verdict = check.code === 0 ? 'passed' : `failed (exit ${check.code})`;
  process.stdout.write(`\n${check.name}: ${verdict} in ${check.seconds.toFixed(1)} s\n`);
  if (check.output.trim() !== '') process.stdout.write(check.output.endsWith('\n') ? check.output : `${check.output}\n`);
  if (check.code !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
