import { useEffect, useRef, useState } from 'react';
import { api, type ApiError } from '../api.js';
import type { SearchResult } from '../../../src/model/index.js';
import { Link } from '../app/Link.js';
import { navigate } from '../app/use-route.js';

const DEBOUNCE_MS = 120;

/** Search as you type: entities by any of their names in any script, documents and events. */
export function SearchView({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSearching, setSearching] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    const q = text.trim();
    navigate(q === '' ? '/search' : `/search?q=${encodeURIComponent(q)}`, { replace: true });
    if (q === '') {
      setResult(null);
      setError(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setSearching(true);
      api.search(q, controller.signal).then(
        (answer) => {
          setResult(answer);
          setError(null);
          setSearching(false);
        },
        (e: ApiError) => {
          if (controller.signal.aborted) return;
          setError(e.message);
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const total = result === null ? 0 : result.entities.length + result.documents.length + result.events.length;
  return (
    <section className="search-view" aria-labelledby="search-title">
      <h1 id="search-title" className="visually-hidden">
        Search
      </h1>
      <div className="search-box">
        <input
          ref={input}
          type="search"
          aria-label="Search entities, documents and events"
          placeholder="A name in any script or spelling, a place, words from a report…"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <span className="muted small" role="status" aria-live="polite">
          {isSearching ? 'searching…' : result === null ? '' : `${total} results`}
        </span>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {result === null ? (
        <p className="muted">Names match across scripts and spellings: try “Нораки”, “ISKP” or “Noraki”.</p>
      ) : (
        <div className="search-results">
          <section aria-labelledby="hits-entities" className="panel">
            <h2 id="hits-entities">Entities</h2>
            {result.entities.length === 0 ? <p className="muted">No entity goes by that name.</p> : null}
            <ul className="hit-list" aria-label="Entities found">
              {result.entities.map((hit) => (
                <li key={hit.id}>
                  <Link to={`/entities/${hit.id}`} className="hit-title">
                    {hit.name}
                  </Link>
                  <span className={`type type-${hit.type}`}>{hit.type}</span>
                  {hit.matchedName !== hit.name ? <span className="muted small"> matched “{hit.matchedName}”</span> : null}
                  <span className="score" title="match score">
                    {Math.round(hit.score * 100)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="hits-documents" className="panel">
            <h2 id="hits-documents">Documents</h2>
            {result.documents.length === 0 ? <p className="muted">No document mentions it.</p> : null}
            <ul className="hit-list" aria-label="Documents found">
              {result.documents.map((hit) => (
                <li key={hit.id}>
                  <Link to={`/documents/${hit.id}`} className="hit-title">
                    {hit.title ?? hit.path}
                  </Link>
                  <p className="snippet">{hit.snippet}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="hits-events" className="panel">
            <h2 id="hits-events">Events</h2>
            {result.events.length === 0 ? <p className="muted">No event matches.</p> : null}
            <ul className="hit-list" aria-label="Events found">
              {result.events.map((hit) => (
                <li key={hit.id}>
                  <span className="date">{hit.date ?? 'date unknown'}</span> <span className="type">{hit.type}</span>{' '}
                  {[hit.place, hit.country].filter(Boolean).join(', ')}
                  {hit.summary ? <p className="snippet">{hit.summary}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </section>
  );
}
