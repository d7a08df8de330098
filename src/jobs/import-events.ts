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
import { openEventFile, type ImportedEvent } from '../formats/index.js';
import { appendAudit, EventImport, flagDuplicateEvents, refreshEventRollup, type Store } from '../store/index.js';
import { buildActorResolver } from './actor-resolver.js';
import { loadReferenceAliases } from './load-reference-aliases.js';
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
  const resolveActor =
    options.resolveActor === undefined ? await buildActorResolver(store, await loadReferenceAliases()) : options.resolveActor;
  options = { ...options, resolveActor, marking: await importMarking(store, options.marking) };
  const files: ImportFileResult[] = [];
  const duplicateSourcesChanged = new Set<string>();
  const importFile = async (tx: Store, path: string, fileIndex: number) => {
    const result = await importOneFile(tx, path, fileIndex, paths.length, options);
    const { errors: _errors, ...counts } = result;
    await appendAudit(tx, { action: 'events.import', targetIds: result.datasets, after: { marking: options.marking ?? null }, detail: counts });
    for (const source of await flagDuplicateEvents(tx)) duplicateSourcesChanged.add(source);
    const datasets = new Set(result.datasets);
    for (const source of duplicateSourcesChanged) if (source !== 'reports') datasets.add(source);
    await refreshEventRollup(tx, [...datasets]);
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
): Promise<Extract<ImportFileResult, { ok: true }>> {
  const reader = await openEventFile(path, {
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
  });
  const session = await EventImport.begin(tx, {
    expectedRows: Math.round(reader.size / BYTES_PER_ROW),
    ...(options.marking === undefined ? {} : { marking: options.marking }),
  });
  const batchSize = options.batchSize ?? 20_000;
  const maxListed = options.maxListedErrors ?? 50;
  const counts = { rows: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0 };
  const errors: RowError[] = [];
  const datasets = new Set<string>();
  const actorCache = new Map<string, string | null>();
  const resolveActor = options.resolveActor;
  const resolve = (text: string): string | null => {
    if (!resolveActor) return null;
    let id = actorCache.get(text);
    if (id === undefined) {
      id = resolveActor(text);
      actorCache.set(text, id);
    }
    return id;
  };
  let batch: ImportedEvent[] = [];
  const progress = () =>
    options.onProgress?.({ path, fileIndex, fileCount, bytesRead: reader.bytesRead, size: reader.size, rows: counts.rows });
  // one batch is written while the next is parsed (PostgreSQL works in its own process meanwhile)
  let pending: Promise<void> | null = null;
  const flush = async () => {
    if (pending) await pending;
    pending = null;
    if (batch.length === 0) return;
    const written = session.upsert(batch).then((result) => {
      counts.inserted += result.inserted;
      counts.updated += result.updated;
      counts.unchanged += result.unchanged;
      progress();
    });
    written.catch(() => undefined); // awaited at the next flush; never left unhandled meanwhile
    pending = written;
    batch = [];
  };
  for await (const row of reader.rows) {
    counts.rows += 1;
    if ('error' in row) {
      if (options.strict) {
        if (pending) await (pending as Promise<void>).catch(() => undefined);
        throw new TesseraError('invalid_input', `${path} line ${row.line}: ${row.error}`, { path, line: row.line });
      }
      counts.skipped += 1;
      if (errors.length < maxListed) errors.push({ line: row.line, message: `${path} line ${row.line}: ${row.error}` });
      continue;
    }
    const event = row.event;
    if (options.resolveActor) {
      event.actors = event.actors.map((actor) => ({ ...actor, entityId: resolve(actor.text) }));
    }
    datasets.add(event.origin.dataset);
    batch.push(event);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (pending) await pending;
  await session.finish();
  progress();
  return { path, ok: true, format: reader.format, datasets: [...datasets], ...counts, errors };
}
