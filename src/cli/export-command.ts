import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { exportStix } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';

/** Writes chunks to a stream, waiting when it asks to (a 100,000-object bundle never sits in memory). */
function streamSink(out: NodeJS.WritableStream) {
  return async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
}

/**
 * `tessera export stix [--output FILE]`: the workspace as a STIX 2.1 bundle on stdout or in a file,
 * accepted claims only unless --include-proposed; event-dataset rows only with
 * --include-dataset-events (their licences may forbid redistribution). A summary goes to stderr.
 */
export function registerExportCommand(program: Command, context: CommandContext): void {
  commandGroup(program, 'export', 'export knowledge to other tools (STIX 2.1)')
    .command('stix')
    .description('write the workspace as a STIX 2.1 bundle (threat actors, identities, locations, channels, incidents, relationships, reports)')
    .option('--output <file>', 'write to FILE instead of stdout')
    .option('--include-proposed', 'export proposed claims too, not only accepted ones')
    .option('--include-dataset-events', 'export event-dataset rows (ACLED, UCDP, GTD…) too: check their licence first')
    .action(async (options: { output?: string; includeProposed?: boolean; includeDatasetEvents?: boolean }) => {
      const file = options.output === undefined ? null : createWriteStream(options.output);
      const out = file ?? context.out;
      const result = await context.withStore((store) =>
        exportStix(store, { includeProposed: options.includeProposed === true, includeDatasetEvents: options.includeDatasetEvents === true }, streamSink(out)),
      );
      if (file !== null) {
        file.end();
        await once(file, 'finish');
      }
      const byType = Object.entries(result.byType).map(([type, count]) => `${count} ${type}`).join(', ');
      context.err.write(`exported ${result.objects} STIX objects${byType === '' ? '' : ` (${byType})`}${options.output === undefined ? '' : ` to ${options.output}`}\n`);
    });
}
