import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RELATION_TYPES, type ClaimChanges, type ReviewItem } from '../../../src/model/index.js';
import { api } from '../api.js';

/** Edit one claim: the relation type or attribute name, the value, or drop its hedge. The original is kept as rejected. */
export function EditClaimDialog({ claim, onClose, onSaved }: { claim: ReviewItem; onClose: () => void; onSaved: (newId: string) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes: Record<string, unknown> = {};
    const predicate = String(form.get('predicate') ?? '').trim();
    const value = String(form.get('value') ?? '').trim();
    if (predicate !== '' && predicate !== claim.predicate) changes.predicate = predicate;
    if (value !== '' && value !== claim.object) changes.value = value;
    if (form.get('dropHedge') === 'on') changes.hedge = null;
    if (Object.keys(changes).length === 0) {
      setError('Nothing changed.');
      return;
    }
    try {
      const result = await api.editClaim(claim.id, changes as ClaimChanges);
      onSaved(result.claimId);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="edit-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="edit-title">Edit claim</h2>
        <p className="small">{claim.assertion}</p>
        {claim.kind === 'relation' ? (
          <label>
            Relation type
            <select name="predicate" defaultValue={claim.predicate ?? ''}>
              {RELATION_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
        ) : claim.kind === 'attribute' ? (
          <label>
            Attribute
            <input name="predicate" defaultValue={claim.predicate ?? ''} />
          </label>
        ) : null}
        {claim.kind === 'attribute' || claim.kind === 'name' ? (
          <label>
            {claim.kind === 'name' ? 'Name' : 'Value'}
            <input name="value" defaultValue={claim.object ?? ''} />
          </label>
        ) : null}
        {claim.hedge ? (
          <label className="check">
            <input type="checkbox" name="dropHedge" /> Drop the hedge “{claim.hedge.text}”
          </label>
        ) : null}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
