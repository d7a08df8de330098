import { z } from 'zod';

/** What a workspace holds, as `tessera status` prints it and `GET /api/v1/status` answers. */
export const WorkspaceSummarySchema = z.object({
  workspaceId: z.string(),
  backend: z.enum(['pglite', 'postgres']),
  documents: z.number().int(),
  entities: z.number().int(),
  claims: z.object({ proposed: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  events: z.number().int(),
});

