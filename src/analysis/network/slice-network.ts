import { TesseraError, type GraphEdgeClaim, type GraphPeriod, type NetworkSnapshot, type TimeReading } from '../../model/index.js';
import { finishEdge } from './build-network.js';

/** A time slice: the links that held at some time in [from, to] (either bound open when null). */
export interface TimeWindow {
  label: string;
  from: string | null;
  to: string | null;
}

export interface SliceOptions {
  reading?: TimeReading;
  isUndatedExcluded?: boolean;
}

/**
 * Whether a claim's valid time meets a window. Fuzzy dates count by their precision: read as
 * `overlaps`, "2017" may have begun by 2017-06-01; read as `within`, only from 2018-01-01.
 * A claim with no end date holds on; one with no start held since some unknown time.
 */
export function isClaimInWindow(claim: GraphEdgeClaim, window: TimeWindow, options: SliceOptions = {}): boolean {
  if (claim.validFrom === null && claim.validTo === null) return options.isUndatedExcluded !== true;
  const isCertain = options.reading === 'within';
  const start = claim.validFrom === null ? null : isCertain ? claim.validFrom.end : claim.validFrom.start;
  const end = claim.validTo === null ? null : isCertain ? claim.validTo.start : claim.validTo.end;
  if (window.to !== null && start !== null && start > window.to) return false;
  if (window.from !== null && end !== null && end < window.from) return false;
  return true;
}

/** The network restricted to the claims of one window; edges left without claims go, nodes stay only when linked. */
export function sliceNetwork(network: NetworkSnapshot, window: TimeWindow, options: SliceOptions = {}): NetworkSnapshot {
  const edges = [];
  const linked = new Set<string>();
  for (const edge of network.edges) {
    const claims = edge.claims.filter((c) => isClaimInWindow(c, window, options));
    if (claims.length === 0) continue;
    edges.push(finishEdge({ ...edge, claims }));
    linked.add(edge.source);
    linked.add(edge.target);
  }
  return { nodes: network.nodes.filter((n) => linked.has(n.id)), edges };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function periodLabel(iso: string, every: GraphPeriod): string {
  const year = iso.slice(0, 4);
  if (every === 'year') return year;
  if (every === 'month') return iso.slice(0, 7);
  return `${year}-Q${Math.ceil(Number(iso.slice(5, 7)) / 3)}`;
}

function lastDay(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** The consecutive periods (year, quarter or month) covering [from, to]. */
export function periodWindows(from: string, to: string, every: GraphPeriod): TimeWindow[] {
  if (from > to) throw new TesseraError('invalid_input', `period series: ${from} is after ${to}`);
  const windows: TimeWindow[] = [];
  const step = every === 'year' ? 12 : every === 'quarter' ? 3 : 1;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  month = month - ((month - 1) % step);
  for (;;) {
    const start = `${pad(year, 4)}-${pad(month)}-01`;
    if (start > to) break;
    const endMonth = month + step - 1;
    windows.push({ label: periodLabel(start, every), from: start, to: lastDay(year, endMonth) });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    if (windows.length > 5000) throw new TesseraError('invalid_input', `period series: more than 5000 ${every}s between ${from} and ${to}`);
  }
  return windows;
}

/** The span of the dated claims of a network (first known start to last known date), or null. */
export function networkSpan(network: NetworkSnapshot): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const edge of network.edges) {
    for (const claim of edge.claims) {
      for (const date of [claim.validFrom, claim.validTo]) {
        if (date === null) continue;
        if (from === null || date.start < from) from = date.start;
        if (to === null || date.end > to) to = date.end;
      }
    }
  }
  return from === null || to === null ? null : { from, to };
}
