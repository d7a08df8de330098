/**
 * Events bench (issue 4): N synthetic ACLED-format rows (1,000,000 by default;
 * TESSERA_BENCH_EVENTS_ROWS to change) generated at bench time, then
 * - import time into PGlite (on disk) and PostgreSQL (TESSERA_BENCH_DATABASE_URL or
 *   postgres://postgres@127.0.0.1:5432/test; says so when unreachable),
 * - a monthly trend by country and type over all rows (from the roll-up, and from the event
 *   table for comparison),
 * - issue 9's analysis target: a count (by year) and a monthly trend filtered by each of country,
 *   admin1, actor, type and sub-type, and split by admin1 and by actor (target < 300 ms on
 *   PGlite, < 150 ms on PostgreSQL at 1M events),
 * - peak memory (RSS) during each phase,
 * - the same import and queries in DuckDB (bench/reference, installed by `npm run bench`) as the
 *   columnar reference, run first so that every run prints its import time beside ours, with
 *   ratios (import target: ≤ 5× DuckDB on PGlite, ≤ 3× on PostgreSQL). An engine that fails is
 *   reported and the others still run.
 * TESSERA_BENCH_EVENTS_ENGINES=pglite,postgresql,duckdb runs only those named (`reader` times the
 * import's file reader alone: read, mapped and encoded in this thread, no store; CPU µs a row);
 * `floor` times what no import can go below on each store: the file's rows encoded beforehand (untimed),
 * then a bare COPY of the event rows (the import's columns) and of the actor rows into tables like
 * event and event_actor without keys or indexes, the same into tables with only their keys (those
 * an import keeps while it writes), and each of their indexes built alone on the bare tables.
 * TESSERA_BENCH_EVENTS_PHASES=1 prints where each import's time went: the time of each kind of
 * statement (COPY of a table, each index build, …) and the rest (reading the file, waiting for it).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { importEvents } from '../src/jobs/index.js';
import { readEventBatches } from '../src/jobs/event-batches.js';
import { countEvents, openStore, type EventCountQuery, type Store } from '../src/store/index.js';
import { ACTOR_COLUMNS, EVENT_COLUMNS } from '../src/store/event-import.js';
import { readFileSync } from 'node:fs';

const ROWS = Number(process.env.TESSERA_BENCH_EVENTS_ROWS ?? 1_000_000);
const PG_URL = process.env.TESSERA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ENGINES = (process.env.TESSERA_BENCH_EVENTS_ENGINES ?? 'pglite,postgresql,duckdb').toLowerCase().split(',');
const IS_PHASED = process.env.TESSERA_BENCH_EVENTS_PHASES === '1';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
// [iso numeric, name] of 40 countries
const COUNTRIES: [number, string][] = [
  [4, 'Afghanistan'], [586, 'Pakistan'], [762, 'Tajikistan'], [860, 'Uzbekistan'], [364, 'Iran'], [368, 'Iraq'],
  [760, 'Syria'], [887, 'Yemen'], [706, 'Somalia'], [566, 'Nigeria'], [466, 'Mali'], [854, 'Burkina Faso'],
  [562, 'Niger'], [148, 'Chad'], [120, 'Cameroon'], [180, 'Democratic Republic of Congo'], [508, 'Mozambique'],
  [729, 'Sudan'], [728, 'South Sudan'], [231, 'Ethiopia'], [404, 'Kenya'], [800, 'Uganda'], [434, 'Libya'],
  [12, 'Algeria'], [818, 'Egypt'], [792, 'Turkey'], [804, 'Ukraine'], [643, 'Russia'], [356, 'India'],
  [50, 'Bangladesh'], [104, 'Myanmar'], [608, 'Philippines'], [360, 'Indonesia'], [484, 'Mexico'],
  [170, 'Colombia'], [862, 'Venezuela'], [604, 'Peru'], [76, 'Brazil'], [332, 'Haiti'], [222, 'El Salvador'],
];
const TYPES: [string, string][] = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Violence against civilians', 'Attack'],
  ['Protests', 'Peaceful protest'],
  ['Riots', 'Mob violence'],
  ['Strategic developments', 'Arrests'],
];
const ACTORS = Array.from({ length: 60 }, (_, i) => `Armed Group ${i + 1}`);

/**
 * The analyses issue 9 times: [label, Tessera query, DuckDB WHERE, DuckDB GROUP BY extra]. Each
 * filter value selects about 1/7 to 1/60 of the synthetic rows.
 */
