import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { exportGraph, findEgoNetwork, findGraphPaths, ingestFiles, measureGraph, renderGroupLineageChart, traceGroupLineage } from '../../src/jobs/index.js';
import { SYSTEM_VIEWER } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { sharedPath } from '../shared-data.js';

const samples = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples/reports');

describe('networks over the sample reports', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await ingestFiles(store, [samples]);
  }, 240_000);
  afterAll(async () => {
    await store?.close();
  });

  it('builds the graph from accepted claims only by default, proposed ones on request', async () => {
    const accepted = await measureGraph(store, {});
    expect(accepted.rows).toEqual([]);
    const proposed = await measureGraph(store, { filter: { includeProposed: true } });
    expect(proposed.slices[0]!.nodes).toBeGreaterThan(10);
    const isk = proposed.rows.find((r) => r.name === 'Islamic State Khorasan Province')!;
    expect(isk.degree).toBeGreaterThanOrEqual(3);
  });

  it('limits the graph to the viewer clearance', async () => {
    await store.query(`UPDATE claim SET marking = 'TLP:RED' WHERE workspace_id = $1 AND kind = 'relation' AND predicate = 'published_by'`, [store.workspaceId]);
    const green = store.asViewer({ ...SYSTEM_VIEWER, clearance: 'TLP:GREEN' });
    const all = await exportGraph(store, 'edges-csv', { includeProposed: true });
    const cleared = await exportGraph(green, 'edges-csv', { includeProposed: true });
    expect(all).toContain('published_by');
    expect(cleared).not.toContain('published_by');
    await store.query(`UPDATE claim SET marking = 'TLP:CLEAR' WHERE workspace_id = $1 AND marking = 'TLP:RED'`, [store.workspaceId]);
  });

  it('finds a path between two names, each link with its claims and sources', async () => {
    const result = await findGraphPaths(store, { from: 'Voice of Khurasan', to: 'Hafiz Saeed Khan', k: 2, filter: { includeProposed: true } });
    expect(result.paths.length).toBeGreaterThanOrEqual(1);
    const first = result.paths[0]!;
    expect(first.nodes[0]!.label).toBe('Voice of Khurasan');
    expect(first.edges.every((e) => e.claims.length > 0 && e.claims.every((c) => c.source !== null && c.quote))).toBe(true);
  });

  it('writes GEXF 1.3 that a GEXF parser reads back with every node and edge', async () => {
    const text = await exportGraph(store, 'gexf', { includeProposed: true });
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const parsed = gexf.parse(UndirectedGraph, text);
    const csv = await exportGraph(store, 'edges-csv', { includeProposed: true });
    expect(parsed.size).toBe(csv.trim().split('\n').length - 1);
    expect(parsed.order).toBeGreaterThan(10);
    const json = JSON.parse(await exportGraph(store, 'json', { includeProposed: true })) as { edges: unknown[] };
    expect(json.edges.length).toBe(parsed.size);
    // dynamic, so Gephi's timeline plays: dated edges carry their interval
    expect(text).toMatch(/<graph mode="dynamic"[^>]* timeformat="date"/);
    expect(text).toMatch(/<edge [^>]*start="\d{4}-\d{2}-\d{2}"/);
  });

  it('adds the event and sentence layers', async () => {
    const relations = await measureGraph(store, { filter: { includeProposed: true } });
    const all = await measureGraph(store, { filter: { includeProposed: true, layers: ['relations', 'events', 'sentences'] } });
    expect(all.slices[0]!.edges).toBeGreaterThan(relations.slices[0]!.edges);
  });
});

const dev = sharedPath('corpus/dev/000_ea3dfa41585ddbbc.txt');

describe.skipIf(dev === null)('networks over the dev reports', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await ingestFiles(store, [dirname(dev!)]);
  }, 240_000);
  afterAll(async () => {
    await store?.close();
  });

  it("shows a merged group's merger with its date and source in its lineage", async () => {
    const lineage = await traceGroupLineage(store, { group: 'Jamaat Ansarullah', includeProposed: true });
    const merger = lineage.entries.find((e) => e.relationType === 'merged_with' && e.counterpart.label === 'Islamic State Khorasan Province');
    expect(merger).toBeDefined();
    expect(merger!.start?.start.slice(0, 4)).toBe('2017');
    expect(merger!.claims[0]!.source?.path).toContain('000_ea3dfa41585ddbbc');
    const svg = await renderGroupLineageChart(lineage, '2026-12-04');
    expect(svg).toContain('<svg');
  });

  it('ranks the recruiter who ties several groups and cells among the bridges, and flags brokers by their ties', async () => {
    const result = await measureGraph(store, { filter: { includeProposed: true } });
    const noraki = result.rows.find((r) => r.name === 'Abu Usama Noraki')!;
    expect(noraki).toBeDefined();
    // among the two people with most betweenness: the bridges above him are the Islamic State and its affiliates
    // (his broker flag depends on how many of his few ties the extractor reads: a wrong located_in once made him one)
    const people = result.rows.filter((r) => r.type === 'person').sort((a, b) => b.betweenness - a.betweenness);
    expect(people.slice(0, 2).map((r) => r.name)).toContain('Abu Usama Noraki');
    expect(noraki.betweenness).toBeGreaterThan(0);
    // a broker: most of its ties outside its own community, and on some shortest path
    expect(result.rows.some((r) => r.type === 'person' && r.isBroker)).toBe(true);
    expect(result.rows.every((r) => r.isBroker === (r.participation >= 0.5 && r.betweenness > 0))).toBe(true);
    // his ties reach several communities, not one cell
    const ego = await findEgoNetwork(store, { name: 'Abu Usama Noraki', depth: 1, filter: { includeProposed: true } });
    const communityOf = new Map(result.rows.map((r) => [r.entityId, r.community]));
    const reached = new Set(ego.nodes.filter((n) => n.id !== ego.center).map((n) => communityOf.get(n.id)));
    expect(reached.size).toBeGreaterThanOrEqual(2);
  });

  it('measures a yearly series', async () => {
    const result = await measureGraph(store, { filter: { includeProposed: true, from: '2014-01-01', to: '2018-12-31' }, every: 'year' });
    expect(result.slices.map((s) => s.period)).toEqual(['2014', '2015', '2016', '2017', '2018']);
  });
});
