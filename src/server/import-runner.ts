import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toItemError, type ImportJob, type ImportKind } from '../model/index.js';


export interface ImportProgressUpdate {
  done: number;
  total?: number | null;
  unit?: string;
  message?: string | null;
}

export interface ImportTask {
  kind: ImportKind;
  workspace: string;
  createdBy: string;
  files: { name: string; bytes: number }[];
  /** Where the uploads lie; removed when the task ends. */
  directory: string;
  run(report: (update: ImportProgressUpdate) => void): Promise<unknown>;
}

const KEPT_JOBS = 200;

/**
 * The small in-process import runner: uploads become background jobs run one at a time (so the
 * store is not loaded by many imports at once), their progress readable by GET and streamed
 * to server-sent-event listeners. Jobs live in memory; finished ones are kept for reading back.
 */
export class ImportRunner {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly events = new EventEmitter();
  private queue: Promise<void> = Promise.resolve();
  private readonly baseDir: string;
  private isClosed = false;

  private readonly onUnexpected: (error: unknown) => void;

  constructor(options: { uploadDir?: string | undefined; onUnexpected?: (error: unknown) => void } = {}) {
    this.baseDir = options.uploadDir ?? tmpdir();
    this.onUnexpected = options.onUnexpected ?? (() => undefined);
    this.events.setMaxListeners(0);
  }

  /** A fresh private directory for one upload; files in it get generated names. */
  async makeUploadDirectory(): Promise<string> {
    await mkdir(this.baseDir, { recursive: true });
    return mkdtemp(join(this.baseDir, 'tessera-upload-'));
  }

  /** A generated file name that keeps only a safe extension of the original name. */
  storedName(originalName: string): string {
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(originalName)?.[1]?.toLowerCase();
    return `${randomUUID()}${extension ? `.${extension}` : ''}`;
  }

  submit(task: ImportTask): ImportJob {
    if (this.isClosed) throw new Error('the import runner is closed');
    const job: ImportJob = {
      id: randomUUID(),
      kind: task.kind,
      workspace: task.workspace,
      state: 'queued',
      createdBy: task.createdBy,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      files: task.files,
      progress: { done: 0, total: null, unit: task.kind === 'reports' ? 'files' : task.kind === 'stix' ? 'objects' : 'rows', message: null },
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.forgetOld();
    this.queue = this.queue.then(() => this.execute(job, task));
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  list(workspace: string): ImportJob[] {
    return [...this.jobs.values()].filter((job) => job.workspace === workspace).reverse();
  }

  /** Calls `listener` with the job after every change until it ends; returns the unsubscribe. */
  watch(id: string, listener: (job: ImportJob) => void): () => void {
    this.events.on(id, listener);
    return () => this.events.off(id, listener);
  }

  /** Waits for running and queued imports to end (server shutdown). */
  async close(): Promise<void> {
    this.isClosed = true;
    await this.queue;
  }

  private async execute(job: ImportJob, task: ImportTask): Promise<void> {
    job.state = 'running';
    this.emit(job);
    let outcome: Pick<ImportJob, 'state' | 'result' | 'error'>;
    try {
      const result = await task.run((update) => {
        job.progress = {
          done: update.done,
          total: update.total ?? job.progress.total,
          unit: update.unit ?? job.progress.unit,
          message: update.message ?? null,
        };
        this.emit(job);
      });
      outcome = { state: 'done', result: result ?? null, error: null };
    } catch (error) {
      const itemError = toItemError(error);
      if (itemError.code === 'internal_error') this.onUnexpected(error);
      // an unexpected error's message may name internals: it stays in the log
      const shown = itemError.code === 'internal_error' ? { code: 'internal_error', message: 'the import failed; the server log has the details' } : itemError;
      outcome = { state: 'failed', result: null, error: shown };
    }
    // the uploads are gone before anyone reads the job as ended
    await rm(task.directory, { recursive: true, force: true }).catch((error: unknown) => this.onUnexpected(error));
    Object.assign(job, outcome, { finishedAt: new Date().toISOString() });
    this.emit(job);
  }

  private emit(job: ImportJob): void {
    this.events.emit(job.id, job);
  }

  private forgetOld(): void {
    if (this.jobs.size <= KEPT_JOBS) return;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (job.state === 'done' || job.state === 'failed') this.jobs.delete(id);
    }
  }
}
