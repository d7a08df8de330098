import { Writable } from 'node:stream';
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import type { CommandContext } from '../src/cli/command-context.js';
import { runCommandLine } from '../src/cli/main.js';
import { openStore, ServerClient } from '../src/jobs/index.js';
import { TesseraError } from '../src/model/index.js';
import { ensureWorkspace, type Store } from '../src/store/index.js';

/** A writable stream that appends what is written to a string. */
function sink(append: (text: string) => void): Writable {
  return new Writable({
    write(chunk, _enc, done) {
      append(String(chunk));
      done();
    },
  });
}

/** Runs `tessera ARGS` in process with the commands `register` adds, on an open store (left open). */
export async function runCommand(
  register: ((program: Command, context: CommandContext) => void)[],
  store: Store,
  args: string[],
): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const context: CommandContext = {
    config: () => loadConfig({ TESSERA_DATA_DIR: '/nonexistent/test-store' }, {}),
    server: async () => null,
    withStore: (work) => work(store),
    out: sink((s) => (stdout += s)),
    err: sink((s) => (stderr += s)),
  };
  const program = new Command('tessera').exitOverride();
  for (const r of register) r(program, context);
  await program.parseAsync(['node', 'tessera', ...args]);
  return { stdout, stderr };
}

/** What a `tessera` run printed and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The `tessera` command run in this process, as main() runs it, on one embedded store kept open between runs. */
export interface InProcessCli {
  /** `tessera ARGS` with these extra environment variables (TESSERA_PASSWORD): exit code, stdout and stderr. */
  run(args: readonly string[], env?: Record<string, string>): Promise<CliRun>;
  /** The store the runs share (opened by the first run that needs it). */
  store(): Promise<Store>;
  close(): Promise<void>;
}

/**
 * `tessera` without a process per command: the same program, parsing, commands and exit codes as
 * bin/tessera.js (runCommandLine, which main() calls), with stdout and stderr captured. The commands
 * share one in-memory embedded store, opened once (a spawned command pays ≈ 1 CPU-s to start and open
 * its store); `--workspace W` works in workspace W of it. Process-level behaviour (signals, the store
 * lock between processes, stdout of a real process) stays with the spawned tests in test/e2e/cli/.
 * `openBackend` opens that store: in memory by default, or an embedded store in a data directory
 * that a spawned `tessera` opens once close() has let it go.
 */
export function inProcessCli(openBackend: () => Promise<Store> = () => openStore({ dataDir: null })): InProcessCli {
  let opened: Promise<Store> | undefined;
  const store = () => (opened ??= openBackend());
  return {
    store,
    async run(args, env = {}) {
      let stdout = '';
      let stderr = '';
      // commander reads options bound to variables (TESSERA_PASSWORD) from process.env while parsing
      const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
      Object.assign(process.env, env);
      try {
        const code = await runCommandLine(['node', 'tessera', ...args], (program) => {
          const config = () => {
            const variables: Record<string, string | undefined> = { ...process.env, TESSERA_DATA_DIR: '/nonexistent/in-process-store' };
            delete variables.TESSERA_DATABASE_URL;
            delete variables.TESSERA_WORKSPACE;
            return loadConfig(variables, program().opts());
          };
          return {
            config,
            async server() {
              const { remote, store: settings } = config();
              return remote === null ? null : new ServerClient({ url: remote.url, token: remote.token, workspace: settings.workspaceId });
            },
            async withStore(work) {
              const { remote, store: settings } = config();
              if (remote !== null) throw new TesseraError('invalid_input', 'this command does not run through --server yet', { field: 'server' });
              const workspace = (await store()).inWorkspace(settings.workspaceId);
              await ensureWorkspace(workspace);
              return work(workspace);
            },
            out: sink((s) => (stdout += s)),
            err: sink((s) => (stderr += s)),
          };
        });
        return { code, stdout, stderr };
      } finally {
        for (const [name, value] of Object.entries(previous)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    },
    async close() {
      if (opened !== undefined) await (await opened).close();
      opened = undefined;
    },
  };
}
