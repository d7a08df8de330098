import { z } from 'zod';
import { listDocumentSummaries, viewDocument } from '../../jobs/index.js';
import { DocumentSummarySchema, DocumentViewSchema, IdSchema, ReviewStatusSchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/** Documents: the list, and one document with its sentences and the claims read from each. */
export function registerDocumentRoutes(app: ApiInstance): void {
  const tags = ['documents'];
  app.get(
    '/documents',
    {
      config: { access: 'reader' },
      schema: { summary: 'Documents in the workspace', tags, querystring: z.strictObject({}), response: { 200: z.object({ items: z.array(DocumentSummarySchema) }), ...PROBLEM_RESPONSES } },
    },
    async (request) => ({ items: await listDocumentSummaries(storeOf(request)) }),
  );
  app.get(
    '/documents/:id',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'One document with its sentences, cited works and claims',
        tags,
        params: z.strictObject({ id: IdSchema }),
        querystring: z.strictObject({ status: ReviewStatusSchema.optional() }),
        response: { 200: DocumentViewSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { status } = request.query;
      return viewDocument(storeOf(request), { ref: request.params.id, ...(status ? { status } : {}) });
    },
  );
}
