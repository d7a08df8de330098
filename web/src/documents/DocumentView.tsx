import { ENTITY_TYPES } from '../../../src/model/index.js';
import { api } from '../api.js';
import { Link } from '../app/Link.js';
import { useApi } from '../app/use-api.js';
import { ClaimCard } from '../common/ClaimCard.js';
import { formatFuzzyDate } from '../common/format-date.js';
import { Status } from '../common/Status.js';
import { TlpBadge } from '../common/TlpBadge.js';
import { HighlightedText } from './HighlightedText.js';

/**
 * A report as read: its sentences with the entities named highlighted by kind, each sentence's
 * claims beside it (hedge, reliability, citation chain to the endnotes), then the endnotes.
 */
export function DocumentView({ id }: { id: string }) {
  const [view] = useApi(`document:${id}`, () => api.document(id));
  return (
    <Status value={view} label="the document">
      {({ document, sentences, citedWorks, otherClaims }) => {
        const claimCount = sentences.reduce((n, s) => n + s.claims.length, 0) + otherClaims.length;
        return (
          <article className="document" aria-labelledby="doc-title">
            <header className="view-head">
              <div>
                <p className="crumbs">
                  <Link to="/documents">Documents</Link> /
                </p>
                <h1 id="doc-title">{document.title ?? document.path}</h1>
                <p className="doc-meta">
                  <TlpBadge marking={document.marking} />
                  <span className="chip">source reliability {document.sourceReliability}</span>
                  <span>{document.format.toUpperCase()}</span>
                  {document.published ? <span>published {formatFuzzyDate(document.published)}</span> : null}
                  <span>
                    {sentences.length} sentences · {claimCount} claims · {citedWorks.length} endnotes
                  </span>
                </p>
              </div>
              <Link to={`/review?document=${document.id}`} className="button">
                Review its claims
              </Link>
            </header>
            <p className="legend" aria-label="Highlight legend">
              {ENTITY_TYPES.map((type) => (
                <span key={type} className={`mention mention-${type}`}>
                  {type}
                </span>
              ))}
            </p>
            <div className="doc-grid" role="list" aria-label="Sentences and their claims">
              {sentences.map((sentence) => (
                <div key={sentence.index} className={`doc-row${sentence.claims.length > 0 ? ' has-claims' : ''}`} role="listitem">
                  <p className="sentence" id={`s${sentence.index}`}>
                    <HighlightedText text={sentence.text} claims={sentence.claims} />
                    {sentence.citedNotes.map((note) => (
                      <sup key={note} className="note-ref">
                        <a href={`#note-${note}`} aria-label={`endnote ${note}`}>
                          {note}
                        </a>
                      </sup>
                    ))}
                  </p>
                  <div className="sentence-claims">
                    {sentence.claims.map((claim) => (
                      <ClaimCard key={claim.id} claim={claim} citedWorks={citedWorks} reliability={document.sourceReliability} marking={document.marking} isCompact />
                    ))}
                  </div>
                </div>
              ))}
            </div>
            {otherClaims.length > 0 ? (
              <section aria-labelledby="other-claims">
                <h2 id="other-claims">Claims outside the body</h2>
                <div className="card-list">
                  {otherClaims.map((claim) => (
                    <ClaimCard key={claim.id} claim={claim} citedWorks={citedWorks} reliability={document.sourceReliability} marking={document.marking} />
                  ))}
                </div>
              </section>
            ) : null}
            {citedWorks.length > 0 ? (
              <section aria-labelledby="endnotes">
                <h2 id="endnotes">Endnotes</h2>
                <ol className="endnotes">
                  {citedWorks.map((work) => (
                    <li key={work.noteNumber} id={`note-${work.noteNumber}`} value={work.noteNumber}>
                      {work.text}
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
          </article>
        );
      }}
    </Status>
  );
}
