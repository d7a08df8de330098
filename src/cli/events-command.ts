import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { basename } from 'node:path';
import {
  chartFormatOf,
  EVENT_FORMATS,
  TLP_MARKINGS,
  type TlpMarking,
  EVENT_MEASURES,
  EVENT_PERIODS,
  EVENT_SPLITS,
  PLACE_LEVELS,
  TesseraError,
  EventAnomalyResultSchema,
  EventCountResultSchema,
  EventSeasonalityResultSchema,
  EventSourceSchema,
  EventTopResultSchema,
  EventCompareResultSchema,
  DuplicatePairSchema,
  ImportEventsResultSchema,
  type EventFilterInput,
  type EventSource,
  type EventCountResult,
  type ImportEventsResult,
  type EventFormat,
  type EventMeasure,
  type EventPeriod,
  type EventSplit,
  type PlaceLevel,
} from '../model/index.js';
import {
  analyseAnomalies,
  analyseDual,
  analyseSeasonality,
  analyseTopPlaces,
  chartAnomalies,
  chartDual,
  chartPlaces,
  chartSeasonality,
  chartTrend,
  countEventPeriods,
  coverageOfSources,
  exportEventsCsv,
  findEventDuplicates,
  formatCoverage,
  importEvents,
  placesGeoJson,
  summariseEventSources,
  trendEventPeriods,
  type QueryValues,
  type ServerClient,
  type Store,
} from '../jobs/index.js';
import { z } from 'zod';
import type { CommandContext } from './command-context.js';
import { describeOpenPage, pageSelection } from './page-footer.js';
import { describeFilesWritten } from './interruption.js';
import { createProgressReporter, type ProgressReporter } from './progress-reporter.js';
import { toEventFilter, withFilterFlags, type FilterOptions } from './event-filter-flags.js';
import { formatRows, writeOutputFile } from './events-output.js';
import { storeOrServer } from './store-or-server.js';
import { parseOutputFormat } from './tabular-output.js';

/** An event filter as the event routes' query parameters (lists comma-separated). */
function filterQuery(filter: EventFilterInput): QueryValues {
  const { countries, sources, ...rest } = filter;
  return { ...rest, countries: countries?.join(','), sources: sources?.join(',') };
}

const DualPointListSchema = EventCompareResultSchema;
const DuplicatePairListSchema = z.object({ items: z.array(DuplicatePairSchema) });
const EventSourceListSchema = z.object({ items: z.array(EventSourceSchema) });

/**
 * Says on stderr (CSV and JSON stay clean; JSON carries `undatedEvents`) how many events of the
 * selection an analysis by period left out because their date is unknown.
 */
function noteUndated(context: CommandContext, undated: number, label?: string): void {
  if (undated === 0) return;
  context.err.write(`undated: ${undated} event${undated === 1 ? '' : 's'}${label === undefined ? '' : ` of ${label}`} with an unknown date left out (they lie in no period)\n`);
}

/** The event sources, for a figure's source line and the coverage note: from the store, or the server. */
function eventSources(server: ServerClient): Promise<EventSource[]> {
  return server.get('/events/sources', {}, EventSourceListSchema).then((answer) => answer.items);
}

/** An analysis and, when a figure or note needs them, the event sources, on the store or through the server. */
async function analyse<T>(
  context: CommandContext,
  needsSources: boolean,
  remote: (server: ServerClient) => Promise<T>,
  local: (store: Store) => Promise<T>,
  shape?: z.ZodType<T, unknown>,
): Promise<{ result: T; sources: EventSource[] }> {
  return storeOrServer(
    context,
    async (server) => {
      const result = await withFilterFlags(() => remote(server));
      return { result, sources: needsSources ? await eventSources(server) : [] };
    },
    async (store) => {
      const answer = await local(store);
      return { result: shape === undefined ? answer : shape.parse(answer), sources: needsSources ? await summariseEventSources(store) : [] };
    },
  );
}

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
];

