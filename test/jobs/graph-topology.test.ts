import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactGraph, compactGraphFromPairs, toGraphology, type CompactGraph } from '../../src/analysis/index.js';
import { loadCompactGraph, loadGraphNetwork, mergeEntities, parseGraphFilter } from '../../src/jobs/index.js';
import { SYSTEM_VIEWER, type RelationType, type TlpMarking } from '../../src/model/index.js';
import { insertClaims, insertEntity, openStore, type Store } from '../../src/store/index.js';
import { buildEntity, buildNameClaim, buildRelationClaim } from '../factories.js';

/** Edges as "a|b weight" lines keyed by entity id, so two packings compare regardless of node order. */
function edgeSet(graph: CompactGraph): string[] {
  const lines: string[] = [];
  for (let v = 0; v < graph.ids.length; v += 1) {
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e += 1) {
      const u = graph.neighbours[e]!;
      if (graph.ids[v]! < graph.ids[u]!) lines.push(`${graph.ids[v]}|${graph.ids[u]} ${graph.weights[e]}`);
    }
  }
  return lines.sort();
}

describe('compactGraphFromPairs', () => {
  it('merges repeated pairs into one weighted edge and drops self-loops', () => {
    const graph = compactGraphFromPairs(['a', 'b', 'c'], Int32Array.from([0, 1, 2, 1, 2]), Int32Array.from([1, 0, 2, 2, 1]));
    expect(edgeSet(graph)).toEqual(['a|b 2', 'b|c 2']);
    expect(Array.from(graph.offsets)).toEqual([0, 1, 3, 4]);
  });
});

describe('loadCompactGraph: the packed read gives the graph the full network gives', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    const people = Array.from({ length: 6 }, (_, i) => buildEntity({ label: `Person ${i}` }));
    const link = (a: number, b: number, relationType: RelationType = 'communicated_with', status: 'accepted' | 'proposed' = 'accepted', marking: TlpMarking = 'TLP:CLEAR') =>
      buildRelationClaim(people[a]!.id, people[b]!.id, { relationType, status, marking });
    await store.transaction(async (tx) => {
      for (const p of people) await insertEntity(tx, p);
      await insertClaims(tx, [
        ...people.map((p) => buildNameClaim(p.id, { status: 'accepted', name: { value: p.label, kind: 'primary', script: 'latin', language: null } })),
        link(0, 1), link(1, 0, 'recruited'), link(1, 2), link(2, 3, 'funded', 'proposed'), link(3, 4), link(4, 5, 'funded', 'accepted', 'TLP:RED'), link(5, 0),
      ]);
    });
    // 5 and 0 are one person: the 5–0 claim becomes a self-loop, the RED 4–5 claim a 4–0 link
    await mergeEntities(store, { a: people[0]!.id, b: people[5]!.id });
  });
  afterAll(async () => {
    await store?.close();
  });

  const full = async (s: Store, input: Parameters<typeof parseGraphFilter>[0]) => edgeSet(compactGraph(toGraphology(await loadGraphNetwork(s, parseGraphFilter(input))))).filter(Boolean);

  it.each([{}, { includeProposed: true }, { relationTypes: ['funded' as const] }])('filter %j', async (filter) => {
    expect(edgeSet(await loadCompactGraph(store, filter))).toEqual(await full(store, filter));
  });

  it("honours the viewer's clearance", async () => {
    const green = store.asViewer({ ...SYSTEM_VIEWER, clearance: 'TLP:GREEN' });
    const packed = edgeSet(await loadCompactGraph(green, { includeProposed: true }));
    expect(packed).toEqual(await full(green, { includeProposed: true }));
    expect(packed.length).toBe(edgeSet(await loadCompactGraph(store, { includeProposed: true })).length - 1);
  });
});
