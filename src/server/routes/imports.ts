import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { importEvents, importStix, importWatchlistFiles, ingestFiles } from '../../jobs/index.js';
import {
  EventFormatSchema,
  IMPORT_KINDS,
  ImportJobSchema,
  SourceReliabilitySchema,
  TesseraError,
  isTesseraError,
  TlpMarkingSchema,
  WatchlistSchema,
  formatByteSize,
  type ImportKind,
} from '../../model/index.js';
import { HttpProblem } from '../errors.js';
import type { ImportRunner, ImportTask } from '../import-runner.js';
import { PROBLEM_RESPONSES, storeOf, viewerOf, type ApiInstance } from './api-instance.js';

/** The form fields an upload may carry besides its files; anything else is refused. */
const ImportFieldsSchema = z.strictObject({
  /** TLP marking of what the files hold (the workspace default otherwise). */
  marking: TlpMarkingSchema.optional(),
  /** reports: the reliability of the source (Admiralty A–F). */
  sourceReliability: SourceReliabilitySchema.optional(),
  /** events: the format of every file (detected when omitted) and a dataset name for Tessera CSV. */
  format: EventFormatSchema.optional(),
  dataset: z.string().min(1).max(100).optional(),
  /** events: stop at the first bad row and leave the store exactly as before (every file in one transaction). */
  strict: z.enum(['true', 'false']).optional(),
  /** stix: the status of the claims made from other producers' objects (proposed for review by default). */
  foreignStatus: z.enum(['proposed', 'accepted']).optional(),
  /** watchlist: which list the files are. */
  list: WatchlistSchema.optional(),
  /**
   * reports: where each file came from on the sender's machine, a JSON array in the order of the
   * files (the CLI sends the paths it would record ingesting locally); documents are recorded, and
   * their earlier versions found, by it.
   */
  paths: z
    .string()
    .max(64 * 1024)
    .transform((value, context) => {
      try {
        return z.array(z.string().min(1).max(4096)).parse(JSON.parse(value));
      } catch {
        context.addIssue({ code: 'custom', message: "a JSON array of the files' original paths" });
        return z.NEVER;
      }
    })
    .optional(),
});
type ImportFields = z.infer<typeof ImportFieldsSchema>;

const IdParams = z.strictObject({ id: z.uuid() });

interface SavedUpload {
  directory: string;
  files: { name: string; bytes: number; path: string }[];
  fields: ImportFields;
}

/** The original name as metadata only: its last path segment, without control characters. */
function displayName(name: string): string {
  const base = name.replaceAll('\\', '/').split('/').pop() ?? '';
  const clean = [...base].filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f).join('').trim();
  return clean === '' || clean === '.' || clean === '..' ? 'upload' : clean.slice(0, 255);
}

/** The largest file an upload of this kind may hold: reports stop at the ingest size limit. */
export interface UploadLimits {
  reportBytes: number;
}

/** Streams every file part to a private directory under a generated name; collects the fields. */
async function saveUpload(request: FastifyRequest, runner: ImportRunner, maxFileBytes: number | null): Promise<SavedUpload> {
  if (!request.isMultipart()) throw new HttpProblem('unsupported_media_type', 'an import is a multipart/form-data upload with one or more files');
  const directory = await runner.makeUploadDirectory();
  const files: SavedUpload['files'] = [];
  const rawFields: Record<string, unknown> = {};
  let receiving = 'upload';
  try {
    for await (const part of request.parts(maxFileBytes === null ? {} : { limits: { fileSize: maxFileBytes } })) {
      if (part.type === 'file') {
        const path = join(directory, runner.storedName(part.filename));
        receiving = part.filename;
        await pipeline(part.file, createWriteStream(path, { flags: 'wx' }));
        files.push({ name: displayName(part.filename), bytes: part.file.bytesRead, path });
      } else {
        rawFields[part.fieldname] = part.value;
      }
    }
    const parsed = ImportFieldsSchema.safeParse(rawFields);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }));
      throw new TesseraError('invalid_input', `upload: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
    }
    if (files.length === 0) throw new TesseraError('invalid_input', 'upload: no file in the form', { field: 'file', reason: 'no file' });
    if (parsed.data.paths !== undefined && parsed.data.paths.length !== files.length) {
      throw new TesseraError('invalid_input', `upload: ${parsed.data.paths.length} paths for ${files.length} files`, { field: 'paths', reason: 'one path per file' });
    }
    return { directory, files, fields: parsed.data };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    if (maxFileBytes !== null && (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new HttpProblem(
        'payload_too_large',
        `${displayName(receiving)}: larger than the ingest size limit of ${formatByteSize(maxFileBytes)} (the server's TESSERA_MAX_SIZE)`,
        [{ field: 'file', reason: `over ${maxFileBytes} bytes` }],
      );
    }
    throw error;
  }
}

