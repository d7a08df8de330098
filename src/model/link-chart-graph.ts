import { z } from 'zod';
import { EntityTypeSchema } from './entity-type.js';

/**
 * The relation network as the link chart draws and filters it (`GET /api/v1/graph/chart`): entities
 * and one row per claim, in columns of numbers and indexes, without quotes or sources. At 5,000
 * entities and 20,000 claims it is about a tenth of the graphology export's size, so it travels,
 * parses and validates in a fraction of the time; the evidence behind a link is read when the
 * analyst asks for it (`GET /graph/ego`). Claim `k` is a link between `entities.*[source[k]]` and
 * `entities.*[target[k]]`.
 */
export const LinkChartGraphSchema = z.object({
  entities: z.object({
    ids: z.array(z.string()),
    labels: z.array(z.string()),
    types: z.array(EntityTypeSchema),
  }),
  /** The relation types the claims name, indexed by `claims.relationType` ("related" for a claim with none). */
  relationTypes: z.array(z.string()),
  claims: z.object({
    source: z.array(z.number().int()),
    target: z.array(z.number().int()),
    relationType: z.array(z.number().int()),
    /** First and last year the claim may hold (null: open or undated): its valid-from start, its valid-to end. */
    fromYear: z.array(z.number().int().nullable()),
    toYear: z.array(z.number().int().nullable()),
    /** Index in PROBABILITY_BANDS of the claim's hedge band (null: unhedged, or a hedge with no band). */
    band: z.array(z.number().int().nullable()),
    /** 1 when the claim is hedged at all ("reportedly", "may"), else 0. */
    hedged: z.array(z.number().int()),
    /** Information credibility, 1 (confirmed) … 6 (cannot be judged). */
    credibility: z.array(z.number().int()),
  }),
});
export type LinkChartGraph = z.infer<typeof LinkChartGraphSchema>;

/** The columns must be as long as each other; the indexes must point at entities and relation types. */
export function linkChartGraphProblem(graph: LinkChartGraph): string | null {
  const { entities, claims, relationTypes } = graph;
  if (entities.labels.length !== entities.ids.length || entities.types.length !== entities.ids.length) return 'entities: columns of different lengths';
  const n = claims.source.length;
  for (const [name, column] of Object.entries(claims)) if (column.length !== n) return `claims.${name}: ${column.length} values for ${n} claims`;
  for (let k = 0; k < n; k++) {
    if (claims.source[k]! >= entities.ids.length || claims.target[k]! >= entities.ids.length || claims.source[k]! < 0 || claims.target[k]! < 0)
      return `claims: claim ${k} links an entity that is not listed`;
    if (claims.relationType[k]! >= relationTypes.length || claims.relationType[k]! < 0) return `claims: claim ${k} names an unlisted relation type`;
  }
  return null;
}
