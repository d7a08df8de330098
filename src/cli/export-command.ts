import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import {
  EXPORT_FORMATS,
  EXPORT_SUBJECTS_BY_FORMAT,
  TLP_MARKINGS,
  type ExportFormat,
  type ExportSubject,
  type TlpMarking,
  type WorkspaceExportResult,
  TesseraError,
} from '../model/index.js';
import { exportWorkspace, writableSink } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';
import { addFilterOptions, filterOf, filterParamsOf, type FilterFlags } from './graph-filter-options.js';

interface ExportFlags extends FilterFlags {
  what?: ExportSubject;
  out?: string;
  output?: string;
  includeProposed?: boolean;
  includeDatasetEvents?: boolean;
  asUser?: string;
  clearance?: TlpMarking;
}

const DESCRIPTIONS: Record<ExportFormat, string> = {
  csv: 'tables: entities (default), events (Tessera event CSV, which events import reads back), relations or claims',
  geojson: 'events with coordinates as GeoJSON points',
  gexf: 'the network of relations as GEXF 1.3 (Gephi, dynamic); the graph filter flags apply',
  stix: 'a STIX 2.1 bundle: threat actors, identities, locations, channels, incidents, relationships, reports (or only --what)',
};

/**
 * Runs `write` into FILE through a temporary file beside it, renamed over FILE only once all is
 * written: an export that fails (or is interrupted) leaves no half-written FILE behind.
 */
async function writeFileAtomically<T>(path: string, write: (sink: (chunk: string) => void | Promise<void>) => Promise<T>): Promise<T> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = createWriteStream(temporary, { flags: 'wx' });
  const failed = once(file, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  try {
    await Promise.race([once(file, 'open'), failed]);
    const result = await Promise.race([write(writableSink(file)), failed]);
    file.end();
    await Promise.race([once(file, 'finish'), failed]);
    await rename(temporary, path);
    return result;
  } catch (error) {
    file.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

function summary(result: WorkspaceExportResult, out: string | undefined): string {
  const written = Object.entries(result.written).map(([kind, n]) => `${n} ${kind}`).join(', ') || 'nothing';
  const skipped = Object.entries(result.skipped).map(([reason, n]) => `${n} ${reason}`).join(', ');
  return `exported ${written} as ${result.format}${skipped === '' ? '' : ` (left out: ${skipped})`}, as ${result.viewer.name} cleared to ${result.viewer.clearance}${out === undefined ? '' : ` to ${out}`}\n`;
}

/**
 * `tessera export csv|geojson|gexf|stix [--what entities|events|relations|claims] [--out FILE]`:
 * one command for every format, each export a job (exportWorkspace) reading only what the
 * viewer may see (`--as-user NAME`, `--clearance TLP:…`), streamed to stdout or to FILE (written
 * whole or not at all). A summary goes to stderr.
 */
export function registerExportCommand(program: Command, context: CommandContext): void {
  const group = commandGroup(program, 'export', 'export knowledge to other tools: CSV, GeoJSON, GEXF, STIX 2.1 (only what the viewer may read)');
  for (const format of EXPORT_FORMATS) {
    const subjects = EXPORT_SUBJECTS_BY_FORMAT[format];
    const command = group
      .command(format)
      .description(DESCRIPTIONS[format])
      .addOption(new Option('--what <what>', `what to export${format === 'stix' ? ' (default: everything)' : ''}`).choices([...subjects]))
      .option('--out <file>', 'write to FILE (through a temporary file, renamed when complete) instead of stdout')
      .addOption(new Option('--output <file>', 'the same as --out').hideHelp())
      .option('--include-proposed', 'export proposed claims too, not only accepted ones')
      .option('--include-dataset-events', 'export event-dataset rows (ACLED, UCDP, GTD…) too: check their licence first')
      .option('--as-user <name>', "export what this user may read (their clearance and workspaces)")
      .addOption(new Option('--clearance <tlp>', 'export only what a reader cleared to this marking may read').choices([...TLP_MARKINGS]));
    if (format === 'gexf') addFilterOptions(command, { isIncludeProposedAdded: false });
    command.action(async (flags: ExportFlags) => {
      const out = flags.out ?? flags.output;
      const input = {
        format,
        ...(flags.what ? { what: flags.what } : {}),
        includeProposed: flags.includeProposed === true,
        includeDatasetEvents: flags.includeDatasetEvents === true,
        ...(flags.asUser ? { asUser: flags.asUser } : {}),
        ...(flags.clearance ? { clearance: flags.clearance } : {}),
        ...(format === 'gexf' ? { graphFilter: filterOf(flags) } : {}),
      };
      const server = await context.server();
      if (server !== null) {
        // the server exports what the token's user may read: another user's view is not asked for
        if (input.asUser !== undefined) {
          throw new TesseraError('invalid_input', '--as-user does not run through --server: the server exports as the token\'s user', { field: 'server' });
        }
        const network = format === 'gexf' ? { ...filterParamsOf(flags), includeProposed: undefined } : {};
        const query = { format, what: input.what, includeProposed: input.includeProposed, includeDatasetEvents: input.includeDatasetEvents, clearance: input.clearance, ...network };
        const bytes = out === undefined
          ? await server.download('/export', query, writableSink(context.out))
          : await writeFileAtomically(out, (sink) => server.download('/export', query, sink));
        context.err.write(`exported ${bytes} bytes as ${format} from ${server.url}${out === undefined ? '' : ` to ${out}`} (audited there as workspace.export)\n`);
        return;
      }
      const result = await context.withStore((store) =>
        out === undefined ? exportWorkspace(store, input, writableSink(context.out)) : writeFileAtomically(out, (sink) => exportWorkspace(store, input, sink)),
      );
      context.err.write(summary(result, out));
    });
  }
}
