import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { canOpenWorkspace, hasRole, type Role, type Viewer } from '../model/index.js';
import type { Store } from '../jobs/index.js';
import { HttpProblem } from './errors.js';
import type { Credentials } from './credentials.js';

/**
 * Who may call a route: `public` needs no credentials (health, the OpenAPI document, login,
 * login-link redemption); otherwise the least role (readers read; analysts review, ingest and
 * merge; admins manage users). Every route declares one in `config.access`.
 */
export type RouteAccess = 'public' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The authenticated caller (set for every non-public route). */
    viewer: Viewer | null;
    /** The store seen through the request's workspace and viewer; jobs take this. */
    scopedStore: Store | null;
    /** How the caller authenticated, and the session token when by cookie. */
    authMethod: 'bearer' | 'cookie' | null;
    sessionToken: string | null;
  }
}

export const WORKSPACE_HEADER = 'x-tessera-workspace';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'tessera_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WORKSPACE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export interface RouteTableEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

/**
 * Refuses any route registered without `config.access` (so a new route without a rule fails to
 * start, and the suite with it), and records every route for the 401/403 table tests.
 */
export function requireRouteAccess(app: FastifyInstance, table: RouteTableEntry[]): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.url.startsWith('/documentation') || route.method === 'HEAD') return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (access === undefined) throw new Error(`route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) table.push({ method: String(method), url: route.url, access });
  });
}

/**
 * The request hook: resolves the caller from a Bearer token or the session cookie (401), checks
 * CSRF on cookie-authenticated writes, the workspace (from the `X-Tessera-Workspace` header or
 * the `workspace` query parameter) and the role (403), then scopes the store to both.
 */
export function authenticateRequests(app: FastifyInstance, store: Store, credentials: Credentials, defaultWorkspace: string): void {
  app.decorateRequest('viewer', null);
  app.decorateRequest('scopedStore', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const viewer = await identify(request, credentials);
    const workspace = workspaceOf(request, defaultWorkspace);
    if (!canOpenWorkspace(viewer, workspace)) throw new HttpProblem('forbidden', `${viewer.name} may not open workspace ${workspace}`);
    if (!hasRole(viewer.role, access)) throw new HttpProblem('forbidden', `${request.method} ${request.routeOptions.url} needs the ${access} role; ${viewer.name} is ${viewer.role}`);
    request.viewer = viewer;
    request.scopedStore = store.inWorkspace(workspace).asViewer(viewer);
  });
}

async function identify(request: FastifyRequest, credentials: Credentials): Promise<Viewer> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
    if (basic !== null) {
      const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const viewer = colon < 1 || credentials.authenticateBasic === undefined ? null : await credentials.authenticateBasic(decoded.slice(0, colon), decoded.slice(colon + 1), request.ip);
      if (viewer === null) throw new HttpProblem('unauthorized', 'wrong user name or password');
      request.authMethod = 'bearer';
      return viewer;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match === null) throw new HttpProblem('unauthorized', 'the Authorization header is not "Bearer <token>" or "Basic <credentials>"');
    const viewer = await credentials.authenticateBearer(match[1]!);
    if (viewer === null) throw new HttpProblem('unauthorized', 'the API token is unknown, revoked or expired');
    request.authMethod = 'bearer';
    return viewer;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === '') throw new HttpProblem('unauthorized', 'sign in or send "Authorization: Bearer <token>"');
  const session = await credentials.resolveSession(token);
  if (session === null) throw new HttpProblem('unauthorized', 'the session has expired or was ended; sign in again');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !credentials.sameSecret(sent, session.csrfToken)) {
      throw new HttpProblem('csrf_failed', `a write with the session cookie needs the ${CSRF_HEADER} header from login or /api/v1/me`);
    }
  }
  request.authMethod = 'cookie';
  request.sessionToken = token;
  return session.viewer;
}

function workspaceOf(request: FastifyRequest, defaultWorkspace: string): string {
  const header = request.headers[WORKSPACE_HEADER];
  const query = request.query as Record<string, unknown> | undefined;
  let workspace: unknown = header;
  if (query !== undefined && query !== null && 'workspace' in query) {
    workspace ??= query.workspace;
    // the workspace is the hook's parameter, not the route's: keep it out of the strict query schemas
    delete query.workspace;
  }
  if (workspace === undefined) return defaultWorkspace;
  if (typeof workspace !== 'string' || !WORKSPACE_PATTERN.test(workspace)) {
    throw new HttpProblem('forbidden', 'the workspace is not a workspace key', [{ field: 'workspace', reason: 'not a workspace key' }]);
  }
  return workspace;
}