const ANALYSES: [string, EventCountQuery, string, string?][] = [
  ['count country', { by: 'year', filter: { countries: ['AF'] } }, 'iso = 4'],
  ['trend country', { by: 'month', filter: { countries: ['AF'] } }, 'iso = 4'],
  ['count admin1', { by: 'year', filter: { admin1: 'Province 3' } }, "lower(admin1) = 'province 3'"],
  ['trend admin1', { by: 'month', filter: { admin1: 'Province 3' } }, "lower(admin1) = 'province 3'"],
  ['count actor', { by: 'year', filter: { actor: 'Armed Group 7' } }, ACTOR_SQL('armed group 7')],
  ['trend actor', { by: 'month', filter: { actor: 'Armed Group 7' } }, ACTOR_SQL('armed group 7')],
  ['count type', { by: 'year', filter: { type: 'Battles' } }, "lower(event_type) = 'battles'"],
  ['trend type', { by: 'month', filter: { type: 'Battles' } }, "lower(event_type) = 'battles'"],
  ['count sub-type', { by: 'year', filter: { type: 'Air/drone strike' } }, "lower(sub_event_type) = 'air/drone strike'"],
  ['trend sub-type', { by: 'month', filter: { type: 'Air/drone strike' } }, "lower(sub_event_type) = 'air/drone strike'"],
  ['trend country+admin1+type', { by: 'month', filter: { countries: ['AF'], admin1: 'Province 3', type: 'Battles' } }, "iso = 4 AND lower(admin1) = 'province 3' AND lower(event_type) = 'battles'"],
  ['trend split admin1', { by: 'month', split: 'admin1' }, 'true', 'admin1'],
  ['trend split actor', { by: 'month', split: 'actor' }, 'actor IS NOT NULL', 'actor'],
];

/** DuckDB: one row per actor of an event (the synthetic rows have no associates). */
const ACTOR_ROWS = '(SELECT event_date, fatalities, unnest([actor1, actor2]) AS actor FROM event)';

/** DuckDB: any of an event's actors contains `text` (ACLED's actor columns; associates are lists). */
function ACTOR_SQL(text: string): string {
  return ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'].map((c) => `coalesce(lower(${c}), '') LIKE '%${text}%'`).join(' OR ');
}

