import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  DEFAULT_MAX_INGEST_BYTES,
  formatByteSize,
  newId,
  toItemError,
  TesseraError,
  type CitedWork,
  type Document,
  type Id,
  type ItemError,
  type Sentence,
  type SourceReliability,
  type TlpMarking,
} from '../model/index.js';
import {
  documentFormatOf,
  createExtractionReference,
  extractKnowledge,
  findPublicationDate,
  sectionSentences,
  shiftExtraction,
  splitIntoSections,
  DEFAULT_SECTION_CHARS,
  readDocumentFile,
  structureDocument,
  toClaims,
  type Extraction,
  type ExtractKnowledgeInput,
  type ExtractKnowledgeOptions,
  type ExtractionReference,
} from '../ingest/index.js';
import {
  findCurrentVersion,
  findDocumentByHash,
  insertClaims,
  insertDocument,
  insertSentences,
  insertEntities,
  insertEvents,
  appendAudit,
  type Store,
} from '../store/index.js';
import { carryOverDecisions } from './carry-over-decisions.js';
import { DocumentScope } from './document-scope.js';
import { importMarking } from './default-marking.js';
import { EntityLinker } from './entity-linker.js';
import { loadReferenceAliases } from './load-reference-aliases.js';
import { HeapBudget } from './heap-budget.js';
import type { ReferenceAliases } from '../names/index.js';

export interface IngestFileResult {
  path: string;
  ok: boolean;
  documentId?: Id;
  title?: string | null;
  /** Claims written (proposed). */
  claims?: number;
  entities?: number;
  events?: number;
  /** Set when the document was already in the store (same content hash): nothing was written. */
  skipped?: 'duplicate';
  /**
   * Set when the file is a changed version of a document already there (same path, or same title
   * and date): the version it replaces, how many of that version's proposed claims are now
   * superseded, and how many accepted or rejected ones moved onto the new version.
   */
  newVersionOf?: { documentId: Id; superseded: number; carried: number };
  /** What the analyst should know about how the file was read (e.g. a detected legacy encoding). */
  warnings?: string[];
  error?: ItemError;
}

export interface IngestProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  path: string;
  /** Present when `path` has just finished. */
  result?: IngestFileResult;
  /** Present while `path` is read and written: how far into it (a long text by sections, a PDF by pages). */
  within?: WithinFileProgress;
}

export interface IngestFilesOptions {
  /** Read text files in this encoding instead of UTF-8/UTF-16 with detection. */
  encoding?: string;
  onProgress?: (progress: IngestProgress) => void;
  sourceReliability?: SourceReliability;
  /** The documents' marking (their claims and events inherit it); the workspace's default marking when omitted. */
  marking?: TlpMarking;
  /** The extractor; the rule-based `extractKnowledge` by default. */
  extract?: (input: ExtractKnowledgeInput, options: ExtractKnowledgeOptions) => Extraction;
  /** Least name-match score that links a mention to an entity already in the store (default 0.92). */
  linkThreshold?: number;
  /** Known alias sets mentions link through (default: the reference pack; null: none). */
  reference?: ReferenceAliases | null;
  /** The extractor's gazetteer and matcher, shared by the run's documents (made per call when omitted). */
  extractionReference?: ExtractionReference;
  /** Largest file read, in bytes (default DEFAULT_MAX_INGEST_BYTES, 100 MB); a larger one is refused before anything is written. */
  maxBytes?: number;
  /** About how many characters of text one section of a long document holds (default 1,000,000). */
  sectionChars?: number;
  /** The path or name each file is recorded under when it is not its own path (an upload's original name): versions are found by it. */
  sourcePaths?: ReadonlyMap<string, string>;
}

/** The refusal of a file over the ingest size limit, before anything of it is read or written. */
export function fileTooLargeError(name: string, bytes: number, maxBytes: number): TesseraError {
  return new TesseraError(
    'invalid_input',
    `${basename(name)}: ${formatByteSize(bytes)} is over the ingest size limit of ${formatByteSize(maxBytes)}; raise it with --max-size (or TESSERA_MAX_SIZE)`,
    { field: 'maxSize', reason: 'file too large', bytes, maxBytes },
  );
}

/**
 * Files to ingest: directories expanded recursively to the files Tessera reads; named files as
 * given. A file larger than `maxBytes` (default 100 MB) is refused here, with an error result.
 */
export async function expandIngestPaths(
  paths: readonly string[],
  maxBytes: number = DEFAULT_MAX_INGEST_BYTES,
): Promise<{ files: string[]; errors: IngestFileResult[] }> {
  const files: string[] = [];
  const errors: IngestFileResult[] = [];
  const add = (path: string, given: string, bytes: number): void => {
    if (bytes <= maxBytes) files.push(path);
    else errors.push({ path: given, ok: false, error: toItemError(fileTooLargeError(given, bytes, maxBytes)) });
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && documentFormatOf(path) !== null) add(path, path, (await stat(path)).size);
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else add(path, given, info.size);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' ? `${given}: no such file or directory` : `${given}: cannot be read (${code ?? String(error)})`;
      errors.push({ path: given, ok: false, error: { code: code === 'ENOENT' ? 'not_found' : 'invalid_input', message } });
    }
  }
  return { files: [...new Set(files)], errors };
}

