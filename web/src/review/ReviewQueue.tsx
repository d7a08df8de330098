import { useCallback, useEffect, useMemo, useState } from 'react';
import { CLAIM_KINDS, REVIEW_STATUSES, type ClaimKind, type ReviewItem, type ReviewStatus } from '../../../src/model/index.js';
import { api, ApiError } from '../api.js';
import { navigate } from '../app/use-route.js';
import { ClaimCard } from '../common/ClaimCard.js';
import { ClaimList } from './ClaimList.js';
import { EditClaimDialog } from './EditClaimDialog.js';

const PAGE = 1000;

interface Filter {
  status: ReviewStatus;
  kind: ClaimKind | '';
  contains: string;
  document: string;
  entity: string;
}

function filterOf(params: URLSearchParams): Filter {
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    status: REVIEW_STATUSES.includes(status as ReviewStatus) ? (status as ReviewStatus) : 'proposed',
    kind: CLAIM_KINDS.includes(kind as ClaimKind) ? (kind as ClaimKind) : '',
    contains: params.get('contains') ?? '',
    document: params.get('document') ?? '',
    entity: params.get('entity') ?? '',
  };
}

function selectionOf(filter: Filter) {
  return {
    status: filter.status,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.contains ? { contains: filter.contains } : {}),
    ...(filter.document ? { document: filter.document } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
  };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The review queue: claims by filter in a virtualised list (fluid at tens of thousands), decided
 * one at a time with the keyboard (j/k move, a accept, r reject, e edit) or all at once by filter.
 */
export function ReviewQueue({ canWrite, params }: { canWrite: boolean; params: URLSearchParams }) {
  const filter = useMemo(() => filterOf(params), [params]);
  const filterKey = JSON.stringify(filter);
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [isComplete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [decided, setDecided] = useState<Map<string, ReviewStatus>>(new Map());
  const [message, setMessage] = useState<string | null>(null);
  const [isEditing, setEditing] = useState(false);
  const [reload, setReload] = useState(0);

  // load every page of the selection, the first quickly, the rest behind it
  useEffect(() => {
    const controller = new AbortController();
    setItems([]);
    setComplete(false);
    setError(null);
    setActive(0);
    setDecided(new Map());
    (async () => {
      for (let offset = 0; ; offset += PAGE) {
        const page = await api.claims({ ...selectionOf(filter), limit: PAGE, offset }, controller.signal);
        if (controller.signal.aborted) return;
        setItems((previous) => (offset === 0 ? page.items : previous.concat(page.items)));
        if (page.items.length < PAGE) break;
      }
      setComplete(true);
    })().catch((e: Error) => {
      if (!controller.signal.aborted) setError(e.message);
    });
    return () => controller.abort();
    // filterKey stands for filter
  }, [filterKey, reload]);

  const current = items[active];
  const move = useCallback((delta: number) => setActive((index) => Math.max(0, Math.min(items.length - 1, index + delta))), [items.length]);

  const decide = useCallback(
    async (claim: ReviewItem, action: 'accept' | 'reject') => {
      try {
        await api.decide(claim.id, action);
        setDecided((previous) => new Map(previous).set(claim.id, action === 'accept' ? 'accepted' : 'rejected'));
        setMessage(`${action === 'accept' ? 'Accepted' : 'Rejected'}: ${claim.assertion}`);
        move(1);
      } catch (e) {
        setMessage(`Could not ${action}: ${(e as Error).message}`);
      }
    },
    [move],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isEditing || isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === 'j' || event.key === 'ArrowDown') move(1);
      else if (event.key === 'k' || event.key === 'ArrowUp') move(-1);
      else if (current && canWrite && event.key === 'a') void decide(current, 'accept');
      else if (current && canWrite && event.key === 'r') void decide(current, 'reject');
      else if (current && canWrite && event.key === 'e') setEditing(true);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, canWrite, decide, isEditing, move]);

  const setFilter = (changes: Partial<Filter>) => {
    const next = { ...filter, ...changes };
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value !== '' && !(key === 'status' && value === 'proposed')) query.set(key, value);
    const search = query.toString();
    navigate(`/review${search ? `?${search}` : ''}`, { replace: true });
  };

  const decideAll = async (decision: 'accepted' | 'rejected') => {
    const count = items.length;
    if (!window.confirm(`${decision === 'accepted' ? 'Accept' : 'Reject'} all ${count}${isComplete ? '' : '+'} claims this filter selects?`)) return;
    try {
      const result = await api.decideByFilter({ ...selectionOf(filter), decision });
      setMessage(`${decision === 'accepted' ? 'Accepted' : 'Rejected'} ${result.changed} claims by filter.`);
      setReload((r) => r + 1);
    } catch (e) {
      setMessage(`Bulk decision failed: ${e instanceof ApiError ? e.message : String(e)}`);
    }
  };

  return (
    <section className="review" aria-labelledby="review-title">
      <div className="view-head">
        <h1 id="review-title">Review queue</h1>
        <p className="muted small" aria-label="Keyboard shortcuts">
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>e</kbd> edit
        </p>
      </div>
      <form className="filters" aria-label="Filter claims" onSubmit={(event) => event.preventDefault()}>
        <label>
          Status
          <select value={filter.status} onChange={(event) => setFilter({ status: event.target.value as ReviewStatus })}>
            {REVIEW_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select value={filter.kind} onChange={(event) => setFilter({ kind: event.target.value as ClaimKind | '' })}>
            <option value="">any</option>
            {CLAIM_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Evidence contains
          <input type="search" defaultValue={filter.contains} onChange={(event) => setFilter({ contains: event.target.value })} />
        </label>
        <label>
          Entity
          <input type="search" defaultValue={filter.entity} onChange={(event) => setFilter({ entity: event.target.value })} placeholder="name or id" />
        </label>
        {filter.document ? (
          <button type="button" onClick={() => setFilter({ document: '' })}>
            Only one document ✕
          </button>
        ) : null}
        <span className="spacer" />
        <span role="status" aria-live="polite" className="count">
          {items.length.toLocaleString('en')} {isComplete ? '' : '+ (loading)'} claims
        </span>
        {canWrite && filter.status !== 'accepted' ? (
          <button type="button" onClick={() => void decideAll('accepted')} disabled={items.length === 0}>
            Accept all matching
          </button>
        ) : null}
        {canWrite && filter.status !== 'rejected' ? (
          <button type="button" onClick={() => void decideAll('rejected')} disabled={items.length === 0}>
            Reject all matching
          </button>
        ) : null}
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      <div className="review-panes">
        <ClaimList items={items} decided={decided} active={active} isComplete={isComplete} onSelect={setActive} />
        <aside className="review-detail" aria-label="Selected claim">
          {current ? (
            <>
              <ClaimCard claim={{ ...current, status: decided.get(current.id) ?? current.status }} />
              {current.document ? (
                <p className="small">
                  From{' '}
                  <a href={`/documents/${current.document.id}`} onClick={(e) => (e.preventDefault(), navigate(`/documents/${current.document!.id}`))}>
                    {current.document.title ?? current.document.path}
                  </a>
                </p>
              ) : null}
              {canWrite ? (
                <div className="actions">
                  <button type="button" className="primary" onClick={() => void decide(current, 'accept')}>
                    Accept <kbd>a</kbd>
                  </button>
                  <button type="button" onClick={() => void decide(current, 'reject')}>
                    Reject <kbd>r</kbd>
                  </button>
                  <button type="button" onClick={() => setEditing(true)}>
                    Edit <kbd>e</kbd>
                  </button>
                </div>
              ) : (
                <p className="muted small">Readers cannot decide claims.</p>
              )}
            </>
          ) : (
            <p className="muted">Select a claim.</p>
          )}
        </aside>
      </div>
      {isEditing && current ? (
        <EditClaimDialog
          claim={current}
          onClose={() => setEditing(false)}
          onSaved={(newId) => {
            setEditing(false);
            setDecided((previous) => new Map(previous).set(current.id, 'rejected'));
            setMessage(`Edited: the original is kept as rejected, the corrected claim ${newId.slice(0, 8)} is accepted.`);
            move(1);
          }}
        />
      ) : null}
    </section>
  );
}
