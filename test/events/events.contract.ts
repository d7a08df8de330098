import { describe, it, expect } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId, unknownDate, type TlpMarking } from '../../src/model/index.js';
import {
  countEvents,
  countUndatedEvents,
  ensureWorkspace,
  EventEncoder,
  EventImport,
  LARGE_IMPORT_ROWS,
  flagDuplicateEvents,
  getEvent,
  insertDocument,
  insertEntity,
  insertEvent,
  insertEvents,
  listDocumentEvents,
  listDuplicateEvents,
  listEventsPage,
  readChangeMarker,
  refreshEventRollup,
  searchEventText,
  type EventCountQuery,
  type Store,
} from '../../src/store/index.js';
import { analyseAnomalies, analyseDual, analyseSeasonality, countEventPeriods, exportEventsCsv, importEvents, trendEventPeriods } from '../../src/jobs/index.js';
import { useStoreBackend } from '../store/store-backend.js';
import { openEventFile, type ImportedEvent } from '../../src/formats/index.js';
import { buildDocument, buildEntity, buildEvent } from '../factories.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events');
const ACLED = join(fixtures, 'acled-synthetic.csv');
const GTD = join(fixtures, 'gtd-fixture.csv');
const TESSERA = join(fixtures, 'tessera-events.csv');

const ACLED_HEADER = readFileSync(ACLED, 'utf8').split('\n')[0]!;