/** A small deterministic generator, so every run measures the same file. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `rows` synthetic ACLED rows to `path` (exported for profiling). */
export async function writeSyntheticAcled(path: string, rows: number): Promise<void> {
  const rand = random(42);
  const out = createWriteStream(path);
  const start = Date.UTC(2018, 0, 1);
  const days = 6 * 365;
  let buffer = `${HEADER}\n`;
  for (let i = 0; i < rows; i++) {
    const [iso, country] = COUNTRIES[Math.floor(rand() * COUNTRIES.length)]!;
    const [type, sub] = TYPES[Math.floor(rand() * TYPES.length)]!;
    const date = new Date(start + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10);
    const admin1 = `Province ${1 + Math.floor(rand() * 12)}`;
    const actor = ACTORS[Math.floor(rand() * ACTORS.length)]!;
    const fatalities = rand() < 0.6 ? 0 : Math.floor(-Math.log(rand()) * 3);
    const lat = (rand() * 60 - 20).toFixed(4);
    const lon = (rand() * 120 - 20).toFixed(4);
    buffer += `SYN${i},${date},${date.slice(0, 4)},1,Political violence,${type},${sub},${actor},,2,Civilians (${country}),,7,27,,${iso},Region,${country},${admin1},District ${i % 7},,Town ${i % 97},${lat},${lon},1,Synthetic Wire,National,Synthetic row ${i}.,${fatalities},,1700000000\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
}

/** Runs `work` while sampling the process's resident memory; returns its result, time and peak RSS. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: performance.now() - started, peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);

/** Best and median of several runs of a query (after one cold run, reported apart). */
async function timeQuery(run: () => Promise<unknown>, repeats = 7): Promise<{ cold: number; median: number; best: number; rows: number }> {
  let started = performance.now();
  const first = (await run()) as unknown[];
  const cold = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { cold, median: times[Math.floor(times.length / 2)]!, best: times[0]!, rows: first.length };
}

interface EngineFigures {
  importMs: number;
  importRssMb: number;
  trend: { cold: number; median: number; best: number; rows: number };
  trendBase?: { cold: number; median: number; best: number; rows: number };
  /** Median of each of ANALYSES, by label. */
  analyses: Map<string, number>;
}

/** Times every analysis of ANALYSES with `run` and prints each line. */
async function timeAnalyses(
  label: string,
  run: (analysis: (typeof ANALYSES)[number]) => Promise<unknown[]>,
  rowsOf: (result: unknown[]) => number,
): Promise<Map<string, number>> {
  const medians = new Map<string, number>();
  for (const analysis of ANALYSES) {
    let rows = 0;
    const t = await timeQuery(async () => {
      const result = await run(analysis);
      rows = rowsOf(result);
      return result;
    }, 5);
    medians.set(analysis[0], t.median);
    console.log(`${label}: ${analysis[0].padEnd(26)} ${String(rows).padStart(6)} rows, cold ${fmt(t.cold)}, median ${fmt(t.median)}`);
  }
  return medians;
}

/** Time by kind of statement: COPY and its table, or the statement's first words. */
type PhaseTimes = Map<string, { count: number; ms: number }>;

/** `store` with the time of each statement it and its transactions run added to `phases`. */
function timedStore(store: Store, phases: PhaseTimes): Store {
  const timed = (kind: (args: unknown[]) => string, run: (...args: unknown[]) => Promise<unknown>) => async (...args: unknown[]) => {
    const started = performance.now();
    try {
      return await run(...args);
    } finally {
      const key = kind(args);
      const phase = phases.get(key) ?? { count: 0, ms: 0 };
      phase.count += 1;
      phase.ms += performance.now() - started;
      phases.set(key, phase);
    }
  };
  const statement = (args: unknown[]) => String(args[0]).replace(/\s+/g, ' ').trim().slice(0, 72);
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
      if (property === 'query' || property === 'execScript') return timed(statement, method);
      if (property === 'copyCsv') return timed((args) => `COPY ${String(args[0])}`, method);
      if (property === 'transaction') return (work: (tx: Store) => Promise<unknown>) => method((tx: Store) => work(timedStore(tx, phases)));
      return method;
    },
  });
}

/** `store` with the CPU its transactions' backends use (a PostgreSQL server on this machine, read from /proc) added to `cpu`. */
function serverCpuStore(store: Store, cpu: { seconds: number }): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== 'transaction' || typeof value !== 'function') return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      return (work: (tx: Store) => Promise<unknown>) =>
        (value as Store['transaction']).call(target, async (tx: Store) => {
          const [{ pid }] = (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
          const before = processCpuSeconds(pid);
          try {
            return await work(tx);
          } finally {
            cpu.seconds += processCpuSeconds(pid) - before;
          }
        });
    },
  });
}

function printPhases(label: string, phases: PhaseTimes, totalMs: number): void {
  const sorted = [...phases].sort((a, b) => b[1].ms - a[1].ms);
  const inStatements = sorted.reduce((sum, [, phase]) => sum + phase.ms, 0);
  console.log(`${label}: import phases (statements ${fmt(inStatements)}; outside them, reading the file and waiting for it, ${fmt(totalMs - inStatements)})`);
  for (const [key, phase] of sorted.slice(0, 14)) console.log(`  ${fmt(phase.ms).padStart(9)} ${String(phase.count).padStart(4)}× ${key}`);
}

async function benchStore(label: string, store: Store, file: string): Promise<EngineFigures> {
  const phases: PhaseTimes = new Map();
  const serverCpu = { seconds: 0 };
  const isServer = label === 'PostgreSQL';
  const importing = isServer ? serverCpuStore(store, serverCpu) : store;
  const cpu = process.cpuUsage();
  const imported = await measure(() => importEvents(IS_PHASED ? timedStore(importing, phases) : importing, [file]));
  const used = process.cpuUsage(cpu);
  if (IS_PHASED) printPhases(label, phases, imported.ms);
  const f = imported.result.files[0]!;
  if (!f.ok) throw new Error(f.error.message);
  const cpuText = `CPU ${((used.user + used.system) / 1e6).toFixed(1)} s in this process${isServer ? ` + ${serverCpu.seconds.toFixed(1)} s in the server's backend` : ''}`;
  console.log(`${label}: imported ${f.inserted.toLocaleString()} rows (${f.skipped} skipped) in ${fmt(imported.ms)} — ${Math.round(f.rows / (imported.ms / 1000)).toLocaleString()} rows/s, ${cpuText}, peak RSS ${imported.peakRssMb} MB`);
  const query = { by: 'month' as const, split: ['country', 'type'] as const };
  const trend = await timeQuery(() => countEvents(store, query));
  console.log(`${label}: monthly trend by country × type (roll-up): ${trend.rows} rows, cold ${fmt(trend.cold)}, median ${fmt(trend.median)}, best ${fmt(trend.best)}`);
  const trendBase = await timeQuery(() => countEvents(store, { ...query, useRollup: false }), 3);
  console.log(`${label}: same trend from the event table (no roll-up): median ${fmt(trendBase.median)}`);
  const analyses = await timeAnalyses(label, ([, q]) => countEvents(store, q), (rows) => rows.length);
  return { importMs: imported.ms, importRssMb: imported.peakRssMb, trend, trendBase, analyses };
}

interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }>;
  closeSync?(): void;
}

async function benchDuckDb(file: string): Promise<EngineFigures | null> {
  let api: { DuckDBInstance: { create(path?: string): Promise<{ connect(): Promise<DuckConnection>; closeSync?(): void }> } };
  try {
    const require = createRequire(new URL('./reference/package.json', import.meta.url));
    api = await import(pathToFileURL(require.resolve('@duckdb/node-api')).href);
  } catch {
    console.log('DuckDB: bench/reference is not installed (npm run bench installs it); skipping the columnar reference');
    return null;
  }
  const instance = await api.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const imported = await measure(() =>
    connection.run(
      `CREATE TABLE event AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true, auto_detect = true)`,
    ),
  );
  const [count, version, threads] = (
    await connection.runAndReadAll("SELECT count(*), version(), current_setting('threads') FROM event")
  ).getRows()[0]!;
  console.log(
    `DuckDB ${String(version)} (in memory, ${String(threads)} threads, read_csv with auto-detection): imported ${String(count)} rows in ${fmt(imported.ms)}, peak RSS ${imported.peakRssMb} MB`,
  );
  const trend = await timeQuery(async () =>
    (
      await connection.runAndReadAll(
        `SELECT strftime(event_date, '%Y-%m') AS period, iso, event_type, count(*) AS events, sum(fatalities) AS fatalities
         FROM event GROUP BY ALL ORDER BY ALL`,
      )
    ).getRows(),
  );
  console.log(`DuckDB: monthly trend by country × type (full scan): ${trend.rows} rows, cold ${fmt(trend.cold)}, median ${fmt(trend.median)}`);
  const analyses = await timeAnalyses(
    'DuckDB',
    async ([, q, where, split]) => {
      const period = q.by === 'year' ? `strftime(event_date, '%Y')` : `strftime(event_date, '%Y-%m')`;
      const sql = `SELECT ${period} AS period, ${split ?? 'NULL'} AS key, count(*) AS events, sum(fatalities) AS fatalities
        FROM ${split === 'actor' ? ACTOR_ROWS : 'event'} WHERE ${where} GROUP BY ALL ORDER BY ALL`;
      return (await connection.runAndReadAll(sql)).getRows();
    },
    (rows) => rows.length,
  );
  connection.closeSync?.();
  instance.closeSync?.();
  return { importMs: imported.ms, importRssMb: imported.peakRssMb, trend, analyses };
}

/** Times the import's reader alone, in this thread: the work its worker does for each batch, without a store. */
async function benchReader(file: string): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const options = { batchSize: 20_000, workspaceId: 'bench', marking: 'TLP:CLEAR' as const, maxListedErrors: 50 };
  const reader = await readEventBatches(file, options, null);
  let rows = 0;
  for await (const batch of reader.batches) rows += batch.rows;
  reader.rollupCells();
  const used = process.cpuUsage(cpu);
  console.log(`reader (this thread, no store): ${rows.toLocaleString()} rows in ${fmt(performance.now() - started)}, CPU ${((used.user + used.system) / rows).toFixed(1)} µs a row`);
}

/** CPU seconds a process has used, from /proc (a PostgreSQL server's backend; this process: process.cpuUsage). */
function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The floor of an import on `store` (see the file's comment): wall and CPU of each step, printed. */
async function benchFloor(label: string, store: Store, batches: readonly { eventCsv: string; actorCsv: string }[]): Promise<void> {
  const tables = [['event', 'floor_event'], ['event_actor', 'floor_event_actor'], ['event', 'floor_keyed_event'], ['event_actor', 'floor_keyed_event_actor']] as const;
  await store.execScript(tables.map(([table, floor]) => `DROP TABLE IF EXISTS ${floor}; CREATE TABLE ${floor} (LIKE ${table} INCLUDING DEFAULTS)`).join('; '));
  // the keyed copies have the keys an import keeps while it writes (primary and unique)
  const keys = await store.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conrelid IN (to_regclass('event'), to_regclass('event_actor')) AND contype IN ('p', 'u') ORDER BY conname`,
  );
  for (const key of keys) {
    await store.execScript(`ALTER TABLE floor_keyed_${key.table.replace(/^.*\./, '')} ADD CONSTRAINT floor_keyed_${key.name} ${key.definition}`);
  }
  try {
    await store.transaction(async (tx) => {
      const [{ pid }] = (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
      // PGlite runs in this process: its CPU is this process's
      const isServer = label === 'PostgreSQL';
      const step = async (what: string, work: () => Promise<void>) => {
        const cpu = process.cpuUsage();
        const serverCpu = isServer ? processCpuSeconds(pid) : 0;
        const started = performance.now();
        await work();
        const used = process.cpuUsage(cpu);
        const server = isServer ? `, server CPU ${(processCpuSeconds(pid) - serverCpu).toFixed(1)} s` : '';
        console.log(`${label} floor: ${what.padEnd(58)} ${fmt(performance.now() - started).padStart(9)}, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s${server}`);
      };
      await tx.execScript(`SET LOCAL maintenance_work_mem = '256MB'`);
      await step('COPY event rows into a bare table', async () => {
        for (const batch of batches) await tx.copyCsv('floor_event', EVENT_COLUMNS, batch.eventCsv);
      });
      await step('COPY actor rows into a bare table', async () => {
        for (const batch of batches) await tx.copyCsv('floor_event_actor', ACTOR_COLUMNS, batch.actorCsv);
      });
      await step('COPY event rows into a table with its keys', async () => {
        for (const batch of batches) await tx.copyCsv('floor_keyed_event', EVENT_COLUMNS, batch.eventCsv);
      });
      await step('COPY actor rows into a table with its key', async () => {
        for (const batch of batches) await tx.copyCsv('floor_keyed_event_actor', ACTOR_COLUMNS, batch.actorCsv);
      });
      const indexes = await tx.query<{ table: string; name: string; definition: string }>(
        `SELECT c.relname AS table, i.relname AS name, pg_get_indexdef(i.oid) AS definition
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
          WHERE x.indrelid IN (to_regclass('event'), to_regclass('event_actor')) ORDER BY c.relname, i.relname`,
      );
      for (const index of indexes) {
        const definition = index.definition
          .replace(/ INDEX \S+ ON (\S+\.)?(event|event_actor) /, (_all, _schema, table: string) => ` INDEX floor_${index.name} ON floor_${table} `);
        await step(`index ${index.name}`, () => tx.execScript(definition));
      }
    });
  } finally {
    await store.execScript(tables.map(([, floor]) => `DROP TABLE IF EXISTS ${floor}`).join('; '));
  }
}

