import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addTaxiiObjects,
  contiguousJson,
  listTaxiiCollections,
  TaxiiCollectionCache,
  type Store,
} from '../jobs/index.js';
import { hasRole, TaxiiEnvelopeSchema, TaxiiQuerySchema, TesseraError, type TaxiiAddResult, type TaxiiEntry } from '../model/index.js';
import { toProblem } from './errors.js';

/** TAXII 2.1's media type, exactly: the OASIS client rejects a Content-Type without `version=2.1`. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
const API_ROOT = '/taxii2/tessera/';
/** Most objects on one page, and the most a POST may carry (bytes). */
const MAX_PAGE = 1_000;
const MAX_CONTENT_LENGTH = 10 * 1024 * 1024;

const acceptsTaxii = (accept: string | undefined) =>
  accept === undefined || accept === '' || accept.split(',').some((part) => {
    const type = part.trim().toLowerCase().replace(/\s+/g, '');
    return type.startsWith('*/*') || type.startsWith('application/*') || type === 'application/taxii+json' || type.startsWith('application/taxii+json;version=2.1');
  });

function send(reply: FastifyReply, status: number, body: unknown, entries?: readonly TaxiiEntry[]): FastifyReply {
  if (entries !== undefined && entries.length > 0) {
    reply.header('X-TAXII-Date-Added-First', entries[0]!.dateAdded);
    reply.header('X-TAXII-Date-Added-Last', entries[entries.length - 1]!.dateAdded);
  }
  // a Buffer or a stream (an envelope already encoded) is sent as it is; anything else as JSON
  return reply.code(status).header('content-type', TAXII_MEDIA_TYPE).serializer(JSON.stringify).send(body);
}

const COMMA = Buffer.from(',');

/**
 * An envelope of a page's objects as UTF-8 bytes, in parts, from their kept encodings (`objects`
 * left out when there are none, unless `isListAlways`). A page of the default view is one slice of
 * the collection's laid-out JSON (contiguousJson) between its head and tail, sent without a copy: a
 * 1,000-object page is 1.7 MB, which the server joined into a new buffer at every request before.
 */
function envelopeParts(page: { more: boolean; next: string | null; entries: readonly TaxiiEntry[] }, isListAlways = false): Uint8Array[] {
  const next = page.next === null ? '' : `,"next":${JSON.stringify(page.next)}`;
  const head = `{"more":${String(page.more)}${next}`;
  if (!(page.entries.length > 0 || isListAlways)) return [Buffer.from(`${head}}`)];
  const objects = contiguousJson(page.entries);
  if (objects !== null) return [Buffer.from(`${head},"objects":[`), objects, Buffer.from(']}')];
  const parts: Uint8Array[] = [Buffer.from(`${head},"objects":[`)];
  page.entries.forEach((entry, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(entry.json);
  });
  parts.push(Buffer.from(']}'));
  return [Buffer.concat(parts)];
}

/** Sends an envelope's parts: one as it is, several as a stream of known length (no copy into one buffer). */
function sendEnvelope(reply: FastifyReply, parts: Uint8Array[], entries: readonly TaxiiEntry[]): FastifyReply {
  if (parts.length === 1) return send(reply, 200, parts[0], entries);
  reply.header('content-length', parts.reduce((sum, part) => sum + part.length, 0));
  return send(reply, 200, Readable.from(parts, { objectMode: false }), entries);
}

/** The workspace store of a collection the viewer may open, or not_found. */
async function collectionStore(request: FastifyRequest, collectionId: string): Promise<Store> {
  const store = request.scopedStore;
  if (store === null) throw new Error('no viewer on a TAXII route');
  const collection = (await listTaxiiCollections(store)).find((c) => c.id === collectionId);
  if (collection === undefined) throw new TesseraError('not_found', `collection ${collectionId}: no such collection`);
  return store.inWorkspace(collection.workspaceId);
}

