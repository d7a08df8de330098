import { getWorkspaceStatus } from '../../jobs/index.js';
import { WorkspaceSummarySchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/** `GET …/status`: what the workspace holds, as `tessera status` prints it (also through `--server`). */
export function registerStatusRoutes(app: ApiInstance): void {
  app.get(
    '/status',
    {
      config: { access: 'reader' },
      schema: { summary: 'What the workspace holds: documents, entities, claims by status, events', tags: ['meta'], response: { 200: WorkspaceSummarySchema, ...PROBLEM_RESPONSES } },
    },
    async (request) => getWorkspaceStatus(storeOf(request)),
  );
}
