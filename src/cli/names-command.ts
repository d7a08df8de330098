import { Command } from 'commander';
import { LinkRowListSchema, NAME_QUERY_BATCH, TesseraError } from '../model/index.js';
import {
  buildKnowledgeBaseIndex,
  fileSize,
  linkNames,
  loadReferenceAliases,
  loadStoreKnowledgeBase,
  readCsvRecords,
  scoreNamePairs,
  type CsvRecord,
  type LinkRow,
  type ServerClient,
} from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { streamPage } from './page-footer.js';
import { refuseThroughServer } from './store-or-server.js';
import { countLines, createProgress, createRowWriter } from './tabular-output.js';

/** Inputs bigger than this get a progress bar. */
const LARGE_INPUT_BYTES = 256 * 1024;

/** `--reference FILE…` adds alias-set files to the pack; `--no-reference` leaves the pack out. */
async function referenceOf(option: string[] | boolean | undefined) {
  return loadReferenceAliases({ builtIn: option !== false, files: Array.isArray(option) ? option : [] });
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TesseraError('invalid_input', `${flag} ${value}: expected a whole number ≥ 1`);
  return n;
}

/** The candidates of each query row, from a knowledge base here or the store through a server. */
type Linker = (rows: AsyncIterable<CsvRecord>, options: { top: number; minScore: number }) => AsyncIterable<LinkRow>;

/** `names link --kb store` through `tessera serve`: the queries sent a batch at a time, the candidates in order. */
async function* linkThroughServer(
  server: ServerClient,
  rows: AsyncIterable<CsvRecord>,
  options: { top: number; minScore: number; reference: boolean },
): AsyncGenerator<LinkRow> {
  let batch: { qid: string; name: string; type?: string }[] = [];
  const send = async () => (await server.post('/names/link', { ...options, queries: batch }, LinkRowListSchema)).items;
  for await (const { record } of rows) {
    const type = record.type ?? record.schema;
    batch.push({ qid: record.qid!, name: record.name!, ...(type === undefined || type.trim() === '' ? {} : { type }) });
    if (batch.length === NAME_QUERY_BATCH) {
      yield* await send();
      batch = [];
    }
  }
  if (batch.length > 0) yield* await send();
}

