import { z } from 'zod';
import { listDocumentPage, listDocumentVersions, viewDocument } from '../../jobs/index.js';
import { DocumentListPageSchema, DocumentListQuerySchema, DocumentVersionSchema, DocumentViewSchema, IdSchema, ReviewStatusSchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/** Documents: the list, and one document with its sentences and the claims read from each. */
export function registerDocumentRoutes(app: ApiInstance): void {
  const tags = ['documents'];
  app.get(
    '/documents',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Documents in the workspace, a page at a time, in the order they were ingested (current versions unless allVersions)',
        tags,
        querystring: DocumentListQuerySchema,
        response: { 200: DocumentListPageSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => listDocumentPage(storeOf(request), request.query),
  );
  app.get(
    '/documents/versions',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'The versions of one document, oldest first (tessera documents versions): a changed report ingested again is a new version',
        tags,
        querystring: z.strictObject({ document: z.string().min(1).max(4096).describe('document id, or its path (names the latest version)') }),
        response: { 200: z.object({ items: z.array(DocumentVersionSchema) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({ items: await listDocumentVersions(storeOf(request), { document: request.query.document }) }),
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
