import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isTesseraError, TesseraError, type ErrorCode, type EventFormat, type TlpMarking } from '../model/index.js';
import { openEventFile } from '../formats/index.js';
import { EventEncoder, type EncodedEvents } from '../store/index.js';
import { actorResolverOf, type ActorNames } from './actor-resolver.js';
import { loadReferenceAliases } from './load-reference-aliases.js';

/** Files this large or larger are read in a worker thread (about 15,000 ACLED rows). */
export const WORKER_MIN_BYTES = 8 * 2 ** 20;

/** Batches the worker may read ahead of the store. */
const BATCHES_AHEAD = 2;

export interface EventBatchOptions {
  format?: EventFormat;
  dataset?: string;
  /** Rows per batch. */
  batchSize: number;
  /** Workspace and marking the rows are encoded for (EventImport's). */
  workspaceId: string;
  marking: TlpMarking;
  /** Most bad rows listed in all (the first is always listed; all are counted). */
  maxListedErrors: number;
}

/** A batch of a file's rows, encoded for the store, with what the reader met on the way. */
export interface EventBatch {
  events: EncodedEvents;
  /** Rows read for this batch, good and bad. */
  rows: number;
  skipped: number;
  /** Bad rows, in file order, as far as the import lists them. */
  errors: { line: number; error: string }[];
  bytesRead: number;
}

/** An event file opened for reading in encoded batches. */
export interface EventBatches {
  format: EventFormat;
  size: number;
  batches: AsyncIterable<EventBatch>;
  /** The roll-up cells of all the batches (EventEncoder.rollupCells), once they have all been read. */
  rollupCells(): RollupCellCounts;
}

/** Where actors' entity links come from: names a resolver is built from (in the reader's thread), or a resolver. */
export type ActorLinks = { names: ActorNames | null } | { resolve: ((text: string) => string | null) | null };

/**
 * Opens an event file and reads it as batches encoded for the store's COPY, resolving each actor
 * to an entity on the way. A large file (WORKER_MIN_BYTES or more, unless `inWorker` says
 * otherwise) is read, mapped and encoded in a worker thread, a couple of batches ahead, so the
 * store writes one batch while the next is parsed; links then come from names (a resolver cannot
 * cross threads). The same code reads in either thread, so both give the same batches.
 */
export async function openEventBatches(
  path: string,
  options: EventBatchOptions,
  links: ActorLinks,
  size: number,
  inWorker = size >= WORKER_MIN_BYTES,
): Promise<EventBatches> {
  if (inWorker && 'names' in links) return openInWorker(path, options, links.names);
  const resolve = 'resolve' in links ? links.resolve : actorResolverOf(links.names, await loadReferenceAliases());
  return readEventBatches(path, options, resolve);
}

/** Reads the batches in this thread. */
export async function readEventBatches(
  path: string,
  options: EventBatchOptions,
  resolveActor: ((text: string) => string | null) | null,
): Promise<EventBatches> {
  const reader = await openEventFile(path, {
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
  });
  const actorIds = new Map<string, string | null>();
  const resolve = (text: string): string | null => {
    let id = actorIds.get(text);
    if (id === undefined) {
      id = resolveActor!(text);
      actorIds.set(text, id);
    }
    return id;
  };
  const listed = Math.max(1, options.maxListedErrors);
  // each row is encoded as it comes (EventEncoder), so a batch holds its lines, not its rows
  const encoder = new EventEncoder(options.workspaceId, options.marking);
  async function* batches(): AsyncGenerator<EventBatch> {
    let events = 0;
    let batch = { rows: 0, skipped: 0, errors: [] as EventBatch['errors'] };
    let errorsListed = 0;
    const take = (): EventBatch => {
      const taken = { ...batch, events: encoder.take(), bytesRead: reader.bytesRead };
      events = 0;
      batch = { rows: 0, skipped: 0, errors: [] };
      return taken;
    };
    for await (const row of reader.rows) {
      batch.rows += 1;
      if ('error' in row) {
        batch.skipped += 1;
        if (errorsListed < listed) {
          batch.errors.push(row);
          errorsListed += 1;
        }
        continue;
      }
      const event = row.event;
      if (resolveActor) for (const actor of event.actors) actor.entityId = resolve(actor.text);
      encoder.add(event);
      events += 1;
      if (events >= options.batchSize) yield take();
    }
    if (batch.rows > 0) yield take();
  }
  return { format: reader.format, size: reader.size, batches: batches(), rollupCells: () => encoder.rollupCells() };
}

/** The roll-up cells an encoder counted (store/event-rollup-cells.ts). */
type RollupCellCounts = ReturnType<EventEncoder['rollupCells']>;

