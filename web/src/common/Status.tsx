import type { ReactNode } from 'react';
import type { Loadable } from '../app/use-api.js';

/** Loading, error or the content: one place that says what went wrong, with the API's own words. */
export function Status<T>({ value, children, label }: { value: Loadable<T>; label: string; children: (data: T) => ReactNode }) {
  if (value.state === 'loading') {
    return (
      <p className="muted" role="status" aria-live="polite">
        Loading {label}…
      </p>
    );
  }
  if (value.state === 'error') {
    return (
      <p className="error" role="alert">
        Could not load {label}: {value.error.message}
      </p>
    );
  }
  return <>{children(value.data)}</>;
}