/** The sha-256 of a file's bytes, read a chunk at a time. */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '23505' || /duplicate key value/.test(error instanceof Error ? error.message : '');
}

/** How far into the file being ingested: bytes of text extracted and written, or pages of a PDF read. */
export interface WithinFileProgress {
  done: number;
  total: number;
  unit: 'bytes' | 'pages';
}

/** A file read and taken apart for ingest. `stored` (the text as stored, and the works its notes cite) is let go once written. */
interface PreparedDocument {
  contentHash: string;
  format: Document['format'];
  title: string | null;
  published: Document['published'];
  warnings: string[];
  bodyEnd: number;
  sentences: Sentence[];
  /** The text with note markers blanked: what the sections are extracted from and quoted from. */
  maskedText: string;
  stored: { text: string; citedWorks: CitedWork[] } | null;
}

/** A string of its own: a slice of a long text would keep the whole text alive (V8 slices point into their parent). */
function ownString<T extends string | null>(value: T): T {
  return (value === null ? null : ` ${value}`.slice(1)) as T;
}

/** Reads a file (a plain text streamed, read-document.ts) and takes it apart: body, endnotes, markers, sentences. */
async function prepareDocument(path: string, contentHash: string, options: IngestFilesOptions, report: (within: WithinFileProgress) => void): Promise<PreparedDocument> {
  const file = await readDocumentFile(path, {
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    onPage: (done, total) => report({ done, total, unit: 'pages' }),
  });
  if (file.contentHash !== contentHash) throw new TesseraError('conflict', `${basename(path)}: changed while it was read; ingest it again`);
  const { read } = file;
  const structure = structureDocument(read.text);
  return {
    contentHash,
    format: read.format,
    title: ownString(read.title),
    published: read.published,
    warnings: read.warnings ?? [],
    bodyEnd: structure.bodyEnd,
    sentences: structure.sentences,
    maskedText: structure.maskedText,
    stored: { text: read.text, citedWorks: structure.citedWorks },
  };
}

/**
 * Reads, extracts and writes one document in one transaction; nothing of it stays if any step
 * fails (or the process stops). A long text is extracted and written in sections of about
 * `sectionChars` (document-sections.ts), so memory holds one section's extraction at a time;
 * the document and its cited works are written first and their text let go (the sections read
 * the masked copy), and every claim's evidence indexes into the whole text. Where reading,
 * writing and each section leave garbage, the heap budget (heap-budget.ts) collects it.
 */
async function writeDocument(
  store: Store,
  path: string,
  fileBytes: number,
  contentHash: string,
  linker: EntityLinker,
  options: IngestFilesOptions,
  report: (within: WithinFileProgress) => void,
) {
  const heap = new HeapBudget();
  const prepared = await prepareDocument(path, contentHash, options, report);
  heap.afterStep();
  const { sentences, maskedText, bodyEnd } = prepared;
  const sections = splitIntoSections(maskedText, sentences, bodyEnd, options.sectionChars ?? DEFAULT_SECTION_CHARS);
  const extract = options.extract ?? extractKnowledge;
  const recordedAt = new Date().toISOString();
  const documentId = newId();
  const documentPath = options.sourcePaths?.get(path) ?? path;
  const sourceReliability = options.sourceReliability ?? 'F';
  const marking = options.marking ?? 'TLP:CLEAR';
  // a long document without a dateline: the date in its first lines holds for every section
  const published = prepared.published ?? (sections.length > 1 ? findPublicationDate(maskedText) : null);
  const scope = new DocumentScope(linker);
  // a changed version of a document already there: same path, else same title and date
  const previous = await findCurrentVersion(store, { path: documentPath, title: prepared.title, published: prepared.published });
  const written = { claims: 0, entities: 0, events: 0, superseded: 0, carried: 0 };
  await store.transaction(async (tx) => {
    const isWhole = sections.length === 1;
    const stored = prepared.stored!;
    prepared.stored = null;
    await insertDocument(
      tx,
      {
        id: documentId,
        contentHash,
        path: documentPath,
        format: prepared.format,
        title: prepared.title,
        text: stored.text,
        bodyEnd,
        published: prepared.published,
        sourceReliability,
        marking,
        ingestedAt: recordedAt,
      },
      isWhole ? sentences : [],
      stored.citedWorks,
    );
    heap.afterStep();
    for (const [index, section] of sections.entries()) {
      if (!isWhole) await insertSentences(tx, documentId, sentences.slice(section.sentenceStart, section.sentenceEnd));
      const sectionText = isWhole ? maskedText : maskedText.slice(section.start, section.end);
      const extraction = extract(
        { text: sectionText, bodyEnd: isWhole ? bodyEnd : sectionText.length, sentences: isWhole ? sentences : sectionSentences(sentences, section) },
        {
          published,
          ...(options.extractionReference === undefined ? {} : { reference: options.extractionReference }),
          ...(isWhole ? {} : { section: { isFirst: index === 0, isLast: index === sections.length - 1 } }),
        },
      );
      if (!isWhole) shiftExtraction(extraction, section);
      const knowledge = scope.admit(
        extraction,
        toClaims({
          documentId,
          // (the stored text and the masked one have the same length: spans index into both)
          text: maskedText,
          sentences,
          extraction,
          resolveEntity: (entity) => scope.resolve(entity),
          sourceReliability,
          marking,
          recordedAt,
        }),
      );
      await insertEntities(tx, knowledge.newEntities);
      let writes = { claims: knowledge.claims, events: knowledge.events, superseded: 0, carried: 0 };
      if (previous !== null) writes = await carryOverDecisions(tx, previous.id, documentId, knowledge);
      await insertEvents(tx, writes.events);
      await insertClaims(tx, writes.claims);
      written.claims += writes.claims.length;
      written.entities += knowledge.newEntities.length;
      written.events += writes.events.length;
      written.superseded += writes.superseded;
      written.carried += writes.carried;
      heap.afterStep();
      if (!isWhole) report({ done: Math.round((fileBytes * section.end) / bodyEnd), total: fileBytes, unit: 'bytes' });
    }
    await appendAudit(tx, {
      action: 'document.ingest',
      targetIds: [documentId],
      after: {
        path: documentPath,
        contentHash,
        marking,
        claims: written.claims,
        entities: written.entities,
        events: written.events,
        ...(previous === null ? {} : { previousVersionId: previous.id, supersededClaims: written.superseded, carriedClaims: written.carried }),
      },
    });
  });
  return {
    document: { id: documentId, title: prepared.title },
    written,
    learnable: { claims: scope.learnable, entityTypes: scope.entityTypes },
    newVersionOf: previous === null ? null : { documentId: previous.id, superseded: written.superseded, carried: written.carried },
    warnings: prepared.warnings,
  };
}

