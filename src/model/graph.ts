import { z } from 'zod';
import { IdSchema } from './id.js';
import { IsoDateSchema, FuzzyDateSchema } from './date-precision.js';
import { RelationTypeSchema } from './relation-type.js';
import { SourceReliabilitySchema, InformationCredibilitySchema } from './reliability.js';
import { HedgeSchema, ProbabilityBandSchema } from './hedge.js';
import { ReviewStatusSchema } from './claim.js';
import { TlpMarkingSchema } from './marking.js';
import { EntityTypeSchema } from './entity-type.js';

/**
 * Networks over time (issue 11): the contracts of the graph jobs, shared by the CLI flags, the
 * API bodies and the link chart.
 */

/** Where an edge comes from: a relation claim, two actors of one event, or two entities in one sentence. */
export const GRAPH_LAYERS = ['relations', 'events', 'sentences'] as const;
export type GraphLayer = (typeof GRAPH_LAYERS)[number];
export const GraphLayerSchema = z.enum(GRAPH_LAYERS);

/** Steps of a measured series. */
export const GRAPH_PERIODS = ['year', 'quarter', 'month'] as const;
export type GraphPeriod = (typeof GRAPH_PERIODS)[number];
export const GraphPeriodSchema = z.enum(GRAPH_PERIODS);

/**
 * How a fuzzy date meets a slice: `overlaps` counts a link that may have held at the time ("2017"
 * holds as of 2017-06-01), `within` only one that certainly held (its whole start interval before,
 * its whole end interval after).
 */
export const TIME_READINGS = ['overlaps', 'within'] as const;
export type TimeReading = (typeof TIME_READINGS)[number];

/** Which claims make the graph. */
export const GraphFilterSchema = z
  .object({
    /** The graph as of one day. */
    at: IsoDateSchema.optional(),
    /** The graph of links that held at some time in [from, to]. */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    timeReading: z.enum(TIME_READINGS).default('overlaps'),
    /** Accepted claims only by default; proposed ones too when set. */
    includeProposed: z.boolean().default(false),
    layers: z.array(GraphLayerSchema).min(1).default(['relations']),
    relationTypes: z.array(RelationTypeSchema).optional(),
    /** Worst source reliability kept (A best … F). */
    minReliability: SourceReliabilitySchema.optional(),
    /** Worst information credibility kept (1 best … 6). */
    maxCredibility: InformationCredibilitySchema.optional(),
    /** Lowest estimative band kept; claims with no band (unhedged or attributive) are kept. */
    minHedgeBand: ProbabilityBandSchema.optional(),
    /** Drop claims whose hedge is attributive ("reportedly") or a bare possibility ("may"). */
    isUnbandedHedgeExcluded: z.boolean().default(false),
    /** Leave out claims with no valid time when slicing by date (kept, as timeless, by default). */
    isUndatedExcluded: z.boolean().default(false),
  })
  .refine((f) => f.at === undefined || (f.from === undefined && f.to === undefined), {
    message: 'give either at or from/to, not both',
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: 'from must not be after to' });
export type GraphFilter = z.infer<typeof GraphFilterSchema>;
export type GraphFilterInput = z.input<typeof GraphFilterSchema>;

/** A work an evidence sentence cites, or the document itself. */
export const GraphSourceSchema = z.object({
  documentId: IdSchema,
  title: z.string().nullable(),
  path: z.string(),
  /** The endnotes the sentence carries, with their text. */
  citedWorks: z.array(z.object({ note: z.number().int(), text: z.string() })),
});
export type GraphSource = z.infer<typeof GraphSourceSchema>;

