import { z } from 'zod';
import { countAudit, listAudit } from '../../jobs/index.js';
import { AuditPageSchema, AuditQuerySchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/** The model's audit query, with its numbers read from query-string text. */
const AuditQueryParams = AuditQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * `GET /api/audit` and `GET /api/v1/audit` (admins): the append-only log of writes and sign-ins,
 * newest first, a page at a time, with how many entries the filters select (`tessera audit`).
 */
export function registerAuditRoutes(app: ApiInstance): void {
  app.get(
    app.prefix === '' ? '/api/audit' : '/audit',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Audit log: who, what, when, ids and before/after; total counts every entry the filters select',
        tags: ['audit'],
        querystring: AuditQueryParams,
        response: { 200: AuditPageSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const store = storeOf(request);
      const { limit: _limit, offset: _offset, ...filter } = request.query;
      return { items: await listAudit(store, request.query), total: await countAudit(store, filter) };
    },
  );
}
