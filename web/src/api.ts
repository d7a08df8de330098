/**
 * The workbench's one client of the HTTP API (`/api/v1`). Every answer is checked against the
 * model's own zod schema (src/model), the same one the server validates and documents with, so a
 * contract drift shows as an error here instead of a blank view.
 */
import { z } from 'zod';
import {
  DocumentListPageSchema,
  DocumentViewSchema,
  EditClaimResultSchema,
  EntityListPageSchema,
  EntityViewSchema,
  EventAnomalyResultSchema,
  EventCountResultSchema,
  EventListPageSchema,
  EventSeasonalityResultSchema,
  EventTopResultSchema,
  GraphEgoResultSchema,
  GraphMeasuresResultSchema,
  ImportJobSchema,
  LinkChartGraphSchema,
  linkChartGraphProblem,
  MergeResultSchema,
  ReviewDecisionResultSchema,
  ReviewItemSchema,
  SearchResultSchema,
  SplitResultSchema,
  ViewerSchema,
  type ClaimChanges,
  type ReviewDecisionInput,
  type ReviewSelection,
} from '../../src/model/index.js';

const BASE = '/api/v1';

/** The session as `/me` and the login routes answer it. */
export const SessionSchema = z.object({ viewer: ViewerSchema, csrfToken: z.string().nullable(), expiresAt: z.string().nullable() });
export type Session = z.infer<typeof SessionSchema>;

/** What the API answers on an error (RFC 9457 problem details); the fields the workbench shows. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors: { field: string; reason: string }[];
}

/** A failed call: the HTTP status, the problem's code and its one-line detail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: { field: string; reason: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Called when any call answers 401 (the session ended): the shell shows the sign-in page. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${path.startsWith('/api/') ? path : BASE + path}${search === '' ? '' : `?${search}`}`;
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: Partial<Problem> = {};
  try {
    body = (await response.json()) as Partial<Problem>;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, body.code ?? 'http_error', body.detail ?? `${response.status} ${response.statusText}`, body.errors ?? []);
}

async function call<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  schema: S,
  options: { query?: Query; body?: unknown; signal?: AbortSignal; form?: FormData } = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (options.form !== undefined) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(urlOf(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) {
    const error = await problemOf(response);
    if (response.status === 401 && !path.startsWith('/session')) for (const listener of unauthorizedListeners) listener();
    throw error;
  }
  if (response.status === 204) return schema.parse(null);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(response.status, 'contract_mismatch', `${method} ${path}: the answer does not match the model (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`);
  }
  return parsed.data;
}

function remember(session: Session): Session {
  csrfToken = session.csrfToken;
  return session;
}

const ItemsOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });


export const api = {
  me: async () => remember(await call('GET', '/me', SessionSchema)),
  login: async (name: string, password: string) => remember(await call('POST', '/session', SessionSchema, { body: { name, password } })),
  redeem: async (token: string) => remember(await call('POST', '/session/redeem', SessionSchema, { body: { token } })),
  logout: async () => {
    await call('DELETE', '/session', z.null());
    csrfToken = null;
  },
  search: (q: string, signal?: AbortSignal) => call('GET', '/search', SearchResultSchema, { query: { q, limit: 20 }, ...(signal ? { signal } : {}) }),
  documents: (query: { limit: number; offset?: number }) => call('GET', '/documents', DocumentListPageSchema, { query }),
  document: (id: string) => call('GET', `/documents/${encodeURIComponent(id)}`, DocumentViewSchema),
  claims: (selection: Omit<ReviewSelection, 'ids'>, signal?: AbortSignal) =>
    call('GET', '/claims', ItemsOf(ReviewItemSchema), { query: selection as Query, ...(signal ? { signal } : {}) }),
  decide: (id: string, action: 'accept' | 'reject') => call('POST', `/claims/${id}/${action}`, ReviewDecisionResultSchema),
  decideByFilter: (input: ReviewDecisionInput) => call('POST', '/claims/review', ReviewDecisionResultSchema, { body: input }),
  editClaim: (id: string, changes: ClaimChanges) => call('PATCH', `/claims/${id}`, EditClaimResultSchema, { body: { changes } }),
  entities: (query: { type?: string; contains?: string; limit?: number; offset?: number }) => call('GET', '/entities', EntityListPageSchema, { query }),
  entity: (id: string) => call('GET', `/entities/${encodeURIComponent(id)}`, EntityViewSchema),
  merge: (a: string, b: string) => call('POST', '/entities/merge', MergeResultSchema, { body: { a, b } }),
  split: (a: string, b: string) => call('POST', '/entities/split', SplitResultSchema, { body: { a, b } }),
  /** The events the filters select, a page after the cursor (GET /events). */
  events: (query: Query & { after?: string | null; limit?: number }, signal?: AbortSignal) =>
    call('GET', '/events', EventListPageSchema, { query, ...(signal ? { signal } : {}) }),
  eventCount: (query: Query) => call('GET', '/events/count', EventCountResultSchema, { query }),
  eventSeasonality: (query: Query) => call('GET', '/events/seasonality', EventSeasonalityResultSchema, { query }),
  eventTop: (query: Query) => call('GET', '/events/top', EventTopResultSchema, { query }),
  eventAnomaly: (query: Query) => call('GET', '/events/anomaly', EventAnomalyResultSchema, { query }),
  upload: (kind: 'reports' | 'events', files: File[], fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    for (const file of files) form.append('file', file, file.name);
    return call('POST', `/imports/${kind}`, ImportJobSchema, { form });
  },
  /** The relation network in the link chart's compact columns, through the caller's clearance (GET /graph/chart). */
  graph: async (query: { includeProposed?: boolean }, signal?: AbortSignal) => {
    const graph = await call('GET', '/graph/chart', LinkChartGraphSchema, { query, ...(signal ? { signal } : {}) });
    const problem = linkChartGraphProblem(graph);
    if (problem !== null) throw new ApiError(200, 'contract_mismatch', `GET /graph/chart: ${problem}`);
    return graph;
  },
  /** An entity's neighbourhood with every claim's evidence (GET /graph/ego), read when the analyst asks for it. */
  graphEgo: (query: { entity: string; depth?: number; includeProposed?: boolean }, signal?: AbortSignal) =>
    call('GET', '/graph/ego', GraphEgoResultSchema, { query, ...(signal ? { signal } : {}) }),
  /** Degree, betweenness, PageRank… per entity (GET /graph/measures). */
  graphMeasures: (query: { includeProposed?: boolean }, signal?: AbortSignal) =>
    call('GET', '/graph/measures', GraphMeasuresResultSchema, { query, ...(signal ? { signal } : {}) }),
  importJob: (id: string) => call('GET', `/imports/${id}`, ImportJobSchema),
};
