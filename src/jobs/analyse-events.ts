import {
  alignSeries,
  detectAnomalies,
  movingAverage,
  periodChange,
  seasonality,
  toSeries,
  type AnomalyOptions,
  type AnomalyPoint,
  type ChangePoint,
  type DualPoint,
  type KeyedSeries,
  type Seasonality,
} from '../analysis/index.js';
import { countryNameOfCode } from '../ingest/index.js';
import {
  anomalyLineSpec,
  dualAxisSpec,
  eventsCsvHeader,
  eventsToCsv,
  periodBarsSpec,
  placeBarsSpec,
  placeCountsToGeoJson,
  renderChart,
  seasonalProfileSpec,
  type ChartFormat,
  type GeoJsonFeatureCollection,
} from '../interop/index.js';
import {
  countEvents,
  countEventsByPlace,
  listEventSources,
  listEventsPage,
  type EventFilter,
  type EventPeriod,
  type EventSplit,
  type PlaceCountRow,
  type PlaceLevel,
  type Store,
} from '../store/index.js';

const DATASET_NAMES: Record<string, string> = {
  acled: 'ACLED',
  ucdp: 'UCDP GED',
  gtd: 'Global Terrorism Database (START)',
  reports: 'events read from reports',
};

/** The figure's source line, naming the sources the selection draws on. */
async function sourceLine(store: Store, filter: EventFilter): Promise<string> {
  const present = (await listEventSources(store)).map((s) => s.source);
  const used = filter.sources?.length ? present.filter((s) => filter.sources!.includes(s)) : present;
  const names = used.map((s) => DATASET_NAMES[s] ?? s);
  const counting = names.length > 1 ? 'Counts by event date; likely duplicates across sources counted once.' : 'Counts by event date.';
  return `Source: ${names.length ? names.join('; ') : 'no events'}. ${counting} Chart: Tessera.`;
}

