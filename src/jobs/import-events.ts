import {
  isTesseraError,
  TesseraError,
  toItemError,
  type EventFormat,
  type ImportEventsResult,
  type ImportFileResult,
  type RowError,
  type TlpMarking,
} from '../model/index.js';
import { fileSize } from '../formats/index.js';
import { appendAudit, EventImport, flagDuplicateEvents, refreshEventRollup, type Store } from '../store/index.js';
import { readActorNames } from './actor-resolver.js';
import { openEventBatches, type ActorLinks } from './event-batches.js';
import { importMarking } from './default-marking.js';

/** About the fewest bytes a dataset row takes (real ACLED rows average about 575): estimates the most rows a file holds. */
const BYTES_PER_ROW = 250;

export interface ImportEventsOptions {
  /** Format of every file; detected from each file's header when omitted. */
  format?: EventFormat;
  /** Dataset name for Tessera CSV files without a `dataset` column (default: the file name). */
  dataset?: string;
  /** Stop at the first bad row and leave the store exactly as before (all files in one transaction). */
  strict?: boolean;
  /** Rows per COPY batch (default 20,000). */
  batchSize?: number;
  /**
   * Links an actor's text to an entity id, when it resolves. By default the workspace's groups,
   * organisations and people are indexed (buildActorResolver); null links nothing.
   */
  resolveActor?: ((text: string) => string | null) | null;
  /** Called after each batch and at the end of each file. */
  onProgress?: (progress: ImportProgress) => void;
  /** The events' marking; the workspace's default marking when omitted. */
  marking?: TlpMarking;
  /** Most bad rows listed per file (all are counted; default 50). */
  maxListedErrors?: number;
  /**
   * Read each file in a worker thread while the store writes (default: files of 8 MB or more,
   * jobs/event-batches.ts); not with a resolveActor function, which cannot cross threads.
   */
  inWorker?: boolean;
}

export interface ImportProgress {
  path: string;
  fileIndex: number;
  fileCount: number;
  bytesRead: number;
  size: number;
  rows: number;
}

/**
 * Imports event files (ACLED, UCDP GED, GTD, Tessera CSV) into the store: each file streams in
 * batches bulk-loaded in one transaction; a re-import changes nothing, an updated row replaces
 * the old one. Bad rows are skipped and counted (or, with `strict`, the first one aborts
 * everything). Afterwards duplicates across sources are flagged and the roll-ups rebuilt.
 */
export async function importEvents(
  store: Store,
  paths: readonly string[],
  options: ImportEventsOptions = {},
): Promise<ImportEventsResult> {
  const links: ActorLinks = options.resolveActor === undefined ? { names: await readActorNames(store) } : { resolve: options.resolveActor };
  options = { ...options, marking: await importMarking(store, options.marking) };
  const files: ImportFileResult[] = [];
  const duplicateSourcesChanged = new Set<string>();
  const importFile = async (tx: Store, path: string, fileIndex: number) => {
    const { cells, ...result } = await importOneFile(tx, path, fileIndex, paths.length, options, links);
    const { errors: _errors, ...counts } = result;
    await appendAudit(tx, { action: 'events.import', targetIds: result.datasets, after: { marking: options.marking ?? null }, detail: counts });
    for (const source of await flagDuplicateEvents(tx)) duplicateSourcesChanged.add(source);
    const datasets = new Set(result.datasets);
    for (const source of duplicateSourcesChanged) if (source !== 'reports') datasets.add(source);
    await refreshEventRollup(tx, [...datasets], { expectedRows: result.rows, cells });
    return result;
  };
  if (options.strict) {
    await store.transaction(async (tx) => {
      for (const [index, path] of paths.entries()) files.push(await importFile(tx, path, index));
    });
  } else {
    for (const [index, path] of paths.entries()) {
      try {
        files.push(await store.transaction((tx) => importFile(tx, path, index)));
      } catch (error) {
        if (!isTesseraError(error)) throw error;
        files.push({ path, ok: false, error: toItemError(error) });
      }
    }
  }
  return { files, duplicateSourcesChanged: [...duplicateSourcesChanged] };
}

async function importOneFile(
  tx: Store,
  path: string,
  fileIndex: number,
  fileCount: number,
  options: ImportEventsOptions,
  links: ActorLinks,
): Promise<Extract<ImportFileResult, { ok: true }> & { cells: ReturnType<EventImport['rollupCells']> }> {
  const marking = options.marking ?? 'TLP:CLEAR';
  const size = await fileSize(path);
  const session = await EventImport.begin(tx, { expectedRows: Math.round(size / BYTES_PER_ROW), marking });
  const maxListed = options.maxListedErrors ?? 50;
  const reader = await openEventBatches(
    path,
    {
      ...(options.format === undefined ? {} : { format: options.format }),
      ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
      batchSize: options.batchSize ?? 20_000,
      workspaceId: tx.workspaceId,
      marking,
      maxListedErrors: maxListed,
    },
    links,
    size,
    ...(options.inWorker === undefined ? [] : [options.inWorker]),
  );
  const counts = { rows: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0 };
  const errors: RowError[] = [];
  const datasets = new Set<string>();
  let bytesRead = 0;
  const progress = () => options.onProgress?.({ path, fileIndex, fileCount, bytesRead, size: reader.size, rows: counts.rows });
  for await (const batch of reader.batches) {
    const [firstError] = batch.errors;
    if (options.strict && firstError !== undefined) {
      throw new TesseraError('invalid_input', `${path} line ${firstError.line}: ${firstError.error}`, { path, line: firstError.line });
    }
    counts.rows += batch.rows;
    counts.skipped += batch.skipped;
    for (const { line, error } of batch.errors) {
      if (errors.length < maxListed) errors.push({ line, message: `${path} line ${line}: ${error}` });
    }
    for (const dataset of batch.events.datasets) datasets.add(dataset);
    // the reader (in a worker for a large file) goes on parsing while this batch is written
    const result = await session.upsertEncoded(batch.events);
    counts.inserted += result.inserted;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
    bytesRead = batch.bytesRead;
    progress();
  }
  await session.finish();
  bytesRead = reader.size;
  progress();
  return { path, ok: true, format: reader.format, datasets: [...datasets], ...counts, errors, cells: session.rollupCells(reader.rollupCells()) };
}