/**
 * Ingests report files into the store: directories recursively, each file hashed (sha-256) and
 * skipped when its content is already there, then read, split into body, sentences and
 * endnotes, extracted, linked to known entities, and written in one transaction with its
 * sentences, cited works, new entities, events and proposed claims. A bad file gets its own
 * error result and the batch goes on.
 */
export async function ingestFiles(store: Store, paths: readonly string[], options: IngestFilesOptions = {}): Promise<IngestFileResult[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INGEST_BYTES;
  const { files, errors } = await expandIngestPaths(paths, maxBytes);
  const results: IngestFileResult[] = [...errors];
  const total = files.length;
  if (total === 0) return results;
  options = {
    ...options,
    marking: await importMarking(store, options.marking),
    extractionReference: options.extractionReference ?? createExtractionReference(),
  };
  const reference = options.reference === undefined ? await loadReferenceAliases() : options.reference;
  const linker = await EntityLinker.load(store, options.linkThreshold ?? 0.92, reference);
  let done = 0;
  for (const path of files) {
    options.onProgress?.({ done, total, path });
    let result: IngestFileResult;
    try {
      // (the file grew since it was listed)
      const size = (await stat(path)).size;
      if (size > maxBytes) throw fileTooLargeError(options.sourcePaths?.get(path) ?? path, size, maxBytes);
      const hash = await hashFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new TesseraError('invalid_input', `${path}: cannot be read (${error.code ?? error.message})`, undefined, { cause: error });
      });
      const existing = await findDocumentByHash(store, hash);
      if (existing !== null) {
        result = { path, ok: true, documentId: existing.id, title: existing.title, skipped: 'duplicate', claims: 0 };
      } else {
        try {
          const written = await writeDocument(store, path, size, hash, linker, options, (within) => options.onProgress?.({ done, total, path, within }));
          linker.learn(written.learnable);
          result = {
            path,
            ok: true,
            documentId: written.document.id,
            title: written.document.title,
            claims: written.written.claims,
            entities: written.written.entities,
            events: written.written.events,
            ...(written.newVersionOf === null ? {} : { newVersionOf: written.newVersionOf }),
            ...(written.warnings.length > 0 ? { warnings: written.warnings } : {}),
          };
        } catch (error) {
          // the same content written meanwhile by another process
          if (!isUniqueViolation(error)) throw error;
          const again = await findDocumentByHash(store, hash);
          if (again === null) throw error;
          result = { path, ok: true, documentId: again.id, title: again.title, skipped: 'duplicate', claims: 0 };
        }
      }
    } catch (error) {
      const itemError = toItemError(error);
      const name = basename(path);
      // every failure names its file, whatever layer it came from
      if (!itemError.message.includes(name)) itemError.message = `${name}: ${itemError.message}`;
      result = { path, ok: false, error: itemError };
    }
    results.push(result);
    done += 1;
    options.onProgress?.({ done, total, path, result });
  }
  return results;
}