/** `tessera names pairs|link`: the matcher over files, for analysts and for measurement. */
export function registerNamesCommand(program: Command, context: CommandContext): void {
  const names = program.command('names').description('match names: score pairs, link names to a knowledge base');

  names
    .command('pairs')
    .description('score name pairs: reads name1,name2[,type] and writes the rows with score and match added (CSV)')
    .argument('<file>', 'CSV with columns name1,name2 (type or schema Person/Organization optional; other columns kept)')
    .option('--explain', 'add an explanation column')
    .option('--limit <n>', 'write at most this many rows (all are scored and counted)')
    .option('--offset <n>', 'skip this many rows first', '0')
    .option('--reference <file...>', 'add alias sets from these JSON files to the reference pack (default on)')
    .option('--no-reference', 'leave out the reference pack of known aliases')
    .addHelpText(
      'after',
      '\nRows stream: each is written as soon as it is scored. The header is checked first (no name1 or name2\n' +
        'column: an error naming the file and line 1, nothing written). A malformed line (wrong number of\n' +
        'fields, an unclosed quote) stops the run with "FILE line N: reason" on stderr and exit status 1;\n' +
        'the rows before it have already been written to stdout.',
    )
    .action(async (file: string, options: { explain?: boolean; limit?: string; offset?: string; reference?: string[] | boolean }) => {
      const reference = await referenceOf(options.reference);
      const isLarge = (await fileSize(file)) > LARGE_INPUT_BYTES;
      const progress = createProgress(context.err, 'pairs', isLarge ? await countLines(file) : 0, isLarge);
      let writer: ReturnType<typeof createRowWriter> | null = null;
      const page = streamPage(options);
      let done = 0;
      try {
        for await (const pair of scoreNamePairs(readCsvRecords(file, { required: ['name1', 'name2'] }), reference)) {
          if (writer === null) {
            const columns = [...Object.keys(pair.record), 'score', 'match', ...(options.explain ? ['explanation'] : [])];
            writer = createRowWriter(context.out, 'csv', columns);
          }
          done += 1;
          if (done % 500 === 0) progress.update(done);
          if (!page.take()) continue;
          writer.write({
            ...pair.record,
            score: pair.score,
            match: pair.isMatch,
            ...(options.explain ? { explanation: pair.explanation.join('; ') } : {}),
          });
        }
      } finally {
        progress.update(done);
        progress.stop();
      }
      (writer ?? createRowWriter(context.out, 'csv', ['name1', 'name2', 'score', 'match'])).end();
      if (options.limit !== undefined || options.offset !== '0') context.err.write(`${page.footer('pairs')}\n`);
    });

  names
    .command('link')
    .description('link query names to a knowledge base: writes qid,rank,id,score (CSV)')
    .requiredOption('--kb <file>', 'CSV with columns id,name (an id may repeat: its aliases; type optional), or "store": the store\'s entities, their accepted aliases and merges')
    .requiredOption('--queries <file>', 'CSV with columns qid,name (type optional)')
    .option('--top <n>', 'candidates per query', '10')
    .option('--min-score <score>', 'least score written', '0.5')
    .option('--reference <file...>', 'add alias sets from these JSON files to the reference pack (default on)')
    .option('--no-reference', 'leave out the reference pack of known aliases')
    .action(async (options: { kb: string; queries: string; top: string; minScore: string; reference?: string[] | boolean }) => {
      const server = options.kb === 'store' ? await context.server() : null;
      if (server !== null) {
        await refuseThroughServer(context, Array.isArray(options.reference), '--reference FILE', 'the server links with its built-in reference pack; leave it out, or give --no-reference');
        await link((rows, linkOptions) => linkThroughServer(server, rows, { ...linkOptions, reference: options.reference !== false }), options);
        return;
      }
      const reference = await referenceOf(options.reference);
      if (options.kb === 'store') {
        await context.withStore(async (store) => {
          const index = await loadStoreKnowledgeBase(store, reference);
          await link((rows, linkOptions) => linkNames(index, rows, linkOptions), options);
        });
        return;
      }
      const kbLarge = (await fileSize(options.kb)) > LARGE_INPUT_BYTES;
      const kbBar = createProgress(context.err, 'index', kbLarge ? await countLines(options.kb) : 0, kbLarge);
      const index = await buildKnowledgeBaseIndex(
        readCsvRecords(options.kb, { required: ['id', 'name'], nonEmpty: ['id', 'name'] }),
        (n) => kbBar.update(n),
        reference,
      );
      kbBar.stop();
      await link((rows, linkOptions) => linkNames(index, rows, linkOptions), options);
    });

  /** Writes the top candidates of each query. */
  async function link(linker: Linker, options: { queries: string; top: string; minScore: string }): Promise<void> {
    const top = positiveInt(options.top, '--top');
    const minScore = Number(options.minScore);
    if (!(minScore >= 0 && minScore <= 1)) throw new TesseraError('invalid_input', `--min-score ${options.minScore}: expected 0–1`);
    const qLarge = (await fileSize(options.queries)) > LARGE_INPUT_BYTES / 8;
    const qBar = createProgress(context.err, 'link', qLarge ? await countLines(options.queries) : 0, qLarge);
    const writer = createRowWriter(context.out, 'csv', ['qid', 'rank', 'id', 'score']);
    let lastQid: string | null = null;
    let queries = 0;
    try {
      const rows = readCsvRecords(options.queries, { required: ['qid', 'name'], nonEmpty: ['qid', 'name'] });
      for await (const row of linker(rows, { top, minScore })) {
        if (row.qid !== lastQid) {
          lastQid = row.qid;
          queries += 1;
          if (queries % 100 === 0) qBar.update(queries);
        }
        writer.write({ qid: row.qid, rank: row.rank, id: row.id, score: row.score });
      }
    } finally {
      qBar.stop();
    }
    writer.end();
  }
}
