import { useEffect, useState, type FormEvent } from 'react';
import { api, type Session } from '../api.js';

const redeemed = new Set<string>();

/**
 * Sign in with a name and password, or by the one-time link `tessera serve` prints on its first
 * start (`/login/<token>`), which signs in on opening.
 */
export function LoginPage({ token, onSignedIn }: { token: string | null; onSignedIn: (session: Session) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    // a one-time link works once: React's development double effects must not spend it twice
    if (token === null || redeemed.has(token)) return;
    redeemed.add(token);
    setBusy(true);
    api.redeem(token).then(onSignedIn, (e: Error) => {
      setError(`This login link cannot be used: ${e.message}`);
      setBusy(false);
    });
    // once per link
  }, [token]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.login(String(form.get('name') ?? ''), String(form.get('password') ?? '')));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <div className="brand login-brand">
          <span className="brand-mark" aria-hidden="true" />
          Tessera
        </div>
        <h1 id="login-title">Sign in</h1>
        <label>
          Name
          <input name="name" autoComplete="username" required autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted small">On its first start, <code>tessera serve</code> prints a one-time login link for the first administrator.</p>
      </form>
    </main>
  );
}
