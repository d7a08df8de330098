import { Link } from '../app/Link.js';

interface FileLine {
  path: string;
  ok: boolean;
  documentId?: string;
  claims?: number;
  skipped?: string;
  rows?: number;
  inserted?: number;
  error?: { code: string; message: string };
  errors?: { line: number; message: string }[];
}

/** Reads an import's per-file results (reports: ingest results; events: import results) defensively. */
function filesOf(result: unknown): FileLine[] {
  if (typeof result !== 'object' || result === null || !('files' in result) || !Array.isArray(result.files)) return [];
  return result.files.filter((f): f is FileLine => typeof f === 'object' && f !== null && typeof (f as FileLine).path === 'string');
}

/** Each file of a finished import: what it gave, or why it failed (file, line and reason). */
export function ImportResult({ result }: { result: unknown }) {
  const files = filesOf(result);
  if (files.length === 0) return <p className="muted small">Done.</p>;
  return (
    <table className="grid compact" aria-label="Files">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {files.flatMap((file) => {
          const rows = [
            <tr key={file.path} className={file.ok ? '' : 'row-error'}>
              <td>{file.path}</td>
              <td>
                {!file.ok && file.error ? (
                  <span className="error">
                    {file.error.code}: {file.error.message}
                  </span>
                ) : file.documentId ? (
                  <>
                    {file.skipped ? `already there (${file.skipped})` : `${file.claims ?? 0} claims proposed`} ·{' '}
                    <Link to={`/documents/${file.documentId}`}>open</Link>
                  </>
                ) : file.rows !== undefined ? (
                  `${file.rows} rows, ${file.inserted ?? 0} new`
                ) : (
                  'ok'
                )}
              </td>
            </tr>,
          ];
          for (const lineError of (file.errors ?? []).slice(0, 50)) {
            rows.push(
              <tr key={`${file.path}:${lineError.line}`} className="row-error">
                <td>
                  {file.path} line {lineError.line}
                </td>
                <td className="error">{lineError.message}</td>
              </tr>,
            );
          }
          return rows;
        })}
      </tbody>
    </table>
  );
}