/** The selection options every analysis takes. */
function addFilterOptions(command: Command, prefix = '', label = ''): Command {
  return command
    .option(`--${prefix}country <ISO2>`, `${label}country code (repeat or comma-separate)`, collect)
    .option(`--${prefix}admin1 <name>`, `${label}first-level division (province, governorate…)`)
    .option(`--${prefix}type <type>`, `${label}Tessera type (attack, clash…) or the dataset's own ("Explosions/Remote violence")`)
    .option(`--${prefix}actor <name>`, `${label}part of an actor's name`)
    .option(
      `--${prefix}actor-side <side>`,
      `${label}the side --${prefix}actor is on: initiator (ACLED actor1, UCDP side A, GTD perpetrator), target (actor2, side B, GTD target) or any`,
    )
    .option(`--${prefix}from <date>`, `${label}first day (YYYY, YYYY-MM or YYYY-MM-DD)`)
    .option(`--${prefix}to <date>`, `${label}last day (YYYY, YYYY-MM or YYYY-MM-DD)`)
    .option(`--${prefix}source <dataset>`, `${label}acled, ucdp, gtd, reports… (repeat or comma-separate)`, collect);
}

function pick<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new TesseraError('invalid_input', `--${name} "${value}" is not one of ${allowed.join(', ')}`);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TesseraError('invalid_input', `--${name} "${value}" is not a positive whole number`);
  return n;
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new TesseraError('invalid_input', `--${name} "${value}" is not a positive number`);
  return n;
}

const outputOption = () => new Option('--format <format>', 'output: table, csv or json').default('table');
const chartOption = () => new Option('--chart <file>', 'also draw the figure to FILE.svg or FILE.png');

/** `events import` through a running `tessera serve`: the files uploaded, imported there, the result read back. */
async function importThroughServer(
  server: ServerClient,
  files: string[],
  options: { format?: EventFormat; dataset?: string; strict?: boolean; marking?: TlpMarking },
  context: CommandContext,
): Promise<ImportEventsResult> {
  const bar = createProgressReporter(context.err, { label: `events via ${server.url}`, unit: 'rows' });
  try {
    const fields = { format: options.format, dataset: options.dataset, marking: options.marking, strict: options.strict === true ? 'true' : undefined };
    const result = await server.importFiles('events', files, fields, (job) => bar.update(job.progress.done, job.progress.message ?? job.state));
    const parsed = ImportEventsResultSchema.parse(result);
    // the server names each file by its upload name; give back the paths as typed, in the messages too
    const typed = (index: number, message: string) => {
      const path = files[index];
      const sent = path === undefined ? undefined : `${basename(path)} `;
      return path !== undefined && sent !== undefined && message.startsWith(sent) ? `${path} ${message.slice(sent.length)}` : message;
    };
    return {
      ...parsed,
      files: parsed.files.map((file, index) => {
        const path = files[index] ?? file.path;
        return file.ok
          ? { ...file, path, errors: file.errors.map((row) => ({ ...row, message: typed(index, row.message) })) }
          : { ...file, path, error: { ...file.error, message: typed(index, file.error.message) } };
      }),
    };
  } finally {
    bar.stop();
  }
}