/** Times benchFloor on each store named in ENGINES, on the file's rows encoded beforehand. */
async function benchFloors(file: string, dir: string): Promise<void> {
  const reader = await readEventBatches(file, { batchSize: 20_000, workspaceId: 'bench', marking: 'TLP:CLEAR', maxListedErrors: 50 }, null);
  const batches: { eventCsv: string; actorCsv: string }[] = [];
  for await (const batch of reader.batches) batches.push({ eventCsv: batch.events.eventCsv, actorCsv: batch.events.actorCsv });
  const mb = (key: 'eventCsv' | 'actorCsv') => (batches.reduce((sum, batch) => sum + batch[key].length, 0) / 2 ** 20).toFixed(0);
  console.log(`floor: ${ROWS.toLocaleString()} rows encoded as the import's COPY CSV (event ${mb('eventCsv')} MB, actors ${mb('actorCsv')} MB)`);
  if (ENGINES.includes('pglite')) {
    const pglite = await openStore({ dataDir: join(dir, 'pglite-floor') });
    try {
      await benchFloor('PGlite', pglite, batches);
    } finally {
      await pglite.close();
    }
  }
  if (ENGINES.includes('postgresql')) {
    const pg = await openStore({ databaseUrl: PG_URL, workspaceId: 'bench-floor' });
    try {
      await benchFloor('PostgreSQL', pg, batches);
    } finally {
      await pg.close();
    }
  }
}

