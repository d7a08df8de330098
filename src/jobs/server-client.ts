import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { ERROR_CODES, ImportJobSchema, StoreUnavailableError, TesseraError, type ErrorCode, type ImportJob, type ImportKind } from '../model/index.js';

/**
 * A running `tessera serve` as the CLI's store: `--server URL` (with `--api-token`) sends the command
 * to the HTTP API instead of opening the store, so an analyst can import and read while the
 * workbench has the embedded store open. Requests and answers are the API's, checked with the
 * model's zod schemas; errors come back as the TesseraError the job would have thrown.
 */
export interface ServerClientOptions {
  /** The server's address: `http://127.0.0.1:7878`. */
  url: string;
  /** An API token (`tessera users add … --token`, `tessera tokens create NAME`). */
  token?: string | null;
  /** Sent as X-Tessera-Workspace. */
  workspace?: string;
  /** How often an import's state is asked for while it runs (ms). */
  pollMs?: number;
}

/** Query values as the API's query strings read them; undefined ones are left out. */
export type QueryValues = Record<string, string | number | boolean | readonly string[] | undefined | null>;

const ProblemAnswerSchema = z.object({ code: z.string().optional(), detail: z.string().optional(), title: z.string().optional() });

export class ServerClient {
  readonly url: string;
  private readonly token: string | null;
  private readonly workspace: string | undefined;
  private readonly pollMs: number;

  constructor(options: ServerClientOptions) {
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch {
      throw new TesseraError('invalid_input', `--server: "${options.url}" is not a URL (http://HOST:PORT)`, { field: 'server' });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new TesseraError('invalid_input', `--server: "${options.url}" is not an http(s) URL`, { field: 'server' });
    }
    this.url = parsed.origin + parsed.pathname.replace(/\/+$/, '');
    this.token = options.token ?? null;
    this.workspace = options.workspace;
    this.pollMs = options.pollMs ?? 250;
  }

  /** `GET /api/v1/PATH?query`, its answer checked against `schema`. */
  async get<S extends z.ZodType>(path: string, query: QueryValues, schema: S): Promise<z.infer<S>> {
    return this.send('GET', `${path}${queryString(query)}`, undefined, schema);
  }

  /** `POST /api/v1/PATH` with a JSON body. */
  async post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    return this.send('POST', path, { 'content-type': 'application/json', body: JSON.stringify(body ?? {}) }, schema);
  }

  /** `PUT /api/v1/PATH` with a JSON body. */
  async put<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    return this.send('PUT', path, { 'content-type': 'application/json', body: JSON.stringify(body ?? {}) }, schema);
  }

  /** `DELETE /api/v1/PATH`. */
  async delete<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
    return this.send('DELETE', path, undefined, schema);
  }

  /**
   * Uploads `files` as an import of `kind` and waits for it: the server runs it in the
   * background (one writer: the server's store) and this follows its progress. Returns the job's
   * result; a failed import throws its error.
   */
  async importFiles(
    kind: ImportKind,
    files: readonly string[],
    fields: Record<string, string | undefined>,
    onProgress?: (job: ImportJob) => void,
  ): Promise<unknown> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
    for (const file of files) form.append('file', await openAsBlob(file), basename(file));
    let job = await this.send('POST', `/imports/${kind}`, { body: form }, ImportJobSchema);
    onProgress?.(job);
    while (job.state === 'queued' || job.state === 'running') {
      await sleep(this.pollMs);
      job = await this.get(`/imports/${job.id}`, {}, ImportJobSchema);
      onProgress?.(job);
    }
    if (job.state === 'failed') {
      const code = job.error?.code;
      throw new TesseraError(isErrorCode(code) ? code : 'invalid_input', `${this.url}: import ${job.id} failed: ${job.error?.message ?? 'no reason given'}`);
    }
    return job.result;
  }

  /**
   * `GET /api/v1/PATH?query` streamed into `sink` as it arrives (an export, never whole in memory).
   * Returns the bytes received; a server that fails mid-stream makes this throw.
   */
  async download(path: string, query: QueryValues, sink: (chunk: string) => void | Promise<void>): Promise<number> {
    const target = `${path}${queryString(query)}`;
    const response = await this.fetch('GET', target, undefined, '*/*');
    if (!response.ok) {
      const text = await response.text();
      throw problemError(this.url, 'GET', target, response.status, parseJson(text), text);
    }
    if (response.body === null) return 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let bytes = 0;
    try {
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        bytes += read.value.byteLength;
        await sink(decoder.decode(read.value, { stream: true }));
      }
      await sink(decoder.decode());
    } catch (error) {
      if (error instanceof TypeError) throw new StoreUnavailableError(`${this.url}: GET ${target} broke off after ${bytes} bytes, or was not UTF-8 (${error.message}); the server's log says why`, { cause: error });
      throw error;
    }
    return bytes;
  }

  private async fetch(method: string, path: string, request: { 'content-type'?: string; body?: string | FormData } | undefined, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (this.token !== null) headers.authorization = `Bearer ${this.token}`;
    if (this.workspace !== undefined) headers['x-tessera-workspace'] = this.workspace;
    if (request?.['content-type'] !== undefined) headers['content-type'] = request['content-type'];
    try {
      return await fetch(`${this.url}/api/v1${path}`, { method, headers, ...(request?.body === undefined ? {} : { body: request.body }) });
    } catch (error) {
      throw new StoreUnavailableError(`${this.url}: the server does not answer (${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}); is \`tessera serve\` running there?`, { cause: error });
    }
  }

  private async send<S extends z.ZodType>(
    method: string,
    path: string,
    request: { 'content-type'?: string; body?: string | FormData } | undefined,
    schema: S,
  ): Promise<z.infer<S>> {
    const response = await this.fetch(method, path, request, 'application/json');
    const text = await response.text();
    const body = parseJson(text);
    if (!response.ok) throw problemError(this.url, method, path, response.status, body, text);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new TesseraError('invalid_input', `${this.url}: ${method} ${path} answered what this version of tessera does not read (${parsed.error.issues[0]?.message ?? 'bad shape'}); are the server and the CLI the same version?`);
    }
    return parsed.data;
  }
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function isErrorCode(code: string | undefined): code is ErrorCode {
  return code !== undefined && (ERROR_CODES as readonly string[]).includes(code);
}

/** The API's problem answer as an error: its code where the CLI has one, and its detail. */
function problemError(url: string, method: string, path: string, status: number, body: unknown, text: string): TesseraError {
  const problem = ProblemAnswerSchema.safeParse(body);
  const detail = problem.success ? (problem.data.detail ?? problem.data.title) : text.slice(0, 200);
  const code = problem.success ? problem.data.code : undefined;
  if (status === 401) return new TesseraError('invalid_input', `${url}: ${detail ?? 'authentication required'}: give an API token with --api-token or TESSERA_TOKEN (tessera tokens create NAME)`, { field: 'token' });
  if (status === 403) return new TesseraError('invalid_input', `${url}: ${detail ?? 'forbidden'} (the token's user may not do this)`, { field: 'token' });
  return new TesseraError(isErrorCode(code) ? code : status >= 500 ? 'store_unavailable' : 'invalid_input', `${detail ?? `${method} ${path}: HTTP ${status}`}`);
}

function queryString(query: QueryValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.append(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
