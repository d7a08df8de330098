import { useEffect, useState } from 'react';
import type { Entity, EntityHit } from '../../../src/model/index.js';
import { api } from '../api.js';

/** Find another entity by any name and record that the two are one (an accepted same-as claim). */
export function MergePanel({ entity, onMerged }: { entity: Entity; onMerged: (label: string, action: string) => void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<EntityHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const q = text.trim();
    if (q === '') {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.search(q, controller.signal).then(
        (result) => setHits(result.entities.filter((hit) => hit.id !== entity.id)),
        () => undefined,
      );
    }, 150);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, entity.id]);
  const merge = async (hit: EntityHit) => {
    if (!window.confirm(`Record that “${entity.label}” and “${hit.name}” are one ${entity.type}?`)) return;
    try {
      const result = await api.merge(entity.id, hit.id);
      setText('');
      onMerged(hit.name, result.action);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="merge">
      <label>
        Merge with
        <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="another entity's name" />
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="hit-list" aria-label="Merge candidates">
        {hits.map((hit) => (
          <li key={hit.id}>
            {hit.name} <span className={`type type-${hit.type}`}>{hit.type}</span>
            <button type="button" className="small-button" onClick={() => void merge(hit)} aria-label={`Merge with ${hit.name}`}>
              Merge
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