/** One claim behind an edge: what was said, how firmly, by whom and when it held. */
export const GraphEdgeClaimSchema = z.object({
  claimId: IdSchema,
  layer: GraphLayerSchema,
  /** Relation type, or the event type for co-actors, or null for a shared sentence. */
  relationType: z.string().nullable(),
  /** The original subject and object (before merges), for directed relations. */
  sourceEntityId: IdSchema,
  targetEntityId: IdSchema,
  status: ReviewStatusSchema,
  sourceReliability: SourceReliabilitySchema,
  informationCredibility: InformationCredibilitySchema,
  hedge: HedgeSchema.nullable(),
  marking: TlpMarkingSchema,
  validFrom: FuzzyDateSchema.nullable(),
  validTo: FuzzyDateSchema.nullable(),
  quote: z.string().nullable(),
  source: GraphSourceSchema.nullable(),
});
export type GraphEdgeClaim = z.infer<typeof GraphEdgeClaimSchema>;

export const GraphNodeSchema = z.object({
  id: IdSchema,
  label: z.string(),
  type: EntityTypeSchema,
  /** Entities merged into this one by accepted same-as claims (itself included). */
  memberIds: z.array(IdSchema),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEdgeSchema = z.object({
  id: z.string(),
  source: IdSchema,
  target: IdSchema,
  layers: z.array(GraphLayerSchema),
  relationTypes: z.array(z.string()),
  /** How many claims support the link. */
  weight: z.number(),
  /** Earliest known start and latest known end of the claims (null: open). */
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  claims: z.array(GraphEdgeClaimSchema),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const NetworkSnapshotSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});
export type NetworkSnapshot = z.infer<typeof NetworkSnapshotSchema>;

/** `tessera graph measures` */
export const GraphMeasuresQuerySchema = z.object({
  filter: GraphFilterSchema.prefault({}),
  /** A series: one slice per period over [from, to] (or the span of the data). */
  every: GraphPeriodSchema.optional(),
  /** Sources sampled for betweenness on graphs above `exactBetweennessLimit` nodes. */
  betweennessSamples: z.number().int().positive().default(500),
  exactBetweennessLimit: z.number().int().positive().default(2000),
  /** Random seed for sampling and Louvain, so runs repeat. */
  seed: z.number().int().default(11),
});
export type GraphMeasuresQuery = z.infer<typeof GraphMeasuresQuerySchema>;
export type GraphMeasuresQueryInput = z.input<typeof GraphMeasuresQuerySchema>;

/** One entity's measures in one slice. */
export const GraphMeasureRowSchema = z.object({
  /** The slice: a period label ("2017", "2017-Q3", "2017-03"), the `at` date, or "all". */
  period: z.string(),
  entityId: IdSchema,
  name: z.string(),
  type: EntityTypeSchema,
  degree: z.number(),
  weightedDegree: z.number(),
  betweenness: z.number(),
  closeness: z.number().nullable(),
  eigenvector: z.number().nullable(),
  pagerank: z.number(),
  core: z.number(),
  community: z.number(),
  /** Share of a node's ties that leave its community (participation coefficient, 0–1). */
  participation: z.number(),
  /** Burt's constraint (low: a broker across structural holes); null for isolates. */
  constraint: z.number().nullable(),
  isBroker: z.boolean(),
});
export type GraphMeasureRow = z.infer<typeof GraphMeasureRowSchema>;

export const GraphMeasuresResultSchema = z.object({
  rows: z.array(GraphMeasureRowSchema),
  slices: z.array(
    z.object({
      period: z.string(),
      from: IsoDateSchema.nullable(),
      to: IsoDateSchema.nullable(),
      nodes: z.number(),
      edges: z.number(),
      communities: z.number(),
      /** exact, or sampled with k sources. */
      betweenness: z.string(),
    }),
  ),
});
export type GraphMeasuresResult = z.infer<typeof GraphMeasuresResultSchema>;

/** `tessera graph path A B` */
export const GraphPathQuerySchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  k: z.number().int().min(1).max(50).default(1),
  filter: GraphFilterSchema.prefault({}),
});
export type GraphPathQuery = z.infer<typeof GraphPathQuerySchema>;
export type GraphPathQueryInput = z.input<typeof GraphPathQuerySchema>;

export const GraphPathSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});
export type GraphPath = z.infer<typeof GraphPathSchema>;

