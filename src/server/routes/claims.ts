import { z } from 'zod';
import { countReviewItems, editClaim, listReviewItems, decideClaims } from '../../jobs/index.js';
import {
  CLAIM_KINDS,
  ClaimChangesSchema,
  EditClaimResultSchema,
  IdSchema,
  ReviewDecisionInputSchema,
  ReviewDecisionResultSchema,
  ReviewItemPageSchema,
  ReviewStatusSchema,
} from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, viewerOf, type ApiInstance } from './api-instance.js';

const ClaimListQuery = z.strictObject({
  document: z.string().min(1).optional(),
  entity: z.string().min(1).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  status: ReviewStatusSchema.optional(),
  contains: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const IdParams = z.strictObject({ id: IdSchema });

/** Claims and review: list with filters; accept, reject or edit by id; decide by filter. */
export function registerClaimRoutes(app: ApiInstance): void {
  const tags = ['claims'];
  app.get(
    '/claims',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Claims, filtered, a page at a time; total counts every claim the filters select',
        tags,
        querystring: ClaimListQuery,
        response: { 200: ReviewItemPageSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { limit, offset, ...filters } = request.query;
      const selection = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
      const store = storeOf(request);
      return { items: await listReviewItems(store, { ...selection, limit, offset }), total: await countReviewItems(store, selection) };
    },
  );
  for (const [action, decision] of [
    ['accept', 'accepted'],
    ['reject', 'rejected'],
  ] as const) {
    app.post(
      `/claims/:id/${action}`,
      {
        config: { access: 'analyst' },
        schema: { summary: `${action === 'accept' ? 'Accept' : 'Reject'} one claim`, tags, params: IdParams, response: { 200: ReviewDecisionResultSchema, ...PROBLEM_RESPONSES } },
      },
      async (request) => decideClaims(storeOf(request), { ids: [request.params.id], decision }),
    );
  }
  app.post(
    '/claims/review',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'Accept, reject or reopen every claim a filter covers (proposed ones unless a status is given)',
        tags,
        body: ReviewDecisionInputSchema,
        response: { 200: ReviewDecisionResultSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => decideClaims(storeOf(request), request.body),
  );
  app.patch(
    '/claims/:id',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'Edit a claim: the original is rejected and an accepted copy with the changes takes its place',
        tags,
        params: IdParams,
        body: z.strictObject({ changes: ClaimChangesSchema }),
        response: { 200: EditClaimResultSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => editClaim(storeOf(request), { id: request.params.id, changes: request.body.changes, analyst: viewerOf(request).name }),
  );
}
