import { PROBABILITY_BAND_RANGES, type Hedge } from '../../../src/model/index.js';

/** The author's hedge word, and the ICD 203 band it maps to (attributive hedges carry none). */
export function HedgeLabel({ hedge }: { hedge: Hedge | null }) {
  if (hedge === null) return <span className="chip chip-plain" title="stated without a hedge">unhedged</span>;
  const range = hedge.band === null ? null : PROBABILITY_BAND_RANGES[hedge.band];
  const title = range === null ? `${hedge.kind} hedge, no probability band` : `${hedge.band?.replaceAll('_', ' ')}: ${range[0]}–${range[1]} %`;
  return (
    <span className={`chip chip-hedge chip-${hedge.kind}`} title={title}>
      “{hedge.text}”{range === null ? '' : ` · ${range[0]}–${range[1]} %`}
    </span>
  );
}
