import { Readable } from 'node:stream';
import { z } from 'zod';
import {
  analyseAnomalies,
  analyseDual,
  analyseSeasonality,
  analyseTopPlaces,
  countEventPeriods,
  exportEventsCsv,
  findEventDuplicates,
  listEvents,
  placesGeoJson,
  summariseEventSources,
  trendEventPeriods,
} from '../../jobs/index.js';
import {
  EventCompareResultSchema,
  DuplicatePairSchema,
  EventSourceSchema,
  EventAnomalyResultSchema,
  EventCompareInputSchema,
  EventCountResultSchema,
  EventListPageSchema,
  EventPeriodSchema,
  EventSeasonalityResultSchema,
  EventSplitSchema,
  EventTopResultSchema,
  PlaceLevelSchema,
} from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';
import { EventFilterParams, filterOf, queryBoolean } from './event-query-params.js';

const CountQuery = z.strictObject({
  ...EventFilterParams,
  by: EventPeriodSchema.optional(),
  split: EventSplitSchema.optional(),
  fill: queryBoolean.optional(),
  movingAverage: z.coerce.number().int().min(1).max(1000).optional(),
});

/** A query of the event filter alone (seasonality, CSV export). */
const FilterQuery = z.strictObject(EventFilterParams);

const ListQuery = z.strictObject({
  ...EventFilterParams,
  after: z.uuid().optional().describe('the next cursor of the page before'),
  limit: z.coerce.number().int().min(1).max(5_000).optional(),
});

const TopQuery = z.strictObject({
  ...EventFilterParams,
  level: PlaceLevelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});

const AnomalyQuery = z.strictObject({
  ...EventFilterParams,
  by: EventPeriodSchema.optional(),
  baseline: z.coerce.number().int().min(1).max(1000).optional(),
  zThreshold: z.coerce.number().positive().optional(),
  pThreshold: z.coerce.number().positive().max(1).optional(),
  onlyAnomalies: queryBoolean.optional(),
});

const PlacesQuery = z.strictObject({
  ...EventFilterParams,
  level: PlaceLevelSchema,
});

const DuplicatesBody = z.strictObject({ limit: z.number().int().min(1).max(100_000).optional() });

function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Event analyses with the CLI's filters: count, trend, seasonality, top places, anomalies, compare. */
export function registerEventRoutes(app: ApiInstance): void {
  const tags = ['events'];
  app.get(
    '/events/count',
    { config: { access: 'reader' }, schema: { summary: 'Events and fatalities per period', tags, querystring: CountQuery, response: { 200: EventCountResultSchema, ...PROBLEM_RESPONSES } } },
    async (request) => {
      const { by, split, fill, movingAverage } = request.query;
      return countEventPeriods(storeOf(request), defined({ by, split, fill, movingAverage, filter: filterOf(request.query) }));
    },
  );
  app.get(
    '/events/trend',
    { config: { access: 'reader' }, schema: { summary: 'Per period, with change and moving average', tags, querystring: CountQuery, response: { 200: EventCountResultSchema, ...PROBLEM_RESPONSES } } },
    async (request) => {
      const { by, split, fill, movingAverage } = request.query;
      return trendEventPeriods(storeOf(request), defined({ by, split, fill, movingAverage, filter: filterOf(request.query) }));
    },
  );
  app.get(
    '/events',
    {
      config: { access: 'reader' },
      schema: { summary: 'The events the filters select, a page at a time (next: the cursor of the page after)', tags, querystring: ListQuery, response: { 200: EventListPageSchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => {
      const { after, limit } = request.query;
      return listEvents(storeOf(request), defined({ after, limit, filter: filterOf(request.query) }));
    },
  );
  app.get(
    '/events/seasonality',
    { config: { access: 'reader' }, schema: { summary: 'Month-of-year profile and peak season', tags, querystring: FilterQuery, response: { 200: EventSeasonalityResultSchema, ...PROBLEM_RESPONSES } } },
    async (request) => analyseSeasonality(storeOf(request), { filter: filterOf(request.query) }),
  );
  app.get(
    '/events/top',
    { config: { access: 'reader' }, schema: { summary: 'Places with most events', tags, querystring: TopQuery, response: { 200: EventTopResultSchema, ...PROBLEM_RESPONSES } } },
    async (request) => {
      const { level, limit } = request.query;
      return analyseTopPlaces(storeOf(request), defined({ level, limit, filter: filterOf(request.query) }));
    },
  );
  app.get(
    '/events/anomaly',
    { config: { access: 'reader' }, schema: { summary: 'Periods standing out against the rolling baseline', tags, querystring: AnomalyQuery, response: { 200: EventAnomalyResultSchema, ...PROBLEM_RESPONSES } } },
    async (request) => {
      const { by, baseline, zThreshold, pThreshold, onlyAnomalies } = request.query;
      return analyseAnomalies(storeOf(request), defined({ by, baseline, zThreshold, pThreshold, onlyAnomalies, filter: filterOf(request.query) }));
    },
  );
  app.post(
    '/events/compare',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Two selections on one time axis',
        tags,
        body: EventCompareInputSchema,
        response: { 200: EventCompareResultSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => analyseDual(storeOf(request), request.body),
  );
  app.get(
    '/events/places',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Every place of a level with its events and fatalities, as a GeoJSON feature collection (choropleth-ready; tessera events top --geojson)',
        tags,
        querystring: PlacesQuery,
        produces: ['application/geo+json'],
        response: { 200: z.string().describe('GeoJSON FeatureCollection'), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const geojson = await placesGeoJson(storeOf(request), { level: request.query.level, filter: filterOf(request.query) });
      return reply.type('application/geo+json; charset=utf-8').send(JSON.stringify(geojson));
    },
  );
  app.get(
    '/events/sources',
    {
      config: { access: 'reader' },
      schema: { summary: 'The event sources: datasets and "reports", with counts and date range', tags, response: { 200: z.object({ items: z.array(EventSourceSchema) }), ...PROBLEM_RESPONSES } },
    },
    async (request) => ({ items: await summariseEventSources(storeOf(request)) }),
  );
  app.post(
    '/events/duplicates',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'Flag likely duplicates across sources (same day, place and type; counted once from then on, audited) and list them',
        tags,
        body: DuplicatesBody,
        response: { 200: z.object({ items: z.array(DuplicatePairSchema) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({ items: await findEventDuplicates(storeOf(request), defined(request.body)) }),
  );
  app.get(
    '/events/export',
    {
      config: { access: 'reader' },
      schema: {
        summary: "The selected events as Tessera's event CSV (docs/events-csv.md), streamed a page at a time",
        tags,
        querystring: FilterQuery,
        produces: ['text/csv'],
        response: { 200: z.any().describe('Event CSV (a stream)'), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const chunks = exportEventsCsv(storeOf(request), { filter: filterOf(request.query) });
      // the first chunk (the header) comes after the filter is checked: a bad filter is a 400, not an empty file
      const first = await chunks.next();
      async function* rest(): AsyncGenerator<string> {
        if (!first.done) yield first.value;
        yield* chunks;
      }
      return reply.type('text/csv; charset=utf-8').send(Readable.from(rest()));
    },
  );
}
