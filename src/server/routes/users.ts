import { z } from 'zod';
import { addUser, createToken, listUsers, removeUser, revokeTokens, setPassword } from '../../jobs/index.js';
import { AddUserInputSchema, AddUserResultSchema, PasswordSchema, RevokeTokensInputSchema, UserNameSchema, UserSchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

const NameParams = z.strictObject({ name: UserNameSchema });

/** Users (admins only): list, add (with a password and/or an API token), remove, set a password, issue and revoke tokens. */
export function registerUserRoutes(app: ApiInstance): void {
  const tags = ['users'];
  app.get(
    '/users',
    { config: { access: 'admin' }, schema: { summary: 'Users', tags, response: { 200: z.object({ items: z.array(UserSchema) }), ...PROBLEM_RESPONSES } } },
    async (request) => ({ items: await listUsers(storeOf(request)) }),
  );
  app.post(
    '/users',
    { config: { access: 'admin' }, schema: { summary: 'Add a user; with withToken the new API token is answered once', tags, body: AddUserInputSchema, response: { 201: AddUserResultSchema, ...PROBLEM_RESPONSES } } },
    async (request, reply) => reply.status(201).send(await addUser(storeOf(request), request.body)),
  );
  app.delete(
    '/users/:name',
    { config: { access: 'admin' }, schema: { summary: 'Remove a user (their sessions and tokens end)', tags, params: NameParams, response: { 200: z.object({ id: z.string(), name: z.string() }), ...PROBLEM_RESPONSES } } },
    async (request) => removeUser(storeOf(request), request.params.name),
  );
  app.put(
    '/users/:name/password',
    {
      config: { access: 'admin' },
      schema: { summary: "Set a user's password (their sessions end)", tags, params: NameParams, body: z.strictObject({ password: PasswordSchema }), response: { 200: z.object({ id: z.string(), sessionsEnded: z.number() }), ...PROBLEM_RESPONSES } },
    },
    async (request) => setPassword(storeOf(request), { name: request.params.name, password: request.body.password }),
  );
  app.post(
    '/users/:name/tokens',
    { config: { access: 'admin' }, schema: { summary: 'Issue an API token (answered once)', tags, params: NameParams, response: { 201: z.object({ prefix: z.string(), token: z.string() }), ...PROBLEM_RESPONSES } } },
    async (request, reply) => reply.status(201).send(await createToken(storeOf(request), request.params.name)),
  );
  app.delete(
    '/users/:name/tokens',
    {
      config: { access: 'admin' },
      schema: { summary: 'Revoke every API token of a user', tags, params: NameParams, response: { 200: z.object({ revoked: z.array(z.object({ user: z.string(), prefix: z.string() })) }), ...PROBLEM_RESPONSES } },
    },
    async (request) => revokeTokens(storeOf(request), { user: request.params.name }),
  );
  app.post(
    '/tokens/revoke',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Revoke an API token by its prefix (or whole), or every token of a user (tessera tokens revoke)',
        tags,
        body: RevokeTokensInputSchema,
        response: { 200: z.object({ revoked: z.array(z.object({ user: z.string(), prefix: z.string() })) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => revokeTokens(storeOf(request), request.body),
  );
}
