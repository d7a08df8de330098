import { z } from 'zod';
import { addUser, listUsers, removeUser } from '../../jobs/index.js';
import { RoleSchema, TlpMarkingSchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

const AddUserBodySchema = z.strictObject({
  name: z.string().min(1).max(200),
  role: RoleSchema,
  clearance: TlpMarkingSchema,
  /** Workspaces the user may open; every workspace when omitted. */
  workspaces: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/)).min(1).optional(),
  password: z.string().min(8).max(1000).optional(),
  /** Also issue an API token (answered once, stored only as a hash). */
  token: z.boolean().default(false),
});

/** Users (admins only): list, add (with a password and/or an API token), remove. */
export function registerUserRoutes(app: ApiInstance): void {
  const tags = ['users'];
  app.get(
    '/users',
    { config: { access: 'admin' }, schema: { summary: 'Users', tags, response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }), ...PROBLEM_RESPONSES } } },
    async (request) => ({ items: (await listUsers(storeOf(request))) as unknown as Record<string, unknown>[] }),
  );
  app.post(
    '/users',
    { config: { access: 'admin' }, schema: { summary: 'Add a user', tags, body: AddUserBodySchema, response: { 201: z.record(z.string(), z.unknown()), ...PROBLEM_RESPONSES } } },
    async (request, reply) => {
      const { workspaces, password, ...rest } = request.body;
      const added = await addUser(storeOf(request), { ...rest, workspaces: workspaces ?? null, ...(password ? { password } : {}) });
      return reply.status(201).send(added as unknown as Record<string, unknown>);
    },
  );
  app.delete(
    '/users/:name',
    { config: { access: 'admin' }, schema: { summary: 'Remove a user (their sessions and tokens end)', tags, params: z.strictObject({ name: z.string().min(1).max(200) }), response: { 204: z.null(), ...PROBLEM_RESPONSES } } },
    async (request, reply) => {
      await removeUser(storeOf(request), request.params.name);
      return reply.status(204).send(null);
    },
  );
}
