import { Writable } from 'node:stream';
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import type { CommandContext } from '../src/cli/command-context.js';
import type { Store } from '../src/store/index.js';

/** Runs `tessera ARGS` in process with the commands `register` adds, on an open store (left open). */
export async function runCommand(
  register: ((program: Command, context: CommandContext) => void)[],
  store: Store,
  args: string[],
): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
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
