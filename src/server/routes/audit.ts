import { z } from 'zod';
import { listAudit } from '../../jobs/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

const AuditQuery = z.strictObject({
  since: z.string().min(4).max(40).optional().describe('ISO date or date-time'),
  user: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
});

/** `GET /api/audit` (admins): the append-only log of writes and logins. */
export function registerAuditRoutes(app: ApiInstance): void {
  app.get(
    '/api/audit',
    {
      config: { access: 'admin' },
      schema: { summary: 'Audit log: who, what, when, ids and before/after', tags: ['audit'], querystring: AuditQuery, response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }), ...PROBLEM_RESPONSES } },
    },
    async (request) => {
      const { since, user, limit } = request.query;
      const items = await listAudit(storeOf(request), { ...(since ? { since } : {}), ...(user ? { user } : {}), limit });
      return { items: items as unknown as Record<string, unknown>[] };
    },
  );
}
