import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api, ApiError, onUnauthorized, type Session } from '../api.js';
import { LoginPage } from '../login/LoginPage.js';
import { SearchView } from '../search/SearchView.js';
import { DocumentList } from '../documents/DocumentList.js';
import { DocumentView } from '../documents/DocumentView.js';
import { ReviewQueue } from '../review/ReviewQueue.js';
import { EntityPage } from '../entities/EntityPage.js';
import { IngestView } from '../ingest/IngestView.js';
import { TimelineView } from '../timeline/TimelineView.js';
import { TrendsView } from '../trends/TrendsView.js';
import { Shell } from './Shell.js';
import { navigate, useRoute, type Route } from './use-route.js';

// the link chart (WebGL) and the map load on demand, so the first view ships less JavaScript
const LinkChart = lazy(() => import('../graph/LinkChart.js').then((m) => ({ default: m.LinkChart })));
const MapView = lazy(() => import('../map/MapView.js').then((m) => ({ default: m.MapView })));

type SessionState = { state: 'checking' } | { state: 'signed-out' } | { state: 'signed-in'; session: Session };

/** The workbench: who is signed in, and the view the address names. */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<SessionState>({ state: 'checking' });

  const check = useCallback(async () => {
    try {
      setSession({ state: 'signed-in', session: await api.me() });
    } catch (error) {
      // 401: not signed in; anything else (server down) also lands on the sign-in page, which says so
      setSession({ state: 'signed-out' });
      if (!(error instanceof ApiError)) console.info('the API is not reachable', error);
    }
  }, []);

  useEffect(() => {
    if (route.segments[0] !== 'login') void check();
    else setSession({ state: 'signed-out' });
    // only on first load; later 401s come through onUnauthorized
  }, []);
  useEffect(() => onUnauthorized(() => setSession({ state: 'signed-out' })), []);

  if (session.state === 'checking') return <p className="boot muted" role="status">Opening Tessera…</p>;
  if (session.state === 'signed-out') {
    return (
      <LoginPage
        token={route.segments[0] === 'login' ? (route.segments[1] ?? null) : null}
        onSignedIn={(next) => {
          setSession({ state: 'signed-in', session: next });
          if (route.segments[0] === 'login') navigate('/', { replace: true });
        }}
      />
    );
  }
  return (
    <Shell
      route={route}
      session={session.session}
      onSignOut={async () => {
        await api.logout().catch(() => undefined);
        setSession({ state: 'signed-out' });
        navigate('/');
      }}
    >
      <Suspense fallback={<p className="muted" role="status">Loading view…</p>}>{viewFor(route, session.session)}</Suspense>
    </Shell>
  );
}

function viewFor(route: Route, session: Session) {
  const [first, second] = route.segments;
  const canWrite = session.viewer.role !== 'reader';
  switch (first) {
    case undefined:
    case 'search':
      return <SearchView query={route.params.get('q') ?? ''} />;
    case 'documents':
      return second === undefined ? <DocumentList /> : <DocumentView id={second} />;
    case 'review':
      return <ReviewQueue canWrite={canWrite} params={route.params} />;
    case 'entities':
      return second === undefined ? <SearchView query={route.params.get('q') ?? ''} /> : <EntityPage id={second} canWrite={canWrite} />;
    case 'ingest':
      return <IngestView canWrite={canWrite} />;
    case 'graph':
      return <LinkChart focus={route.params.get('entity')} />;
    case 'timeline':
      return <TimelineView />;
    case 'map':
      return <MapView />;
    case 'trends':
      return <TrendsView />;
    default:
      return (
        <section aria-labelledby="nf">
          <h1 id="nf">Not found</h1>
          <p>The workbench has no page at {route.path}.</p>
        </section>
      );
  }
}
