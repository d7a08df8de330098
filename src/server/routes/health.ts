import { z } from 'zod';
import type { ApiInstance } from './api-instance.js';

/** `GET /api/health` and `GET /api/openapi.json`: the only routes without credentials besides login. */
export function registerHealthRoutes(app: ApiInstance): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { summary: 'Liveness', tags: ['meta'], security: [], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/openapi.json',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request) => request.server.swagger(),
  );
}
