import { alignSeries, detectAnomalies, movingAverage, periodChange, seasonality, toSeries } from '../analysis/index.js';
import { anomalyLineSpec, dualAxisSpec, periodBarsSpec, placeBarsSpec, renderChart, seasonalProfileSpec } from '../charts/index.js';
import { countryNameOfCode, eventsCsvHeader, eventsToCsv, placeCountsToGeoJson, type GeoJsonFeatureCollection } from '../formats/index.js';
import {
  EventAnomalyInputSchema,
  EventCompareInputSchema,
  EventCountInputSchema,
  EventDuplicatesInputSchema,
  EventPlacesGeoJsonInputSchema,
  EventSeasonalityInputSchema,
  EventSelectionInputSchema,
  EventTopInputSchema,
  parseInput,
  keepTopSeries,
  EventChartOptionsSchema,
  type EventChartOptions,
  type DualPoint,
  type DuplicatePair,
  type EventAnomalyInput,
  type EventAnomalyResult,
  type EventCompareInput,
  type EventCompareQuery,
  type EventCountInput,
  type EventCompareResult,
  type EventCountResult,
  type EventDuplicatesInput,
  type EventFilter,
  type EventPeriod,
  type EventPeriodRow,
  type EventPlacesGeoJsonInput,
  type EventSeasonalityInput,
  type EventSeasonalityResult,
  type EventSelectionInput,
  type EventSource,
  type EventSplit,
  type EventTopInput,
  type EventTopResult,
  type PlaceCountRow,
  type PlaceLevel,
} from '../model/index.js';
import {
  countEvents,
  countEventsByPlace,
  countUndatedEvents,
  flagDuplicateEvents,
  listDuplicateEvents,
  listEventSources,
  listEventsPage,
  refreshEventRollup,
  appendAudit,
  type Store,
} from '../store/index.js';
import { coverageOfSources } from './event-coverage.js';

const DATASET_NAMES: Record<string, string> = {
  acled: 'ACLED',
  ucdp: 'UCDP GED',
  gtd: 'Global Terrorism Database (START)',
  reports: 'events read from reports',
};

