import { describe, it, expect } from 'vitest';
import { newId } from '../../src/model/index.js';
import {
  countClaims,
  findDocumentByHash,
  getDocument,
  getEntity,
  getEvent,
  insertClaims,
  insertDocument,
  insertEntity,
  insertEvent,
  listCitedWorks,
  listClaims,
  listEntities,
  listSentences,
  migrate,
  setClaimStatus,
  type Store,
} from '../../src/store/index.js';
import {
  buildDocument,
  buildEntity,
  buildEvent,
  buildNameClaim,
  buildRelationClaim,
} from '../factories.js';
import { SHORT_READ } from '../../src/store/short-read.js';
import { isoInstantSql } from '../../src/store/export-rows.js';
import { useStoreBackend } from './store-backend.js';

/**
 * The behaviour every store backend must show. Run by pglite.test.ts (always) and
 * postgres.test.ts (when TESSERA_TEST_DATABASE_URL is set). Each test works in a
 * workspace of its own instead of emptying tables.
 */
export function runStoreContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 't');
    const freshWorkspace = () => backend.freshWorkspace();

    it('migrates idempotently', async () => {
      expect(await migrate(backend.root())).toEqual([]);
      const rows = await backend.root().query<{ version: string }>('SELECT version FROM schema_migration ORDER BY version');
      expect(rows.map((r) => r.version)).toContain('0001-initial');
    });

    it('stores a document with its sentences and endnotes, findable by hash', async () => {
      const store = await freshWorkspace();
      const doc = buildDocument({ published: { start: '2018-10-01', end: '2018-10-31', precision: 'month' } });
      await store.transaction(async (tx) => {
        await insertDocument(
          tx,
          doc,
          [{ index: 0, start: 0, end: 20, citedNotes: [1, 2] }],
          [
            {
              noteNumber: 1,
              text: 'A. Author, "Title," Outlet, 2018 (in Tajik).',
              authors: ['A. Author'],
              title: 'Title',
              outlet: 'Outlet',
              date: { start: '2018-01-01', end: '2018-12-31', precision: 'year' },
              language: 'Tajik',
              url: null,
            },
          ],
        );
      });
      expect(await getDocument(store, doc.id)).toEqual(doc);
      expect((await findDocumentByHash(store, doc.contentHash))?.id).toBe(doc.id);
      expect(await listSentences(store, doc.id)).toEqual([{ index: 0, start: 0, end: 20, citedNotes: [1, 2] }]);
      const works = await listCitedWorks(store, doc.id, [1]);
      expect(works[0]?.language).toBe('Tajik');
      expect(works[0]?.date?.precision).toBe('year');
    });

    it('keeps workspaces apart', async () => {
      const a = await freshWorkspace();
      const b = await freshWorkspace();
      const doc = buildDocument();
      await insertDocument(a, doc, [], []);
      expect(await findDocumentByHash(b, doc.contentHash)).toBeNull();
      // the same content may enter another workspace
      await insertDocument(b, { ...doc, id: newId() }, [], []);
    });

    it('rejects a second document with the same content hash', async () => {
      const store = await freshWorkspace();
      const doc = buildDocument();
      await insertDocument(store, doc, [], []);
      await expect(insertDocument(store, { ...doc, id: newId() }, [], [])).rejects.toThrow();
    });

    it('reads rows as arrays of values, in order, whole or through a cursor, and fails with the engine’s error', async () => {
      const store = await freshWorkspace();
      // about 6 MB: the reply comes in many pieces
      const wide = await store.queryRowArrays(`SELECT g, 'é€' || repeat('x', 3000), NULL::int FROM generate_series(1, 2000) g ORDER BY g`);
      expect(wide).toHaveLength(2000);
      expect(wide[0]).toEqual([1, `é€${'x'.repeat(3000)}`, null]);
      expect(wide.map((row) => row[0])).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
      // every character a JSON string escapes; each type read as a value, and others as their text
      const awkward = 'a "quoted" back\\slash\ttab\nline\u0001\u001f\u007f ü 𝄞 \u2028';
      const values = await store.queryRowArrays(
        `SELECT $$${awkward}$$, '', '{"b": [1, "x"], "a": null}'::jsonb, '{"k":"ü\\n"}'::json, 0.7::real, -2.5::float8, 12::int2, 9007199254740991::int8,
           1.50::numeric, 'NaN'::float8, true, false, ARRAY[1, NULL, -3]::int[], '{}'::int[], '2026-12-01 10:00:00.123456+00'::timestamptz,
           '2024-03-22'::date, '018f3c2a-1b2c-7d3e-8f90-123456789abc'::uuid, ARRAY['a', 'b'], 'B'::char(1)`,
      );
      expect(values).toEqual([
        [awkward, '', { a: null, b: [1, 'x'] }, { k: 'ü\n' }, 0.7, -2.5, 12, 9007199254740991, 1.5, values[0]![9], true, false, [1, null, -3], [], '2026-12-01T10:00:00.123Z',
          '2024-03-22', '018f3c2a-1b2c-7d3e-8f90-123456789abc', '{a,b}', 'B'],
      ]);
      // NaN as the backend's parser makes it: PGlite's as a string, PostgreSQL's as a number
      expect(['NaN', Number.NaN]).toContainEqual(values[0]![9]);
      // instants written as toISOString writes them (the fraction cut to milliseconds, as Date does), whatever the session's time zone
      const instants = ['2026-12-01T10:00:00+00:00', '2026-12-01T10:00:00.5+00:00', '2026-12-01T10:00:00.999999+00:00', '1969-07-20T20:17:40.0001+00:00', '2026-12-01T23:59:59.9999-03:00'];
      const written = await store.transaction(async (tx) => {
        await tx.query(`SET LOCAL TIME ZONE 'Asia/Kolkata'`);
        return tx.queryRowArrays(`SELECT ${instants.map((instant) => isoInstantSql(`'${instant}'::timestamptz`)).join(', ')}`);
      });
      expect(written).toEqual([instants.map((instant) => new Date(instant).toISOString())]);
      const pages = await store.transaction(async (tx) => {
        await tx.query(`DECLARE row_arrays NO SCROLL CURSOR FOR SELECT g, 'n' || g FROM generate_series(1, 5) g ORDER BY g`);
        return [await tx.queryRowArrays('FETCH 2 FROM row_arrays'), await tx.queryRowArrays('FETCH 10 FROM row_arrays'), await tx.queryRowArrays('FETCH 10 FROM row_arrays')];
      });
      expect(pages).toEqual([[[1, 'n1'], [2, 'n2']], [[3, 'n3'], [4, 'n4'], [5, 'n5']], []]);
      await expect(store.queryRowArrays('FETCH 1 FROM no_such_cursor')).rejects.toMatchObject({ code: '34000' });
      // the store goes on after the failure
      expect(await store.queryRowArrays(`SELECT 'x'`)).toEqual([['x']]);
    });

    it('runs a short read on its generic plan and leaves the plan mode of every other statement as it was, also when it fails', async () => {
      const store = await freshWorkspace();
      const planMode = `SELECT current_setting('plan_cache_mode') AS mode, $1::text AS workspace`;
      for (let i = 0; i < 3; i += 1) {
        expect(await store.query(`${SHORT_READ}${planMode}`, [store.workspaceId])).toEqual([{ mode: 'force_generic_plan', workspace: store.workspaceId }]);
        expect(await store.query(planMode, [store.workspaceId])).toEqual([{ mode: 'auto', workspace: store.workspaceId }]);
      }
      await expect(store.query(`${SHORT_READ}SELECT 1 / $1::int AS n`, [0])).rejects.toThrow(/division by zero/);
      expect(await store.query(planMode, [store.workspaceId])).toEqual([{ mode: 'auto', workspace: store.workspaceId }]);
      expect(await store.transaction((tx) => tx.query(planMode, [store.workspaceId]))).toEqual([{ mode: 'auto', workspace: store.workspaceId }]);
    });

    it('rolls a failed transaction back completely', async () => {
      const store = await freshWorkspace();
      const doc = buildDocument();
      await expect(
        store.transaction(async (tx) => {
          await insertDocument(tx, doc, [{ index: 0, start: 0, end: 5, citedNotes: [] }], []);
          throw new Error('extraction failed half-way');
        }),
      ).rejects.toThrow('half-way');
      expect(await getDocument(store, doc.id)).toBeNull();
      expect(await listSentences(store, doc.id)).toEqual([]);
    });

    it('round-trips claims of every kind with evidence, hedge and valid time', async () => {
      const store = await freshWorkspace();
      const doc = buildDocument();
      await insertDocument(store, doc, [], []);
      const person = buildEntity();
      const group = buildEntity({ type: 'group', label: 'Islamic State Khorasan' });
      await insertEntity(store, person);
      await insertEntity(store, group);
      const name = buildNameClaim(person.id, {
        name: { value: 'Абу Усама Нораки', kind: 'transliteration', script: 'cyrillic', language: 'ru' },
        evidence: { documentId: doc.id, start: 3, end: 20, quote: 'Абу Усама Нораки', citedNotes: [4, 5] },
      });
      const relation = buildRelationClaim(person.id, group.id, {
        hedge: { text: 'reportedly', kind: 'attributive', band: null },
        validFrom: { start: '2017-02-01', end: '2017-02-28', precision: 'month', text: 'February 2017' },
        confidence: 0.7,
      });
      const attribute = {
        ...buildNameClaim(person.id),
        kind: 'attribute' as const,
        attribute: 'nationality',
        value: 'TJ',
      };
      const { name: _n, ...attributeClaim } = attribute;
      const quantity = {
        ...attributeClaim,
        id: newId(),
        kind: 'quantity' as const,
        entityId: null,
        quantity: {
          low: 1300,
          high: 2000,
          unit: 'Tajikistan citizens',
          isApproximate: true,
          qualifier: null,
          text: 'an estimated 1,300 to 2,000 Tajikistan citizens',
        },
      };
      const { attribute: _a, value: _v, ...quantityClaim } = quantity;
      const event = buildEvent({ origin: { kind: 'document', documentId: doc.id } });
      await insertEvent(store, event);
      const eventClaim = { ...relation, id: newId(), kind: 'event' as const, eventId: event.id, field: null };
      const { entityId: _e, relationType: _r, targetEntityId: _t, ...eventClaimClean } = eventClaim;
      const sameAs = { ...relation, id: newId(), kind: 'same_as' as const };
      const { relationType: _r2, ...sameAsClean } = sameAs;
      const claims = [name, relation, attributeClaim, quantityClaim, eventClaimClean, sameAsClean];
      expect(await insertClaims(store, claims as never)).toBe(6);
      const stored = await listClaims(store);
      expect(stored).toHaveLength(6);
      for (const claim of claims) expect(stored.find((c) => c.id === claim.id)).toEqual(claim);
      expect(await countClaims(store, { entityId: group.id })).toBe(2);
      expect(await countClaims(store, { documentId: doc.id })).toBe(1);
    });

    it('reviews claims by id and by filter, counting only changes', async () => {
      const store = await freshWorkspace();
      const person = buildEntity();
      await insertEntity(store, person);
      const claims = [buildNameClaim(person.id), buildNameClaim(person.id), buildNameClaim(person.id)];
      await insertClaims(store, claims);
      expect(await setClaimStatus(store, { ids: [claims[0]!.id] }, 'accepted')).toBe(1);
      expect(await setClaimStatus(store, { ids: [claims[0]!.id] }, 'accepted')).toBe(0);
      expect(await setClaimStatus(store, { status: 'proposed' }, 'rejected')).toBe(2);
      expect(await countClaims(store, { status: 'accepted' })).toBe(1);
      expect(await countClaims(store, { status: 'rejected' })).toBe(2);
    });

    it('stores events with actors, dates and counts', async () => {
      const store = await freshWorkspace();
      const event = buildEvent();
      await insertEvent(store, event);
      expect(await getEvent(store, event.id)).toEqual(event);
    });

    it('lists and filters entities', async () => {
      const store = await freshWorkspace();
      await insertEntity(store, buildEntity({ label: 'Sayfullo Saipov' }));
      await insertEntity(store, buildEntity({ type: 'media', label: 'Sadoi Khuroson' }));
      expect((await listEntities(store, { type: 'media' })).map((e) => e.label)).toEqual(['Sadoi Khuroson']);
      expect(await listEntities(store, { labelContains: 'saip' })).toHaveLength(1);
      const [first] = await listEntities(store);
      expect(await getEntity(store, first!.id)).toEqual(first);
    });
  });
}
