import { useState } from 'react';
import { SCRIPTS, type EntityAttribute, type EntityName, type EntityView } from '../../../src/model/index.js';
import { api } from '../api.js';
import { Link } from '../app/Link.js';
import { useApi } from '../app/use-api.js';
import { ClaimCard } from '../common/ClaimCard.js';
import { formatEventDate } from '../common/format-date.js';
import { Status } from '../common/Status.js';
import { MergePanel } from './MergePanel.js';

/** Attribute values grouped by attribute: more than one value is a contradiction, shown side by side. */
function groupAttributes(attributes: EntityAttribute[]): [string, EntityAttribute[]][] {
  const groups = new Map<string, EntityAttribute[]>();
  for (const attribute of attributes) groups.set(attribute.attribute, [...(groups.get(attribute.attribute) ?? []), attribute]);
  return [...groups];
}

/** Names by script, then by the source that uses them. */
function namesByScript(names: EntityName[]): [string, EntityName[]][] {
  return SCRIPTS.map((script) => [script, names.filter((n) => n.script === script)] as [string, EntityName[]]).filter(([, list]) => list.length > 0);
}

/**
 * An entity as the workbench knows it: the view over its accepted claims — names by script and
 * source, attributes (contradictions side by side), relations over time, events, identity
 * (merge and split).
 */
export function EntityPage({ id, canWrite }: { id: string; canWrite: boolean }) {
  const [view, reload] = useApi(`entity:${id}`, () => api.entity(id));
  return (
    <Status value={view} label="the entity">
      {(data) => <EntityBody view={data} canWrite={canWrite} onChanged={reload} />}
    </Status>
  );
}

function EntityBody({ view, canWrite, onChanged }: { view: EntityView; canWrite: boolean; onChanged: () => void }) {
  const { entity, names, attributes, relations, events, sameAs } = view;
  const [message, setMessage] = useState<string | null>(null);
  const datedRelations = [...relations].sort((a, b) => (a.validFrom ?? '9999').localeCompare(b.validFrom ?? '9999'));
  const split = async (other: string, label: string) => {
    try {
      const result = await api.split(entity.id, other);
      setMessage(`Split from ${label}: ${result.withdrawn.length} same-as claim(s) withdrawn.`);
      onChanged();
    } catch (e) {
      setMessage(`Split failed: ${(e as Error).message}`);
    }
  };
  return (
    <article className="entity" aria-labelledby="entity-title">
      <header className="view-head">
        <div>
          <p className="crumbs">
            <span className={`type type-${entity.type}`}>{entity.type}</span>
          </p>
          <h1 id="entity-title">{entity.label}</h1>
          <p className="muted small">
            {names.length} names · {attributes.length} attribute values · {relations.length} relations · {events.length} events
          </p>
        </div>
        <div className="actions">
          <Link to={`/graph?entity=${entity.id}`} className="button">
            Link chart
          </Link>
          <Link to={`/review?entity=${entity.id}`} className="button">
            Its proposed claims
          </Link>
        </div>
      </header>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      <div className="entity-grid">
        <section className="panel" aria-labelledby="names-title">
          <h2 id="names-title">Names</h2>
          {namesByScript(names).map(([script, list]) => (
            <div key={script} className="script-group">
              <h3>{script}</h3>
              <table className="grid compact" aria-label={`Names in ${script} script`}>
                <tbody>
                  {list.map((name) => (
                    <tr key={`${name.value}|${name.kind}`}>
                      <td lang={name.language ?? undefined} className="name-value">
                        {name.value}
                      </td>
                      <td className="muted">{name.kind}</td>
                      <td className="small">{name.sources.map((s) => (s.documentId ? <Link key={s.documentId} to={`/documents/${s.documentId}`}>{s.label}</Link> : <span key={s.label}>{s.label}</span>)).reduce<React.ReactNode[]>((acc, el, i) => (i === 0 ? [el] : [...acc, ', ', el]), [])}</td>
                      <td className="num muted" title="claims">
                        {name.claims}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
        <section className="panel" aria-labelledby="attrs-title">
          <h2 id="attrs-title">Attributes</h2>
          {attributes.length === 0 ? <p className="muted">No accepted attribute.</p> : null}
          {groupAttributes(attributes).map(([attribute, values]) => (
            <div key={attribute} className={values.length > 1 ? 'contradiction' : 'attribute'}>
              <h3>
                {attribute.replaceAll('_', ' ')}
                {values.length > 1 ? <span className="chip chip-warn">{values.length} claims disagree</span> : null}
              </h3>
              <div className="side-by-side">
                {values.map((value) => (
                  <div key={value.value} className="attribute-value">
                    <p className="value">{value.value}</p>
                    <p className="small muted">
                      {value.claims} claim{value.claims === 1 ? '' : 's'} · {value.statuses.join(', ')} · {value.sources.map((s) => s.label).join('; ')}
                    </p>
                  </div>
                ))}
              </div>
            </div>
          ))}
        </section>
        <section className="panel wide" aria-labelledby="rels-title">
          <h2 id="rels-title">Relations over time</h2>
          {datedRelations.length === 0 ? <p className="muted">No accepted relation.</p> : null}
          <div className="card-list">
            {datedRelations.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} isCompact />
            ))}
          </div>
        </section>
        <section className="panel" aria-labelledby="events-title">
          <h2 id="events-title">Events</h2>
          {events.length === 0 ? <p className="muted">No event names it as an actor.</p> : null}
          <ul className="hit-list">
            {events.map((event) => (
              <li key={event.id}>
                <span className="date">{formatEventDate(event.date)}</span> <span className="type">{event.type}</span>{' '}
                {[event.location.place, event.location.admin1, event.location.country].filter(Boolean).join(', ')}
                {event.summary ? <p className="snippet">{event.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="identity-title">
          <h2 id="identity-title">Identity</h2>
          {sameAs.length === 0 ? <p className="muted">Not merged with any other entity.</p> : null}
          <ul className="hit-list" aria-label="Merged with">
            {sameAs.map((other) => (
              <li key={other.claimId}>
                Same as <Link to={`/entities/${other.id}`}>{other.label}</Link> <span className={`type type-${other.type}`}>{other.type}</span>
                {canWrite ? (
                  <button type="button" className="small-button" onClick={() => void split(other.id, other.label)} aria-label={`Split from ${other.label}`}>
                    Split
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {canWrite ? (
            <MergePanel
              entity={entity}
              onMerged={(label, action) => {
                setMessage(`Merged with ${label} (${action}).`);
                onChanged();
              }}
            />
          ) : null}
        </section>
      </div>
    </article>
  );
}