export const GraphPathResultSchema = z.object({
  from: GraphNodeSchema,
  to: GraphNodeSchema,
  /** Shortest first; the first is a shortest path. */
  paths: z.array(GraphPathSchema),
});
export type GraphPathResult = z.infer<typeof GraphPathResultSchema>;

/** `tessera graph ego NAME --depth 2` */
export const GraphEgoQuerySchema = z.object({
  name: z.string().min(1),
  depth: z.number().int().min(1).max(5).default(2),
  filter: GraphFilterSchema.prefault({}),
});
export type GraphEgoQuery = z.infer<typeof GraphEgoQuerySchema>;
export type GraphEgoQueryInput = z.input<typeof GraphEgoQuerySchema>;

/** The relations that make a group's genealogy. */
export const LINEAGE_RELATION_TYPES = [
  'merged_with',
  'split_from',
  'pledged_allegiance_to',
  'affiliated_with',
  'allied_with',
  'rival_of',
  'leader_of',
] as const;

/** `tessera graph lineage GROUP` */
export const GraphLineageQuerySchema = z.object({
  group: z.string().min(1),
  includeProposed: z.boolean().default(false),
});
export type GraphLineageQuery = z.infer<typeof GraphLineageQuerySchema>;
export type GraphLineageQueryInput = z.input<typeof GraphLineageQuerySchema>;

/** One step of a group's genealogy. */
export const LineageEntrySchema = z.object({
  relationType: RelationTypeSchema,
  /** How the group stands in it: subject ("ISKP merged with IMU") or object ("IMU merged with ISKP"). */
  role: z.enum(['subject', 'object']),
  /** A plain sentence: "Jamaat Ansarullah merged with Islamic State Khorasan Province". */
  statement: z.string(),
  counterpart: GraphNodeSchema,
  start: FuzzyDateSchema.nullable(),
  end: FuzzyDateSchema.nullable(),
  claims: z.array(GraphEdgeClaimSchema),
});
export type LineageEntry = z.infer<typeof LineageEntrySchema>;

export const GraphLineageResultSchema = z.object({
  group: GraphNodeSchema,
  /** Dated entries first, by start; undated ones after. */
  entries: z.array(LineageEntrySchema),
});
export type GraphLineageResult = z.infer<typeof GraphLineageResultSchema>;

/** Export formats of a graph. */
export const GRAPH_EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'nodes-csv', 'edges-csv'] as const;
export type GraphExportFormat = (typeof GRAPH_EXPORT_FORMATS)[number];
export const GraphExportFormatSchema = z.enum(GRAPH_EXPORT_FORMATS);

/** `tessera graph ego`: the neighbourhood and its centre. */
export const GraphEgoResultSchema = NetworkSnapshotSchema.extend({
  /** The node the neighbourhood is drawn around (merged entities resolved). */
  center: IdSchema,
});
export type GraphEgoResult = z.infer<typeof GraphEgoResultSchema>;

/**
 * The network in graphology's serialisation (`Graph.from` / `graph.import`), as the link chart
 * loads it; edge attributes hold the weight, relation types, layers, valid time and claims.
 */
export const GraphJsonSchema = z.object({
  options: z.object({ type: z.enum(['mixed', 'directed', 'undirected']), multi: z.boolean(), allowSelfLoops: z.boolean() }),
  attributes: z.record(z.string(), z.unknown()),
  nodes: z.array(z.object({ key: z.string(), attributes: z.object({ label: z.string(), type: EntityTypeSchema }) })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.object({
        weight: z.number(),
        relationTypes: z.array(z.string()),
        layers: z.array(GraphLayerSchema),
        start: IsoDateSchema.nullable(),
        end: IsoDateSchema.nullable(),
        claims: z.array(GraphEdgeClaimSchema),
      }),
    }),
  ),
});
export type GraphJson = z.infer<typeof GraphJsonSchema>;

/** A comma-separated list in a query parameter: `types=recruited,member_of`. */
const commaListParam = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));

