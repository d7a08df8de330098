import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isTesseraError, type ErrorCode } from '../model/index.js';

/** Codes only the HTTP edge knows: who may call, how much they may send, how often. */
export const EDGE_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'rate_limited',
  'internal_error',
] as const;
export type EdgeErrorCode = (typeof EDGE_ERROR_CODES)[number];
export type ProblemCode = ErrorCode | EdgeErrorCode;

/** The one table from error code to HTTP status and problem title. */
export const PROBLEM_STATUS: Record<ProblemCode, { status: number; title: string }> = {
  invalid_input: { status: 400, title: 'Invalid input' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unsupported_format: { status: 415, title: 'Unsupported format' },
  corrupt_file: { status: 422, title: 'Corrupt file' },
  store_unavailable: { status: 503, title: 'Store unavailable' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  csrf_failed: { status: 403, title: 'CSRF token missing or wrong' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Internal error' },
};

/** RFC 9457 problem details, with the Tessera code, the fields at fault and the request id. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), reason: z.string() })),
  requestId: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export interface FieldError {
  field: string;
  reason: string;
}

/** An error raised at the HTTP edge itself (credentials, roles, CSRF, limits). */
export class HttpProblem extends Error {
  constructor(
    readonly code: EdgeErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

const FASTIFY_STATUS_CODES: Record<number, ProblemCode> = {
  400: 'invalid_input',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'unsupported_media_type',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Turns any error into a problem; only unknown errors are hidden (and flagged for logging). */
export function toProblem(error: unknown, request: FastifyRequest): { problem: Problem; isUnexpected: boolean } {
  const build = (code: ProblemCode, detail: string, errors: FieldError[] = []): Problem => {
    const { status, title } = PROBLEM_STATUS[code];
    return { type: `urn:tessera:problem:${code}`, title, status, detail, instance: request.url.split('?')[0] ?? request.url, code, errors, requestId: request.id };
  };
  if (error instanceof HttpProblem) return { problem: build(error.code, error.message, error.errors), isUnexpected: false };
  if (isTesseraError(error)) {
    const errors = fieldErrorsOf(error.details);
    return { problem: build(error.code, error.message, errors), isUnexpected: false };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      field: fieldName(error.validationContext, issue.instancePath),
      reason: issue.message ?? 'invalid',
    }));
    const detail = errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
    return { problem: build('invalid_input', detail || 'the request is not valid', errors), isUnexpected: false };
  }
  if (isResponseSerializationError(error)) {
    return { problem: build('internal_error', 'the server could not answer this request'), isUnexpected: true };
  }
  const fastifyError = error as Partial<FastifyError> | undefined;
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = FASTIFY_STATUS_CODES[status] ?? 'invalid_input';
    const detail = code === 'payload_too_large' ? tooLargeDetail(fastifyError) : (fastifyError?.message ?? 'bad request');
    return { problem: build(code, detail), isUnexpected: false };
  }
  return { problem: build('internal_error', 'the server failed on this request; the log has the details'), isUnexpected: true };
}

function tooLargeDetail(error: Partial<FastifyError> | undefined): string {
  if (error?.code === 'FST_REQ_FILE_TOO_LARGE') return 'the uploaded file is larger than the upload size limit';
  if (error?.code === 'FST_FILES_LIMIT' || error?.code === 'FST_PARTS_LIMIT') return 'too many files or parts in the upload';
  return 'the request body is larger than the body size limit';
}

function fieldName(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const where = context === 'querystring' ? 'query' : (context ?? 'body');
  return path === '' ? where : `${where}.${path}`;
}

function fieldErrorsOf(details: Record<string, unknown> | undefined): FieldError[] {
  const field = details?.field;
  if (typeof field === 'string') return [{ field, reason: typeof details?.reason === 'string' ? details.reason : 'invalid' }];
  const issues = details?.issues;
  if (Array.isArray(issues)) {
    return issues.map((issue: { path?: unknown; message?: unknown }): FieldError => ({ field: String(issue.path ?? ''), reason: String(issue.message ?? 'invalid') }));
  }
  const problems = details?.problems;
  if (Array.isArray(problems)) return problems.map((p) => ({ field: '', reason: String(p) }));
  return [];
}

/** Fastify error handler: problem+json for everything, stack logged only for the unexpected. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { problem, isUnexpected } = toProblem(error, request);
  if (isUnexpected) request.log.error({ err: error }, 'unexpected error');
  else request.log.info({ code: problem.code, status: problem.status }, problem.detail);
  if (problem.code === 'unauthorized') reply.header('www-authenticate', 'Bearer realm="tessera"');
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
