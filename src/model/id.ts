import { z } from 'zod';

/** Every stored thing is named by a UUID; the workspace key travels beside it. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

export const WorkspaceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'workspace ids are lower-case letters, digits, - and _');
export type WorkspaceId = z.infer<typeof WorkspaceIdSchema>;

export const DEFAULT_WORKSPACE_ID: WorkspaceId = 'default';

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}
