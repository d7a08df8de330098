import { describe, expect, it } from 'vitest';
import type { TlpMarking, Viewer } from '../../src/model/index.js';
import { insertClaims, insertDocument, insertEntity, insertEvents, insertPostedStixObjects, openStore, readChangeMarker, type Store } from '../../src/store/index.js';
import { buildDocument, buildEntity, buildEvent, buildNameClaim } from '../factories.js';
import { runContractOnPostgres } from '../postgres-suite.js';
import { useStoreBackend } from './store-backend.js';

const viewerOf = (clearance: TlpMarking): Viewer => ({ userId: null, name: `reader ${clearance}`, role: 'reader', clearance, workspaces: null });

/**
 * The change markers of migration 0014 (readChangeMarker): they move when a transaction that
 * changed what an export reads commits, once per transaction, only for the viewers cleared for
 * the changed rows' markings, and not for a transaction rolled back.
 */
function runChangeMarkerContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`change markers: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 'marker');
    const markers = async (store: Store) => ({
      clear: await readChangeMarker(store.asViewer(viewerOf('TLP:CLEAR')), 'knowledge'),
      green: await readChangeMarker(store.asViewer(viewerOf('TLP:GREEN')), 'knowledge'),
      red: await readChangeMarker(store.asViewer(viewerOf('TLP:RED')), 'knowledge'),
      posted: await readChangeMarker(store, 'posted'),
    });

    it('move once per committed transaction, for the markings it changed, and not for one rolled back', async () => {
      const store = await backend.freshWorkspace();
      expect(await markers(store)).toEqual({ clear: '0', green: '0', red: '0', posted: '0' });
      const entity = buildEntity();
      // an entity alone is known to nobody: nothing moves
      await insertEntity(store, entity);
      expect(await markers(store)).toEqual({ clear: '0', green: '0', red: '0', posted: '0' });
      await store.transaction(async (tx) => {
        await insertClaims(tx, [buildNameClaim(entity.id, { marking: 'TLP:GREEN' })]);
        await insertClaims(tx, [buildNameClaim(entity.id, { marking: 'TLP:GREEN' }), buildNameClaim(entity.id, { marking: 'TLP:GREEN' })]);
      });
      expect(await markers(store)).toEqual({ clear: '0', green: '1', red: '1', posted: '0' });
      await expect(
        store.transaction(async (tx) => {
          await insertClaims(tx, [buildNameClaim(entity.id, { marking: 'TLP:CLEAR' })]);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await markers(store)).toEqual({ clear: '0', green: '1', red: '1', posted: '0' });
      // a RED change leaves the GREEN reader's marker
      await insertClaims(store, [buildNameClaim(entity.id, { marking: 'TLP:RED' })]);
      expect(await markers(store)).toEqual({ clear: '0', green: '1', red: '2', posted: '0' });
      // renaming the entity moves the markers of the claims about it: GREEN and RED, not CLEAR
      await store.query('UPDATE entity SET label = $3 WHERE workspace_id = $1 AND entity_id = $2', [store.workspaceId, entity.id, 'Renamed']);
      expect(await markers(store)).toEqual({ clear: '0', green: '2', red: '4', posted: '0' });
    });

    it('follow documents, their cited works, events and their actors, and posted objects apart', async () => {
      const store = await backend.freshWorkspace();
      const document = buildDocument({ marking: 'TLP:AMBER' });
      await store.transaction((tx) => insertDocument(tx, document, [], [{ noteNumber: 1, text: 'A note.', authors: [], title: null, outlet: null, date: null, language: null, url: null }]));
      expect(await markers(store)).toEqual({ clear: '0', green: '0', red: '1', posted: '0' });
      await store.query('UPDATE cited_work SET text = $3 WHERE workspace_id = $1 AND document_id = $2', [store.workspaceId, document.id, 'Another note.']);
      expect(await markers(store)).toEqual({ clear: '0', green: '0', red: '2', posted: '0' });
      const event = buildEvent({ marking: 'TLP:CLEAR', actors: [{ text: 'Abu Test', entityId: null, role: 'perpetrator' }] });
      await store.transaction((tx) => insertEvents(tx, [event]));
      expect(await markers(store)).toEqual({ clear: '1', green: '1', red: '3', posted: '0' });
      await store.query('UPDATE event_actor SET actor_text = $3 WHERE workspace_id = $1 AND event_id = $2', [store.workspaceId, event.id, 'Abu Other']);
      expect(await markers(store)).toEqual({ clear: '2', green: '2', red: '4', posted: '0' });
      const body = { type: 'identity', spec_version: '2.1', id: 'identity--0b7c6bd1-4f5e-4c1b-9c2a-7d0f3f2b9a11', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', name: 'Desk', identity_class: 'organization' };
      await insertPostedStixObjects(store, [{ id: body.id, version: body.modified, type: body.type, specVersion: '2.1', marking: 'TLP:GREEN', body }]);
      expect(await markers(store)).toEqual({ clear: '2', green: '2', red: '4', posted: '1' });
      expect(await readChangeMarker(store.asViewer(viewerOf('TLP:CLEAR')), 'posted')).toBe('0');
    });
  });
}

runChangeMarkerContract('PGlite (in memory)', () => openStore({ dataDir: null }));

runContractOnPostgres(runChangeMarkerContract);
