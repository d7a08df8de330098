import { exportGraph, findEgoNetwork, findGraphPaths, loadLinkChartGraph, measureGraph, traceGroupLineage } from '../../jobs/index.js';
import {
  GraphEgoParamsSchema,
  GraphEgoResultSchema,
  GraphExportParamsSchema,
  GraphFilterParamsSchema,
  GraphJsonSchema,
  GraphLineageParamsSchema,
  GraphLineageResultSchema,
  GraphMeasuresParamsSchema,
  GraphMeasuresResultSchema,
  GraphPathParamsSchema,
  GraphPathResultSchema,
  LinkChartGraphSchema,
  graphFilterOfParams,
} from '../../model/index.js';
import { z } from 'zod';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

const MEDIA_TYPES = { gexf: 'application/gexf+xml; charset=utf-8', graphml: 'application/graphml+xml; charset=utf-8' } as const;

/**
 * Networks over time (issue 11), the `tessera graph` commands as GET routes with the same filters
 * as query parameters: measures (once or per period), ego networks, paths with evidence, group
 * lineage and exports. Each reads through the caller's workspace and clearance (the scoped store).
 */
export function registerGraphRoutes(app: ApiInstance): void {
  const tags = ['graph'];
  app.get(
    '/graph/measures',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Degree, betweenness, closeness, eigenvector, PageRank, k-core, communities and brokers per entity (per period with every)',
        tags,
        querystring: GraphMeasuresParamsSchema,
        response: { 200: GraphMeasuresResultSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { every, ...params } = request.query;
      return measureGraph(storeOf(request), { filter: graphFilterOfParams(params), ...(every ? { every } : {}) });
    },
  );
  app.get(
    '/graph/ego',
    {
      config: { access: 'reader' },
      schema: { summary: "An entity's neighbourhood, every link with its claims", tags, querystring: GraphEgoParamsSchema, response: { 200: GraphEgoResultSchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => {
      const { entity, depth, ...params } = request.query;
      return findEgoNetwork(storeOf(request), { name: entity, ...(depth ? { depth } : {}), filter: graphFilterOfParams(params) });
    },
  );
  app.get(
    '/graph/path',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'The shortest and k shortest paths between two entities, every link with its claims, hedges and sources',
        tags,
        querystring: GraphPathParamsSchema,
        response: { 200: GraphPathResultSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { a, b, k, ...params } = request.query;
      return findGraphPaths(storeOf(request), { from: a, to: b, ...(k ? { k } : {}), filter: graphFilterOfParams(params) });
    },
  );
  app.get(
    '/graph/lineage',
    {
      config: { access: 'reader' },
      schema: {
        summary: "A group's genealogy: mergers, splits, pledges, alliances, rivalries and leaders, dated and sourced",
        tags,
        querystring: GraphLineageParamsSchema,
        response: { 200: GraphLineageResultSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => traceGroupLineage(storeOf(request), { group: request.query.group, includeProposed: request.query.includeProposed === true }),
  );
  app.get(
    '/graph/export',
    {
      config: { access: 'reader' },
      schema: {
        summary: "The graph as graphology JSON (the link chart's format, default), GEXF 1.3 (Gephi, with time intervals) or GraphML",
        tags,
        querystring: GraphExportParamsSchema,
        response: { 200: z.union([GraphJsonSchema, z.string().describe('GEXF 1.3 or GraphML document')]), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const { format = 'json', ...params } = request.query;
      const text = await exportGraph(storeOf(request), format, graphFilterOfParams(params));
      // the exporter's JSON text goes out as written (a string is not serialised again)
      return reply.type(format === 'json' ? 'application/json; charset=utf-8' : MEDIA_TYPES[format]).send(text);
    },
  );
  app.get(
    '/graph/chart',
    {
      config: { access: 'reader' },
      schema: {
        summary: "The network as the link chart draws it: entities and one row per claim in compact columns (relation type, valid years, hedge band, credibility), without evidence",
        tags,
        querystring: z.strictObject(GraphFilterParamsSchema.shape),
        response: { 200: LinkChartGraphSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => loadLinkChartGraph(storeOf(request), graphFilterOfParams(request.query)),
  );
}
