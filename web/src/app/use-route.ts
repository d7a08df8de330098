import { useCallback, useEffect, useState } from 'react';

/** Where the workbench is: the path split into segments, and the query string. */
export interface Route {
  path: string;
  segments: string[];
  params: URLSearchParams;
}

function current(): Route {
  const { pathname, search } = window.location;
  return { path: pathname, segments: pathname.split('/').filter((s) => s !== '').map(decodeURIComponent), params: new URLSearchParams(search) };
}

const listeners = new Set<() => void>();

/** Goes to a workbench path without reloading (history API); `replace` keeps the history short while typing. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

/** The current route, updated on navigate() and on the browser's back and forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  const update = useCallback(() => setRoute(current()), []);
  useEffect(() => {
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, [update]);
  return route;
}