/** What each engine's import may take at most, as a multiple of DuckDB's in the same run (issue 9). */
const IMPORT_TARGET: Record<string, number> = { PGlite: 5, PostgreSQL: 3 };

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-events-'));
  try {
    const file = join(dir, 'acled-synthetic.csv');
    const generated = await measure(() => writeSyntheticAcled(file, ROWS));
    console.log(`generated ${ROWS.toLocaleString()} synthetic ACLED rows (${Math.round(statSync(file).size / 2 ** 20)} MB) in ${fmt(generated.ms)}`);
    const figures: Record<string, EngineFigures | null> = {};

    // DuckDB first, so its import time is in every run that prints ours, whatever happens later
    if (ENGINES.includes('reader')) await benchReader(file);
    if (ENGINES.includes('floor')) {
      await benchFloors(file, dir);
      return;
    }
    const duck = ENGINES.includes('duckdb') ? await benchDuckDb(file) : null;
    const importRatio = (name: string, f: EngineFigures) => {
      if (!duck) return;
      const ratio = f.importMs / duck.importMs;
      const target = IMPORT_TARGET[name]!;
      console.log(`${name}: import ${ratio.toFixed(1)}× DuckDB's (target ≤ ${target}×: ${ratio <= target ? 'met' : 'missed'})`);
    };

    if (ENGINES.includes('pglite')) {
      const pglite = await openStore({ dataDir: join(dir, 'pglite') });
      try {
        figures.PGlite = await benchStore('PGlite', pglite, file);
        importRatio('PGlite', figures.PGlite);
      } catch (error) {
        console.log(`PGlite: failed (${(error as Error).message})`);
      } finally {
        await pglite.close();
      }
    }

    let pg: Store | null = null;
    try {
      if (ENGINES.includes('postgresql')) pg = await openStore({ databaseUrl: PG_URL, workspaceId: `bench-${Date.now()}` });
    } catch (error) {
      console.log(`PostgreSQL: not reachable at ${PG_URL.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); skipping`);
    }
    if (pg !== null) {
      try {
        figures.PostgreSQL = await benchStore('PostgreSQL', pg, file);
        importRatio('PostgreSQL', figures.PostgreSQL);
      } catch (error) {
        console.log(`PostgreSQL: failed (${(error as Error).message})`);
      } finally {
        for (const table of ['event_month_rollup', 'event_area_rollup', 'event_dimension_rollup', 'event', 'workspace']) {
          await pg.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [pg.workspaceId]);
        }
        await pg.close();
      }
    }

    console.log('\nsummary (import ×DuckDB targets: ≤ 5× on PGlite, ≤ 3× on PostgreSQL; trend targets: < 150 ms on PGlite, < 50 ms on PostgreSQL)');
    console.log('engine       import      rows/s   trend median  trend (no roll-up)  import ×DuckDB  trend ×DuckDB');
    for (const [name, f] of Object.entries(figures)) {
      if (!f) continue;
      const importRatio = duck ? (f.importMs / duck.importMs).toFixed(1) : 'n/a';
      const trendRatio = duck ? (f.trend.median / duck.trend.median).toFixed(2) : 'n/a';
      console.log(
        `${name.padEnd(12)} ${fmt(f.importMs).padStart(8)} ${Math.round(ROWS / (f.importMs / 1000)).toLocaleString().padStart(10)} ${fmt(f.trend.median).padStart(14)} ${(f.trendBase ? fmt(f.trendBase.median) : '').padStart(19)} ${importRatio.padStart(15)} ${trendRatio.padStart(14)}`,
      );
    }
    if (duck) console.log(`${'DuckDB'.padEnd(12)} ${fmt(duck.importMs).padStart(8)} ${Math.round(ROWS / (duck.importMs / 1000)).toLocaleString().padStart(10)} ${fmt(duck.trend.median).padStart(14)}`);
    const engines = Object.entries(figures).filter((entry): entry is [string, EngineFigures] => entry[1] !== null);
    if (duck) engines.push(['DuckDB', duck]);
    console.log('\nanalyses, median (targets at 1M events: < 300 ms on PGlite, < 150 ms on PostgreSQL; ×DuckDB in brackets)');
    console.log(`${'analysis'.padEnd(26)} ${engines.map(([name]) => name.padStart(18)).join(' ')}`);
    for (const [label] of ANALYSES) {
      const cells = engines.map(([name, f]) => {
        const ms = f.analyses.get(label)!;
        const ratio = duck && name !== 'DuckDB' ? ` (${(ms / duck.analyses.get(label)!).toFixed(1)}×)` : '';
        return `${fmt(ms)}${ratio}`.padStart(18);
      });
      console.log(`${label.padEnd(26)} ${cells.join(' ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
