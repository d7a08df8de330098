import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { TesseraError } from '../model/index.js';

/** The built workbench (`npm run build:web`), beside src/. */
export const WEB_DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Paths the workbench never answers: the API's own 404 stays a problem+json. */
const API_PREFIXES = ['/api/', '/taxii2/'];

/**
 * Serves the workbench: its hashed assets (cached for a year), and index.html for every other
 * GET that is not an API path, so client routes (/documents/…, /review) load on reload.
 */
export async function registerWebAssets(app: FastifyInstance, root = WEB_DIST_DIR): Promise<void> {
  const isBuilt = existsSync(resolve(root, 'index.html'));
  if (isBuilt) await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (API_PREFIXES.some((prefix) => path.startsWith(prefix)) || path === '/api') {
      throw new TesseraError('not_found', `${request.method} ${path}: no such route`);
    }
    if (!isBuilt) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The workbench is not built: run `npm run build:web`, then reload.\n');
    }
    if (path.startsWith('/assets/') && !path.includes('..')) {
      return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(path.slice(1), root);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  });
}
