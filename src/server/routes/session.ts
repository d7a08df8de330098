import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { LoginInputSchema, ViewerSchema, type SessionGrant } from '../../model/index.js';
import type { Credentials } from '../credentials.js';
import { HttpProblem } from '../errors.js';
import { SESSION_COOKIE } from '../route-access.js';
import { PROBLEM_RESPONSES, viewerOf, type ApiInstance } from './api-instance.js';

const SessionSchema = z.object({
  viewer: ViewerSchema,
  /** Send as the X-CSRF-Token header with every write made with the session cookie. */
  csrfToken: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

const LoginBodySchema = z.strictObject(LoginInputSchema.omit({ remoteAddress: true }).shape);

function startSession(reply: FastifyReply, grant: SessionGrant): z.infer<typeof SessionSchema> {
  reply.setCookie(SESSION_COOKIE, grant.session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
    expires: new Date(grant.session.expiresAt),
  });
  return { viewer: grant.viewer, csrfToken: grant.session.csrfToken, expiresAt: grant.session.expiresAt };
}

/** Sign in and out: password login (rate-limited), one-time login links, the current user. */
export function registerSessionRoutes(app: ApiInstance, credentials: Credentials, loginsPerMinute: number): void {
  const tags = ['session'];
  app.post(
    '/session',
    {
      config: { access: 'public', rateLimit: { max: loginsPerMinute, timeWindow: '1 minute' } },
      schema: { summary: 'Sign in with a name and password; sets the session cookie', tags, security: [], body: LoginBodySchema, response: { 200: SessionSchema, ...PROBLEM_RESPONSES } },
    },
    async (request, reply) => {
      const grant = await credentials.login({ ...request.body, remoteAddress: request.ip });
      if (grant === null) throw new HttpProblem('unauthorized', 'the name or password is wrong');
      return startSession(reply, grant);
    },
  );
  app.post(
    '/session/redeem',
    {
      config: { access: 'public', rateLimit: { max: loginsPerMinute, timeWindow: '1 minute' } },
      schema: { summary: 'Sign in with a one-time login token (the link tessera serve prints)', tags, security: [], body: z.strictObject({ token: z.string().min(1).max(500) }), response: { 200: SessionSchema, ...PROBLEM_RESPONSES } },
    },
    async (request, reply) => {
      const grant = await credentials.redeem(request.body.token, request.ip);
      if (grant === null) throw new HttpProblem('unauthorized', 'the login link is unknown, used or expired');
      return startSession(reply, grant);
    },
  );
  app.get(
    '/login/:token',
    {
      config: { access: 'public', rateLimit: { max: loginsPerMinute, timeWindow: '1 minute' } },
      schema: { summary: 'Follow a one-time login link: sets the session cookie; answers the session, or redirects a browser (Accept: text/html) to the workbench', tags, security: [], params: z.strictObject({ token: z.string().min(1).max(500) }), response: { 200: SessionSchema, 303: z.null(), ...PROBLEM_RESPONSES } },
    },
    async (request, reply) => {
      const grant = await credentials.redeem(request.params.token, request.ip);
      if (grant === null) throw new HttpProblem('unauthorized', 'the login link is unknown, used or expired');
      const session = startSession(reply, grant);
      // a browser following the printed link lands in the workbench, signed in
      if (request.headers.accept?.includes('text/html')) return reply.redirect('/', 303);
      return session;
    },
  );
  app.delete(
    '/session',
    { config: { access: 'reader' }, schema: { summary: 'Sign out: ends the session', tags, response: { 204: z.null(), ...PROBLEM_RESPONSES } } },
    async (request, reply) => {
      if (request.sessionToken !== null) await credentials.logout(request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/me',
    { config: { access: 'reader' }, schema: { summary: 'Who is signed in, and the CSRF token for cookie writes', tags, response: { 200: SessionSchema, ...PROBLEM_RESPONSES } } },
    async (request) => {
      const viewer = viewerOf(request);
      let csrfToken: string | null = null;
      let expiresAt: string | null = null;
      if (request.sessionToken !== null) {
        const session = await credentials.resolveSession(request.sessionToken);
        csrfToken = session?.csrfToken ?? null;
        expiresAt = session?.expiresAt ?? null;
      }
      return { viewer, csrfToken, expiresAt };
    },
  );
}