/** A synthetic ACLED-shaped row: id, day, ISO numeric and country, event type and sub-type, actor columns, fatalities. */
function acledRow(r: {
  id: string;
  day: string;
  iso?: string;
  country?: string;
  type?: string;
  sub?: string;
  actor1: string;
  assoc1?: string;
  actor2?: string;
  assoc2?: string;
  fatalities: number;
}): string {
  const cells = [r.id, r.day, r.day.slice(0, 4), '1', 'Political violence', r.type ?? 'Battles', r.sub ?? 'Armed clash', r.actor1, r.assoc1 ?? '', '2',
    r.actor2 ?? '', r.assoc2 ?? '', '3', '23', '', r.iso ?? '4', 'Caspian Central Asia', r.country ?? 'Afghanistan', 'Nangarhar', 'Achin', '', 'Achin',
    '34.1', '70.7', '1', 'Synthetic Wire', 'National', `Synthetic row ${r.id}.`, String(r.fatalities), '', '1700000000'];
  return cells.map((c) => (/[",;]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
}

function writeCsv(name: string, lines: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tessera-events-')), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Actor rows whose event is gone: none, ever (event_actor has no foreign key; the code keeps it whole). */
async function orphanActors(store: Store): Promise<number> {
  const rows = await store.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM event_actor a WHERE a.workspace_id = $1
       AND NOT EXISTS (SELECT 1 FROM event e WHERE e.workspace_id = a.workspace_id AND e.event_id = a.event_id)`,
    [store.workspaceId],
  );
  return rows[0]!.n;
}

async function eventIndexes(store: Store): Promise<string[]> {
  const rows = await store.query<{ def: string }>(
    `SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indrelid = 'event'::regclass
     UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'event'::regclass
     ORDER BY 1`,
  );
  return rows.map((r) => r.def);
}

const ROLLUP_TABLES = ['event_area_rollup', 'event_month_rollup', 'event_dimension_rollup'];

/** The roll-up tables' indexes and constraints, and the workspace's cells in each. */
async function rollupState(store: Store): Promise<{ upkeep: string[]; cells: Record<string, unknown[]> }> {
  const upkeep = await store.query<{ def: string }>(
    `SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indrelid = ANY($1::regclass[])
     UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ANY($1::regclass[])
     ORDER BY 1`,
    [ROLLUP_TABLES],
  );
  const cells: Record<string, unknown[]> = {};
  for (const table of ROLLUP_TABLES) {
    cells[table] = (await store.query<{ cell: string }>(`SELECT r::text AS cell FROM ${table} r WHERE workspace_id = $1 ORDER BY 1`, [store.workspaceId])).map((r) => r.cell);
  }
  return { upkeep: upkeep.map((r) => r.def), cells };
}

async function readEvents(path: string): Promise<ImportedEvent[]> {
  const events: ImportedEvent[] = [];
  for await (const row of (await openEventFile(path)).rows) if ('event' in row) events.push(row.event);
  return events;
}

async function eventIds(store: Store): Promise<string[]> {
  const rows = await store.query<{ id: string }>(
    `SELECT dataset || ':' || dataset_event_id || ':' || coalesce(fatalities, -1) AS id FROM event WHERE workspace_id = $1 ORDER BY 1`,
    [store.workspaceId],
  );
  return rows.map((r) => r.id);
}

/**
 * A large import into a new workspace that fails after writing all its rows: its transaction rolls
 * back. (The workspace is made in the transaction: without it the import failed at its first write,
 * before any index was dropped or trigger turned off, and the checks after it proved nothing.)
 */
async function failLargeImport(store: Store, events: ImportedEvent[], whileWriting: (tx: Store) => Promise<void>): Promise<void> {
  await store.transaction(async (tx) => {
    const workspace = tx.inWorkspace(`ev-${newId().slice(0, 8)}`);
    await ensureWorkspace(workspace);
    const session = await EventImport.begin(workspace, { expectedRows: LARGE_IMPORT_ROWS * 1000 });
    expect(await session.upsert(events)).toMatchObject({ inserted: events.length });
    await whileWriting(tx);
    throw new Error('stop');
  });
}

/** Importing, re-importing, bad rows, duplicates and counts: the same on every store backend. */
export function runEventsContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`event import and counts: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 'ev');
    const freshWorkspace = () => backend.freshWorkspace();

    it('imports ACLED rows, skipping and reporting bad rows by file and line', async () => {
      const store = await freshWorkspace();
      const result = await importEvents(store, [ACLED]);
      const file = result.files[0]!;
      if (!file.ok) throw new Error(file.error.message);
      expect(file.format).toBe('acled');
      expect(file.rows).toBe(10);
      expect(file.inserted).toBe(6);
      expect(file.skipped).toBe(4);
      // bad date (line 7), unknown event type (8), short row (9), negative fatalities (10)
      expect(file.errors.map((e) => e.line)).toEqual([7, 8, 9, 10]);
      expect(file.errors[0]!.message).toContain(`${ACLED} line 7`);
      expect(file.errors[0]!.message).toContain('31/02/2021');
      const row = await store.query<{ event_id: string }>(
        `SELECT event_id FROM event WHERE workspace_id = $1 AND dataset_event_id = 'TST0004'`,
        [store.workspaceId],
      );
      const event = await getEvent(store, row[0]!.event_id);
      expect(event?.location).toMatchObject({ country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', geoPrecision: 1 });
      expect(event?.type).toBe('attack');
      expect(event?.datasetType).toBe('Violence against civilians');
      expect(event?.datasetSubtype).toBe('Attack');
      expect(event?.actors.map((a) => [a.text, a.role])).toEqual([
        ['Islamic State (Pakistan)', 'actor1'],
        ['Tehreek-e-Taliban Pakistan (TTP)', 'assoc_actor1'],
        ['Unidentified Armed Group (Pakistan)', 'assoc_actor1'],
        ['Civilians (Pakistan)', 'actor2'],
      ]);
      expect(event?.actors.every((a) => a.entityId === null)).toBe(true);
    });

    it('re-importing changes nothing; an updated row replaces the old one with its actors', async () => {
      const store = await freshWorkspace();
      await importEvents(store, [ACLED]);
      const before = await eventIds(store);
      const again = (await importEvents(store, [ACLED])).files[0]!;
      expect(again.ok && [again.inserted, again.updated, again.unchanged]).toEqual([0, 0, 6]);
      expect(await eventIds(store)).toEqual(before);

      const dir = mkdtempSync(join(tmpdir(), 'tessera-events-'));
      const changed = join(dir, 'acled-changed.csv');
      const text = readFileSync(ACLED, 'utf8').replace('Synthetic test row: an IED in Jalalabad.",3,', 'Synthetic test row: an IED in Jalalabad.",4,');
      writeFileSync(changed, text.replace('TST0001,2021-03-04,2021,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State (Afghanistan),,', 'TST0001,2021-03-04,2021,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State (Afghanistan),Jamaat Ansarullah,'));
      const updated = (await importEvents(store, [changed])).files[0]!;
      expect(updated.ok && [updated.inserted, updated.updated, updated.unchanged]).toEqual([0, 1, 5]);
      const ids = await eventIds(store);
      expect(ids).toContain('acled:TST0001:4');
      expect(ids).not.toContain('acled:TST0001:3');
      expect(ids.length).toBe(before.length);
      const row = await store.query<{ event_id: string }>(
        `SELECT event_id FROM event WHERE workspace_id = $1 AND dataset_event_id = 'TST0001'`,
        [store.workspaceId],
      );
      const event = await getEvent(store, row[0]!.event_id);
      expect(event?.actors.map((a) => a.text)).toContain('Jamaat Ansarullah');
      const march = await countEvents(store, { by: 'month', filter: { countries: ['AF'], from: '2021-03-01', to: '2021-03-31' } });
      expect(march).toEqual([{ period: '2021-03', key: null, events: 2, fatalities: 9 }]);
    });

    it('--strict stops at the first bad row and leaves the store exactly as before', async () => {
      const store = await freshWorkspace();
      await importEvents(store, [TESSERA]);
      const before = await eventIds(store);
      const rollupBefore = await store.query('SELECT * FROM event_month_rollup WHERE workspace_id = $1 ORDER BY month, type', [store.workspaceId]);
      await expect(importEvents(store, [GTD, ACLED], { strict: true })).rejects.toMatchObject({ code: 'invalid_input' });
      expect(await eventIds(store)).toEqual(before);
      expect(await store.query('SELECT * FROM event_month_rollup WHERE workspace_id = $1 ORDER BY month, type', [store.workspaceId])).toEqual(rollupBefore);
    });

    it('reads GTD rows by their 135-column header, with unknown days and months as coarser dates', async () => {
      const store = await freshWorkspace();
      const file = (await importEvents(store, [GTD])).files[0]!;
      if (!file.ok) throw new Error(file.error.message);
      expect(file.format).toBe('gtd');
      expect([file.inserted, file.skipped]).toEqual([3, 2]);
      expect(file.errors.map((e) => e.line)).toEqual([5, 6]);
      const rows = await store.query<{ dataset_event_id: string; type: string; date_precision: string; period_date: string; country: string; fatalities: number }>(
        `SELECT dataset_event_id, type, date_precision, period_date, country, fatalities FROM event WHERE workspace_id = $1 ORDER BY 1`,
        [store.workspaceId],
      );
      expect(rows.map((r) => [r.dataset_event_id, r.type, r.date_precision, r.period_date, r.country, r.fatalities])).toEqual([
        ['201701010001', 'attack', 'day', '2017-01-01', 'TR', 39],
        ['201707150002', 'attack', 'month', '2017-07-01', 'AF', 4],
        ['201800000003', 'killing', 'year', '2018-01-01', 'TJ', 1],
      ]);
      const actors = await store.query<{ actor_text: string }>('SELECT actor_text FROM event_actor WHERE workspace_id = $1 ORDER BY 1', [store.workspaceId]);
      // "Unknown" perpetrators are not actors
      expect(actors.map((a) => a.actor_text)).toEqual(['Checkpoint', 'Islamic State of Iraq and the Levant (ISIL)', 'Khorasan Chapter of the Islamic State', 'Night club']);
    });

    it("reads Tessera's own CSV with partial dates and actors with roles", async () => {
      const store = await freshWorkspace();
      const file = (await importEvents(store, [TESSERA])).files[0]!;
      if (!file.ok) throw new Error(file.error.message);
      expect([file.format, file.inserted, file.skipped]).toEqual(['csv', 3, 1]);
      const years = await countEvents(store, { by: 'year', filter: { sources: ['analyst-log'] } });
      expect(years).toEqual([{ period: '2024', key: null, events: 3, fatalities: 145 }]);
      const actors = await store.query<{ actor_text: string; role: string }>(
        'SELECT actor_text, role FROM event_actor WHERE workspace_id = $1 ORDER BY 1',
        [store.workspaceId],
      );
      expect(actors).toContainEqual({ actor_text: 'Islamic State Khorasan Province', role: 'perpetrator' });
    });

    it('flags a report event that repeats a dataset event and does not count it twice', async () => {
      const store = await freshWorkspace();
      await importEvents(store, [ACLED]);
      const doc = buildDocument();
      await insertDocument(store, doc, [], []);
      const fromReport = buildEvent({
        type: 'attack',
        date: { start: '2021-03-04', end: '2021-03-04', precision: 'day' },
        location: { country: 'AF', admin1: 'Nangarhar', admin2: null, place: 'Jalalabad', latitude: 34.43, longitude: 70.45, geoPrecision: 1 },
        counts: { fatalities: 3, wounded: null, arrested: null },
        origin: { kind: 'document', documentId: doc.id },
      });
      const elsewhere = buildEvent({
        type: 'attack',
        date: { start: '2021-03-04', end: '2021-03-04', precision: 'day' },
        location: { country: 'AF', admin1: 'Kunar', admin2: null, place: 'Asadabad', latitude: 34.87, longitude: 71.15, geoPrecision: 1 },
        counts: { fatalities: 1, wounded: null, arrested: null },
        origin: { kind: 'document', documentId: doc.id },
      });
      await insertEvent(store, fromReport);
      await insertEvent(store, elsewhere);
      const filter = { countries: ['AF'], type: 'attack', from: '2021-03-01', to: '2021-03-31' };
      // counted live even before flagging: the report's Jalalabad attack is ACLED's TST0001
      expect(await countEvents(store, { by: 'month', filter })).toEqual([{ period: '2021-03', key: null, events: 2, fatalities: 4 }]);
      expect(await countEvents(store, { by: 'month', filter: { ...filter, sources: ['reports'] } })).toEqual([
        { period: '2021-03', key: null, events: 2, fatalities: 4 },
      ]);
      expect(await flagDuplicateEvents(store)).toEqual(['reports']);
      const pairs = await listDuplicateEvents(store);
      expect(pairs).toHaveLength(1);
      expect(pairs[0]!.duplicate.eventId).toBe(fromReport.id);
      expect(pairs[0]!.kept.datasetEventId).toBe('TST0001');
      // the base-table path (by day) agrees
      expect(await countEvents(store, { by: 'day', filter })).toEqual([{ period: '2021-03-04', key: null, events: 2, fatalities: 4 }]);
      // with the dataset's events gone, reports are the only source left: the flag is cleared
      await store.query('DELETE FROM event WHERE workspace_id = $1 AND dataset IS NOT NULL', [store.workspaceId]);
      expect(await flagDuplicateEvents(store)).toEqual(['reports']);
      expect(await listDuplicateEvents(store)).toEqual([]);
    });

    it('keeps a report event whose date is unknown, and every count by period leaves it out and says how many', async () => {
      const store = await freshWorkspace();
      await importEvents(store, [ACLED]);
      const doc = buildDocument();
      await insertDocument(store, doc, [], []);
      const dated = buildEvent({ date: { start: '2021-03-10', end: '2021-03-10', precision: 'day' }, location: { ...buildEvent().location, country: 'AF' }, origin: { kind: 'document', documentId: doc.id } });
      const undated = buildEvent({ date: unknownDate('on Wednesday'), location: { ...buildEvent().location, country: 'AF' }, origin: { kind: 'document', documentId: doc.id } });
      const undatedToo = buildEvent({ type: 'arrest', date: unknownDate(), location: { ...buildEvent().location, country: 'TJ' }, origin: { kind: 'document', documentId: doc.id } });
      await insertEvent(store, undated);
      await insertEvents(store, [dated, undatedToo]);
      // stored and read back as it was: no dates, precision unknown, the words kept
      expect((await getEvent(store, undated.id))!.date).toEqual({ start: null, end: null, precision: 'unknown', text: 'on Wednesday' });
      expect((await getEvent(store, undatedToo.id))!.date).toEqual({ start: null, end: null, precision: 'unknown' });
      // listed by date, the undated after the dated
      const listed = await listDocumentEvents(store, doc.id);
      expect(listed.map((e) => e.id)).toHaveLength(3);
      expect(listed[0]!.id).toBe(dated.id);
      // a dated event is never stored without its dates, nor an undated one with a day to count on
      await expect(store.query(`UPDATE event SET date_start = NULL WHERE workspace_id = $1 AND event_id = $2`, [store.workspaceId, dated.id])).rejects.toThrow(/event_date_check/);
      await expect(store.query(`UPDATE event SET period_date = '2021-03-01' WHERE workspace_id = $1 AND event_id = $2`, [store.workspaceId, undated.id])).rejects.toThrow(/event_date_check/);
      // counts by period: the dated report event counts, the undated ones are in no period
      const reports = { sources: ['reports'] };
      expect(await countEvents(store, { by: 'month', filter: reports })).toEqual([{ period: '2021-03', key: null, events: 1, fatalities: 4 }]);
      expect(await countUndatedEvents(store, reports)).toBe(2);
      expect(await countUndatedEvents(store, { countries: ['AF'] })).toBe(1);
      expect(await countUndatedEvents(store, { type: 'arrest' })).toBe(1);
      // a period filter leaves them out too: they are counted as left out all the same
      expect(await countUndatedEvents(store, { from: '2021-01-01', to: '2021-12-31' })).toBe(2);
      expect(await countUndatedEvents(store, { sources: ['acled'] })).toBe(0);
      // the analyses by period leave them out and say how many
      const count = await countEventPeriods(store, { by: 'month', filter: reports });
      expect(count.rows.map((r) => [r.period, r.events])).toEqual([['2021-03', 1]]);
      expect(count.undatedEvents).toBe(2);
      expect((await trendEventPeriods(store, { by: 'year', filter: { countries: ['AF'] } })).undatedEvents).toBe(1);
      expect((await analyseSeasonality(store, { filter: reports })).undatedEvents).toBe(2);
      const anomalies = await analyseAnomalies(store, { by: 'month', filter: reports });
      expect(anomalies.undatedEvents).toBe(2);
      expect(anomalies.points.reduce((sum, p) => sum + p.events, 0)).toBe(1);
      const compared = await analyseDual(store, {
        by: 'month',
        a: { filter: { sources: ['reports'], type: 'attack' }, measure: 'events', label: 'attacks' },
        b: { filter: { sources: ['reports'], type: 'arrest' }, measure: 'events', label: 'arrests' },
      });
      expect(compared.undatedEvents).toEqual({ a: 1, b: 1 });
      expect(compared.points.reduce((sum, p) => sum + p.a + p.b, 0)).toBe(1);
      // exports still list it, with no day to count on
      const page = await listEventsPage(store, reports, null);
      expect(page.find((row) => row.event.id === undated.id)).toMatchObject({ periodDate: null, event: { date: { precision: 'unknown' } } });
    });

    it('monthly counts from the roll-up equal counts from the event table', async () => {
      const store = await freshWorkspace();
      await importEvents(store, [ACLED, GTD, TESSERA]);
      const monthly = await countEvents(store, { by: 'month', split: 'country' });
      const daily = await countEvents(store, { by: 'day', split: 'country' });
      const folded = new Map<string, { events: number; fatalities: number }>();
      for (const row of daily) {
        const key = `${row.period.slice(0, 7)}|${row.key}`;
        const cell = folded.get(key) ?? { events: 0, fatalities: 0 };
        cell.events += row.events;
        cell.fatalities += row.fatalities;
        folded.set(key, cell);
      }
      expect(new Map(monthly.map((r) => [`${r.period}|${r.key}`, { events: r.events, fatalities: r.fatalities }]))).toEqual(folded);
      const byDatasetType = await countEvents(store, { by: 'year', filter: { type: 'Explosions/Remote violence' } });
      expect(byDatasetType).toEqual([{ period: '2021', key: null, events: 2, fatalities: 15 }, { period: '2022', key: null, events: 1, fatalities: 1 }]);
      const bySubtype = await countEvents(store, { by: 'year', filter: { type: 'suicide bomb' } });
      expect(bySubtype).toEqual([{ period: '2021', key: null, events: 1, fatalities: 12 }]);
    });

    it('counts by admin1 and by dataset sub-type from the roll-ups equal counts from the event table', async () => {
      const store = await freshWorkspace();
      await importEvents(store, [ACLED, GTD, TESSERA]);
      const queries: EventCountQuery[] = [
        { by: 'month', split: 'admin1' },
        { by: 'year', split: ['country', 'admin1'] },
        { by: 'month', filter: { admin1: 'KHYBER PAKHTUNKHWA' } },
        { by: 'quarter', split: 'dataset_type', filter: { type: 'suicide bomb' } },
        { by: 'year', filter: { type: 'Armed clash', countries: ['AF'] } },
      ];
      let counted = 0;
      for (const query of queries) {
        const fromRollup = await countEvents(store, query);
        expect(fromRollup).toEqual(await countEvents(store, { ...query, useRollup: false }));
        counted += fromRollup.reduce((n, row) => n + row.events, 0);
      }
      expect(counted).toBeGreaterThan(0);
      // each roll-up holds every dataset event once
      const events = await store.query<{ n: string }>('SELECT count(*) AS n FROM event WHERE workspace_id = $1 AND dataset IS NOT NULL', [store.workspaceId]);
      for (const rollup of ['event_area_rollup', 'event_month_rollup']) {
        const cells = await store.query<{ n: string }>(`SELECT sum(events) AS n FROM ${rollup} WHERE workspace_id = $1`, [store.workspaceId]);
        expect(Number(cells[0]!.n)).toBe(Number(events[0]!.n));
      }
    });

    it('counts by actor and by admin1 from the roll-up by one dimension equal counts from the event table', async () => {
      const store = await freshWorkspace();
      const file = writeCsv('acled-dimensions.csv', [
        ACLED_HEADER,
        // one name twice in an event, on both sides, and two names of one text in another
        acledRow({ id: 'DIM1', day: '2022-01-05', actor1: 'Islamic State (Afghanistan)', assoc1: 'Islamic State (Afghanistan)', actor2: 'Civilians (Afghanistan)', fatalities: 10 }),
        acledRow({ id: 'DIM2', day: '2022-01-20', actor1: 'Taliban', actor2: 'Islamic State (Afghanistan)', assoc2: 'Islamic State (Afghanistan)', fatalities: 4 }),
        acledRow({ id: 'DIM3', day: '2022-02-03', actor1: 'Islamic State (Pakistan)', actor2: 'Islamic State (Afghanistan)', fatalities: 2 }),
        acledRow({ id: 'DIM4', day: '2022-02-10', actor1: 'Taliban', actor2: 'Civilians (Afghanistan)', fatalities: 3 }),
      ]);
      await importEvents(store, [ACLED, GTD, TESSERA, file]);
      const queries: EventCountQuery[] = [
        { by: 'month', split: 'actor' },
        { by: 'year', split: 'actor', filter: { sources: ['acled'], from: '2022-01-01', to: '2022-12-31' } },
        { by: 'month', filter: { actor: 'islamic state (afghanistan)' } },
        { by: 'month', filter: { actor: 'Islamic State (Afghanistan)', actorSide: 'initiator' } },
        { by: 'quarter', filter: { actor: 'islamic state (afghanistan)', actorSide: 'target' } },
        { by: 'month', filter: { actor: 'islamic state' } }, // two names: counted from the events
        { by: 'month', filter: { actor: 'taliban', sources: ['acled'] } },
        { by: 'month', split: 'admin1' },
        { by: 'year', filter: { admin1: 'nangarhar' } },
        { by: 'month', split: 'admin1', filter: { admin1: 'NANGARHAR', to: '2022-01-31' } },
      ];
      for (const query of queries) expect(await countEvents(store, query)).toEqual(await countEvents(store, { ...query, useRollup: false }));
      // an event counts once per name, however often the name appears in it
      const once = await countEvents(store, { by: 'month', split: 'actor', filter: { from: '2022-01-01', to: '2022-01-31' } });
      expect(once.find((r) => r.key === 'Islamic State (Afghanistan)')).toMatchObject({ events: 2, fatalities: 14 });
      expect(await countEvents(store, { by: 'month', filter: { actor: 'Islamic State (Afghanistan)', actorSide: 'initiator', from: '2022-01-01', to: '2022-02-28' } })).toEqual([
        { period: '2022-01', key: null, events: 1, fatalities: 10 },
      ]);
      // the roll-up holds every dataset event once per admin1
      const cells = await store.query<{ n: string }>(`SELECT sum(events) AS n FROM event_dimension_rollup WHERE workspace_id = $1 AND dimension = 'admin1'`, [store.workspaceId]);
      const events = await store.query<{ n: string }>('SELECT count(*) AS n FROM event WHERE workspace_id = $1 AND dataset IS NOT NULL', [store.workspaceId]);
      expect(Number(cells[0]!.n)).toBe(Number(events[0]!.n));
    });

    it("links actors to the workspace's entities where the name resolves, keeping the dataset's text", async () => {
      const store = await freshWorkspace();
      const group = buildEntity({ type: 'group', label: 'Islamic State' });
      await insertEntity(store, group);
      await importEvents(store, [ACLED]);
      const actors = await store.query<{ actor_text: string; entity_id: string | null }>(
        'SELECT DISTINCT actor_text, entity_id FROM event_actor WHERE workspace_id = $1 ORDER BY 1',
        [store.workspaceId],
      );
      const linked = actors.filter((a) => a.entity_id !== null).map((a) => a.actor_text);
      expect(linked).toEqual(['Islamic State (Afghanistan)', 'Islamic State (Pakistan)']);
      expect(actors.find((a) => a.actor_text === 'Islamic State (Pakistan)')?.entity_id).toBe(group.id);
      const byActor = await countEvents(store, { by: 'year', split: 'actor', filter: { actor: 'islamic state' } });
      expect(byActor.find((r) => r.period === '2022' && r.key === 'Islamic State (Pakistan)')?.events).toBe(3); // TST0004, TST0005 (as actor2), TST0010
    });

    it('reads a file in a worker thread to the same rows, bad rows, actor links and re-import counts as in this one', async () => {
      const rowsOf = async (store: Store) =>
        store.query<{ row: string }>(
          `SELECT e.dataset || ':' || e.dataset_event_id || ' ' || e.period_date || ' ' || coalesce(e.fatalities, -1) || ' ' || e.row_hash || ' '
             || coalesce((SELECT string_agg(a.position || '=' || a.actor_text || '/' || a.role || '/' || coalesce(a.entity_id::text, '-'), ';' ORDER BY a.position)
                 FROM event_actor a WHERE a.workspace_id = e.workspace_id AND a.event_id = e.event_id), '') AS row
           FROM event e WHERE e.workspace_id = $1 ORDER BY 1`,
          [store.workspaceId],
        );
      const group = buildEntity({ type: 'group', label: 'Islamic State' });
      const results = [];
      for (const inWorker of [false, true]) {
        const store = await freshWorkspace();
        await insertEntity(store, group);
        const first = (await importEvents(store, [ACLED, TESSERA], { inWorker, batchSize: 4 })).files;
        const again = (await importEvents(store, [ACLED], { inWorker, batchSize: 4 })).files;
        results.push({ first, again, rows: (await rowsOf(store)).map((r) => r.row.replaceAll(group.id, 'GROUP')) });
      }
      const [here, worker] = results;
      expect(worker).toEqual(here);
      const acled = worker!.first[0]!;
      expect(acled.ok && [acled.rows, acled.inserted, acled.skipped, acled.errors.map((e) => e.line)]).toEqual([10, 6, 4, [7, 8, 9, 10]]);
      expect(worker!.rows.some((row) => row.includes('Islamic State (Pakistan)/actor1/GROUP'))).toBe(true);
      const again = worker!.again[0]!;
      expect(again.ok && [again.inserted, again.updated, again.unchanged]).toEqual([0, 0, 6]);
      await expect(importEvents(await freshWorkspace(), [ACLED], { inWorker: true, strict: true })).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it("exports events as Tessera's CSV that imports back to the same counts", async () => {
      const a = await freshWorkspace();
      await importEvents(a, [ACLED, GTD, TESSERA]);
      let csv = '';
      for await (const chunk of exportEventsCsv(a, {}, { pageSize: 4 })) csv += chunk;
      const dir = mkdtempSync(join(tmpdir(), 'tessera-events-'));
      const exported = join(dir, 'export.csv');
      writeFileSync(exported, csv);
      const b = await freshWorkspace();
      const file = (await importEvents(b, [exported])).files[0]!;
      expect(file.ok && [file.format, file.inserted, file.skipped]).toEqual(['csv', 12, 0]);
      const query = { by: 'month' as const, split: ['source', 'country', 'type'] as const };
      expect(await countEvents(b, query)).toEqual(await countEvents(a, query));
      expect(await countEvents(b, { by: 'week' })).toEqual(await countEvents(a, { by: 'week' }));
      const again = (await importEvents(b, [exported])).files[0]!;
      expect(again.ok && again.unchanged).toBe(12);
    });

    it('counts an actor by side: initiator (actor1, assoc_actor_1) or target (actor2, assoc_actor_2)', async () => {
      const store = await freshWorkspace();
      const file = writeCsv('acled-sides.csv', [
        ACLED_HEADER,
        acledRow({ id: 'SIDE1', day: '2022-01-05', type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'Islamic State (Afghanistan)', actor2: 'Civilians (Afghanistan)', fatalities: 10 }),
        acledRow({ id: 'SIDE2', day: '2022-01-20', actor1: 'Taliban', actor2: 'Islamic State (Afghanistan)', fatalities: 4 }),
        acledRow({ id: 'SIDE3', day: '2022-02-03', actor1: 'Taliban', actor2: 'Civilians (Afghanistan)', assoc2: 'Islamic State (Afghanistan)', fatalities: 2 }),
        acledRow({ id: 'SIDE4', day: '2022-02-10', iso: '586', country: 'Pakistan', actor1: 'Unidentified Armed Group (Pakistan)', assoc1: 'Islamic State (Pakistan); Tehreek-e-Taliban Pakistan (TTP)', actor2: 'Police Forces of Pakistan (2018-)', fatalities: 3 }),
        acledRow({ id: 'SIDE5', day: '2022-03-01', actor1: 'Islamic State (Afghanistan)', actor2: 'Taliban', fatalities: 7 }),
      ]);
      const imported = (await importEvents(store, [file])).files[0]!;
      expect(imported.ok && imported.inserted).toBe(5);
      const roles = await store.query<{ actor_text: string; role: string }>(
        `SELECT a.actor_text, a.role FROM event_actor a JOIN event e ON e.workspace_id = a.workspace_id AND e.event_id = a.event_id
         WHERE a.workspace_id = $1 AND e.dataset_event_id = 'SIDE4' ORDER BY a.position`,
        [store.workspaceId],
      );
      expect(roles.map((r) => r.role)).toEqual(['actor1', 'assoc_actor1', 'assoc_actor1', 'actor2']);
      const count = (actorSide?: 'initiator' | 'target' | 'any') =>
        countEvents(store, { by: 'month', filter: { actor: 'islamic state', ...(actorSide ? { actorSide } : {}) } });
      const cells = (rows: Awaited<ReturnType<typeof count>>) => rows.map((r) => [r.period, r.events, r.fatalities]);
      expect(cells(await count('initiator'))).toEqual([['2022-01', 1, 10], ['2022-02', 1, 3], ['2022-03', 1, 7]]);
      expect(cells(await count('target'))).toEqual([['2022-01', 1, 4], ['2022-02', 1, 2]]);
      expect(cells(await count('any'))).toEqual(cells(await count()));
      expect(cells(await count())).toEqual([['2022-01', 2, 14], ['2022-02', 2, 5], ['2022-03', 1, 7]]);
      // split by actor with a side: the actors on that side of the selected events
      const byActor = await countEvents(store, { by: 'year', split: 'actor', filter: { actor: 'islamic state (pakistan)', actorSide: 'initiator' } });
      expect(byActor.map((r) => [r.key, r.events])).toEqual([
        ['Islamic State (Pakistan)', 1],
        ['Tehreek-e-Taliban Pakistan (TTP)', 1],
        ['Unidentified Armed Group (Pakistan)', 1],
      ]);
      // a group's attacks against its losses in operations against it, on one time axis
      const dual = await analyseDual(store, {
        by: 'month',
        a: { filter: { actor: 'islamic state', actorSide: 'initiator' }, measure: 'events', label: 'attacks' },
        b: { filter: { actor: 'islamic state', actorSide: 'target', countries: ['AF'] }, measure: 'fatalities', label: 'losses' },
      });
      expect(dual.points).toEqual([{ period: '2022-01', a: 1, b: 4 }, { period: '2022-02', a: 1, b: 2 }, { period: '2022-03', a: 1, b: 0 }]);
      expect(dual.undatedEvents).toEqual({ a: 0, b: 0 });
      await expect(countEvents(store, { by: 'month', filter: { actorSide: 'target' } })).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it('keeps every actor row with its event: repeated keys, updates and deletions', async () => {
      const store = await freshWorkspace();
      const row = (fatalities: number, actor2: string) => acledRow({ id: 'REP1', day: '2022-04-01', actor1: 'Taliban', actor2, fatalities });
      const file = writeCsv('acled-repeats.csv', [
        ACLED_HEADER,
        row(1, 'Islamic State (Afghanistan)'),
        acledRow({ id: 'REP2', day: '2022-04-02', actor1: 'Taliban', fatalities: 0 }),
        acledRow({ id: 'REP3', day: '2022-04-03', actor1: 'Taliban', fatalities: 0 }),
        row(5, 'Civilians (Afghanistan)'),
      ]);
      // REP1 comes again in a later batch of a dataset new to the workspace: the later row wins
      const first = (await importEvents(store, [file], { batchSize: 2 })).files[0]!;
      expect(first.ok && [first.inserted, first.updated, first.unchanged]).toEqual([3, 1, 0]);
      expect(await eventIds(store)).toEqual(['acled-repeats:REP1:5', 'acled-repeats:REP2:0', 'acled-repeats:REP3:0'].map((id) => id.replace('acled-repeats', 'acled')));
      const actors = await store.query<{ actor_text: string }>(
        `SELECT a.actor_text FROM event_actor a JOIN event e ON e.workspace_id = a.workspace_id AND e.event_id = a.event_id
         WHERE a.workspace_id = $1 AND e.dataset_event_id = 'REP1' ORDER BY a.position`,
        [store.workspaceId],
      );
      expect(actors.map((a) => a.actor_text)).toEqual(['Taliban', 'Civilians (Afghanistan)']);
      await importEvents(store, [ACLED]);
      expect(await orphanActors(store)).toBe(0);
      const total = async () =>
        (await store.query<{ n: number }>('SELECT count(*)::int AS n FROM event_actor WHERE workspace_id = $1', [store.workspaceId]))[0]!.n;
      expect(await total()).toBeGreaterThan(0);
      await store.query(`DELETE FROM event WHERE workspace_id = $1 AND dataset_event_id IN ('REP1', 'TST0004')`, [store.workspaceId]);
      expect(await orphanActors(store)).toBe(0);
      // events read from a document go with it, and their actors with them
      const doc = buildDocument();
      await insertDocument(store, doc, [], []);
      await insertEvent(store, buildEvent({ origin: { kind: 'document', documentId: doc.id }, actors: [{ text: 'ISKP', entityId: null, role: 'perpetrator' }] }));
      const before = await total();
      await store.query('DELETE FROM document WHERE workspace_id = $1 AND document_id = $2', [store.workspaceId, doc.id]);
      expect(await total()).toBe(before - 1);
      expect(await orphanActors(store)).toBe(0);
    });

    it('a large import builds the dropped indexes and keys again, and a failed one leaves them as they were', async () => {
      const store = await freshWorkspace();
      const indexes = await eventIndexes(store);
      const events = await readEvents(ACLED);
      await store.transaction(async (tx) => {
        const session = await EventImport.begin(tx, { expectedRows: Number.MAX_SAFE_INTEGER });
        expect(await session.upsert(events)).toEqual({ inserted: events.length, updated: 0, unchanged: 0 });
        expect((await eventIndexes(tx)).length).toBeLessThan(indexes.length);
        await session.finish();
      });
      expect(await eventIndexes(store)).toEqual(indexes);
      await expect(failLargeImport(store, events, async (tx) => expect((await eventIndexes(tx)).length).toBeLessThan(indexes.length))).rejects.toThrow('stop');
      expect(await eventIndexes(store)).toEqual(indexes);
      expect(await eventIds(store)).toHaveLength(events.length);
    });

    it('search finds events by their actors\' names after a large import (which notes the names itself while the trigger is off) and after a small write', async () => {
      const store = await freshWorkspace();
      const [first, ...rest] = await readEvents(ACLED);
      const renamed = { ...first!, actors: [{ ...first!.actors[0]!, text: 'Qaltari Hill Brigade' }] };
      await store.transaction(async (tx) => {
        const session = await EventImport.begin(tx, { expectedRows: Number.MAX_SAFE_INTEGER });
        await session.upsert([renamed, ...rest]);
        await session.finish();
      });
      expect((await searchEventText(store, 'qaltari hill', 10)).map((e) => e.date)).toEqual([renamed.date.start]);
      // the trigger notes the names of a small write again
      const small = buildEvent({ actors: [{ text: 'Vesmar Column', entityId: null, role: 'perpetrator' }] });
      await insertEvent(store, small);
      expect((await searchEventText(store, 'vesmar', 10)).map((e) => e.id)).toEqual([small.id]);
    });

    it('a large import notes its change once at its marking, with the insert-noting triggers off only while it runs', async () => {
      const store = await freshWorkspace();
      const events = await readEvents(ACLED);
      const reader = (clearance: TlpMarking) => store.asViewer({ userId: null, name: `reader ${clearance}`, role: 'reader', clearance, workspaces: null });
      const markers = async () => [await readChangeMarker(reader('TLP:CLEAR'), 'knowledge'), await readChangeMarker(reader('TLP:GREEN'), 'knowledge')];
      const triggers = async (s: Store) =>
        (
          await s.query<{ name: string; enabled: string }>(
            `SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger
              WHERE tgrelid IN (to_regclass('event'), to_regclass('event_actor')) AND tgname LIKE '%change_insert' ORDER BY tgname`,
          )
        ).map((t) => `${t.name}:${t.enabled}`);
      expect(await triggers(store)).toEqual(['event_actor_change_insert:O', 'event_change_insert:O']);
      const [clear, green] = await markers();
      await store.transaction(async (tx) => {
        const session = await EventImport.begin(tx, { expectedRows: Number.MAX_SAFE_INTEGER, marking: 'TLP:GREEN' });
        await session.upsert(events);
        expect(await triggers(tx)).toEqual(['event_actor_change_insert:D', 'event_change_insert:D']);
        await session.finish();
        expect(await triggers(tx)).toEqual(['event_actor_change_insert:O', 'event_change_insert:O']);
      });
      // GREEN readers see one change (the import's transaction), CLEAR readers none
      expect(await markers()).toEqual([clear, String(Number(green) + 1)]);
      await expect(failLargeImport(store, events, async (tx) => expect(await triggers(tx)).toEqual(['event_actor_change_insert:D', 'event_change_insert:D']))).rejects.toThrow('stop');
      expect(await triggers(store)).toEqual(['event_actor_change_insert:O', 'event_change_insert:O']);
      // the triggers note inserts again: a CLEAR event moves the CLEAR marker
      await insertEvent(store, buildEvent({ marking: 'TLP:CLEAR', actors: [{ text: 'ISKP', entityId: null, role: 'perpetrator' }] }));
      expect(Number((await markers())[0])).toBeGreaterThan(Number(clear));
    });

    it('an import of new datasets writes the roll-up cells it counted while reading: the cells grouping its events gives', async () => {
      const fixtureRows = readFileSync(ACLED, 'utf8').trim().split('\n').slice(1);
      const lines = [
        ACLED_HEADER,
        ...fixtureRows,
        // one name on both sides and twice on one, a list of associates, a quoted name, no admin1, a week and a month precision
        acledRow({ id: 'CEL1', day: '2022-01-31', actor1: 'Group A', assoc1: 'Group B; Group A', actor2: 'Group A', fatalities: 2 }),
        acledRow({ id: 'CEL2', day: '2022-01-01', actor1: 'Group "C", East', actor2: 'Civilians (Afghanistan)', fatalities: 0 }).replace(',Nangarhar,', ',,'),
        acledRow({ id: 'CEL3', day: '2022-02-14', actor1: 'Group B', fatalities: 7 }).replace(',2022,1,', ',2022,2,'),
        acledRow({ id: 'CEL4', day: '2022-02-14', actor1: 'Group B', type: 'Riots', sub: 'Mob violence', fatalities: 1 }).replace(',2022,1,', ',2022,3,'),
        // a row repeated in the batch: the last one counts
        acledRow({ id: 'CEL1', day: '2022-03-02', actor1: 'Group D', fatalities: 4 }),
      ];
      const events = await readEvents(writeCsv('acled-cells.csv', lines));
      const store = await freshWorkspace();
      await store.transaction(async (tx) => {
        const session = await EventImport.begin(tx, { marking: 'TLP:GREEN' });
        const encoder = new EventEncoder(tx.workspaceId, 'TLP:GREEN');
        for (const event of events) encoder.add(event);
        await session.upsertEncoded(encoder.take());
        await session.finish();
        const cells = session.rollupCells(encoder.rollupCells());
        expect(cells?.datasets).toEqual(['acled']);
        await refreshEventRollup(tx, ['acled'], { cells });
      });
      const counted = await rollupState(store);
      expect(counted.cells.event_dimension_rollup!.some((cell) => String(cell).includes('"Group ""C"", East"'))).toBe(true);
      await refreshEventRollup(store, ['acled']);
      expect(await rollupState(store)).toEqual(counted);
      // the counted cells are what is written (not grouped again): none counted, none written
      await store.transaction((tx) => refreshEventRollup(tx, ['acled'], { cells: { datasets: ['acled'], counts: { area: [], actor: [] } } }));
      expect((await rollupState(store)).cells.event_area_rollup).toEqual([]);
      // cells of other datasets than those refreshed are not used
      await store.transaction((tx) => refreshEventRollup(tx, ['acled'], { cells: { datasets: ['acled', 'gtd'], counts: { area: [], actor: [] } } }));
      expect(await rollupState(store)).toEqual(counted);
      // a dataset the workspace holds already is not counted
      await store.transaction(async (tx) => {
        const session = await EventImport.begin(tx, { marking: 'TLP:GREEN' });
        await session.upsert(events);
        expect(session.rollupCells({ area: [], actor: [] })).toBeNull();
        await session.finish();
      });
      // through importEvents, with a GTD file beside it, read in this thread and in a worker (which sends its cells at the end)
      for (const inWorker of [false, true]) {
        const other = await freshWorkspace();
        // without the repeated row, whose second coming in a later batch would make the import upsert (and group)
        await importEvents(other, [writeCsv('acled-cells.csv', lines.slice(0, -1)), GTD], { inWorker, batchSize: 3 });
        const imported = await rollupState(other);
        expect(imported.cells.event_dimension_rollup!.some((cell) => String(cell).includes('"Group ""C"", East"'))).toBe(true);
        await refreshEventRollup(other, ['acled', 'gtd']);
        expect(await rollupState(other)).toEqual(imported);
      }
    });

    it('a large roll-up rebuild drops the roll-ups\' indexes and keys and builds them again, to the same cells', async () => {
      const store = await freshWorkspace();
      await importEvents(store, [ACLED]);
      // the same attack in a RED dataset (kept: recorded first) and a GREEN one (its flagged duplicate)
      const attack = { date: { start: '2022-01-15', end: '2022-01-15', precision: 'day' as const }, type: 'attack' as const };
      await insertEvent(store, buildEvent({ ...attack, marking: 'TLP:RED', origin: { kind: 'dataset', dataset: 'dupa', datasetEventId: 'A1' } }));
      await insertEvent(store, buildEvent({ ...attack, marking: 'TLP:GREEN', origin: { kind: 'dataset', dataset: 'dupb', datasetEventId: 'B1' } }));
      expect(await flagDuplicateEvents(store)).toContain('dupb');
      const datasets = ['acled', 'dupa', 'dupb'];
      await refreshEventRollup(store, datasets);
      const before = await rollupState(store);
      expect(before.cells.event_area_rollup!.length).toBeGreaterThan(1);
      expect(before.cells.event_area_rollup!.some((cell) => String(cell).includes('TLP:GREEN,TLP:RED,1'))).toBe(true);
      await store.transaction((tx) => refreshEventRollup(tx, datasets, { expectedRows: Number.MAX_SAFE_INTEGER }));
      expect(await rollupState(store)).toEqual(before);
      await expect(
        store.transaction(async (tx) => {
          await refreshEventRollup(tx, datasets, { expectedRows: LARGE_IMPORT_ROWS * 1000 });
          await tx.execScript(`DROP INDEX event_area_rollup_country_idx`);
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await rollupState(store)).toEqual(before);
    });

    it('reports an unreadable file as a per-file error and goes on', async () => {
      const store = await freshWorkspace();
      const dir = mkdtempSync(join(tmpdir(), 'tessera-events-'));
      const odd = join(dir, 'odd.csv');
      writeFileSync(odd, 'alpha,beta\n1,2\n');
      const copy = join(dir, 'acled.csv');
      copyFileSync(ACLED, copy);
      const result = await importEvents(store, [join(dir, 'missing.csv'), odd, copy]);
      expect(result.files.map((f) => (f.ok ? 'ok' : f.error.code))).toEqual(['not_found', 'unsupported_format', 'ok']);
    });
  });
}
