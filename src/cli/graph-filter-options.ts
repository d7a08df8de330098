import type { Command } from 'commander';
import type { QueryValues } from '../jobs/index.js';
import { GRAPH_LAYERS, type GraphFilterInput, type GraphLayer } from '../model/index.js';

/** The network filter's flags, shared by `tessera graph …` and `tessera export gexf`. */
export interface FilterFlags {
  at?: string;
  from?: string;
  to?: string;
  includeProposed?: boolean;
  layers?: string;
  types?: string;
  minReliability?: string;
  maxCredibility?: string;
  minBand?: string;
  certain?: boolean;
}

export function addFilterOptions(command: Command, options: { isIncludeProposedAdded?: boolean } = {}): Command {
  command
    .option('--at <date>', 'the graph as of this day (YYYY-MM-DD)')
    .option('--from <date>', 'links that held at some time from this day')
    .option('--to <date>', 'links that held at some time up to this day');
  if (options.isIncludeProposedAdded !== false) command.option('--include-proposed', 'include proposed claims (default: accepted only)');
  return command
    .option('--layers <list>', `comma-separated: ${GRAPH_LAYERS.join(', ')} (default relations)`)
    .option('--types <list>', 'relation types, comma-separated')
    .option('--min-reliability <A-F>', 'worst source reliability kept')
    .option('--max-credibility <1-6>', 'worst information credibility kept')
    .option('--min-band <band>', 'lowest ICD 203 band kept (unbanded hedges are kept)')
    .option('--certain', 'count a fuzzy date only where it certainly held (default: where it may have)');
}

export function filterOf(flags: FilterFlags): GraphFilterInput {
  const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));
  return {
    ...(flags.at ? { at: flags.at } : {}),
    ...(flags.from ? { from: flags.from } : {}),
    ...(flags.to ? { to: flags.to } : {}),
    includeProposed: flags.includeProposed === true,
    ...(flags.layers ? { layers: list(flags.layers) as GraphLayer[] } : {}),
    ...(flags.types ? { relationTypes: list(flags.types) as GraphFilterInput['relationTypes'] } : {}),
    ...(flags.minReliability ? { minReliability: flags.minReliability as 'A' } : {}),
    ...(flags.maxCredibility ? { maxCredibility: Number(flags.maxCredibility) as 1 } : {}),
    ...(flags.minBand ? { minHedgeBand: flags.minBand as 'likely' } : {}),
    ...(flags.certain ? { timeReading: 'within' as const } : {}),
  };
}

/** The same flags as the graph routes' query parameters (GraphFilterParamsSchema), for `--server`. */
export function filterParamsOf(flags: FilterFlags): QueryValues {
  return {
    at: flags.at,
    from: flags.from,
    to: flags.to,
    includeProposed: flags.includeProposed === true ? true : undefined,
    layers: flags.layers,
    types: flags.types,
    minReliability: flags.minReliability,
    maxCredibility: flags.maxCredibility,
    minBand: flags.minBand,
    certain: flags.certain === true ? true : undefined,
  };
}
