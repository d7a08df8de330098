import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { fuzzyDateOf, LinkChartGraphSchema, linkChartGraphProblem, type RelationType, type TlpMarking } from '../../src/model/index.js';
import type { TesseraApp } from '../../src/server/app.js';
import { insertClaims, insertDocument, insertEntity, type Store } from '../../src/store/index.js';
import { buildDocument, buildEntity, buildNameClaim, buildRelationClaim } from '../factories.js';
import { useStoreBackend } from '../store/store-backend.js';
import { bearer, buildTestApp } from './api-harness.js';

/** Words only TLP:RED facts carry: none may reach a TLP:GREEN reader. */
const RED_WORDS = ['Scarlet', 'redsecret', 'TLP:RED'];

interface Seeded {
  recruiterId: string;
  financierId: string;
  scarletId: string;
  northId: string;
  redClaimIds: string[];
}

/**
 * Three cells of three members each (all in touch with each other), a recruiter who recruited one member of every cell (the
 * broker), a split between two cells (dated, with its source); and, marked TLP:RED, a financier
 * (whose name is GREEN) who funded the recruiter and a cell known only from RED claims that
 * merged with the northern cell.
 */
async function seedGraph(store: Store): Promise<Seeded> {
  const text = 'Cell East split from Cell North in March 2019.1 Verdant Recruiter recruited for all three cells.\n\n1 A court record.';
  const greenDoc = buildDocument({ path: 'green-network.txt', title: 'Green network report', marking: 'TLP:GREEN', text });
  const redDoc = buildDocument({ path: 'redsecret.txt', title: 'redsecret report', marking: 'TLP:RED', text: 'Scarlet funding reached the recruiter.' });
  const entity = (label: string, type: 'person' | 'group') => buildEntity({ label, type });
  const recruiter = entity('Verdant Recruiter', 'person');
  const financier = entity('Quiet Financier', 'person');
  const scarlet = entity('Scarlet Cell', 'group');
  const cells = ['North', 'South', 'East'].map((c) => entity(`Cell ${c}`, 'group'));
  const members = cells.map((cell, i) => [1, 2, 3].map((n) => ({ cell, member: entity(`Member ${i * 3 + n}`, 'person') })));
  const name = (id: string, value: string, marking: TlpMarking = 'TLP:GREEN') =>
    buildNameClaim(id, { status: 'accepted', marking, name: { value, kind: 'primary', script: 'latin', language: null } });
  const link = (a: string, b: string, relationType: RelationType, marking: TlpMarking = 'TLP:GREEN', extra: Partial<Parameters<typeof buildRelationClaim>[2]> = {}) =>
    buildRelationClaim(a, b, { relationType, status: 'accepted', marking, ...extra });
  const green = [
    ...members.flat().map(({ cell, member }) => link(member.id, cell.id, 'member_of', 'TLP:GREEN', { validFrom: fuzzyDateOf(2017) })),
    ...members.flatMap((group) => [[0, 1], [0, 2], [1, 2]].map(([x, y]) => link(group[x!]!.member.id, group[y!]!.member.id, 'communicated_with'))),
    ...members.map((group) => link(recruiter.id, group[2]!.member.id, 'recruited', 'TLP:GREEN', { validFrom: fuzzyDateOf(2018) })),
    link(cells[2]!.id, cells[0]!.id, 'split_from', 'TLP:GREEN', {
      validFrom: fuzzyDateOf(2019, 3, undefined, 'March 2019'),
      evidence: { documentId: greenDoc.id, start: 0, end: 47, quote: 'Cell East split from Cell North in March 2019.', citedNotes: [1] },
    }),
  ];
  const red = [
    link(financier.id, recruiter.id, 'funded', 'TLP:RED', {
      validFrom: fuzzyDateOf(2018),
      evidence: { documentId: redDoc.id, start: 0, end: 38, quote: 'Scarlet funding reached the recruiter.', citedNotes: [] },
    }),
    link(scarlet.id, cells[0]!.id, 'merged_with', 'TLP:RED', { validFrom: fuzzyDateOf(2020) }),
    link(scarlet.id, recruiter.id, 'allied_with', 'TLP:RED'),
  ];
  await store.transaction(async (tx) => {
    await insertDocument(tx, greenDoc, [], [
      { noteNumber: 1, text: 'A court record.', authors: [], title: null, outlet: null, date: null, language: null, url: null },
    ]);
    await insertDocument(tx, redDoc, [], []);
    for (const e of [recruiter, financier, scarlet, ...cells, ...members.flat().map((m) => m.member)]) await insertEntity(tx, e);
    await insertClaims(tx, [
      name(recruiter.id, recruiter.label),
      name(financier.id, financier.label),
      name(scarlet.id, scarlet.label, 'TLP:RED'),
      ...cells.map((c) => name(c.id, c.label)),
      ...members.flat().map(({ member }) => name(member.id, member.label)),
      ...green,
      ...red,
    ]);
  });
  return { recruiterId: recruiter.id, financierId: financier.id, scarletId: scarlet.id, northId: cells[0]!.id, redClaimIds: red.map((c) => c.id) };
}