/** `tessera events …`: import event datasets and count, trend, compare and chart them. */
export function registerEventsCommand(program: Command, commandContext: CommandContext): void {
  // errors the jobs find against the data (a --type no event has) name the flag
  const context: CommandContext = { ...commandContext, withStore: (work) => withFilterFlags(() => commandContext.withStore(work)) };
  const events = program.command('events').description('event datasets (ACLED, UCDP GED, GTD, Tessera CSV) and trend analyses');

  events
    .command('import')
    .description('import event files; the format is read from the header unless --format is given')
    .argument('<files...>', 'CSV files')
    .addOption(new Option('--format <format>', 'input format').choices([...EVENT_FORMATS]))
    .option('--dataset <name>', 'dataset name for Tessera CSV files without a dataset column (default: file name)')
    .option('--strict', 'stop at the first bad row and leave the store exactly as before')
    .addOption(new Option('--marking <tlp>', "TLP marking of the imported events (default: the workspace's default marking)").choices([...TLP_MARKINGS]))
    .option('--json', 'print the result as JSON')
    .action(async (files: string[], options: { format?: EventFormat; dataset?: string; strict?: boolean; marking?: TlpMarking; json?: boolean }) => {
      // one bar per file, over its bytes
      let bar: ProgressReporter | null = null;
      let started = -1;
      // a file is written in a transaction of its own (all in one with --strict): Ctrl-C says which are in
      const written: string[] = [];
      let current: string | null = null;
      context.interruption?.describeWith(() =>
        options.strict === true
          ? 'nothing was written (--strict imports every file in one transaction)'
          : describeFilesWritten(written, current, files.length),
      );
      const server = await context.server();
      const result = server !== null
        ? await importThroughServer(server, files, options, context)
        : await context.withStore((store) =>
        importEvents(store, files, {
          ...(options.format ? { format: options.format } : {}),
          ...(options.dataset ? { dataset: options.dataset } : {}),
          ...(options.marking ? { marking: options.marking } : {}),
          strict: options.strict === true,
          onProgress: (p) => {
            if (started !== p.fileIndex) {
              if (current !== null) written.push(current);
              current = p.path;
              bar?.stop();
              bar = createProgressReporter(context.err, { label: basename(p.path), unit: 'bytes', total: Math.max(1, p.size) });
              started = p.fileIndex;
            }
            bar?.update(Math.min(p.bytesRead, p.size), `${p.rows} rows`);
          },
        }),
      ).finally(() => bar?.stop());
      if (options.json) {
        context.out.write(`${JSON.stringify(result, null, 2)}\n`);
      } else {
        const rows = result.files.map((f) =>
          f.ok
            ? [f.path, f.format, f.rows, f.inserted, f.updated, f.unchanged, f.skipped, '']
            : [f.path, '', null, null, null, null, null, f.error.message],
        );
        context.out.write(formatRows(['file', 'format', 'rows', 'inserted', 'updated', 'unchanged', 'skipped', 'error'], rows, 'table'));
        for (const f of result.files) {
          if (!f.ok) continue;
          for (const e of f.errors) context.err.write(`skipped: ${e.message}\n`);
          if (f.skipped > f.errors.length) context.err.write(`skipped: … and ${f.skipped - f.errors.length} more bad rows in ${f.path}\n`);
        }
      }
      const failed = result.files.filter((f) => !f.ok);
      if (failed.length > 0) {
        throw new TesseraError('invalid_input', `${failed.length} of ${files.length} files not imported: ${failed.map((f) => (f.ok ? '' : f.error.message)).join('; ')}`);
      }
    });

  const countLike = (name: string, description: string, isTrend: boolean) => {
    const command = events
      .command(name)
      .description(description)
      .addOption(new Option('--by <period>', 'period').choices([...EVENT_PERIODS]).default('year'))
      .addOption(new Option('--split <dimension>', 'one series per value of').choices([...EVENT_SPLITS]))
      .option('--no-fill', 'leave out periods without events');
    addFilterOptions(command)
      .addOption(outputOption())
      .addOption(chartOption())
      .addOption(new Option('--measure <measure>', 'what the chart shows: events or fatalities').default('events'))
      .option('--title <text>', 'chart title')
      .option('--top <n>', 'a split chart draws the N largest series and adds the rest up as "other"', '8');
    if (isTrend) {
      command.option('--moving-average <n>', 'trailing moving average over N periods', '3');
    } else {
      command.addOption(
        new Option('--group-by <dimension>', 'a cross-tab in long form: period,group,events,fatalities (one row per period and group)').choices([
          ...EVENT_SPLITS,
        ]),
      );
    }
    command.action(async (options: FilterOptions & Record<string, string | boolean | undefined>) => {
      positiveInt('top', String(options.top), 8);
      const by = pick<EventPeriod>('by', String(options.by), EVENT_PERIODS);
      if (options.split !== undefined && options.groupBy !== undefined) {
        throw new TesseraError('invalid_input', '--split and --group-by are one option in two layouts: give one');
      }
      const splitOption = options.groupBy ?? options.split;
      const splitName = options.groupBy === undefined ? 'split' : 'group-by';
      const split = splitOption === undefined ? null : pick<EventSplit>(splitName, String(splitOption), EVENT_SPLITS);
      const format = parseOutputFormat(String(options.format));
      const measure = pick<EventMeasure>('measure', String(options.measure), EVENT_MEASURES);
      const chartFormat = typeof options.chart === 'string' ? chartFormatOf(options.chart) : null;
      const ma = isTrend && options.movingAverage !== undefined ? positiveInt('moving-average', String(options.movingAverage), 3) : undefined;
      const input = { by, split, filter: toEventFilter(options), fill: options.fill !== false, ...(ma ? { movingAverage: ma } : {}) };
      const writeResult = (result: EventCountResult) => {
        if (split === null) {
          const columns = isTrend
            ? ['period', 'events', 'fatalities', 'change', 'change_percent', 'moving_average']
            : ['period', 'events', 'fatalities'];
          const rows = result.rows.map((r) =>
            isTrend ? [r.period, r.events, r.fatalities, r.change, r.changePercent, r.movingAverage] : [r.period, r.events, r.fatalities],
          );
          context.out.write(formatRows(columns, rows, format));
        } else {
          const rows = result.rows.map((r) => [r.period, r.key, r.events, r.fatalities]);
          context.out.write(formatRows(['period', options.groupBy === undefined ? split : 'group', 'events', 'fatalities'], rows, format));
        }
      };
      const query = { by, split: split ?? undefined, fill: input.fill, movingAverage: ma, ...filterQuery(input.filter) };
      const { result, sources } = await analyse(
        context,
        split !== 'source' || chartFormat !== null,
        (server) => server.get(`/events/${name}`, query, EventCountResultSchema),
        (store) => (isTrend ? trendEventPeriods(store, input) : countEventPeriods(store, input)),
      );
      writeResult(result);
      noteUndated(context, result.undatedEvents);
      if (split !== 'source') {
        // counts that add sources covering different periods say so (on stderr: CSV and JSON stay clean)
        const coverage = coverageOfSources(sources, result.filter);
        if (coverage.isUneven) {
          context.err.write(
            `coverage: these counts add sources covering different periods — ${formatCoverage(coverage)}; ` +
              `--split source counts them apart\n`,
          );
        }
      }
      if (chartFormat && typeof options.chart === 'string') {
        const chart = await chartTrend(sources, result, {
          format: chartFormat,
          measure,
          topSeries: positiveInt('top', String(options.top), 8),
          ...(typeof options.title === 'string' ? { title: options.title } : {}),
        });
        writeOutputFile(options.chart, chart);
      }
    });
  };
  countLike('count', 'events and fatalities per period (header: period,events,fatalities)', false);
  countLike('trend', 'events per period with change from the period before and a moving average', true);

  addFilterOptions(
    events
      .command('seasonality')
      .description('month-of-year profile across years and the peak season it implies'),
  )
    .addOption(outputOption())
    .addOption(chartOption())
    .option('--title <text>', 'chart title')
    .action(async (options: FilterOptions & { format: string; chart?: string; title?: string }) => {
      const format = parseOutputFormat(options.format);
      const chartFormat = options.chart ? chartFormatOf(options.chart) : null;
      const filter = toEventFilter(options);
      const { result: season, sources } = await analyse(
        context,
        chartFormat !== null,
        (server) => server.get('/events/seasonality', filterQuery(filter), EventSeasonalityResultSchema),
        (store) => analyseSeasonality(store, { filter }),
        EventSeasonalityResultSchema,
      );
      const rows = season.profile.map((m) => [m.month, m.name, m.events, m.fatalities, m.years, m.meanEvents, Math.round(m.share * 1000) / 10]);
      if (format === 'json') {
        context.out.write(`${JSON.stringify(season, null, 2)}\n`);
      } else {
        context.out.write(formatRows(['month', 'name', 'events', 'fatalities', 'years', 'mean_events', 'share_percent'], rows, format));
        noteUndated(context, season.undatedEvents);
        if (format === 'table') {
          context.out.write(
            `peak month ${season.profile[season.peakMonth - 1]!.name}; peak season ${season.peakSeason.label} ` +
              `(${season.peakSeason.months} months, ${Math.round(season.peakSeason.share * 1000) / 10}% of events)\n`,
          );
        }
      }
      if (options.chart && chartFormat) {
        writeOutputFile(options.chart, await chartSeasonality(sources, season, { format: chartFormat, ...(options.title ? { title: options.title } : {}) }));
      }
    });

  addFilterOptions(
    events
      .command('top')
      .description('the places with most events; --geojson writes choropleth-ready GeoJSON')
      .addOption(new Option('--level <level>', 'place level').choices([...PLACE_LEVELS]).default('admin1'))
      .option('--limit <n>', 'how many places (default 20)'),
  )
    .addOption(outputOption())
    .addOption(chartOption())
    .option('--geojson <file>', 'write every place of the level as GeoJSON')
    .addOption(new Option('--measure <measure>', 'what the chart shows: events or fatalities').default('events'))
    .option('--title <text>', 'chart title')
    .action(async (options: FilterOptions & { level: string; limit?: string; format: string; chart?: string; geojson?: string; measure: string; title?: string }) => {
      const level = pick<PlaceLevel>('level', options.level, PLACE_LEVELS);
      const limit = positiveInt('limit', options.limit, 20);
      const format = parseOutputFormat(options.format);
      const measure = pick<EventMeasure>('measure', options.measure, EVENT_MEASURES);
      const chartFormat = options.chart ? chartFormatOf(options.chart) : null;
      const filter = toEventFilter(options);
      const { result: top, sources } = await analyse(
        context,
        chartFormat !== null,
        (server) => server.get('/events/top', { level, limit, ...filterQuery(filter) }, EventTopResultSchema),
        (store) => analyseTopPlaces(store, { level, filter, limit }),
      );
      const rows = top.places.map((p) => [p.country, p.admin1, p.place, p.events, p.fatalities]);
      context.out.write(formatRows(['country', 'admin1', level === 'admin2' ? 'admin2' : 'place', 'events', 'fatalities'], rows, format));
      // the top of a ranking: the rest are seen with a larger --limit
      const total = top.totalPlaces ?? top.places.length;
      const more = total - top.places.length;
      context.err.write(`places 1–${top.places.length} of ${total}${more > 0 ? `; ${more} more: --limit ${total}` : ''}\n`);
      if (options.chart && chartFormat) {
        writeOutputFile(options.chart, await chartPlaces(sources, top, { format: chartFormat, measure, ...(options.title ? { title: options.title } : {}) }));
      }
      if (options.geojson) {
        const geojson = await storeOrServer(
          context,
          async (server) => {
            let text = '';
            await server.download('/events/places', { level, ...filterQuery(filter) }, async (chunk) => {
              text += chunk;
            });
            return text;
          },
          async (store) => JSON.stringify(await placesGeoJson(store, { level, filter })),
        );
        writeOutputFile(options.geojson, `${geojson}\n`);
      }
    });

  addFilterOptions(
    events
      .command('anomaly')
      .description('periods whose count stands out against the rolling baseline (z-score and Poisson tail)')
      .addOption(new Option('--by <period>', 'period').choices([...EVENT_PERIODS]).default('month'))
      .option('--baseline <n>', 'preceding periods in the baseline (default 12)')
      .option('--z <score>', 'least z-score flagged (default 2)')
      .option('--p <probability>', 'largest Poisson tail probability flagged (default 0.01)')
      .option('--only', 'print only the anomalies'),
  )
    .addOption(outputOption())
    .addOption(chartOption())
    .option('--title <text>', 'chart title')
    .action(async (options: FilterOptions & { by: string; baseline?: string; z?: string; p?: string; only?: boolean; format: string; chart?: string; title?: string }) => {
      const by = pick<EventPeriod>('by', options.by, EVENT_PERIODS);
      const format = parseOutputFormat(options.format);
      const chartFormat = options.chart ? chartFormatOf(options.chart) : null;
      const input = {
        by,
        filter: toEventFilter(options),
        baseline: positiveInt('baseline', options.baseline, 12),
        zThreshold: positiveNumber('z', options.z, 2),
        pThreshold: positiveNumber('p', options.p, 0.01),
      };
      const { baseline, zThreshold, pThreshold } = input;
      // the chart shows every period, so the anomalies are picked here rather than by the job
      const { result: anomalies, sources } = await analyse(
        context,
        chartFormat !== null,
        (server) => server.get('/events/anomaly', { by, baseline, zThreshold, pThreshold, ...filterQuery(input.filter) }, EventAnomalyResultSchema),
        (store) => analyseAnomalies(store, input),
      );
      const rows = anomalies.points
        .filter((p) => !options.only || p.isAnomaly)
        .map((p) => [p.period, p.events, p.fatalities, p.baselineMean, p.baselineSd, p.z, p.poissonTail, p.isAnomaly]);
      context.out.write(formatRows(['period', 'events', 'fatalities', 'baseline_mean', 'baseline_sd', 'z', 'poisson_tail', 'anomaly'], rows, format));
      noteUndated(context, anomalies.undatedEvents);
      if (options.chart && chartFormat) {
        writeOutputFile(options.chart, await chartAnomalies(sources, anomalies, { format: chartFormat, ...(options.title ? { title: options.title } : {}) }));
      }
    });

  const compare = events
    .command('compare')
    .description('two selections on one time axis, e.g. a group\'s attacks against its losses (dual-axis chart)')
    .addOption(new Option('--by <period>', 'period').choices([...EVENT_PERIODS]).default('month'))
    .option('--a-label <text>', 'name of series A', 'Series A')
    .option('--b-label <text>', 'name of series B', 'Series B')
    .addOption(new Option('--a-measure <measure>', 'events or fatalities').default('events'))
    .addOption(new Option('--b-measure <measure>', 'events or fatalities').default('events'));
  compare.addHelpText(
    'after',
    '\nA group\'s attacks against its losses in operations against it, on one dual-axis chart:\n' +
      '  tessera events compare --by month --actor "Islamic State" --a-actor-side initiator --a-label "Attacks by IS" \\\n' +
      '    --b-actor-side target --b-measure fatalities --b-label "Fatalities, IS as target" --chart is.svg\n',
  );
  addFilterOptions(compare, '', 'both series: ');
  addFilterOptions(compare, 'a-', 'series A: ');
  addFilterOptions(compare, 'b-', 'series B: ')
    .addOption(outputOption())
    .addOption(chartOption())
    .option('--title <text>', 'chart title')
    .action(async (options: Record<string, string | string[] | undefined>) => {
      const by = pick<EventPeriod>('by', String(options.by), EVENT_PERIODS);
      const format = parseOutputFormat(String(options.format));
      const chartFormat = typeof options.chart === 'string' ? chartFormatOf(options.chart) : null;
      const side = (prefix: 'a' | 'b') => {
        // a series' own option, else the option for both
        const get = (k: string) => options[`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`] ?? options[k];
        return {
          filter: toEventFilter({
            country: get('country') as string[] | undefined,
            admin1: get('admin1') as string | undefined,
            type: get('type') as string | undefined,
            actor: get('actor') as string | undefined,
            actorSide: get('actorSide') as string | undefined,
            from: get('from') as string | undefined,
            to: get('to') as string | undefined,
            source: get('source') as string[] | undefined,
          }),
          measure: pick<EventMeasure>('measure', String(get('measure')), EVENT_MEASURES),
          label: String(get('label')),
        };
      };
      const input = { by, a: side('a'), b: side('b') };
      const { result: compared, sources } = await analyse(
        context,
        chartFormat !== null,
        (server) => server.post('/events/compare', input, DualPointListSchema),
        (store) => analyseDual(store, input),
      );
      const { points } = compared;
      context.out.write(formatRows(['period', input.a.label, input.b.label], points.map((p) => [p.period, p.a, p.b]), format));
      noteUndated(context, compared.undatedEvents.a, input.a.label);
      noteUndated(context, compared.undatedEvents.b, input.b.label);
      if (typeof options.chart === 'string' && chartFormat) {
        const title = typeof options.title === 'string' ? { title: options.title } : {};
        writeOutputFile(options.chart, await chartDual(sources, points, input, { format: chartFormat, ...title }));
      }
    });

  events
    .command('duplicates')
    .description('flag likely duplicates across sources (same day, place and type) and list them')
    .option('--limit <n>', 'how many to list (default 100)')
    .option('--offset <n>', 'skip this many pairs first', '0')
    .addOption(outputOption())
    .action(async (options: { limit?: string; offset: string; format: string }) => {
      const format = parseOutputFormat(options.format);
      const { limit, offset } = pageSelection({ limit: String(positiveInt('limit', options.limit, 100)), offset: options.offset });
      // one pair asked beyond the page tells whether more follow
      const found = await storeOrServer(
        context,
        async (server) => (await server.post('/events/duplicates', { limit: offset + limit + 1 }, DuplicatePairListSchema)).items,
        (store) => findEventDuplicates(store, { limit: offset + limit + 1 }),
      );
      const pairs = found.slice(offset, offset + limit);
      context.err.write(`${describeOpenPage(offset, pairs.length, found.length > offset + limit, 'duplicate pairs')}\n`);
      const rows = pairs.map((p) => [
        p.date,
        p.country,
        p.type,
        p.duplicate.source,
        p.duplicate.datasetEventId ?? p.duplicate.eventId,
        p.duplicate.place,
        p.kept.source,
        p.kept.datasetEventId ?? p.kept.eventId,
        p.kept.place,
      ]);
      context.out.write(
        formatRows(['date', 'country', 'type', 'duplicate_source', 'duplicate_id', 'duplicate_place', 'kept_source', 'kept_id', 'kept_place'], rows, format),
      );
    });

  addFilterOptions(
    events
      .command('export')
      .description("write the selected events as Tessera's event CSV (docs/events-csv.md)")
      .option('--output <file>', 'write to FILE instead of standard output'),
  ).action(async (options: FilterOptions & { output?: string }) => {
    const filter = toEventFilter(options);
    const server = await context.server();
    if (server !== null) {
      // written as it arrives; the file is made with the first bytes (the server checks the filter before the header)
      let target: NodeJS.WritableStream | null = null;
      await withFilterFlags(() =>
        server.download('/events/export', filterQuery(filter), async (chunk) => {
          if (chunk === '') return;
          target ??= options.output ? createWriteStream(options.output) : context.out;
          if (!target.write(chunk)) await once(target, 'drain');
        }),
      );
      const file = target as NodeJS.WritableStream | null;
      if (options.output && file !== null) {
        file.end();
        await once(file, 'finish');
      }
      return;
    }
    await context.withStore(async (store) => {
      const chunks = exportEventsCsv(store, { filter });
      // the first chunk (the header) comes after the filter is checked: no empty file for a bad filter
      const first = await chunks.next();
      const target = options.output ? createWriteStream(options.output) : context.out;
      if (!first.done) target.write(first.value);
      for await (const chunk of chunks) {
        if (!target.write(chunk)) await once(target, 'drain');
      }
      if (options.output) {
        (target as WriteStream).end();
        await once(target, 'finish');
      }
    });
  });

  events
    .command('sources')
    .description('the event sources in the store: datasets and reports, with counts and date range')
    .addOption(outputOption())
    .action(async (options: { format: string }) => {
      const format = parseOutputFormat(options.format);
      const sources = await storeOrServer(context, eventSources, summariseEventSources);
      context.out.write(formatRows(['source', 'events', 'first', 'last'], sources.map((s) => [s.source, s.events, s.first, s.last]), format));
    });
}
