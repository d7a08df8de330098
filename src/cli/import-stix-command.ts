import { Option, type Command } from 'commander';
import { importStix } from '../jobs/index.js';
import { StixImportResultSchema, TesseraError, TLP_MARKINGS, type StixImportResult, type TlpMarking } from '../model/index.js';
import { z } from 'zod';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';
import { createProgressReporter } from './progress-reporter.js';
import { storeOrServer } from './store-or-server.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

/** What a STIX upload's import answers: one result per bundle. */
const StixImportUploadSchema = z.object({ files: z.array(StixImportResultSchema) });

/** Warnings printed in full; the rest are counted (all of them are in --format json). */
const SHOWN_WARNINGS = 30;

function report(context: CommandContext, format: string, result: StixImportResult): void {
  if (format === 'json') {
    context.out.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const writer = createRowWriter(context.out, parseOutputFormat(format), ['type', 'imported', 'keptRaw', 'skipped']);
  for (const [type, counts] of Object.entries(result.byType).sort(([a], [b]) => a.localeCompare(b))) writer.write({ type, ...counts });
  writer.end();
  const { written } = result;
  context.err.write(
    `${result.file}: ${result.objects} objects; wrote ${written.documents} documents, ${written.entities} entities, ${written.events} events, ` +
      `${written.claims} claims, ${written.rawObjects} objects kept as sent\n`,
  );
  const custom = Object.entries(result.customProperties).sort(([, a], [, b]) => b - a);
  if (custom.length > 0) context.err.write(`custom properties kept: ${custom.map(([name, n]) => `${name} (${n})`).join(', ')}\n`);
  for (const warning of result.warnings.slice(0, SHOWN_WARNINGS)) context.err.write(`warning ${warning.id}: ${warning.message}\n`);
  if (result.warnings.length > SHOWN_WARNINGS) context.err.write(`… and ${result.warnings.length - SHOWN_WARNINGS} more warnings (--format json lists them all)\n`);
}

/** `tessera import stix FILE`: a STIX 2.1 bundle into the workspace (Tessera's own, or another producer's). */
export function registerImportStixCommand(program: Command, context: CommandContext): void {
  commandGroup(program, 'import', 'import data sets and lists into the store')
    .command('stix')
    .description(
      "import a STIX 2.1 bundle: Tessera's own bundles give back their knowledge exactly; other producers' objects are kept as sent (served by TAXII) " +
        'and threat actors, intrusion sets, identities, locations and their relationships also become proposed entities and claims. Importing twice changes nothing',
    )
    .argument('<file>', 'a STIX 2.1 bundle (JSON)')
    .option('--format <format>', 'table, csv or json', 'table')
    .addOption(new Option('--marking <tlp>', "marking of objects that carry no TLP marking (default: the workspace's default marking)").choices([...TLP_MARKINGS]))
    .option('--accept', "accept the claims made from other producers' objects instead of proposing them for review")
    .action(async (file: string, options: { format: string; marking?: TlpMarking; accept?: boolean }) => {
      const progress = createProgressReporter(context.err, { label: 'stix', unit: 'objects' });
      const input = { ...(options.marking ? { marking: options.marking } : {}), foreignStatus: options.accept ? ('accepted' as const) : ('proposed' as const) };
      const result = await storeOrServer(
        context,
        async (server) => {
          // uploaded and imported by the server (one writer), its result named by the path as typed
          const answer = await server.importFiles('stix', [file], input, (job) => progress.update(job.progress.done));
          const [imported] = StixImportUploadSchema.parse(answer).files;
          if (imported === undefined) throw new TesseraError('invalid_input', `${server.url}: the import of ${file} answered no result`);
          return { ...imported, file };
        },
        (store) => importStix(store, file, input, { onProgress: (done) => progress.update(done) }),
        StixImportResultSchema,
      ).finally(() => progress.stop());
      report(context, options.format, result);
    });
}