function taskFor(kind: ImportKind, request: FastifyRequest, upload: SavedUpload, limits: UploadLimits): ImportTask {
  const store = storeOf(request);
  const paths = upload.files.map((file) => file.path);
  const { fields } = upload;
  const base = {
    kind,
    workspace: store.workspaceId,
    createdBy: viewerOf(request).name,
    files: upload.files.map(({ name, bytes }) => ({ name, bytes })),
    directory: upload.directory,
  };
  if (kind === 'reports') {
    return {
      ...base,
      run: async (report) => {
        report({ done: 0, total: paths.length, unit: 'files' });
        const results = await ingestFiles(store, paths, {
          maxBytes: limits.reportBytes,
          // recorded under the sender's paths, so a changed report is found as a new version
          ...(fields.paths ? { sourcePaths: new Map(paths.map((path, index) => [path, fields.paths?.[index] ?? path])) } : {}),
          ...(fields.marking ? { marking: fields.marking } : {}),
          ...(fields.sourceReliability ? { sourceReliability: fields.sourceReliability } : {}),
          onProgress: (progress) => report({ done: progress.done, total: progress.total, message: upload.files[paths.indexOf(progress.path)]?.name ?? null }),
        });
        // report each file under its original name, never the server's temporary path
        return { files: results.map((result, index) => ({ ...result, path: upload.files[index]?.name ?? result.path })) };
      },
    };
  }
  if (kind === 'events') {
    return {
      ...base,
      run: async (report) => {
        // messages name each file as it was sent ("acled.csv line 7: …"), never by the server's temporary path
        const names = upload.files.map((file) => file.name);
        const asSent = (message: string) => paths.reduce((text, path, index) => text.split(path).join(names[index] ?? 'upload'), message);
        const result = await importEvents(store, paths, {
          ...(fields.format ? { format: fields.format } : {}),
          ...(fields.dataset ? { dataset: fields.dataset } : {}),
          ...(fields.marking ? { marking: fields.marking } : {}),
          strict: fields.strict === 'true',
          onProgress: (progress) => report({ done: progress.rows, unit: 'rows', message: upload.files[progress.fileIndex]?.name ?? null }),
        }).catch((error: unknown) => {
          throw isTesseraError(error) ? new TesseraError(error.code, asSent(error.message), error.details, { cause: error }) : error;
        });
        const files = result.files.map((file, index) => {
          const path = names[index] ?? file.path;
          return file.ok
            ? { ...file, path, errors: file.errors.map((row) => ({ ...row, message: asSent(row.message) })) }
            : { ...file, path, error: { ...file.error, message: asSent(file.error.message) } };
        });
        return { ...result, files };
      },
    };
  }
  if (kind === 'stix') {
    return {
      ...base,
      run: async (report) => {
        const files = [];
        // one bundle after the other, each in its own transaction; reported under its original name
        for (const [index, path] of paths.entries()) {
          const name = upload.files[index]?.name ?? 'upload';
          const options = { ...(fields.marking ? { marking: fields.marking } : {}), ...(fields.foreignStatus ? { foreignStatus: fields.foreignStatus } : {}) };
          const result = await importStix(store, path, options, {
            onProgress: (done) => report({ done, unit: 'objects', message: name }),
          });
          files.push({ ...result, file: name });
        }
        return { files };
      },
    };
  }
  const list = fields.list;
  if (list === undefined) throw new TesseraError('invalid_input', 'upload: a watchlist import needs the list field (un-sanctions, ofac-sdn or ofac-consolidated)', { field: 'list', reason: 'required' });
  return {
    ...base,
    run: (report) => importWatchlistFiles(store, { list, paths }, { onProgress: (done) => report({ done, unit: 'records' }) }),
  };
}

/** Imports: multipart uploads of reports, event files, watchlists and STIX bundles, run in the background. */
export function registerImportRoutes(app: ApiInstance, runner: ImportRunner, limits: UploadLimits): void {
  const tags = ['imports'];
  app.post(
    '/imports/:kind',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'Upload files (multipart/form-data: file parts plus marking, sourceReliability, format, dataset, list) and import them in the background; kind stix takes STIX 2.1 bundles',
        tags,
        consumes: ['multipart/form-data'],
        params: z.strictObject({ kind: z.enum(IMPORT_KINDS) }),
        response: { 202: ImportJobSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const upload = await saveUpload(request, runner, request.params.kind === 'reports' ? limits.reportBytes : null);
      let task: ImportTask;
      try {
        task = taskFor(request.params.kind, request, upload, limits);
      } catch (error) {
        await rm(upload.directory, { recursive: true, force: true });
        throw error;
      }
      const job = runner.submit(task);
      return reply.status(202).header('location', `${app.prefix}/imports/${job.id}`).send(job);
    },
  );
  app.get(
    '/imports',
    { config: { access: 'analyst' }, schema: { summary: 'Imports of this workspace, newest first', tags, response: { 200: z.object({ items: z.array(ImportJobSchema) }), ...PROBLEM_RESPONSES } } },
    async (request) => ({ items: runner.list(storeOf(request).workspaceId) }),
  );
  const findJob = (request: FastifyRequest, id: string) => {
    const job = runner.get(id);
    if (job === undefined || job.workspace !== storeOf(request).workspaceId) throw new TesseraError('not_found', `import ${id}: not in this workspace`);
    return job;
  };
  app.get(
    '/imports/:id',
    { config: { access: 'analyst' }, schema: { summary: 'One import: state, progress and result', tags, params: IdParams, response: { 200: ImportJobSchema, ...PROBLEM_RESPONSES } } },
    async (request) => findJob(request, request.params.id),
  );
  app.get(
    '/imports/:id/events',
    {
      config: { access: 'analyst' },
      schema: { summary: 'Server-sent events: the import after every change, until it ends', tags, params: IdParams, produces: ['text/event-stream'] },
    },
    async (request, reply) => {
      const job = findJob(request, request.params.id);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = (current: typeof job) => {
        raw.write(`event: ${current.state === 'done' || current.state === 'failed' ? 'end' : 'progress'}\ndata: ${JSON.stringify(current)}\n\n`);
        if (current.state === 'done' || current.state === 'failed') {
          stop();
          raw.end();
        }
      };
      const stop = runner.watch(job.id, send);
      request.raw.on('close', stop);
      send(job);
    },
  );
}
