import type { Command } from 'commander';
import { listDocumentSummaries } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { displayPath } from './ingest-command.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

/** `tessera documents`: the documents of the workspace with their claim counts. */
export function registerDocumentsCommand(program: Command, context: CommandContext): void {
  program
    .command('documents')
    .description('list the ingested documents')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (options: { format: string }) => {
      const format = parseOutputFormat(options.format);
      const documents = await context.withStore(listDocumentSummaries);
      const writer = createRowWriter(context.out, format, ['id', 'title', 'format', 'claims', 'ingested', 'path']);
      for (const d of documents) {
        writer.write({
          id: d.id,
          title: d.title,
          format: d.format,
          claims: d.claimCount,
          ingested: d.ingestedAt.slice(0, 19).replace('T', ' '),
          path: format === 'table' ? displayPath(d.path) : d.path,
        });
      }
      writer.end();
    });
}
