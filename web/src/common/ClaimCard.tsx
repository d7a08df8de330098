import type { CitedWork, ReviewItem, SourceReliability, TlpMarking } from '../../../src/model/index.js';
import { SOURCE_RELIABILITY_LABELS } from '../../../src/model/index.js';
import { Link } from '../app/Link.js';
import { Citations } from './Citations.js';
import { HedgeLabel } from './HedgeLabel.js';
import { TlpBadge } from './TlpBadge.js';

/** One claim: what it asserts, its status, hedge, the source's reliability, marking and citation chain. */
export function ClaimCard({
  claim,
  citedWorks,
  reliability,
  marking,
  isCompact = false,
}: {
  claim: ReviewItem;
  citedWorks?: CitedWork[];
  reliability?: SourceReliability;
  marking?: TlpMarking;
  isCompact?: boolean;
}) {
  return (
    <article className={`claim claim-${claim.status}`} aria-label={`claim: ${claim.assertion}`}>
      <header className="claim-head">
        <span className={`kind kind-${claim.kind}`}>{claim.kind.replace('_', ' ')}</span>
        <span className={`status status-${claim.status}`}>{claim.status}</span>
        {marking ? <TlpBadge marking={marking} /> : null}
      </header>
      <p className="assertion">
        {claim.subject ? <Link to={`/entities/${claim.subject.id}`}>{claim.subject.label}</Link> : null}
        {claim.predicate ? <span className="predicate"> {claim.predicate.replaceAll('_', ' ')} </span> : null}
        {claim.target ? <Link to={`/entities/${claim.target.id}`}>{claim.target.label}</Link> : claim.object ? <span>{claim.object}</span> : null}
        {!claim.subject && !claim.target && !claim.object ? claim.assertion : null}
      </p>
      <div className="claim-meta">
        <HedgeLabel hedge={claim.hedge} />
        {reliability ? (
          <span className="chip" title={`Source reliability ${reliability}: ${SOURCE_RELIABILITY_LABELS[reliability]}`}>
            reliability {reliability}
          </span>
        ) : null}
        {claim.validFrom || claim.validTo ? (
          <span className="chip" title="valid time">
            {claim.validFrom ?? '…'} → {claim.validTo ?? '…'}
          </span>
        ) : null}
        <span className="muted small">by {claim.author}</span>
      </div>
      {!isCompact && claim.quote ? <blockquote className="quote">{claim.quote}</blockquote> : null}
      {claim.citedNotes.length > 0 ? <Citations notes={claim.citedNotes} works={citedWorks ?? claim.citations} /> : null}
    </article>
  );
}
