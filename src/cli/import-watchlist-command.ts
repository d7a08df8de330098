import { Option, type Command } from 'commander';
import { ImportWatchlistResultSchema, TesseraError, TLP_MARKINGS, type ImportWatchlistResult, type TlpMarking, type Watchlist } from '../model/index.js';
import { countWatchlistEntries, importWatchlistFiles } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';
import { createProgressReporter } from './progress-reporter.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

/** The lists as their files name them, each with its date as version: "ofac-consolidated 2025-03-28". */
function listLabel(result: ImportWatchlistResult, asked: string): string {
  if (result.lists.length === 0) return asked;
  return result.lists.map((l) => (l.version ? `${l.list} ${l.version}` : l.list)).join(', ');
}

function report(context: CommandContext, format: string, asked: string, result: ImportWatchlistResult): void {
  const writer = createRowWriter(context.out, parseOutputFormat(format), [
    'list',
    'created',
    'updated',
    'unchanged',
    'names',
    'attributes',
    'failed',
  ]);
  const list = listLabel(result, asked);
  writer.write({ list, created: result.created, updated: result.updated, unchanged: result.unchanged, names: result.names, attributes: result.attributes, failed: result.failed.length });
  writer.end();
  for (const f of result.failed.slice(0, 20)) context.err.write(`${list} entry ${f.externalId}: ${f.error.message}\n`);
}

async function runImport(context: CommandContext, list: Watchlist, files: string[], format: string, marking?: TlpMarking): Promise<void> {
  const server = await context.server();
  if (server !== null) {
    // imported by the server into its store; the entries are counted there
    if (marking !== undefined) throw new TesseraError('invalid_input', '--marking does not run through --server yet: run without it, or without --server');
    const bar = createProgressReporter(context.err, { label: `${list} via ${server.url}`, unit: 'entries' });
    const result = await server
      .importFiles('watchlist', files, { list }, (job) => bar.update(job.progress.done, job.state))
      .finally(() => bar.stop());
    report(context, format, list, ImportWatchlistResultSchema.parse(result));
    return;
  }
  // a bar on a terminal, a line every few seconds in a log; the total is counted ahead (one quick pass)
  const progress = createProgressReporter(context.err, { label: list === 'un-sanctions' ? list : 'ofac', unit: 'entries', total: await countWatchlistEntries(files) });
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

/**
 * `tessera import un-sanctions FILE`, `tessera import ofac FILE…` (also `ofac-sdn`): sanctions
 * lists as entities, each list named from its own content with its date as version.
 */
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
    .command('ofac')
    .alias('ofac-sdn')
    .description('import a US OFAC list, the SDN list or the consolidated non-SDN list (told from its entries): legacy sdn.csv (+ alt.csv for aliases) and/or the XML')
    .argument('<files...>', 'sdn.csv [alt.csv], cons_prim.csv [cons_alt.csv], sdn.xml or consolidated.xml')
    .option('--format <format>', 'table, csv or json', 'table')
    .addOption(markingOption())
    .action((files: string[], options: { format: string; marking?: TlpMarking }) => runImport(context, 'ofac-sdn', files, options.format, options.marking));
}
