import type { EventFilter, EventSource } from '../model/index.js';
import { listEventSources, type Store } from '../store/index.js';

/** The sources a count over `filter` adds together, each with its first and last event date. */
export interface SourceCoverage {
  sources: EventSource[];
  /** Whether the sources cover different periods (their first or last months differ). */
  isUneven: boolean;
}

/**
 * Which sources a count adds up and the period each covers: ACLED for the first half of 2022
 * beside UCDP for 1989–2023 makes a spike that is an artefact of coverage, so counts that mix
 * them say so (and `--split source` charts them apart).
 */
export async function describeSourceCoverage(store: Store, filter: Pick<EventFilter, 'sources'> = {}): Promise<SourceCoverage> {
  return coverageOfSources(await listEventSources(store), filter);
}

/** The same from the store's event sources as `events sources` lists them (or `GET /events/sources` answers). */
export function coverageOfSources(present: readonly EventSource[], filter: Pick<EventFilter, 'sources'> = {}): SourceCoverage {
  const wanted = filter.sources?.map((s) => s.toLowerCase());
  const sources = present.filter((s) => s.events > 0 && (wanted === undefined || wanted.length === 0 || wanted.includes(s.source)));
  const month = (day: string | null) => day?.slice(0, 7) ?? '';
  const isUneven =
    sources.length > 1 && sources.some((s) => month(s.first) !== month(sources[0]!.first) || month(s.last) !== month(sources[0]!.last));
  return { sources, isUneven };
}

/** "acled 2022-01-03…2022-06-30 (1000 events); ucdp 1989-01-01…2023-12-31 (…)" */
export function formatCoverage(coverage: SourceCoverage): string {
  return coverage.sources.map((s) => `${s.source} ${s.first ?? '?'}…${s.last ?? '?'} (${s.events} events)`).join('; ');
}
