import type { Command } from 'commander';
import { NAME_QUERY_BATCH, ScreenMatchListSchema, TesseraError } from '../model/index.js';
import {
  fileSize,
  loadReferenceAliases,
  loadScreeningListFromFiles,
  loadScreeningListFromStore,
  readCsvRecords,
  screenNames,
  type ScreenMatch,
  type ScreenQuery,
  type ServerClient,
} from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { streamPage } from './page-footer.js';
import { refuseThroughServer } from './store-or-server.js';
import { countLines, createProgress, createRowWriter, parseOutputFormat } from './tabular-output.js';

const COLUMNS = [
  'line',
  'query_id',
  'query_name',
  'rank',
  'list',
  'list_id',
  'reference',
  'listed_name',
  'matched_name',
  'type',
  'score',
  'match',
  'explanation',
];

/** Screening against the store's lists through `tessera serve`: the names sent a batch at a time, the matches in order. */
async function* screenThroughServer(
  server: ServerClient,
  queries: AsyncIterable<ScreenQuery>,
  options: { minScore: number; top: number; reference: boolean },
): AsyncGenerator<ScreenMatch> {
  let batch: ScreenQuery[] = [];
  const send = async () => (await server.post('/screen', { ...options, queries: batch }, ScreenMatchListSchema)).items;
  for await (const query of queries) {
    batch.push(query);
    if (batch.length === NAME_QUERY_BATCH) {
      yield* await send();
      batch = [];
    }
  }
  if (batch.length > 0) yield* await send();
}

/** `tessera screen --list store|FILE… --names NAMES.csv`: names against sanctions lists. */
export function registerScreenCommand(program: Command, context: CommandContext): void {
  program
    .command('screen')
    .description('screen names against watch lists; writes matches with scores and explanations')
    .requiredOption('--list <source...>', '"store" (the lists imported into the store) or list files (UN XML, OFAC sdn.csv alt.csv or XML)')
    .requiredOption('--names <file>', 'CSV with a name column (id and type/schema optional)')
    .option('--min-score <score>', 'least score reported', '0.8')
    .option('--top <n>', 'matches per name', '3')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--limit <n>', 'write at most this many matches (all are scored and counted)')
    .option('--offset <n>', 'skip this many matches first', '0')
    .option('--reference <file...>', 'add alias sets from these JSON files to the reference pack (default on)')
    .option('--no-reference', 'leave out the reference pack of known aliases')
    .action(async (options: { list: string[]; names: string; minScore: string; top: string; format: string; limit?: string; offset?: string; reference?: string[] | boolean }) => {
      const format = parseOutputFormat(options.format, ['csv', 'json']);
      const minScore = Number(options.minScore);
      if (!(minScore >= 0 && minScore <= 1)) throw new TesseraError('invalid_input', `--min-score ${options.minScore}: expected 0–1`);
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 1) throw new TesseraError('invalid_input', `--top ${options.top}: expected a whole number ≥ 1`);
      await fileSize(options.names);
      const run = async (screen: (queries: AsyncIterable<ScreenQuery>) => AsyncIterable<ScreenMatch>): Promise<void> => {
        const isLarge = (await fileSize(options.names)) > 64 * 1024;
        const bar = createProgress(context.err, 'screen', isLarge ? await countLines(options.names) : 0, isLarge);
        const writer = createRowWriter(context.out, format, COLUMNS);
        const page = streamPage(options);
        let read = 0;
        async function* queries(): AsyncGenerator<ScreenQuery> {
          for await (const { line, record } of readCsvRecords(options.names, { required: ['name'], nonEmpty: ['name'] })) {
            read += 1;
            if (read % 200 === 0) bar.update(read);
            const type = (record.type ?? record.schema ?? '').trim().toLowerCase();
            yield {
              line,
              queryId: record.id ?? record.qid ?? null,
              name: record.name!,
              ...(type === 'person' ? { type: 'person' } : type !== '' ? { type: ['group', 'organization', 'media'] } : {}),
            };
          }
        }
        try {
          for await (const m of screen(queries())) {
            if (!page.take()) continue;
            writer.write({
              line: m.line,
              query_id: m.queryId,
              query_name: m.queryName,
              rank: m.rank,
              list: m.listed.list,
              list_id: m.listed.externalId,
              reference: m.listed.reference,
              listed_name: m.listed.primaryName,
              matched_name: m.matchedName,
              type: m.listed.type,
              score: m.score,
              match: m.isMatch,
              explanation: m.explanation.join('; '),
            });
          }
        } finally {
          bar.update(read);
          bar.stop();
        }
        writer.end();
        context.err.write(`${page.footer('matches')}\n`);
      };
      const isStore = options.list.length === 1 && options.list[0] === 'store';
      const server = isStore ? await context.server() : null;
      if (server !== null) {
        await refuseThroughServer(context, Array.isArray(options.reference), '--reference FILE', 'the server screens with its built-in reference pack; leave it out, or give --no-reference');
        await run((queries) => screenThroughServer(server, queries, { minScore, top, reference: options.reference !== false }));
        return;
      }
      const reference = await loadReferenceAliases({
        builtIn: options.reference !== false,
        files: Array.isArray(options.reference) ? options.reference : [],
      });
      if (isStore) {
        await context.withStore(async (store) => {
          const list = await loadScreeningListFromStore(store, reference);
          await run((queries) => screenNames(list, queries, { minScore, top }));
        });
      } else {
        const list = await loadScreeningListFromFiles(options.list, reference);
        await run((queries) => screenNames(list, queries, { minScore, top }));
      }
    });
}
