import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { TesseraError } from '../model/index.js';
import type { Store } from '../jobs/index.js';
import { credentialsFromJobs, type Credentials } from './credentials.js';
import { handleError } from './errors.js';
import { ImportRunner } from './import-runner.js';
import { SearchIndexes } from './search-indexes.js';
import { authenticateRequests, requireRouteAccess, type RouteTableEntry } from './route-access.js';
import { registerAuditRoutes } from './routes/audit.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerEventRoutes } from './routes/events.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerGraphRoutes } from './routes/graph.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerImportRoutes } from './routes/imports.js';
import { registerNameRoutes } from './routes/names.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSessionRoutes } from './routes/session.js';
import { registerStatusRoutes } from './routes/status.js';
import { registerUserRoutes } from './routes/users.js';
import { registerTaxii } from './taxii.js';
import { registerWebAssets } from './web-assets.js';

export interface ServerLimits {
  /** Largest JSON body, in bytes (413 beyond). */
  bodyBytes: number;
  /** Largest uploaded file, in bytes (413 beyond). */
  uploadBytes: number;
  /** Most files in one upload. */
  uploadFiles: number;
  /** Login attempts per client address per minute (429 beyond). */
  loginsPerMinute: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 1024 * 1024,
  uploadBytes: 256 * 1024 * 1024,
  uploadFiles: 50,
  loginsPerMinute: 10,
};

export interface BuildAppOptions {
  /** The root store (the server scopes it per request to the workspace and viewer). */
  store: Store;
  config: Config;
  /** A pino-compatible logger, or Fastify logger options (false: silent). */
  logger?: FastifyBaseLogger | boolean | { level: string; stream?: NodeJS.WritableStream };
  limits?: Partial<ServerLimits>;
  /** Who-is-calling functions; defaults to the user jobs over `store`. */
  credentials?: Credentials;
  /** Where uploads wait for their import (default: the OS temp directory). */
  uploadDir?: string;
  /**
   * Start building the default workspace's name index at once, in the background, so the first
   * search does not wait for it (20 s at 100,000 entities); `tessera serve` does, tests do not.
   */
  isSearchIndexWarmed?: boolean;
}

export type TesseraApp = FastifyInstance & { routeTable: RouteTableEntry[]; imports: ImportRunner };

/** The HTTP API as a Fastify instance, ready for `inject` in tests or `listen` in `tessera serve`. */
export async function buildApp(options: BuildAppOptions): Promise<TesseraApp> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? false;
  const isInstance = typeof logger === 'object' && 'child' in logger;
  const app = Fastify({
    ...(isInstance ? { loggerInstance: logger } : { logger: logger as boolean | { level: string } }),
    bodyLimit: limits.bodyBytes,
    trustProxy: false,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request) => {
    throw new TesseraError('not_found', `${request.method} ${request.url.split('?')[0]}: no such route`);
  });
  const routeTable: RouteTableEntry[] = [];
  requireRouteAccess(app, routeTable);
  const credentials = options.credentials ?? credentialsFromJobs(options.store);
  const imports = new ImportRunner({ uploadDir: options.uploadDir, onUnexpected: (error) => app.log.error({ err: error }, 'import failed') });
  const searchIndexes = new SearchIndexes(options.store);
  app.decorate('routeTable', routeTable);
  app.decorate('imports', imports);
  app.addHook('onClose', async () => {
    await imports.close();
  });

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: limits.uploadBytes, files: limits.uploadFiles, fields: 20, fieldSize: 64 * 1024, parts: limits.uploadFiles + 20 },
    throwFileSizeLimit: true,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tessera API',
        version: '1',
        description:
          'Reports and event data into sourced knowledge. Authenticate with "Authorization: Bearer <token>" or the session cookie ' +
          '(writes then need the X-CSRF-Token header). Choose the workspace with the X-Tessera-Workspace header.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'tessera_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  authenticateRequests(app, options.store, credentials, options.config.store.workspaceId);
  app.addHook('onResponse', async (request, reply) => {
    // a write may have added, reviewed or merged names: the next search refreshes its index first
    if (request.method !== 'GET' && request.scopedStore !== null && reply.statusCode < 400) searchIndexes.markDirty(request.scopedStore.workspaceId);
  });

  const zodApp = app.withTypeProvider<ZodTypeProvider>();
  registerHealthRoutes(zodApp);
  registerSearchRoutes(zodApp, searchIndexes);
  await app.register(
    async (v1) => {
      const api = v1.withTypeProvider<ZodTypeProvider>();
      registerSearchRoutes(api, searchIndexes);
      registerDocumentRoutes(api);
      registerClaimRoutes(api);
      registerEntityRoutes(api);
      registerEventRoutes(api);
      registerGraphRoutes(api);
      registerExportRoutes(api);
      registerImportRoutes(api, imports, { reportBytes: Math.min(limits.uploadBytes, options.config.ingest.maxBytes) });
      registerSessionRoutes(api, credentials, limits.loginsPerMinute);
      registerUserRoutes(api);
      registerStatusRoutes(api);
      registerAuditRoutes(api);
      registerNameRoutes(api);
    },
    { prefix: '/api/v1' },
  );
  registerAuditRoutes(zodApp);
  await registerTaxii(app);
  await registerWebAssets(app);
  await app.ready();
  // a failed load is dropped from the cache and retried by the first search, which then reports it
  if (options.isSearchIndexWarmed === true) searchIndexes.forWorkspace(options.config.store.workspaceId).catch(() => undefined);
  return app as unknown as TesseraApp;
}
