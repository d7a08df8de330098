import { z } from 'zod';
import { listEntityPage, mergeEntities, viewEntity, splitEntities } from '../../jobs/index.js';
import {
  EntityListPageSchema,
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
      schema: { summary: 'An entity: the view over its accepted claims', tags, params: IdParams, response: { 200: EntityViewSchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => viewEntity(storeOf(request), { ref: request.params.id }),
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
