import { useRef, useState, type DragEvent } from 'react';
import { TLP_MARKINGS, type TlpMarking } from '../../../src/model/index.js';
import type { ImportJob } from '../../../src/model/index.js';
import { api } from '../api.js';
import { Link } from '../app/Link.js';
import { ImportResult } from './ImportResult.js';

const REPORT_EXTENSIONS = ['.pdf', '.html', '.htm', '.txt', '.md', '.docx'];
const EVENT_EXTENSIONS = ['.csv', '.tsv', '.xlsx', '.json'];

/** Event files go to the event import; reports to the reader. */
function kindOf(file: File): 'reports' | 'events' | null {
  const name = file.name.toLowerCase();
  if (EVENT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'events';
  if (REPORT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'reports';
  return null;
}

const POLL_MS = 400;

/**
 * Ingest by dropping files: reports (PDF, HTML, text, Word) and event CSVs, each kind uploaded as
 * one background import whose progress shows until it ends, then each file's result or error.
 */
export function IngestView({ canWrite }: { canWrite: boolean }) {
  const [jobs, setJobs] = useState<ImportJob[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isOver, setOver] = useState(false);
  const [marking, setMarking] = useState<TlpMarking | ''>('');
  const input = useRef<HTMLInputElement>(null);

  const follow = (job: ImportJob) => {
    const tick = async () => {
      try {
        const next = await api.importJob(job.id);
        setJobs((all) => all.map((j) => (j.id === next.id ? next : j)));
        if (next.state === 'queued' || next.state === 'running') window.setTimeout(() => void tick(), POLL_MS);
      } catch (e) {
        setError((e as Error).message);
      }
    };
    window.setTimeout(() => void tick(), POLL_MS);
  };

  const upload = async (files: File[]) => {
    setError(null);
    const byKind = { reports: [] as File[], events: [] as File[] };
    const skipped: string[] = [];
    for (const file of files) {
      const kind = kindOf(file);
      if (kind === null) skipped.push(file.name);
      else byKind[kind].push(file);
    }
    setRefused(skipped);
    for (const kind of ['reports', 'events'] as const) {
      if (byKind[kind].length === 0) continue;
      try {
        const job = await api.upload(kind, byKind[kind], marking ? { marking } : {});
        setJobs((all) => [job, ...all]);
        follow(job);
      } catch (e) {
        setError(`${byKind[kind].map((f) => f.name).join(', ')}: ${(e as Error).message}`);
      }
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void upload([...event.dataTransfer.files]);
  };

  if (!canWrite) {
    return (
      <section aria-labelledby="ingest-title">
        <h1 id="ingest-title">Ingest</h1>
        <p className="muted">Readers cannot add material; ask an analyst.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="ingest-title">
      <div className="view-head">
        <h1 id="ingest-title">Ingest</h1>
        <label className="inline">
          Marking
          <select value={marking} onChange={(event) => setMarking(event.target.value as TlpMarking | '')}>
            <option value="">workspace default</option>
            {TLP_MARKINGS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
      </div>
      <div
        className={`dropzone${isOver ? ' over' : ''}`}
        role="region"
        aria-label="Drop files here"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>
          <strong>Drop reports or event files here</strong>
        </p>
        <p className="muted small">Reports: PDF, HTML, text, Markdown, Word (.docx). Events: ACLED, UCDP, GTD or Tessera CSV.</p>
        <button type="button" onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Files to ingest"
          onChange={(event) => {
            void upload([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {refused.length > 0 ? (
        <p className="error" role="alert">
          Not a report or event file: {refused.join(', ')}
        </p>
      ) : null}
      <ul className="jobs" aria-label="Imports">
        {jobs.map((job) => (
          <li key={job.id} className={`job job-${job.state}`} aria-label={`import of ${job.files.map((f) => f.name).join(', ')}`}>
            <header>
              <strong>{job.kind}</strong> · {job.files.map((f) => f.name).join(', ')} <span className={`state state-${job.state}`}>{job.state}</span>
            </header>
            {job.state === 'queued' || job.state === 'running' ? (
              <div>
                <progress
                  max={job.progress.total ?? undefined}
                  value={job.progress.total === null ? undefined : job.progress.done}
                  aria-label={`progress of ${job.kind} import`}
                />
                <span className="small muted">
                  {job.progress.done}
                  {job.progress.total === null ? '' : ` / ${job.progress.total}`} {job.progress.unit} {job.progress.message ?? ''}
                </span>
              </div>
            ) : null}
            {job.error ? (
              <p className="error" role="alert">
                {job.error.message}
              </p>
            ) : null}
            {job.state === 'done' ? <ImportResult result={job.result} /> : null}
          </li>
        ))}
      </ul>
      {jobs.some((j) => j.state === 'done' && j.kind === 'reports') ? (
        <p>
          <Link to="/documents">Open the documents</Link> · <Link to="/review">Review what was proposed</Link>
        </p>
      ) : null}
    </section>
  );
}
