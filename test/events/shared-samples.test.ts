import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { openStore, countEvents, type Store } from '../../src/store/index.js';
import { importEvents } from '../../src/jobs/index.js';
import { sharedPath } from '../shared-data.js';

const acledPath = sharedPath('data/events/acled_sample_global_2022H1_9000_acledR.csv');
const ucdpPath = sharedPath('data/events/ucdp_ged231_sample1000.csv');

type Tally = Map<string, { events: number; fatalities: number }>;

/** Counts computed straight from the CSV, independently of the importer and the SQL. */
function tally(rows: Record<string, string>[], keep: (r: Record<string, string>) => boolean, periodOf: (r: Record<string, string>) => string, deaths: string): Tally {
  const out: Tally = new Map();
  for (const r of rows.filter(keep)) {
    const p = periodOf(r);
    const cell = out.get(p) ?? { events: 0, fatalities: 0 };
    cell.events += 1;
    cell.fatalities += Number(r[deaths] || 0);
    out.set(p, cell);
  }
  return out;
}

function asTally(rows: { period: string; events: number; fatalities: number }[]): Tally {
  return new Map(rows.filter((r) => r.events > 0).map((r) => [r.period, { events: r.events, fatalities: r.fatalities }]));
}

/** ISO week by counting Mondays, a different method from the code under test. */
function isoWeekLabel(iso: string): string {
  const day = new Date(`${iso}T12:00:00Z`);
  const thursday = new Date(day);
  thursday.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  let week = 0;
  for (const d = new Date(Date.UTC(year, 0, 1, 12)); d <= thursday; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 4) week += 1;
  }
  return `${year}-W${String(week).padStart(2, '0')}`;
}

describe.skipIf(acledPath === null || ucdpPath === null)('the real ACLED and UCDP samples', () => {
  let store: Store;
  let acled: Record<string, string>[];
  let ucdp: Record<string, string>[];
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    acled = parse(readFileSync(acledPath!), { columns: true, bom: true });
    ucdp = parse(readFileSync(ucdpPath!), { columns: true, bom: true });
    const result = await importEvents(store, [acledPath!, ucdpPath!]);
    for (const f of result.files) {
      if (!f.ok) throw new Error(f.error.message);
      expect(f.skipped).toBe(0);
      expect(f.inserted).toBe(f.rows);
    }
    // 9,000 ACLED and the UCDP rows with their search indexes: minutes on a busy 2-core machine
  }, 240_000);
  afterAll(async () => {
    await store.close();
  });

  it('imports every row once; a second import changes nothing', async () => {
    expect(acled.length).toBe(9000);
    const again = await importEvents(store, [acledPath!, ucdpPath!]);
    expect(again.files.map((f) => f.ok && [f.inserted, f.updated, f.unchanged])).toEqual([
      [0, 0, acled.length],
      [0, 0, ucdp.length],
    ]);
    const n = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM event WHERE workspace_id = $1', [store.workspaceId]);
    expect(n[0]!.n).toBe(acled.length + ucdp.length);
  });

  it('counts ACLED events per month in Afghanistan as the CSV does', async () => {
    const expected = tally(acled, (r) => r.country === 'Afghanistan', (r) => r.event_date!.slice(0, 7), 'fatalities');
    const rows = await countEvents(store, { by: 'month', filter: { countries: ['AF'], sources: ['acled'] } });
    expect(asTally(rows)).toEqual(expected);
    expect(expected.size).toBeGreaterThan(3);
  });

  it("counts events per month in Pakistan's Khyber Pakhtunkhwa as the CSV does", async () => {
    const expected = tally(acled, (r) => r.country === 'Pakistan' && r.admin1 === 'Khyber Pakhtunkhwa', (r) => r.event_date!.slice(0, 7), 'fatalities');
    const rows = await countEvents(store, { by: 'month', filter: { countries: ['PK'], admin1: 'khyber pakhtunkhwa' } });
    expect(asTally(rows)).toEqual(expected);
  });

  it("filters by ACLED's own event type, per ISO week and per quarter", async () => {
    const isExplosion = (r: Record<string, string>) => r.event_type === 'Explosions/Remote violence';
    const weekly = tally(acled, (r) => isExplosion(r) && r.country === 'Syria', (r) => isoWeekLabel(r.event_date!), 'fatalities');
    const rows = await countEvents(store, { by: 'week', filter: { countries: ['SY'], type: 'Explosions/Remote violence', sources: ['acled'] } });
    expect(asTally(rows)).toEqual(weekly);
    const quarterly = tally(acled, isExplosion, (r) => `${r.event_date!.slice(0, 4)}-Q${Math.ceil(Number(r.event_date!.slice(5, 7)) / 3)}`, 'fatalities');
    expect(asTally(await countEvents(store, { by: 'quarter', filter: { type: 'Explosions/Remote violence', sources: ['acled'] } }))).toEqual(quarterly);
  });

  it('counts UCDP events and best-estimate deaths per year by date_start', async () => {
    const expected = tally(ucdp, (r) => r.country === 'Afghanistan', (r) => r.date_start!.slice(0, 4), 'best');
    const rows = await countEvents(store, { by: 'year', filter: { countries: ['AF'], sources: ['ucdp'] } });
    expect(asTally(rows)).toEqual(expected);
    const all = tally(ucdp, () => true, (r) => r.date_start!.slice(0, 4), 'best');
    expect(asTally(await countEvents(store, { by: 'year', filter: { sources: ['ucdp'] } }))).toEqual(all);
  });

  it('counts an actor by side as the CSV does: initiator (actor1, assoc_actor_1) or target (actor2, assoc_actor_2)', async () => {
    const needle = 'islamic state';
    const has = (r: Record<string, string>, ...columns: string[]) => columns.some((c) => r[c]!.toLowerCase().includes(needle));
    const month = (r: Record<string, string>) => r.event_date!.slice(0, 7);
    const initiator = tally(acled, (r) => has(r, 'actor1', 'assoc_actor_1'), month, 'fatalities');
    const target = tally(acled, (r) => has(r, 'actor2', 'assoc_actor_2'), month, 'fatalities');
    const any = tally(acled, (r) => has(r, 'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'), month, 'fatalities');
    const count = (actorSide: 'initiator' | 'target' | 'any') =>
      countEvents(store, { by: 'month', filter: { actor: needle, actorSide, sources: ['acled'] } });
    expect(asTally(await count('initiator'))).toEqual(initiator);
    expect(asTally(await count('target'))).toEqual(target);
    expect(asTally(await count('any'))).toEqual(any);
    expect(initiator.size).toBeGreaterThan(1);
    expect(target.size).toBeGreaterThan(1);
  });

  it('counts UCDP side A as initiator and side B as target', async () => {
    const needle = 'government of';
    const has = (r: Record<string, string>, column: string) => r[column]!.toLowerCase().includes(needle);
    const year = (r: Record<string, string>) => r.date_start!.slice(0, 4);
    const count = (actorSide: 'initiator' | 'target') => countEvents(store, { by: 'year', filter: { actor: needle, actorSide, sources: ['ucdp'] } });
    expect(asTally(await count('initiator'))).toEqual(tally(ucdp, (r) => has(r, 'side_a'), year, 'best'));
    expect(asTally(await count('target'))).toEqual(tally(ucdp, (r) => has(r, 'side_b'), year, 'best'));
  });

  it('finds an ISO country code for every country in both samples', async () => {
    const missing = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM event WHERE workspace_id = $1 AND country IS NULL', [store.workspaceId]);
    expect(missing[0]!.n).toBe(0);
  });
});
