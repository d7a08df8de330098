import { useState } from 'react';
import { api } from '../api.js';
import { Link } from '../app/Link.js';
import { useApi } from '../app/use-api.js';
import { Status } from '../common/Status.js';

/** Documents asked for at once, and added by each "show more". */
const PAGE_SIZE = 200;

/** The reports in the workspace (current versions), with how many claims were read from each. */
export function DocumentList() {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [documents] = useApi(`documents:${limit}`, () => api.documents({ limit }));
  return (
    <section aria-labelledby="documents-title">
      <div className="view-head">
        <h1 id="documents-title">Documents</h1>
        <Link to="/ingest" className="button">
          Add reports…
        </Link>
      </div>
      <Status value={documents} label="documents">
        {({ items, total }) =>
          items.length === 0 ? (
            <p className="muted">No document yet. Drop reports on the Ingest page.</p>
          ) : (
            <table className="grid">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Format</th>
                  <th scope="col" className="num">
                    Claims
                  </th>
                  <th scope="col">Ingested</th>
                </tr>
              </thead>
              <tbody>
                {items.map((doc) => (
                  <tr key={doc.id}>
                    <td>
                      <Link to={`/documents/${doc.id}`}>{doc.title ?? doc.path}</Link>
                    </td>
                    <td>{doc.format}</td>
                    <td className="num">{doc.claimCount}</td>
                    <td>{doc.ingestedAt.slice(0, 16).replace('T', ' ')}</td>
                  </tr>
                ))}
              </tbody>
              {total > items.length && (
                <tfoot>
                  <tr>
                    <td colSpan={4}>
                      {items.length} of {total} documents.{' '}
                      <button type="button" onClick={() => setLimit((shown) => shown + PAGE_SIZE)}>
                        Show {Math.min(PAGE_SIZE, total - items.length)} more
                      </button>
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          )
        }
      </Status>
    </section>
  );
}