/** The figure's source line, naming the sources the selection draws on. */
function sourceLine(sources: readonly EventSource[], filter: EventFilter): string {
  const coverage = coverageOfSources(sources, filter);
  // sources covering different periods are named with theirs: a jump where one starts is not a trend
  const names = coverage.sources.map(
    (s) => `${DATASET_NAMES[s.source] ?? s.source}${coverage.isUneven ? ` (${s.first ?? '?'} to ${s.last ?? '?'})` : ''}`,
  );
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

interface TrendQuery {
  by: EventPeriod;
  split?: EventSplit | null;
  filter?: EventFilter;
  /** Trailing moving average window, in periods. */
  movingAverage?: number;
}

/** Events and fatalities per period (zero-filled), split or not, with an optional moving average. */
async function analyseTrend(store: Store, query: TrendQuery): Promise<Omit<EventCountResult, 'rows'>> {
  const filter = query.filter ?? {};
  const split = query.split ?? null;
  const [rows, undatedEvents] = await Promise.all([countEvents(store, { by: query.by, split, filter }), countUndatedEvents(store, filter)]);
  const series = toSeries(rows, query.by, {
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  });
  let ma: (number | null)[] | null = null;
  if (query.movingAverage && series.length > 0) {
    const totals = series[0]!.points.map((_, i) => series.reduce((sum, s) => sum + s.points[i]!.events, 0));
    ma = movingAverage(totals, query.movingAverage).map((v) => (v === null ? null : Math.round(v * 100) / 100));
  }
  return { by: query.by, split, filter, series, movingAverage: ma, undatedEvents };
}

/** The rows of a count or trend: one per period (and split value), ordered by period then value. */
function periodRows(trend: Omit<EventCountResult, 'rows'>, fill: boolean, withChange: boolean): EventPeriodRow[] {
  const rows: EventPeriodRow[] = [];
  for (const series of trend.series) {
    const points = withChange ? periodChange(series.points) : series.points.map((p) => ({ ...p, change: null, changePercent: null }));
    points.forEach((p, i) => {
      if (!fill && p.events === 0) return;
      const ma = trend.split === null ? (trend.movingAverage?.[i] ?? null) : null;
      rows.push({ period: p.period, key: series.key, events: p.events, fatalities: p.fatalities, change: p.change, changePercent: p.changePercent, movingAverage: ma });
    });
  }
  if (trend.split !== null) rows.sort((a, b) => a.period.localeCompare(b.period) || String(a.key).localeCompare(String(b.key)));
  return rows;
}

/** `events count`: events and fatalities per period, split or not; periods without events kept unless `fill` is false. */
export async function countEventPeriods(store: Store, input: EventCountInput): Promise<EventCountResult> {
  const query = parseInput(EventCountInputSchema, input, 'events count');
  const trend = await analyseTrend(store, query);
  return { ...trend, rows: periodRows(trend, query.fill, false) };
}

/** `events trend`: as count, with the change from the period before and, unsplit, a trailing moving average. */
export async function trendEventPeriods(store: Store, input: EventCountInput): Promise<EventCountResult> {
  const query = parseInput(EventCountInputSchema, input, 'events trend');
  const trend = await analyseTrend(store, query);
  return { ...trend, rows: periodRows(trend, query.fill, true) };
}

/** `events seasonality`: the month-of-year profile and peak season. */
export async function analyseSeasonality(store: Store, input: EventSeasonalityInput): Promise<EventSeasonalityResult> {
  const { filter } = parseInput(EventSeasonalityInputSchema, input, 'events seasonality');
  const trend = await analyseTrend(store, { by: 'month', filter });
  return { ...seasonality(trend.series[0]?.points ?? []), filter, undatedEvents: trend.undatedEvents };
}

/** `events anomaly`: periods standing out against the rolling baseline. */
export async function analyseAnomalies(store: Store, input: EventAnomalyInput): Promise<EventAnomalyResult> {
  const query = parseInput(EventAnomalyInputSchema, input, 'events anomaly');
  const trend = await analyseTrend(store, { by: query.by, filter: query.filter });
  const points = detectAnomalies(trend.series[0]?.points ?? [], {
    baseline: query.baseline,
    zThreshold: query.zThreshold,
    pThreshold: query.pThreshold,
  });
  return { by: query.by, filter: query.filter, points: query.onlyAnomalies ? points.filter((p) => p.isAnomaly) : points, undatedEvents: trend.undatedEvents };
}

/** `events compare`: two selections on one time axis (a group's attacks against its losses in operations against it). */
export async function analyseDual(store: Store, input: EventCompareInput): Promise<EventCompareResult> {
  const query = parseInput(EventCompareInputSchema, input, 'events compare');
  const [a, b] = await Promise.all([
    analyseTrend(store, { by: query.by, filter: query.a.filter }),
    analyseTrend(store, { by: query.by, filter: query.b.filter }),
  ]);
  const undatedEvents = { a: a.undatedEvents, b: b.undatedEvents };
  return { points: dualAxis(alignSeries(a.series[0]?.points ?? [], b.series[0]?.points ?? [], query.a.measure, query.b.measure), query.by), undatedEvents };
}

/** Two aligned series on one continuous period axis (periods neither has are zero). */
function dualAxis(points: DualPoint[], by: EventPeriod): DualPoint[] {
  if (points.length === 0) return points;
  const filled = toSeries(
    points.map((p) => ({ period: p.period, key: null, events: 0, fatalities: 0 })),
    by,
  )[0]!.points;
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  return filled.map((p) => byPeriod.get(p.period) ?? { period: p.period, a: 0, b: 0 });
}

/** `events top`: the places with most events. */
export async function analyseTopPlaces(store: Store, input: EventTopInput): Promise<EventTopResult> {
  const query = parseInput(EventTopInputSchema, input, 'events top');
  const total = { total: 0 };
  const places = await countEventsByPlace(store, query.level, query.filter, query.limit, total);
  return { level: query.level, filter: query.filter, places, totalPlaces: total.total };
}

/** Place counts as choropleth-ready GeoJSON. */
export async function placesGeoJson(store: Store, input: EventPlacesGeoJsonInput): Promise<GeoJsonFeatureCollection> {
  const { level, filter, limit } = parseInput(EventPlacesGeoJsonInputSchema, input, 'events GeoJSON');
  const rows = await countEventsByPlace(store, level, filter, limit);
  return placeCountsToGeoJson(rows, { level, filter, source: sourceLine(await listEventSources(store), filter).replace(' Chart: Tessera.', '') });
}

/** `events duplicates`: flags likely duplicates across sources (same day, place and type) and lists them. */
export async function findEventDuplicates(store: Store, input: EventDuplicatesInput = {}): Promise<DuplicatePair[]> {
  const { limit } = parseInput(EventDuplicatesInputSchema, input, 'events duplicates');
  return store.transaction(async (tx) => {
    const changed = await flagDuplicateEvents(tx);
    await refreshEventRollup(tx, changed.filter((s) => s !== 'reports'));
    if (changed.length > 0) await appendAudit(tx, { action: 'events.flag_duplicates', targetIds: changed, detail: { sources: changed } });
    return listDuplicateEvents(tx, limit);
  });
}

/** `events sources`: the datasets (and "reports") in the store with their counts and date range. */
export async function summariseEventSources(store: Store): Promise<EventSource[]> {
  return listEventSources(store);
}

const PERIOD_WORDS: Record<EventPeriod, string> = { year: 'year', quarter: 'quarter', month: 'month', week: 'week', day: 'day' };

const SPLIT_TITLES: Record<EventSplit, string> = {
  country: 'Country',
  admin1: 'Province',
  type: 'Type',
  dataset_type: 'Dataset type',
  actor: 'Actor',
  source: 'Source',
};

const axisTitle = (by: EventPeriod) => by[0]!.toUpperCase() + by.slice(1);

/**
 * The figure of a count or trend, as SVG text or PNG bytes. Each figure takes the store's event
 * sources (`summariseEventSources`, or `GET /events/sources` through a server) for its source line.
 */
export async function chartTrend(
  sources: readonly EventSource[],
  trend: Omit<EventCountResult, 'rows'>,
  options: EventChartOptions & { legendTitle?: string; topSeries?: number } = {},
): Promise<string | Uint8Array> {
  const { legendTitle: givenLegend, topSeries = 8, ...chart } = options;
  const { format, title, measure } = parseInput(EventChartOptionsSchema, chart, 'chart');
  const legendTitle = givenLegend ?? (trend.split ? SPLIT_TITLES[trend.split] : undefined);
  // a split into many values draws the largest and adds the rest up as "other"
  const spec = periodBarsSpec(keepTopSeries(trend.series, topSeries), {
    title: title ?? `${measure === 'events' ? 'Events' : 'Fatalities'} per ${PERIOD_WORDS[trend.by]}`,
    subtitle: describeFilter(trend.filter),
    source: '',
    measure,
    xTitle: axisTitle(trend.by),
    ...(legendTitle ? { legendTitle } : {}),
    movingAverage: trend.movingAverage ? { window: countWindow(trend.movingAverage), values: trend.movingAverage } : null,
  });
  return renderChart(spec, sourceLine(sources, trend.filter), format);
}

function countWindow(values: (number | null)[]): number {
  const firstValue = values.findIndex((v) => v !== null);
  return firstValue < 0 ? values.length : firstValue + 1;
}

/** The figure of a seasonal profile. */
export async function chartSeasonality(sources: readonly EventSource[], season: EventSeasonalityResult, options: EventChartOptions = {}): Promise<string | Uint8Array> {
  const { format, title } = parseInput(EventChartOptionsSchema, options, 'chart');
  const spec = seasonalProfileSpec(season, {
    title: title ?? `Seasonal profile: events by month of year (peak ${season.peakSeason.label})`,
    subtitle: describeFilter(season.filter),
    source: '',
  });
  return renderChart(spec, sourceLine(sources, season.filter), format);
}

/** The figure of the places with most events. */
export async function chartPlaces(sources: readonly EventSource[], top: EventTopResult, options: EventChartOptions = {}): Promise<string | Uint8Array> {
  const { format, title, measure } = parseInput(EventChartOptionsSchema, options, 'chart');
  const level = top.level;
  const label = (p: PlaceCountRow) =>
    level === 'country' ? countryNameOfCode(p.country ?? '') : [p.place ?? p.admin1 ?? '(unknown)', level === 'admin1' ? null : p.admin1].filter(Boolean).join(', ');
  const spec = placeBarsSpec(
    top.places.map((p) => ({ label: label(p), events: p.events, fatalities: p.fatalities })),
    {
      title: title ?? `${measure === 'events' ? 'Events' : 'Fatalities'} by ${placeWord(level)}`,
      subtitle: describeFilter(top.filter),
      source: '',
      measure,
    },
  );
  return renderChart(spec, sourceLine(sources, top.filter), format);
}

const placeWord = (level: PlaceLevel) => (level === 'admin1' ? 'province' : level);

/** The dual-axis figure of a comparison. */
export async function chartDual(
  eventSources: readonly EventSource[],
  points: readonly DualPoint[],
  input: EventCompareInput,
  options: EventChartOptions = {},
): Promise<string | Uint8Array> {
  const query: EventCompareQuery = parseInput(EventCompareInputSchema, input, 'events compare');
  const { format, title } = parseInput(EventChartOptionsSchema, options, 'chart');
  const spec = dualAxisSpec(points, {
    title: title ?? `${query.a.label} and ${query.b.label} per ${PERIOD_WORDS[query.by]}`,
    subtitle: `${query.a.label}: ${describeFilter(query.a.filter)} | ${query.b.label}: ${describeFilter(query.b.filter)}`,
    source: '',
    labelA: query.a.label,
    labelB: query.b.label,
    xTitle: axisTitle(query.by),
  });
  const sources = [...new Set([...(query.a.filter.sources ?? []), ...(query.b.filter.sources ?? [])])];
  return renderChart(spec, sourceLine(eventSources, sources.length ? { sources } : {}), format);
}

/** The figure of an anomaly analysis: counts against the rolling baseline band. */
export async function chartAnomalies(sources: readonly EventSource[], anomalies: EventAnomalyResult, options: EventChartOptions = {}): Promise<string | Uint8Array> {
  const { format, title } = parseInput(EventChartOptionsSchema, options, 'chart');
  const spec = anomalyLineSpec(anomalies.points, {
    title: title ?? `Events per ${PERIOD_WORDS[anomalies.by]} against the rolling baseline`,
    subtitle: `${describeFilter(anomalies.filter)} · band: baseline mean ± 2 sd`,
    source: '',
    xTitle: axisTitle(anomalies.by),
  });
  return renderChart(spec, sourceLine(sources, anomalies.filter), format);
}

/**
 * `events export`: the selected events as Tessera's event CSV, header first, in pages of
 * `pageSize` (bounded memory however many events match).
 */
export async function* exportEventsCsv(
  store: Store,
  input: EventSelectionInput = {},
  options: { pageSize?: number } = {},
): AsyncGenerator<string> {
  const { filter } = parseInput(EventSelectionInputSchema, input, 'events export');
  const pageSize = options.pageSize ?? 5_000;
  yield eventsCsvHeader();
  let after: string | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof listEventsPage>> = await listEventsPage(store, filter, after, pageSize);
    if (page.length === 0) return;
    yield eventsToCsv(page);
    after = page[page.length - 1]!.event.id;
  }
}