/** What the worker posts: the file's format and size, each batch, the end, or why it stopped. */
export type EventBatchMessage =
  | { kind: 'opened'; format: EventFormat; size: number }
  | { kind: 'batch'; batch: EventBatch }
  | { kind: 'end'; cells: RollupCellCounts }
  | { kind: 'failed'; code: ErrorCode | null; message: string; details?: Record<string, unknown> };

/** What the worker is given. */
export interface EventBatchWorkerData {
  path: string;
  options: EventBatchOptions;
  names: ActorNames | null;
}

/**
 * The worker's module and how to start it: the built JavaScript beside this file, or, running from
 * the TypeScript sources (tsx, vitest), the same module in dist/ while dist/ is built from the
 * sources as they are now (the check bin/tessera.js makes; the test suite's setup builds dist/ when
 * it is stale): a worker starts on 0.75 instead of 1.3–2.2 CPU-s through tsx. Else the .ts file
 * through tsx's loader registered in the worker (a loader registered in this thread does not reach it).
 */
async function workerSource(): Promise<{ code: string }> {
  const isSource = import.meta.url.endsWith('.ts');
  const importOf = (href: string) => ({ code: `import(${JSON.stringify(href)});` });
  if (!isSource) return importOf(new URL('./event-batch-worker.js', import.meta.url).href);
  if (await isDistCurrent()) return importOf(new URL('../../dist/jobs/event-batch-worker.js', import.meta.url).href);
  const url = new URL('./event-batch-worker.ts', import.meta.url).href;
  // tsx's ES module API (require.resolve finds its CommonJS twin, whose loader does not start in a worker)
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return { code: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });` };
}

/** Whether dist/ is built from these sources as they are now, by bin/build-sources.js (read from the sources only). */
async function isDistCurrent(): Promise<boolean> {
  try {
    const buildSources = new URL('../../bin/build-sources.js', import.meta.url).href;
    const { DIST_DIR, isBuiltFrom } = (await import(buildSources)) as { DIST_DIR: string; isBuiltFrom: (built: unknown) => boolean };
    return isBuiltFrom(JSON.parse(await readFile(join(DIST_DIR, 'build.json'), 'utf8')));
  } catch {
    return false;
  }
}

async function openInWorker(path: string, options: EventBatchOptions, names: ActorNames | null): Promise<EventBatches> {
  const data: EventBatchWorkerData = { path, options, names };
  const worker = new Worker((await workerSource()).code, { eval: true, workerData: data });
  const queue: EventBatchMessage[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: EventBatchMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the event file reader stopped (exit code ${code})`);
    notify();
  });
  const next = async (): Promise<EventBatchMessage> => {
    for (;;) {
      const message = queue.shift();
      if (message !== undefined) {
        if (message.kind === 'failed') {
          throw message.code === null ? new Error(message.message) : new TesseraError(message.code, message.message, message.details);
        }
        return message;
      }
      if (failure !== null) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  let opened: EventBatchMessage;
  try {
    opened = await next();
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  if (opened.kind !== 'opened') throw new Error('the event file reader did not open the file');
  let cells: RollupCellCounts | null = null;
  async function* batches(): AsyncGenerator<EventBatch> {
    try {
      for (;;) {
        const message = await next();
        if (message.kind === 'end') {
          cells = message.cells;
          return;
        }
        if (message.kind === 'batch') {
          worker.postMessage('more');
          yield message.batch;
        }
      }
    } finally {
      await worker.terminate();
    }
  }
  const rollupCells = (): RollupCellCounts => {
    if (cells === null) throw new Error('the event file reader has not finished');
    return cells;
  };
  return { format: opened.format, size: opened.size, batches: batches(), rollupCells };
}

/** Runs in the worker: reads the file and posts its batches, at most BATCHES_AHEAD ahead of the requests. */
export async function serveEventBatches(data: EventBatchWorkerData, post: (message: EventBatchMessage) => void, onMore: (listener: () => void) => void): Promise<void> {
  let credit = BATCHES_AHEAD;
  let wake: (() => void) | null = null;
  onMore(() => {
    credit += 1;
    wake?.();
    wake = null;
  });
  try {
    const resolve = actorResolverOf(data.names, data.names === null ? null : await loadReferenceAliases());
    const reader = await readEventBatches(data.path, data.options, resolve);
    post({ kind: 'opened', format: reader.format, size: reader.size });
    for await (const batch of reader.batches) {
      while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve));
      credit -= 1;
      post({ kind: 'batch', batch });
    }
    post({ kind: 'end', cells: reader.rollupCells() });
  } catch (error) {
    const details = isTesseraError(error) ? error.details : undefined;
    post({
      kind: 'failed',
      code: isTesseraError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
      ...(details === undefined ? {} : { details }),
    });
  }
}