/** `true`/`false` in a query parameter. */
const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');

/**
 * The CLI's graph flags as flat query parameters of the API's GET routes (`--at` → `at`,
 * `--include-proposed` → `includeProposed=true`, `--types` → `types`, `--min-band` → `minBand`,
 * `--certain` → `certain=true`); `graphFilterOfParams` turns them into the filter that
 * GraphFilterSchema checks, so one schema decides what a filter is.
 */
export const GraphFilterParamsSchema = z.object({
  at: z.string().min(1).optional().describe('the graph as of this day (YYYY-MM-DD)'),
  from: z.string().min(1).optional().describe('links that held at some time from this day'),
  to: z.string().min(1).optional().describe('links that held at some time up to this day'),
  includeProposed: booleanParam.optional().describe('include proposed claims (default: accepted only)'),
  layers: commaListParam.optional().describe(`comma-separated: ${GRAPH_LAYERS.join(', ')} (default relations)`),
  types: commaListParam.optional().describe('relation types, comma-separated'),
  minReliability: z.string().min(1).optional().describe('worst source reliability kept (A–F)'),
  maxCredibility: z.coerce.number().int().optional().describe('worst information credibility kept (1–6)'),
  minBand: z.string().min(1).optional().describe('lowest estimative band kept (unbanded hedges are kept)'),
  certain: booleanParam.optional().describe('count a fuzzy date only where it certainly held'),
});
export type GraphFilterParams = z.output<typeof GraphFilterParamsSchema>;

/** The filter the flat parameters stand for (unset ones left out; the jobs validate the rest). */
export function graphFilterOfParams(params: Partial<GraphFilterParams>): GraphFilterInput {
  const filter: Record<string, unknown> = {};
  if (params.at !== undefined) filter.at = params.at;
  if (params.from !== undefined) filter.from = params.from;
  if (params.to !== undefined) filter.to = params.to;
  if (params.includeProposed !== undefined) filter.includeProposed = params.includeProposed;
  if (params.layers !== undefined) filter.layers = params.layers;
  if (params.types !== undefined) filter.relationTypes = params.types;
  if (params.minReliability !== undefined) filter.minReliability = params.minReliability;
  if (params.maxCredibility !== undefined) filter.maxCredibility = params.maxCredibility;
  if (params.minBand !== undefined) filter.minHedgeBand = params.minBand;
  if (params.certain === true) filter.timeReading = 'within';
  return filter as GraphFilterInput;
}

const graphFilterParams = GraphFilterParamsSchema.shape;

/** `GET /api/v1/graph/measures`: the filter, and `every` for a series. */
export const GraphMeasuresParamsSchema = z.strictObject({
  ...graphFilterParams,
  every: GraphPeriodSchema.optional().describe('a series: one slice per year, quarter or month'),
});

/** `GET /api/v1/graph/ego`: an entity by id or any name, and how many hops. */
export const GraphEgoParamsSchema = z.strictObject({
  ...graphFilterParams,
  entity: z.string().min(1).describe('entity id, or any of its names in any script'),
  depth: z.coerce.number().int().min(1).max(5).optional(),
});

/** `GET /api/v1/graph/path`: two entities (id or any name) and how many paths. */
export const GraphPathParamsSchema = z.strictObject({
  ...graphFilterParams,
  a: z.string().min(1).describe('entity id, or any of its names'),
  b: z.string().min(1).describe('entity id, or any of its names'),
  k: z.coerce.number().int().min(1).max(50).optional(),
});

/** `GET /api/v1/graph/lineage`: a group by id or any name. */
export const GraphLineageParamsSchema = z.strictObject({
  group: z.string().min(1).describe('group id, or any of its names'),
  includeProposed: booleanParam.optional(),
});

/** `GET /api/v1/graph/export`: the graph as graphology JSON (default), GEXF 1.3 or GraphML. */
export const GraphExportParamsSchema = z.strictObject({
  ...graphFilterParams,
  format: z.enum(['json', 'gexf', 'graphml']).optional(),
});
