import { useState, type ReactNode } from 'react';
import type { Session } from '../api.js';
import { TlpBadge } from '../common/TlpBadge.js';
import { Link } from './Link.js';
import { navigate, type Route } from './use-route.js';

const NAV: { to: string; label: string; match: string[] }[] = [
  { to: '/search', label: 'Search', match: ['', 'search', 'entities'] },
  { to: '/documents', label: 'Documents', match: ['documents'] },
  { to: '/review', label: 'Review', match: ['review'] },
  { to: '/ingest', label: 'Ingest', match: ['ingest'] },
  { to: '/graph', label: 'Link chart', match: ['graph'] },
  { to: '/timeline', label: 'Timeline', match: ['timeline'] },
  { to: '/map', label: 'Map', match: ['map'] },
  { to: '/trends', label: 'Trends', match: ['trends'] },
];

/** The frame of every view: the product bar with the quick search and the user menu, the navigation. */
export function Shell({ route, session, onSignOut, children }: { route: Route; session: Session; onSignOut: () => void; children: ReactNode }) {
  const [isMenuOpen, setMenuOpen] = useState(false);
  const here = route.segments[0] ?? '';
  const { viewer } = session;
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Tessera home">
          <span className="brand-mark" aria-hidden="true" />
          Tessera
        </Link>
        <nav aria-label="Views" className="views">
          {NAV.map((item) => (
            <Link key={item.to} to={item.to} aria-current={item.match.includes(here) ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        <form
          role="search"
          className="quick-search"
          onSubmit={(event) => {
            event.preventDefault();
            const q = new FormData(event.currentTarget).get('q');
            navigate(`/search?q=${encodeURIComponent(String(q ?? ''))}`);
          }}
        >
          <input name="q" type="search" placeholder="Jump to… (names in any script)" aria-label="Quick search" key={here} />
        </form>
        <div className="user-menu">
          <button type="button" aria-haspopup="menu" aria-expanded={isMenuOpen} onClick={() => setMenuOpen(!isMenuOpen)}>
            <span className="visually-hidden">User menu: </span>
            <span className="avatar" aria-hidden="true">
              {viewer.name.slice(0, 1).toUpperCase()}
            </span>
            {viewer.name}
          </button>
          {isMenuOpen ? (
            <div role="menu" className="menu">
              <p className="menu-info">
                {viewer.role} · cleared to <TlpBadge marking={viewer.clearance} />
              </p>
              <button type="button" role="menuitem" onClick={onSignOut}>
                Sign out
              </button>
            </div>
          ) : null}
        </div>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
