import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { TesseraError } from '../model/index.js';
import { extractReport, type MeasurementOutput } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { renderTextTable } from './text-table.js';

const FORMATS = ['json', 'csv', 'table'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `tessera extract FILE`: prints what the extractor reads out of one report (entities, events,
 * relations, figures) without writing the store.
 */
export function registerExtractCommand(program: Command, context: CommandContext): void {
  program
    .command('extract')
    .description('print the entities, events and relations extracted from one report, without storing anything')
    .argument('<file>', 'report to read (.txt, .md, .html, .pdf or .docx)')
    .option('--format <format>', 'json, csv or table', 'table')
    .action(async (file: string, options: { format: string }) => {
      const format = options.format as Format;
      if (!FORMATS.includes(format)) {
        throw new TesseraError('invalid_input', `--format ${options.format}: expected json, csv or table`);
      }
      const output = await extractReport({ path: file });
      context.out.write(render(output, format));
    });
}

function render(output: MeasurementOutput, format: Format): string {
  if (format === 'json') return `${JSON.stringify(output, null, 2)}\n`;
  const rows: string[][] = [
    ...output.entities.map((e) => ['entity', e.type, e.name, e.aliases.slice(0, 6).join('; '), e.referenceId ?? '']),
    ...output.events.map((e) => [
      'event', e.type, e.date ?? '', [e.country, e.admin1, e.place].filter(Boolean).join(' / '),
      [e.actors.join('; '), e.fatalities === null ? '' : `killed ${e.fatalities}`].filter(Boolean).join(' · '),
    ]),
    ...output.relations.map((r) => ['relation', r.type, r.source, r.target, [r.start, r.hedge].filter(Boolean).join(' · ')]),
  ];
  if (format === 'csv') return stringify([['kind', 'type', 'a', 'b', 'c'], ...rows]);
  return renderTextTable(['kind', 'type', 'a', 'b', 'c'], rows, { maxCellWidth: 40 });
}
