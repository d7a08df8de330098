import { describe, expect, it } from 'vitest';
import type { CommandContext } from './command-context.js';
import { buildProgram, COMMAND_FILES, COMMAND_SUMMARIES, invokedCommand } from './main.js';

const context = {
  config: () => {
    throw new Error('no configuration in this test');
  },
  withStore: () => {
    throw new Error('no store in this test');
  },
  out: process.stdout,
  err: process.stderr,
} as unknown as CommandContext;

describe('tessera command registration', () => {
  it('lists every command the files register, with the description each file gives it', async () => {
    const program = await buildProgram(context, 'all');
    const registered = Object.fromEntries(program.commands.map((command) => [command.name(), command.description()]));
    expect(registered).toEqual(COMMAND_SUMMARIES);
  });

  it('loads, for each command, the files that add to it', async () => {
    for (const name of Object.keys(COMMAND_SUMMARIES)) {
      const program = await buildProgram(context, [name]);
      const command = program.commands.find((c) => c.name() === name);
      const files = COMMAND_FILES.filter((file) => file.commands.includes(name));
      expect(files.length, name).toBeGreaterThan(0);
      const all = await buildProgram(context, 'all');
      const full = all.commands.find((c) => c.name() === name);
      expect(command?.commands.map((c) => c.name()).sort(), name).toEqual(full?.commands.map((c) => c.name()).sort());
      expect(command?.options.map((o) => o.flags), name).toEqual(full?.options.map((o) => o.flags));
    }
  });

  it('finds the command in argv as commander does', () => {
    const argv = (...args: string[]) => ['node', 'tessera', ...args];
    expect(invokedCommand(argv('status'))).toBe('status');
    expect(invokedCommand(argv('--data', 'status', 'events', 'count'))).toBe('events');
    expect(invokedCommand(argv('--data=d', '--wait', '30', 'ingest', 'x.txt'))).toBe('ingest');
    expect(invokedCommand(argv('--wait', '--verbose', 'review'))).toBe('review');
    expect(invokedCommand(argv('help', 'graph'))).toBe('graph');
    expect(invokedCommand(argv('--help'))).toBeUndefined();
    expect(invokedCommand(argv())).toBeUndefined();
    expect(invokedCommand(argv('--data'))).toBeUndefined();
  });
});