/**
 * TAXII 2.1 at /taxii2/: discovery, one API root, a collection per workspace the user may open,
 * objects (filters, paging, X-TAXII-Date-Added headers), manifest, one object and its versions,
 * POST of objects with a status resource. Readers read; analysts write. Collections honour the
 * caller's clearance. Errors answer as TAXII error resources in TAXII's media type.
 */
export async function registerTaxii(app: FastifyInstance): Promise<void> {
  // every request sees the latest committed change (the change markers); an export is redone only after one
  const cache = new TaxiiCollectionCache();
  const statuses = new Map<string, { result: TaxiiAddResult; requestTimestamp: string }>();
  await app.register(
    async (taxii) => {
      taxii.addContentTypeParser(['application/taxii+json', 'application/stix+json'], { parseAs: 'string', bodyLimit: MAX_CONTENT_LENGTH }, (_request, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch {
          done(new TesseraError('invalid_input', 'the body is not JSON'), undefined);
        }
      });
      taxii.setErrorHandler((error, request, reply) => {
        const { problem, isUnexpected } = toProblem(error, request);
        if (isUnexpected) request.log.error({ err: error }, 'TAXII request failed');
        return send(reply, problem.status, { title: problem.title, description: problem.detail, error_code: problem.code, http_status: String(problem.status) });
      });
      taxii.setNotFoundHandler((request, reply) =>
        send(reply, 404, { title: 'Not found', description: `${request.url}: no such TAXII resource`, http_status: '404' }),
      );
      taxii.addHook('preHandler', async (request, reply) => {
        if (!acceptsTaxii(request.headers.accept)) {
          return send(reply, 406, { title: 'Not acceptable', description: `answers only ${TAXII_MEDIA_TYPE}`, http_status: '406' });
        }
        return undefined;
      });
      const reader = { config: { access: 'reader' as const } };

      taxii.get('/', reader, async (_request, reply) =>
        send(reply, 200, { title: 'Tessera', description: 'Tessera knowledge as STIX 2.1, one collection per workspace', default: API_ROOT, api_roots: [API_ROOT] }),
      );
      taxii.get('/tessera/', reader, async (_request, reply) =>
        send(reply, 200, { title: 'Tessera', versions: [TAXII_MEDIA_TYPE], max_content_length: MAX_CONTENT_LENGTH }),
      );
      const collectionResource = (request: FastifyRequest, c: { id: string; workspaceId: string }) => ({
        id: c.id,
        title: c.workspaceId,
        description: `Workspace ${c.workspaceId}: accepted knowledge and objects posted by other tools`,
        can_read: true,
        can_write: request.viewer !== null && hasRole(request.viewer.role, 'analyst'),
        media_types: [STIX_MEDIA_TYPE],
      });
      taxii.get('/tessera/collections/', reader, async (request, reply) => {
        const collections = await listTaxiiCollections(request.scopedStore!);
        return send(reply, 200, collections.length === 0 ? {} : { collections: collections.map((c) => collectionResource(request, c)) });
      });
      taxii.get<{ Params: { id: string } }>('/tessera/collections/:id/', reader, async (request, reply) => {
        const collection = (await listTaxiiCollections(request.scopedStore!)).find((c) => c.id === request.params.id);
        if (collection === undefined) throw new TesseraError('not_found', `collection ${request.params.id}: no such collection`);
        return send(reply, 200, collectionResource(request, collection));
      });
      const query = (request: FastifyRequest) => {
        const parsed = TaxiiQuerySchema.safeParse(request.query);
        if (!parsed.success) throw new TesseraError('invalid_input', `bad TAXII filter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        return parsed.data;
      };
      taxii.get<{ Params: { id: string } }>('/tessera/collections/:id/objects/', reader, async (request, reply) => {
        const store = await collectionStore(request, request.params.id);
        const page = await cache.page(store, query(request), { maxLimit: MAX_PAGE });
        return sendEnvelope(reply, envelopeParts(page), page.entries);
      });
      taxii.get<{ Params: { id: string } }>('/tessera/collections/:id/manifest/', reader, async (request, reply) => {
        const store = await collectionStore(request, request.params.id);
        const page = await cache.page(store, query(request), { maxLimit: MAX_PAGE });
        const objects = page.entries.map((e) => ({ id: e.id, date_added: e.dateAdded, version: e.version, media_type: `application/stix+json;version=${e.specVersion}` }));
        return send(reply, 200, { more: page.more, ...(page.next === null ? {} : { next: page.next }), ...(objects.length > 0 ? { objects } : {}) }, page.entries);
      });
      taxii.get<{ Params: { id: string; objectId: string } }>('/tessera/collections/:id/objects/:objectId/', reader, async (request, reply) => {
        const store = await collectionStore(request, request.params.id);
        const page = await cache.page(store, { ...query(request), 'match[id]': request.params.objectId }, { maxLimit: MAX_PAGE });
        if (page.entries.length === 0) throw new TesseraError('not_found', `${request.params.objectId}: not in this collection`);
        return sendEnvelope(reply, envelopeParts(page, true), page.entries);
      });
      taxii.get<{ Params: { id: string; objectId: string } }>('/tessera/collections/:id/objects/:objectId/versions/', reader, async (request, reply) => {
        const store = await collectionStore(request, request.params.id);
        const page = await cache.page(store, { ...query(request), 'match[id]': request.params.objectId, 'match[version]': 'all' }, { maxLimit: MAX_PAGE });
        if (page.entries.length === 0) throw new TesseraError('not_found', `${request.params.objectId}: not in this collection`);
        return send(reply, 200, { more: page.more, ...(page.next === null ? {} : { next: page.next }), versions: page.entries.map((e) => e.version) }, page.entries);
      });
      taxii.post<{ Params: { id: string } }>('/tessera/collections/:id/objects/', { config: { access: 'analyst' } }, async (request, reply) => {
        const type = String(request.headers['content-type'] ?? '').toLowerCase().replace(/\s+/g, '');
        if (!type.startsWith('application/taxii+json')) {
          return send(reply, 415, { title: 'Unsupported media type', description: `send ${TAXII_MEDIA_TYPE}`, http_status: '415' });
        }
        const store = await collectionStore(request, request.params.id);
        const envelope = TaxiiEnvelopeSchema.safeParse(request.body);
        if (!envelope.success) throw new TesseraError('invalid_input', 'the body is not a TAXII envelope with objects');
        const requestTimestamp = new Date().toISOString();
        const result = await addTaxiiObjects(store, envelope.data.objects);
        const id = crypto.randomUUID();
        statuses.set(id, { result, requestTimestamp });
        return send(reply, 202, statusResource(id, result, requestTimestamp));
      });
      // anything else under /taxii2/ (another API root, a misspelt path) is a TAXII 404, not the workbench's page
      taxii.get('/*', reader, async (request) => {
        throw new TesseraError('not_found', `${request.url.split('?')[0]}: no such TAXII resource`);
      });
      taxii.get<{ Params: { statusId: string } }>('/tessera/status/:statusId/', reader, async (request, reply) => {
        const status = statuses.get(request.params.statusId);
        if (status === undefined) throw new TesseraError('not_found', `status ${request.params.statusId}: unknown`);
        return send(reply, 200, statusResource(request.params.statusId, status.result, status.requestTimestamp));
      });
    },
    { prefix: '/taxii2' },
  );
}

function statusResource(id: string, result: TaxiiAddResult, requestTimestamp: string) {
  return {
    id,
    status: 'complete',
    request_timestamp: requestTimestamp,
    total_count: result.successes.length + result.failures.length,
    success_count: result.successes.length,
    failure_count: result.failures.length,
    pending_count: 0,
    ...(result.successes.length > 0 ? { successes: result.successes } : {}),
    ...(result.failures.length > 0 ? { failures: result.failures } : {}),
  };
}
