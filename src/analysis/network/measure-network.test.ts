import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { buildNetwork } from './build-network.js';
import { betweenness, constraint, coreNumbers, pagerank } from './centrality.js';
import { compactGraph, seededRandom } from './compact-graph.js';
import { measureNetwork } from './measure-network.js';
import { fixtureClaim, fixtureEntity, fixtureId, recruiterNetwork } from './network-fixtures.js';

const graphologyPagerank = pagerankModule as unknown as typeof pagerankModule.default;
const graphologyBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

function randomGraph(n: number, m: number, seed: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  const next = seededRandom(seed);
  for (let i = 0; i < n; i += 1) graph.addNode(String(i));
  while (graph.size < m) {
    const a = Math.floor(next() * n);
    const b = Math.floor(next() * n);
    if (a !== b) graph.mergeEdge(String(a), String(b), { weight: 1 });
  }
  return graph;
}

describe('network measures', () => {
  it('ranks a recruiter who links three cells as the broker with the highest betweenness', () => {
    const { entities, claims } = recruiterNetwork();
    const network = buildNetwork(claims, entities);
    const { rows, communities, betweenness: mode } = measureNetwork(network);
    expect(mode).toBe('exact');
    expect(communities).toBe(3);
    const recruiter = rows.find((r) => r.name === 'Recruiter')!;
    const others = rows.filter((r) => r.name !== 'Recruiter');
    expect(recruiter.isBroker).toBe(true);
    expect(recruiter.participation).toBeGreaterThan(0.6);
    expect(others.every((r) => recruiter.betweenness > r.betweenness)).toBe(true);
    expect(others.every((r) => (recruiter.constraint ?? 1) < (r.constraint ?? 0))).toBe(true);
    expect(others.filter((r) => r.isBroker)).toEqual([]);
    // every member sits in a 4-clique (3-core); the recruiter's six ties keep him in it too
    expect(rows.every((r) => r.core === 3)).toBe(true);
    expect(recruiter.degree).toBe(6);
  });

  it('agrees with graphology on betweenness and PageRank', () => {
    const graph = randomGraph(300, 900, 7);
    const compact = compactGraph(graph);
    const ours = betweenness(compact);
    const theirs = graphologyBetweenness(graph, { normalized: true });
    // graphology normalises by (n-1)(n-2)/2 for undirected graphs' pair count… compare ranks and ratio
    const ratio = theirs[compact.ids[0]!]! / ours[0]!;
    compact.ids.forEach((id, i) => expect(theirs[id]!).toBeCloseTo(ours[i]! * ratio, 9));
    const rank = pagerank(compact);
    const reference = graphologyPagerank(graph, { getEdgeWeight: 'weight', tolerance: 1e-12, maxIterations: 1000 });
    compact.ids.forEach((id, i) => expect(rank[i]!).toBeCloseTo(reference[id]!, 4));
  });

  it('samples betweenness on large graphs and keeps the top ranks', () => {
    const graph = randomGraph(2000, 8000, 3);
    const compact = compactGraph(graph);
    const exact = betweenness(compact);
    const sampled = betweenness(compact, { samples: 500, seed: 1 });
    const top = (values: Float64Array) => [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, 20);
    const overlap = top(exact).filter((i) => top(sampled).includes(i)).length;
    expect(overlap).toBeGreaterThanOrEqual(12);
  });

  it('computes core numbers and constraint on a path', () => {
    const graph = new UndirectedGraph();
    for (const [a, b] of [['a', 'b'], ['b', 'c']] as const) graph.mergeEdge(a, b);
    const compact = compactGraph(graph);
    expect([...coreNumbers(compact)]).toEqual([1, 1, 1]);
    const c = constraint(compact);
    // b's two contacts are unconnected: 0.5² + 0.5² = 0.5; a and c depend wholly on b
    expect(c[compact.ids.indexOf('b')]).toBeCloseTo(0.5);
    expect(c[compact.ids.indexOf('a')]).toBeCloseTo(1);
  });

  it('draws merged entities as one node', () => {
    const entities = [fixtureEntity(1, 'Abu A'), fixtureEntity(2, 'A. alias'), fixtureEntity(3, 'Group', 'group')];
    const claims = [fixtureClaim(1, 3, 'member_of'), fixtureClaim(2, 3, 'leader_of')];
    const network = buildNetwork(claims, entities, [[fixtureId(2), fixtureId(1)]]);
    expect(network.nodes.map((n) => n.label).sort()).toEqual(['Abu A', 'Group']);
    expect(network.edges).toHaveLength(1);
    expect(network.edges[0]!.weight).toBe(2);
    expect(network.edges[0]!.relationTypes).toEqual(['leader_of', 'member_of']);
  });
});
