import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importEvents } from '../../src/jobs/index.js';
import { ensureWorkspace, insertClaims, insertEntity, openStore, prefixQuery, searchEntityNames, searchEventText, type Store } from '../../src/store/index.js';
import { buildEntity, buildNameClaim } from '../factories.js';

/** A Tessera events CSV of `n` synthetic rows; every hundredth is by "Jamaat Ansarullah" in Khujand. */
function eventsCsv(dir: string, n: number): string {
  const lines = ['dataset,event_id,date,type,country,admin1,place,actors,fatalities,summary,source'];
  for (let i = 0; i < n; i += 1) {
    const day = `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const isMarked = i % 100 === 0;
    const place = isMarked ? 'Khujand' : `Village ${i}`;
    const actors = `${isMarked ? 'Jamaat Ansarullah' : `Unit ${i}`} (perpetrator); Civilians (target)`;
    lines.push(['synthetic', `S-${i}`, day, 'attack', 'TJ', 'Sughd', place, actors, '1', `Synthetic row ${i}`, 'Synthetic Wire'].join(','));
  }
  const path = join(dir, 'events.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('search as you type: word prefixes through the full-text indexes (PGlite)', () => {
  let root: Store;
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-search-text-'));
    root = await openStore({ dataDir: null });
    store = root.inWorkspace('search-text');
    await ensureWorkspace(store);
  });
  afterAll(async () => {
    await root.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads typed words of any script as prefixes and ignores punctuation', () => {
    expect(prefixQuery('Abu Osa')).toBe("'abu':* & 'osa':*");
    expect(prefixQuery('ISIS-K')).toBe("'isis':* & 'k':*");
    expect(prefixQuery('Абу Усама')).toBe("'абу':* & 'усама':*");
    expect(prefixQuery("%_' & |")).toBeNull();
  });

  it('finds names whose words start with the typed words, in any script, ranked exact > prefix > later word', async () => {
    const group = buildEntity({ type: 'group', label: 'Jamaat Ansarullah' });
    const person = buildEntity({ type: 'person', label: 'Абу Усама Нораки' });
    await insertEntity(store, group);
    await insertEntity(store, person);
    await insertClaims(store, [
      buildNameClaim(group.id, { name: { value: 'Jamaat Ansarullah', kind: 'primary', script: 'latin', language: null } }),
      buildNameClaim(group.id, { name: { value: 'Ansarullah', kind: 'alias', script: 'latin', language: null } }),
      buildNameClaim(person.id, { name: { value: 'Абу Усама Нораки', kind: 'primary', script: 'cyrillic', language: null } }),
    ]);
    expect((await searchEntityNames(store, 'ansar', 10)).map((h) => [h.label, h.value, h.rank])).toEqual([['Jamaat Ansarullah', 'Ansarullah', 1]]);
    expect((await searchEntityNames(store, 'Ansarullah', 10)).map((h) => h.rank)).toEqual([0]);
    expect((await searchEntityNames(store, 'усама нор', 10)).map((h) => [h.entityId, h.rank])).toEqual([[person.id, 2]]);
    // inside a word is not a word prefix; LIKE wildcards are plain text
    expect(await searchEntityNames(store, 'sarullah', 10)).toEqual([]);
    expect(await searchEntityNames(store, '%', 10)).toEqual([]);
  });

  it('after a large import the planner has statistics (PGlite runs no autovacuum) and events are found by summary, place and actor', async () => {
    const before = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stats WHERE tablename IN ('event', 'event_actor')`);
    expect(before[0]!.n).toBe(0);
    const result = await importEvents(store, [eventsCsv(dir, 1_500)]);
    expect(result.files[0]).toMatchObject({ ok: true, inserted: 1_500 });
    const tables = await store.query<{ tablename: string }>(`SELECT DISTINCT tablename FROM pg_stats WHERE tablename IN ('event', 'event_actor') ORDER BY 1`);
    expect(tables.map((t) => t.tablename)).toEqual(['event', 'event_actor']);
    const byActor = await searchEventText(store, 'jamaat ansar', 100);
    expect(byActor).toHaveLength(15);
    expect(byActor.every((e) => e.place === 'Khujand')).toBe(true);
    // newest first
    expect([...byActor.map((e) => e.date)].sort().reverse()).toEqual(byActor.map((e) => e.date));
    expect(await searchEventText(store, 'khuj', 100)).toHaveLength(15);
    expect(await searchEventText(store, 'row 1499', 100)).toHaveLength(1);
  });

  it('writes go straight into the search indexes: nothing waits in a GIN pending list that every search would scan (PGlite runs no autovacuum)', async () => {
    const entities = Array.from({ length: 300 }, (_, i) => buildEntity({ type: 'person', label: `Pending Name ${i}` }));
    for (const entity of entities) await insertEntity(store, entity);
    await insertClaims(
      store,
      entities.map((e) => buildNameClaim(e.id, { name: { value: e.label, kind: 'primary', script: 'latin', language: null } })),
    );
    await importEvents(store, [eventsCsv(dir, 200)]);
    // gin_clean_pending_list answers how many pending pages it merged
    const pending = await store.query<{ claims: number; events: number; actors: number }>(
      `SELECT gin_clean_pending_list('claim_name_search_idx'::regclass)::int AS claims,
              gin_clean_pending_list('event_search_idx'::regclass)::int AS events,
              gin_clean_pending_list('event_actor_name_search_idx'::regclass)::int AS actors`,
    );
    expect(pending[0]).toEqual({ claims: 0, events: 0, actors: 0 });
    expect(await searchEntityNames(store, 'pending name 299', 10)).toHaveLength(1);
  });
});
