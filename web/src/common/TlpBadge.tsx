import type { TlpMarking } from '../../../src/model/index.js';

/** A TLP 2.0 marking as the standard's coloured label. */
export function TlpBadge({ marking }: { marking: TlpMarking }) {
  const tone = marking.slice(4).toLowerCase().replace('+strict', '-strict');
  return (
    <span className={`tlp tlp-${tone}`} title={`Traffic Light Protocol: ${marking}`} aria-label={`marking ${marking}`}>
      {marking}
    </span>
  );
}
