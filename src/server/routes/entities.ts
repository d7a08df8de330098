import { z } from 'zod';
import { findDuplicateEntities, listEntityPage, mergeEntities, viewEntity, splitEntities } from '../../jobs/index.js';
import {
  DuplicateCandidateListSchema,
  EntityListPageSchema,
  EntityTypeSchema,
  EntityListQuerySchema,
  EntityNameSchema,
  EntityViewSchema,
  IdSchema,
  MergeEntitiesInputSchema,
  MergeResultSchema,
  SplitEntitiesInputSchema,
  SplitResultSchema,
} from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, viewerOf, type ApiInstance } from './api-instance.js';

const IdParams = z.strictObject({ id: IdSchema });
/** An entity by id, or by a name it is known by (the job says when a name is ambiguous). */
const RefParams = z.strictObject({ id: z.string().min(1).max(500).describe('entity id, or a name it is known by') });
const DuplicatesQuery = z.strictObject({
  type: EntityTypeSchema.optional(),
  minScore: z.coerce.number().min(0).max(1).optional().describe('least confidence (default: the matcher threshold)'),
});
const ViewQuery = z.strictObject({ includeProposed: z.enum(['true', 'false']).optional().describe('proposed claims too (the CLI\'s entities show)') });

function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Entities: paged list, the view over accepted claims, names by script and source, merge, split. */
export function registerEntityRoutes(app: ApiInstance): void {
  const tags = ['entities'];
  app.get(
    '/entities',
    {
      config: { access: 'reader' },
      schema: { summary: 'Entities, a page at a time', tags, querystring: EntityListQuerySchema, response: { 200: EntityListPageSchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => listEntityPage(storeOf(request), request.query),
  );
  app.get(
    '/entities/:id',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'An entity (by id or a name it is known by): the view over its accepted claims, and its proposed ones with includeProposed',
        tags,
        params: RefParams,
        querystring: ViewQuery,
        response: { 200: EntityViewSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => viewEntity(storeOf(request), { ref: request.params.id, includeProposed: request.query.includeProposed === 'true' }),
  );
  app.get(
    '/entities/:id/names',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Every name of an entity, grouped by script, with the sources that use it',
        tags,
        params: IdParams,
        response: { 200: z.object({ byScript: z.record(z.string(), z.array(EntityNameSchema)) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const view = await viewEntity(storeOf(request), { ref: request.params.id });
      const byScript: Record<string, z.infer<typeof EntityNameSchema>[]> = {};
      for (const name of view.names) (byScript[name.script] ??= []).push(name);
      return { byScript };
    },
  );
  app.get(
    '/entities/duplicates',
    {
      config: { access: 'reader' },
      schema: { summary: 'Pairs of entities that are possibly one, with confidence and reasons (tessera entities duplicates)', tags, querystring: DuplicatesQuery, response: { 200: DuplicateCandidateListSchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => ({ items: await findDuplicateEntities(storeOf(request), { ...defined(request.query), propose: false }) }),
  );
  app.post(
    '/entities/duplicates',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'The same pairs, each recorded as a proposed same-as claim for review (audited; tessera entities duplicates --propose)',
        tags,
        body: DuplicatesQuery,
        response: { 200: DuplicateCandidateListSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({ items: await findDuplicateEntities(storeOf(request), { ...defined(request.body), propose: true }) }),
  );
  app.post(
    '/entities/merge',
    {
      config: { access: 'analyst' },
      schema: { summary: 'Merge two entities (an accepted same-as claim)', tags, body: MergeEntitiesInputSchema.omit({ analyst: true }), response: { 200: MergeResultSchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => mergeEntities(storeOf(request), { ...request.body, analyst: viewerOf(request).name }),
  );
  app.post(
    '/entities/split',
    {
      config: { access: 'analyst' },
      schema: { summary: 'Split two merged entities (withdraws the same-as claims)', tags, body: SplitEntitiesInputSchema, response: { 200: SplitResultSchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => splitEntities(storeOf(request), request.body),
  );
}