/** The graph routes on each store backend: same use cases as `tessera graph`, within the caller's clearance. */
export function runGraphApiContract(name: string, openBackend: () => Promise<Store>): void {
  describe(`graph API: ${name}`, () => {
    const backend = useStoreBackend(openBackend, 'graph-api');
    let app: TesseraApp;
    let seeded: Seeded;
    beforeAll(async () => {
      const store = await backend.freshWorkspace();
      seeded = await seedGraph(store);
      app = await buildTestApp(store);
    });
    afterAll(async () => {
      await app?.close();
    });

    const get = (url: string, token: 'reader-green' | 'reader-red' = 'reader-green') => app.inject({ url: `/api/v1/graph/${url}`, headers: bearer(token) });

    it('lists the graph routes in the OpenAPI document with their query parameters', async () => {
      const openapi = (await app.inject({ url: '/api/openapi.json' })).json();
      for (const route of ['measures', 'ego', 'path', 'lineage', 'export', 'chart']) expect(Object.keys(openapi.paths)).toContain(`/api/v1/graph/${route}`);
      const params = openapi.paths['/api/v1/graph/measures'].get.parameters.map((p: { name: string }) => p.name);
      expect(params).toEqual(expect.arrayContaining(['at', 'from', 'to', 'every', 'includeProposed', 'types', 'layers', 'minReliability', 'maxCredibility', 'minBand', 'certain']));
      const pathParams = openapi.paths['/api/v1/graph/path'].get.parameters.map((p: { name: string }) => p.name);
      expect(pathParams).toEqual(expect.arrayContaining(['a', 'b', 'k']));
    });

    it('measures: the recruiter linking three cells ranks first by betweenness and as a broker', async () => {
      const response = await get('measures');
      expect(response.statusCode).toBe(200);
      const result = response.json() as { rows: { name: string; degree: number; betweenness: number; isBroker: boolean; community: number }[]; slices: { nodes: number }[] };
      const top = [...result.rows].sort((a, b) => b.betweenness - a.betweenness)[0]!;
      expect(top.name).toBe('Verdant Recruiter');
      expect(top.isBroker).toBe(true);
      expect(new Set(result.rows.map((r) => r.community)).size).toBeGreaterThanOrEqual(3);
      // a plain member is no broker
      expect(result.rows.find((r) => r.name === 'Member 2')!.isBroker).toBe(false);
    });

    it('measures per period, as of a day, and with the CLI filters', async () => {
      const series = (await get('measures?every=year&from=2017-01-01&to=2019-12-31')).json() as { slices: { period: string; edges: number }[] };
      expect(series.slices.map((s) => s.period)).toEqual(['2017', '2018', '2019']);
      const asOf2017 = (await get('measures?at=2017-06-01&certain=true')).json() as { rows: { name: string }[] };
      expect(asOf2017.rows.map((r) => r.name)).not.toContain('Verdant Recruiter');
      const recruitedOnly = (await get('measures?types=recruited')).json() as { rows: { name: string; degree: number }[] };
      expect(recruitedOnly.rows.find((r) => r.name === 'Verdant Recruiter')!.degree).toBe(3);
      expect(recruitedOnly.rows).toHaveLength(4);
      const proposedToo = await get('measures?includeProposed=true&layers=relations,events&minReliability=C&maxCredibility=4&minBand=likely');
      expect(proposedToo.statusCode).toBe(200);
    });

    it('ego by name or id, with depth', async () => {
      const byName = (await get('ego?entity=Verdant%20Recruiter&depth=1')).json() as { center: string; nodes: { label: string }[]; edges: unknown[] };
      expect(byName.center).toBe(seeded.recruiterId);
      expect(byName.nodes).toHaveLength(4);
      const byId = (await get(`ego?entity=${seeded.recruiterId}&depth=2`)).json() as { nodes: unknown[] };
      expect(byId.nodes.length).toBeGreaterThan(4);
    });

    it('paths between two names, every link with its claims', async () => {
      const response = await get('path?a=Member%201&b=Member%204&k=2');
      expect(response.statusCode).toBe(200);
      const result = response.json() as { paths: { nodes: { label: string }[]; edges: { claims: unknown[] }[] }[] };
      expect(result.paths.length).toBe(2);
      expect(result.paths[0]!.nodes.map((n) => n.label)).toContain('Verdant Recruiter');
      expect(result.paths[0]!.edges.every((e) => e.claims.length > 0)).toBe(true);
    });

    it("lineage shows a split with its date and source", async () => {
      const result = (await get('lineage?group=Cell%20North')).json() as { entries: { relationType: string; start: { start: string } | null; claims: { source: { path: string; citedWorks: { text: string }[] } | null }[] }[] };
      const split = result.entries.find((e) => e.relationType === 'split_from')!;
      expect(split.start?.start).toBe('2019-03-01');
      expect(split.claims[0]!.source?.path).toBe('green-network.txt');
      expect(split.claims[0]!.source?.citedWorks[0]?.text).toContain('court record');
    });

    it('exports graphology JSON for the link chart, and GEXF 1.3 a GEXF parser reads back', async () => {
      const json = await get('export');
      expect(json.statusCode).toBe(200);
      const graph = UndirectedGraph.from(json.json());
      expect(graph.order).toBe(13);
      expect(graph.size).toBe(22);
      const xml = await get('export?format=gexf');
      expect(xml.statusCode).toBe(200);
      expect(xml.headers['content-type']).toContain('application/gexf+xml');
      const parsed = gexf.parse(UndirectedGraph, xml.body);
      expect(parsed.order).toBe(graph.order);
      expect(parsed.size).toBe(graph.size);
      const graphml = await get('export?format=graphml');
      expect(graphml.body).toContain('<graphml');
      expect(json.headers['content-type']).toContain('application/json');
    });

    it("answers the link chart's compact columns: one row per claim of the export, indexes into the entity list", async () => {
      const exported = (await get('export')).json() as { nodes: { key: string }[]; edges: { source: string; target: string; attributes: { claims: unknown[] } }[] };
      const response = await get('chart');
      expect(response.statusCode).toBe(200);
      const chart = LinkChartGraphSchema.parse(response.json());
      expect(linkChartGraphProblem(chart)).toBeNull();
      expect([...chart.entities.ids].sort()).toEqual(exported.nodes.map((n) => n.key).sort());
      expect(chart.claims.source).toHaveLength(exported.edges.reduce((sum, e) => sum + e.attributes.claims.length, 0));
      // every claim joins the two ends of an exported edge
      const pairs = new Set(exported.edges.map((e) => [e.source, e.target].sort().join('|')));
      chart.claims.source.forEach((s, k) => expect(pairs.has([chart.entities.ids[s]!, chart.entities.ids[chart.claims.target[k]!]!].sort().join('|'))).toBe(true));
      const recruited = chart.relationTypes.indexOf('recruited');
      const rows = chart.claims.relationType.flatMap((t, k) => (t === recruited ? [k] : []));
      expect(rows).toHaveLength(3);
      expect(rows.every((k) => chart.claims.fromYear[k] === 2018 && chart.claims.toYear[k] === null)).toBe(true);
      // subject to object: the recruiter recruited
      expect(rows.every((k) => chart.entities.labels[chart.claims.source[k]!] === 'Verdant Recruiter')).toBe(true);
      // the filters of the other routes apply
      const only = LinkChartGraphSchema.parse((await get('chart?types=recruited')).json());
      expect(only.relationTypes).toEqual(['recruited']);
      expect(only.entities.ids).toHaveLength(4);
      expect((await get('chart?colour=red')).statusCode).toBe(400);
      // a RED reader sees the RED links and entities
      const red = LinkChartGraphSchema.parse((await get('chart', 'reader-red')).json());
      expect(red.entities.labels).toContain('Scarlet Cell');
      expect(red.claims.source.length).toBe(chart.claims.source.length + 3);
    });

    it('answers bad parameters with a 400 problem naming the field, and unknown names with 404', async () => {
      const bad = await get('measures?at=last-week');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().code).toBe('invalid_input');
      expect(bad.body).toContain('at');
      expect((await get('measures?every=decade')).statusCode).toBe(400);
      expect((await get('measures?colour=red')).statusCode).toBe(400);
      expect((await get('path?a=Member%201')).statusCode).toBe(400);
      const unknown = await get('ego?entity=Nobody%20Known');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('not_found');
    });

    describe('markings: a TLP:RED relation claim never reaches a TLP:GREEN reader, not even in counts', () => {
      it('measures: degree, node and edge counts leave the RED links out', async () => {
        const green = (await get('measures')).json() as { rows: { entityId: string; degree: number }[]; slices: { nodes: number; edges: number }[] };
        const red = (await get('measures', 'reader-red')).json() as { rows: { entityId: string; degree: number }[]; slices: { nodes: number; edges: number }[] };
        expect(green.rows.find((r) => r.entityId === seeded.recruiterId)!.degree).toBe(3);
        expect(red.rows.find((r) => r.entityId === seeded.recruiterId)!.degree).toBe(5);
        expect(green.rows.map((r) => r.entityId)).not.toContain(seeded.financierId);
        expect(green.rows.map((r) => r.entityId)).not.toContain(seeded.scarletId);
        expect(green.slices[0]).toMatchObject({ nodes: 13, edges: 22 });
        expect(red.slices[0]).toMatchObject({ nodes: 15, edges: 25 });
      });

      it('no RED word, marking or claim id in any graph answer', async () => {
        const urls = [
          'measures', 'measures?every=year', 'ego?entity=Verdant%20Recruiter&depth=3', `ego?entity=${seeded.financierId}`, 'ego?entity=Cell%20North',
          'path?a=Quiet%20Financier&b=Verdant%20Recruiter', 'path?a=Member%201&b=Member%209&k=5', 'lineage?group=Cell%20North',
          'export', 'export?format=gexf', 'export?format=graphml', 'chart', 'chart?includeProposed=true',
        ];
        for (const url of urls) {
          const response = await get(url);
          expect(response.statusCode, url).toBeLessThan(500);
          for (const word of [...RED_WORDS, ...seeded.redClaimIds]) expect(response.body, url).not.toContain(word);
        }
        // the same answers carry them for a RED reader
        expect((await get('lineage?group=Cell%20North', 'reader-red')).body).toContain('Scarlet Cell');
        expect((await get('export?format=gexf', 'reader-red')).body).toContain('Scarlet Cell');
      });

      it('a RED-only entity cannot be found by name or id; a RED link is no path', async () => {
        expect((await get('ego?entity=Scarlet%20Cell')).statusCode).toBe(404);
        expect((await get(`ego?entity=${seeded.scarletId}`)).statusCode).toBe(404);
        expect((await get('lineage?group=Scarlet%20Cell')).statusCode).toBe(404);
        const green = (await get('path?a=Quiet%20Financier&b=Verdant%20Recruiter')).json() as { paths: unknown[] };
        expect(green.paths).toEqual([]);
        const red = (await get('path?a=Quiet%20Financier&b=Verdant%20Recruiter', 'reader-red')).json() as { paths: { edges: unknown[] }[] };
        expect(red.paths[0]!.edges).toHaveLength(1);
        const ego = (await get(`ego?entity=${seeded.financierId}`)).json() as { nodes: unknown[]; edges: unknown[] };
        expect(ego.edges).toEqual([]);
      });
    });
  });
}
