import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StixValidator } from '../../src/formats/index.js';
import { addUser, exportWorkspace, exportWorkspaceAudited } from '../../src/jobs/index.js';
import type { Entity, TlpMarking, Viewer, WorkspaceExportInput } from '../../src/model/index.js';
import { insertClaims, insertEntity, insertEvents, listAuditEntries, openStore, type Store } from '../../src/store/index.js';
import { buildEntity, buildEvent, buildNameClaim, buildRelationClaim } from '../factories.js';

/**
 * `tessera export` as a job: every format and --what, through the viewer's markings. Each fact
 * marked TLP:RED carries the token "redzq"; a reader cleared TLP:GREEN must never receive it.
 */
const greenReader: Viewer = { userId: 'u-green', name: 'green reader', role: 'reader', clearance: 'TLP:GREEN', workspaces: null };

async function run(store: Store, input: WorkspaceExportInput) {
  const chunks: string[] = [];
  const result = await exportWorkspace(store, input, (chunk) => void chunks.push(chunk));
  return { result, text: chunks.join('') };
}

const accepted = { status: 'accepted' as const };

describe('exportWorkspace (PGlite)', () => {
  let store: Store;
  let group: Entity;
  let person: Entity;
  let secret: Entity;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    group = buildEntity({ type: 'group', label: 'Islamic State Khorasan' });
    person = buildEntity({ type: 'person', label: 'Abu Usama Noraki' });
    secret = buildEntity({ type: 'person', label: 'Source redzq' });
    for (const entity of [group, person, secret]) await insertEntity(store, entity);
    const name = (entity: Entity, value: string, marking: TlpMarking) =>
      buildNameClaim(entity.id, { ...accepted, marking, name: { value, kind: 'primary', script: 'latin', language: null } });
    await insertClaims(store, [
      name(group, 'Islamic State Khorasan', 'TLP:CLEAR'),
      name(group, 'ISK redzq alias', 'TLP:RED'),
      name(person, 'Abu Usama Noraki', 'TLP:GREEN'),
      name(secret, 'Source redzq', 'TLP:RED'),
      buildRelationClaim(person.id, group.id, { ...accepted, marking: 'TLP:GREEN', relationType: 'member_of' }),
      buildRelationClaim(secret.id, group.id, { ...accepted, marking: 'TLP:RED', relationType: 'recruited' }),
      buildRelationClaim(person.id, group.id, { status: 'proposed', marking: 'TLP:CLEAR', relationType: 'leader_of' }),
    ]);
    await insertEvents(store, [
      buildEvent({ marking: 'TLP:GREEN', summary: 'attack on cyclists' }),
      buildEvent({ marking: 'TLP:GREEN', summary: 'no coordinates', location: { country: 'TJ', admin1: null, admin2: null, place: null, latitude: null, longitude: null, geoPrecision: null } }),
      buildEvent({ marking: 'TLP:RED', summary: 'raid redzq' }),
    ]);
    await addUser(store, { name: 'rita', role: 'reader', clearance: 'TLP:GREEN' });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('csv entities: one row per entity with its visible names; a TLP:GREEN reader gets no TLP:RED name or entity', async () => {
    const all = await run(store, { format: 'csv' });
    expect(all.text.split('\n')[0]).toBe('entity_id,type,label,names,attributes,claims');
    expect(all.result.written).toEqual({ entities: 3 });
    expect(all.text).toContain('redzq');
    const green = await run(store.asViewer(greenReader), { format: 'csv', what: 'entities' });
    expect(green.result.written).toEqual({ entities: 2 });
    expect(green.text).not.toContain('redzq');
    expect(green.result.viewer).toEqual({ name: 'green reader', clearance: 'TLP:GREEN' });
  });

  it('csv relations and claims: accepted only unless proposed ones are asked for, within the clearance', async () => {
    const relations = await run(store, { format: 'csv', what: 'relations' });
    expect(relations.result.written).toEqual({ relations: 2 });
    expect(relations.text).toContain('member_of');
    expect((await run(store, { format: 'csv', what: 'relations', includeProposed: true })).result.written).toEqual({ relations: 3 });
    const green = await run(store, { format: 'csv', what: 'relations', clearance: 'TLP:GREEN' });
    expect(green.result.written).toEqual({ relations: 1 });
    expect(green.text).not.toContain('recruited');
    const claims = await run(store, { format: 'csv', what: 'claims', clearance: 'TLP:GREEN' });
    expect(claims.result.written).toEqual({ claims: 3 });
    expect(claims.text).not.toContain('redzq');
    expect(claims.text).not.toContain('TLP:RED');
  });

  it('csv events: Tessera event CSV, dataset rows only when asked for, none above the clearance', async () => {
    expect((await run(store, { format: 'csv', what: 'events' })).result.written).toEqual({});
    const all = await run(store, { format: 'csv', what: 'events', includeDatasetEvents: true });
    expect(all.result.written).toEqual({ events: 3 });
    const green = await run(store.asViewer(greenReader), { format: 'csv', what: 'events', includeDatasetEvents: true });
    expect(green.result.written).toEqual({ events: 2 });
    expect(green.text).not.toContain('redzq');
    expect(green.text.split('\n')[0]).toMatch(/^dataset,event_id,/);
  });

  it('geojson: events with coordinates as points, the others counted as left out', async () => {
    const { result, text } = await run(store, { format: 'geojson', includeDatasetEvents: true, clearance: 'TLP:GREEN' });
    const collection = JSON.parse(text) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]!.geometry.coordinates).toEqual([69.3, 38.1]);
    expect(collection.features[0]!.properties.summary).toBe('attack on cyclists');
    expect(result).toMatchObject({ what: 'events', written: { events: 1 }, skipped: { 'events without coordinates': 1 } });
    expect(text).not.toContain('redzq');
  });

  it('gexf: the network of relations, without a TLP:RED link or node for a TLP:GREEN user', async () => {
    const all = await run(store, { format: 'gexf' });
    expect(all.text).toContain('<gexf');
    expect(all.result.written).toMatchObject({ edges: 2 });
    const rita = await run(store, { format: 'gexf', asUser: 'rita' });
    expect(rita.result.written).toMatchObject({ edges: 1 });
    expect(rita.text).not.toContain('redzq');
    expect(rita.text).not.toContain(secret.id);
    expect(rita.result.viewer).toEqual({ name: 'rita', clearance: 'TLP:GREEN' });
  });

  it('stix: everything, or only the objects --what names; valid, refs resolved, nothing above the clearance', async () => {
    const validator = new StixValidator();
    const all = await run(store, { format: 'stix', includeDatasetEvents: true });
    expect(all.result.written).toMatchObject({ incident: 3, relationship: 2 });
    expect(validator.validateBundle(JSON.parse(all.text))).toEqual([]);
    const entities = await run(store, { format: 'stix', what: 'entities', asUser: 'rita' });
    // the member is an adversary (member_of): both are threat actors; the RED-only entity is absent
    expect(entities.result.written).toEqual({ 'threat-actor': 2 });
    expect(entities.text).not.toContain('redzq');
    const relations = await run(store, { format: 'stix', what: 'relations', clearance: 'TLP:GREEN' });
    expect(relations.result.written).toMatchObject({ relationship: 1 });
    expect(validator.validateBundle(JSON.parse(relations.text))).toEqual([]);
    const events = await run(store, { format: 'stix', what: 'events', includeDatasetEvents: true, clearance: 'TLP:GREEN' });
    expect(events.result.written).toEqual({ incident: 2 });
    expect(events.text).not.toContain('redzq');
  });

  it('refuses what a format cannot carry, an unknown user, and never raises a clearance', async () => {
    await expect(run(store, { format: 'geojson', what: 'claims' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(run(store, { format: 'stix', what: 'claims' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(run(store, { format: 'csv', asUser: 'nobody' })).rejects.toMatchObject({ code: 'not_found' });
    const raised = await run(store.asViewer(greenReader), { format: 'csv', clearance: 'TLP:RED' });
    expect(raised.result.viewer.clearance).toBe('TLP:GREEN');
    expect(raised.text).not.toContain('redzq');
  });

  it('audits an export that fails part-way (the client went away) as failed, with its reason', async () => {
    const gone = new Error('the client closed the connection before the export was sent');
    const failing = () => {
      throw gone;
    };
    await expect(exportWorkspaceAudited(store, { format: 'stix' }, failing)).rejects.toThrow(gone.message);
    const [entry] = await listAuditEntries(store, { action: 'workspace.export', limit: 1, offset: 0 });
    expect(entry?.detail).toMatchObject({ format: 'stix', outcome: 'failed', reason: gone.message, clearanceAsked: null });
  });
});
