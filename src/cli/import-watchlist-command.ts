import { Option, type Command } from 'commander';
import { TLP_MARKINGS, type ImportWatchlistResult, type TlpMarking, type Watchlist } from '../model/index.js';
import { countWatchlistEntries, importWatchlistFiles } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';
import { createProgressReporter } from './progress-reporter.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

function report(context: CommandContext, format: string, list: string, result: ImportWatchlistResult): void {
  const writer = createRowWriter(context.out, parseOutputFormat(format), [
    'list',
    'created',
    'updated',
    'unchanged',
    'names',
    'attributes',
    'failed',
  ]);
  writer.write({ list, ...result, failed: result.failed.length });
  writer.end();
  for (const f of result.failed.slice(0, 20)) context.err.write(`${list} entry ${f.externalId}: ${f.error.message}\n`);
}

async function runImport(context: CommandContext, list: Watchlist, files: string[], format: string, marking?: TlpMarking): Promise<void> {
  // a bar on a terminal, a line every few seconds in a log; the total is counted ahead (one quick pass)
  const progress = createProgressReporter(context.err, { label: list, unit: 'entries', total: await countWatchlistEntries(files) });
  const result = await context
    .withStore((store) =>
      importWatchlistFiles(store, { list, paths: files }, { onProgress: (done) => progress.update(done), batchSize: 250, ...(marking ? { marking } : {}) }),
    )
    .finally(() => progress.stop());
  report(context, format, list, result);
}

function markingOption(): Option {
  return new Option('--marking <tlp>', "TLP marking of the list's entries and claims (default: the workspace's default marking)").choices([...TLP_MARKINGS]);
}

/** `tessera import un-sanctions FILE`, `tessera import ofac-sdn FILE…`: sanctions lists as entities. */
export function registerImportWatchlistCommand(program: Command, context: CommandContext): void {
  const group = commandGroup(program, 'import', 'import data sets and lists into the store');
  group
    .command('un-sanctions')
    .description('import the UN Security Council consolidated list (XML) as entities with aliases and listing facts')
    .argument('<file>', 'consolidated list XML')
    .option('--format <format>', 'table, csv or json', 'table')
    .addOption(markingOption())
    .action((file: string, options: { format: string; marking?: TlpMarking }) => runImport(context, 'un-sanctions', [file], options.format, options.marking));
  group
    .command('ofac-sdn')
    .description('import the US OFAC SDN list: legacy sdn.csv (+ alt.csv for aliases) and/or the XML')
    .argument('<files...>', 'sdn.csv [alt.csv] or sdn XML')
    .option('--format <format>', 'table, csv or json', 'table')
    .addOption(markingOption())
    .action((files: string[], options: { format: string; marking?: TlpMarking }) => runImport(context, 'ofac-sdn', files, options.format, options.marking));
}
