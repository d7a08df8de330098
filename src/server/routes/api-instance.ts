import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '../../jobs/index.js';
import type { Viewer } from '../../model/index.js';
import { ProblemSchema } from '../errors.js';

/** The Fastify instance routes register on: request and response types come from the zod schemas. */
export type ApiInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The store scoped to the request's workspace and viewer (set by the access hook). */
export function storeOf(request: FastifyRequest): Store {
  if (request.scopedStore === null) throw new Error(`${request.url}: no viewer on a route that needs one`);
  return request.scopedStore;
}

export function viewerOf(request: FastifyRequest): Viewer {
  if (request.viewer === null) throw new Error(`${request.url}: no viewer on a route that needs one`);
  return request.viewer;
}

/** The problem answers every route may give, for the OpenAPI document. */
export const PROBLEM_RESPONSES = {
  400: ProblemSchema.describe('Invalid input (RFC 9457 problem+json)'),
  401: ProblemSchema.describe('No valid credentials'),
  403: ProblemSchema.describe('The role or workspace does not allow it, or the CSRF token is missing'),
  404: ProblemSchema.describe('Not found'),
} as const;
