import type { Command } from 'commander';

/**
 * The subcommand group `name` (`tessera import …`, `tessera entities …`), created by the first
 * command file that needs it, so several files can add subcommands to one group.
 */
export function commandGroup(program: Command, name: string, description: string): Command {
  const existing = program.commands.find((c) => c.name() === name);
  return existing ?? program.command(name).description(description);
}
