import {
  GraphMeasuresQuerySchema,
  TesseraError,
  type GraphMeasureRow,
  type GraphMeasuresQueryInput,
  type GraphMeasuresResult,
} from '../model/index.js';
import { measureNetwork, networkSpan, periodWindows, sliceNetwork, type TimeWindow } from '../analysis/index.js';
import type { Store } from '../store/index.js';
import { loadGraphNetwork } from './graph-network.js';

/**
 * `tessera graph measures`: every measure for every entity of the graph, once (or as of `at`, or
 * over [from, to]), or per period with `every` so a rise or an isolation shows as a series.
 */
export async function measureGraph(store: Store, input: GraphMeasuresQueryInput = {}): Promise<GraphMeasuresResult> {
  const parsed = GraphMeasuresQuerySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TesseraError('invalid_input', `graph measures: ${issue.path.join('.') || 'value'}: ${issue.message}`);
  }
  const query = parsed.data;
  if (query.every !== undefined && query.filter.at !== undefined) {
    throw new TesseraError('invalid_input', 'graph measures: --every makes a series over a window; give --from/--to, not --at');
  }
  const network = await loadGraphNetwork(store, query.filter);
  let windows: TimeWindow[];
  if (query.every === undefined) {
    windows = [{ label: query.filter.at ?? (query.filter.from || query.filter.to ? `${query.filter.from ?? ''}..${query.filter.to ?? ''}` : 'all'), from: null, to: null }];
  } else {
    const span = networkSpan(network);
    const from = query.filter.from ?? span?.from;
    const to = query.filter.to ?? span?.to;
    windows = from === undefined || to === undefined ? [] : periodWindows(from, to, query.every);
  }
  const rows: GraphMeasureRow[] = [];
  const slices: GraphMeasuresResult['slices'] = [];
  for (const window of windows) {
    const slice =
      window.from === null && window.to === null
        ? network
        : sliceNetwork(network, window, { reading: query.filter.timeReading, isUndatedExcluded: query.filter.isUndatedExcluded });
    const measured = measureNetwork(slice, { samples: query.betweennessSamples, exactLimit: query.exactBetweennessLimit, seed: query.seed });
    for (const row of measured.rows) rows.push({ period: window.label, ...row });
    slices.push({
      period: window.label,
      from: window.from,
      to: window.to,
      nodes: slice.nodes.length,
      edges: slice.edges.length,
      communities: measured.communities,
      betweenness: measured.betweenness,
    });
  }
  return { rows, slices };
}
