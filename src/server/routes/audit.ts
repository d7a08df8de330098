import { z } from 'zod';
import { listAudit } from '../../jobs/index.js';
import { AuditEntrySchema, AuditQuerySchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/** The model's audit query, with its numbers read from query-string text. */
const AuditQueryParams = AuditQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

/** `GET /api/audit` (admins): the append-only log of writes and sign-ins, newest first. */
export function registerAuditRoutes(app: ApiInstance): void {
  app.get(
    '/api/audit',
    {
      config: { access: 'admin' },
      schema: { summary: 'Audit log: who, what, when, ids and before/after', tags: ['audit'], querystring: AuditQueryParams, response: { 200: z.object({ items: z.array(AuditEntrySchema) }), ...PROBLEM_RESPONSES } },
    },
    async (request) => ({ items: await listAudit(storeOf(request), request.query) }),
  );
}