/** A readable description of the filter for chart subtitles. */
export function describeFilter(filter: EventFilter): string {
  const parts: string[] = [];
  if (filter.countries?.length) parts.push(filter.countries.map((c) => countryNameOfCode(c)).join(', '));
  if (filter.admin1) parts.push(filter.admin1);
  if (filter.type) parts.push(`type: ${filter.type}`);
  if (filter.actor) {
    const side = filter.actorSide === 'initiator' ? ' (initiator)' : filter.actorSide === 'target' ? ' (target)' : '';
    parts.push(`actor: ${filter.actor}${side}`);
  }
  if (filter.from && filter.to) parts.push(`${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`since ${filter.from}`);
  else if (filter.to) parts.push(`until ${filter.to}`);
  if (filter.sources?.length) parts.push(`sources: ${filter.sources.join(', ')}`);
  return parts.join(' · ') || 'all events';
}

export interface TrendOptions {
  by: EventPeriod;
  split?: EventSplit | null;
  filter?: EventFilter;
  /** Trailing moving average window, in periods. */
  movingAverage?: number;
}

export interface TrendResult {
  by: EventPeriod;
  filter: EventFilter;
  series: KeyedSeries[];
  /** Over the total of all series, when asked. */
  movingAverage: (number | null)[] | null;
}

/** Events and fatalities per period (zero-filled), split or not, with an optional moving average. */
export async function analyseTrend(store: Store, options: TrendOptions): Promise<TrendResult> {
  const filter = options.filter ?? {};
  const rows = await countEvents(store, { by: options.by, split: options.split ?? null, filter });
  const series = toSeries(rows, options.by, {
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  });
  let ma: (number | null)[] | null = null;
  if (options.movingAverage && series.length > 0) {
    const totals = series[0]!.points.map((_, i) => series.reduce((sum, s) => sum + s.points[i]!.events, 0));
    ma = movingAverage(totals, options.movingAverage).map((v) => (v === null ? null : Math.round(v * 100) / 100));
  }
  return { by: options.by, filter, series, movingAverage: ma };
}

/** Year-over-year (or period-over-period) change of the unsplit trend. */
export async function analyseChange(store: Store, by: EventPeriod, filter: EventFilter = {}): Promise<ChangePoint[]> {
  const trend = await analyseTrend(store, { by, filter });
  return periodChange(trend.series[0]?.points ?? []);
}

/** Month-of-year profile and peak season. */
export async function analyseSeasonality(store: Store, filter: EventFilter = {}): Promise<Seasonality & { filter: EventFilter }> {
  const trend = await analyseTrend(store, { by: 'month', filter });
  return { ...seasonality(trend.series[0]?.points ?? []), filter };
}

/** Periods standing out against the rolling baseline. */
export async function analyseAnomalies(
  store: Store,
  by: EventPeriod,
  filter: EventFilter = {},
  options: AnomalyOptions = {},
): Promise<AnomalyPoint[]> {
  const trend = await analyseTrend(store, { by, filter });
  return detectAnomalies(trend.series[0]?.points ?? [], options);
}

export interface DualOptions {
  by: EventPeriod;
  a: { filter: EventFilter; measure: 'events' | 'fatalities'; label: string };
  b: { filter: EventFilter; measure: 'events' | 'fatalities'; label: string };
}

/** Two selections on one time axis (a group's attacks against its losses in operations against it). */
export async function analyseDual(store: Store, options: DualOptions): Promise<DualPoint[]> {
  const [a, b] = await Promise.all([
    analyseTrend(store, { by: options.by, filter: options.a.filter }),
    analyseTrend(store, { by: options.by, filter: options.b.filter }),
  ]);
  const points = alignSeries(a.series[0]?.points ?? [], b.series[0]?.points ?? [], options.a.measure, options.b.measure);
  // one continuous axis across both
  if (points.length === 0) return points;
  const filled = toSeries(
    points.map((p) => ({ period: p.period, key: null, events: 0, fatalities: 0 })),
    options.by,
  )[0]!.points;
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  return filled.map((p) => byPeriod.get(p.period) ?? { period: p.period, a: 0, b: 0 });
}

/** The places with most events. */
export async function analyseTopPlaces(
  store: Store,
  level: PlaceLevel,
  filter: EventFilter = {},
  limit = 20,
): Promise<PlaceCountRow[]> {
  return countEventsByPlace(store, level, filter, limit);
}

/** Place counts as choropleth-ready GeoJSON. */
export async function placesGeoJson(store: Store, level: PlaceLevel, filter: EventFilter = {}, limit = 10_000): Promise<GeoJsonFeatureCollection> {
  const rows = await countEventsByPlace(store, level, filter, limit);
  return placeCountsToGeoJson(rows, { level, filter, source: (await sourceLine(store, filter)).replace(' Chart: Tessera.', '') });
}

const PERIOD_WORDS: Record<EventPeriod, string> = { year: 'year', quarter: 'quarter', month: 'month', week: 'week', day: 'day' };

/** Figures for each analysis, as SVG text or PNG bytes. */
export async function chartTrend(
  store: Store,
  trend: TrendResult,
  format: ChartFormat,
  options: { title?: string; measure?: 'events' | 'fatalities'; legendTitle?: string } = {},
): Promise<string | Uint8Array> {
  const measure = options.measure ?? 'events';
  const title = options.title ?? `${measure === 'events' ? 'Events' : 'Fatalities'} per ${PERIOD_WORDS[trend.by]}`;
  const spec = periodBarsSpec(trend.series, {
    title,
    subtitle: describeFilter(trend.filter),
    source: '',
    measure,
    xTitle: trend.by[0]!.toUpperCase() + trend.by.slice(1),
    ...(options.legendTitle ? { legendTitle: options.legendTitle } : {}),
    movingAverage: trend.movingAverage ? { window: countWindow(trend.movingAverage), values: trend.movingAverage } : null,
  });
  return renderChart(spec, await sourceLine(store, trend.filter), format);
}

function countWindow(values: (number | null)[]): number {
  const firstValue = values.findIndex((v) => v !== null);
  return firstValue < 0 ? values.length : firstValue + 1;
}

export async function chartSeasonality(
  store: Store,
  season: Seasonality & { filter: EventFilter },
  format: ChartFormat,
  title?: string,
): Promise<string | Uint8Array> {
  const spec = seasonalProfileSpec(season, {
    title: title ?? `Seasonal profile: events by month of year (peak ${season.peakSeason.label})`,
    subtitle: describeFilter(season.filter),
    source: '',
  });
  return renderChart(spec, await sourceLine(store, season.filter), format);
}

export async function chartPlaces(
  store: Store,
  places: readonly PlaceCountRow[],
  level: PlaceLevel,
  filter: EventFilter,
  format: ChartFormat,
  options: { title?: string; measure?: 'events' | 'fatalities' } = {},
): Promise<string | Uint8Array> {
  const measure = options.measure ?? 'events';
  const label = (p: PlaceCountRow) =>
    level === 'country' ? countryNameOfCode(p.country ?? '') : [p.place ?? p.admin1 ?? '(unknown)', level === 'admin1' ? null : p.admin1].filter(Boolean).join(', ');
  const spec = placeBarsSpec(
    places.map((p) => ({ label: label(p), events: p.events, fatalities: p.fatalities })),
    {
      title: options.title ?? `${measure === 'events' ? 'Events' : 'Fatalities'} by ${level === 'admin1' ? 'province' : level}`,
      subtitle: describeFilter(filter),
      source: '',
      measure,
    },
  );
  return renderChart(spec, await sourceLine(store, filter), format);
}

export async function chartDual(store: Store, points: readonly DualPoint[], options: DualOptions, format: ChartFormat, title?: string): Promise<string | Uint8Array> {
  const spec = dualAxisSpec(points, {
    title: title ?? `${options.a.label} and ${options.b.label} per ${PERIOD_WORDS[options.by]}`,
    subtitle: `${options.a.label}: ${describeFilter(options.a.filter)} | ${options.b.label}: ${describeFilter(options.b.filter)}`,
    source: '',
    labelA: options.a.label,
    labelB: options.b.label,
    xTitle: options.by[0]!.toUpperCase() + options.by.slice(1),
  });
  const sources = [...new Set([...(options.a.filter.sources ?? []), ...(options.b.filter.sources ?? [])])];
  return renderChart(spec, await sourceLine(store, sources.length ? { sources } : {}), format);
}

export async function chartAnomalies(
  store: Store,
  points: readonly AnomalyPoint[],
  by: EventPeriod,
  filter: EventFilter,
  format: ChartFormat,
  title?: string,
): Promise<string | Uint8Array> {
  const spec = anomalyLineSpec(points, {
    title: title ?? `Events per ${PERIOD_WORDS[by]} against the rolling baseline`,
    subtitle: `${describeFilter(filter)} · band: baseline mean ± 2 sd`,
    source: '',
    xTitle: by[0]!.toUpperCase() + by.slice(1),
  });
  return renderChart(spec, await sourceLine(store, filter), format);
}

/**
 * The selected events as Tessera's event CSV, header first, in pages of `pageSize` (bounded
 * memory however many events match).
 */
export async function* exportEventsCsv(store: Store, filter: EventFilter = {}, pageSize = 5_000): AsyncGenerator<string> {
  yield eventsCsvHeader();
  let after: string | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof listEventsPage>> = await listEventsPage(store, filter, after, pageSize);
    if (page.length === 0) return;
    yield eventsToCsv(page);
    after = page[page.length - 1]!.event.id;
  }
}
