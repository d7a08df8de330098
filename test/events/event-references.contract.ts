import { describe, it, expect } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId } from '../../src/model/index.js';
import { encodeEvents, ensureWorkspace, EventImport, getEvent, insertDocument, insertEvent, type Store } from '../../src/store/index.js';
import { openEventFile, type ImportedEvent } from '../../src/formats/index.js';
import { useStoreBackend } from '../store/store-backend.js';
import { buildDocument, buildEvent } from '../factories.js';

const ACLED = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events', 'acled-synthetic.csv');

/** The state of the trigger that checks inserted events' workspaces and documents: O on, D off. */
async function referenceCheck(store: Store): Promise<string> {
  const rows = await store.query<{ enabled: string }>(
    "SELECT tgenabled AS enabled FROM pg_trigger WHERE tgrelid = to_regclass('event') AND tgname = 'event_reference_check_insert'",
  );
  return rows.map((r) => r.enabled).join();
}

/**
 * The event table's references to its workspace and document, checked per statement by triggers
 * (migration 0018) instead of per row by foreign keys: the same refusals, the same cascade.
 */
export function runEventReferencesContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`event references: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 'evref');
    const violation = (key: string) => ({ code: '23503', message: expect.stringContaining(key) });

    it("refuses an event whose workspace or document does not exist, and a change of a document's key under its events", async () => {
      const store = await backend.freshWorkspace();
      const ws = store.workspaceId;
      const doc = buildDocument();
      await insertDocument(store, doc, [], []);
      const reported = buildEvent({ origin: { kind: 'document', documentId: doc.id } });
      await insertEvent(store, reported);
      await expect(insertEvent(store, buildEvent({ origin: { kind: 'document', documentId: newId() } }))).rejects.toMatchObject(
        violation('event_document_id_fkey'),
      );
      await expect(insertEvent(store.inWorkspace(`none-${newId().slice(0, 8)}`), buildEvent())).rejects.toMatchObject(
        violation('event_workspace_id_fkey'),
      );
      await expect(
        store.query('UPDATE event SET document_id = $3 WHERE workspace_id = $1 AND event_id = $2', [ws, reported.id, newId()]),
      ).rejects.toMatchObject(violation('event_document_id_fkey'));
      await expect(
        store.query('UPDATE document SET document_id = $3 WHERE workspace_id = $1 AND document_id = $2', [ws, doc.id, newId()]),
      ).rejects.toMatchObject(violation('event_document_id_fkey'));
      // an edit that keeps the key passes, and deleting the document deletes its events
      await store.query(`UPDATE document SET source_reliability = 'B' WHERE workspace_id = $1 AND document_id = $2`, [ws, doc.id]);
      expect(await getEvent(store, reported.id)).not.toBeNull();
      await store.query('DELETE FROM document WHERE workspace_id = $1 AND document_id = $2', [ws, doc.id]);
      expect(await getEvent(store, reported.id)).toBeNull();
    });

    it('refuses to delete a workspace that holds events; without them it goes', async () => {
      const store = await backend.freshWorkspace();
      await insertEvent(store, buildEvent());
      const remove = () => store.query('DELETE FROM workspace WHERE workspace_id = $1', [store.workspaceId]);
      // the roll-ups' keys to the workspace are foreign keys still: their rows go first
      for (const table of ['event_area_rollup', 'event_month_rollup', 'event_dimension_rollup']) {
        await store.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [store.workspaceId]);
      }
      await expect(remove()).rejects.toMatchObject(violation('event_workspace_id_fkey'));
      await store.query('DELETE FROM event WHERE workspace_id = $1', [store.workspaceId]);
      await remove();
      expect(await store.query('SELECT 1 FROM workspace WHERE workspace_id = $1', [store.workspaceId])).toEqual([]);
    });

    it('a large import turns the insert check off only while it writes, and refuses a batch encoded for another workspace', async () => {
      const store = await backend.freshWorkspace();
      const events: ImportedEvent[] = [];
      for await (const row of (await openEventFile(ACLED)).rows) if ('event' in row) events.push(row.event);
      expect(await referenceCheck(store)).toBe('O');
      await store.transaction(async (tx) => {
        const session = await EventImport.begin(tx, { expectedRows: Number.MAX_SAFE_INTEGER });
        expect(await session.upsert(events)).toMatchObject({ inserted: events.length });
        expect(await referenceCheck(tx)).toBe('D');
        await session.finish();
        expect(await referenceCheck(tx)).toBe('O');
      });
      // a failed large import leaves it on
      await expect(
        store.transaction(async (tx) => {
          const workspace = tx.inWorkspace(`evref-${newId().slice(0, 8)}`);
          await ensureWorkspace(workspace);
          const session = await EventImport.begin(workspace, { expectedRows: Number.MAX_SAFE_INTEGER });
          await session.upsert(events);
          expect(await referenceCheck(tx)).toBe('D');
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await referenceCheck(store)).toBe('O');
      const other = store.inWorkspace(`evref-${newId().slice(0, 8)}`);
      await ensureWorkspace(other);
      await expect(
        other.transaction(async (tx) => {
          const session = await EventImport.begin(tx, { expectedRows: Number.MAX_SAFE_INTEGER });
          await session.upsertEncoded(encodeEvents(store.workspaceId, 'TLP:CLEAR', events));
        }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    });
  });
}
