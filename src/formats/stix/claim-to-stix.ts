import {
  markingRank,
  PROBABILITY_BAND_RANGES,
  type Claim,
  type FuzzyDate,
  type InformationCredibility,
  type TlpMarking,
} from '../../model/index.js';
import type { StixRefs } from './stix-refs.js';

/** STIX confidence (0–100) from Admiralty information credibility, or from the hedge's ICD 203 band. */
export function stixConfidence(claim: Pick<Claim, 'hedge' | 'informationCredibility'>): number | undefined {
  if (claim.hedge?.band) {
    const [low, high] = PROBABILITY_BAND_RANGES[claim.hedge.band];
    return Math.round((low + high) / 2);
  }
  return CONFIDENCE_OF_CREDIBILITY[claim.informationCredibility];
}

const CONFIDENCE_OF_CREDIBILITY: Record<InformationCredibility, number | undefined> = { 1: 95, 2: 80, 3: 60, 4: 35, 5: 15, 6: undefined };

export function fuzzyDateToStix(date: FuzzyDate): Record<string, unknown> {
  const out: Record<string, unknown> = { start: date.start, end: date.end, precision: date.precision };
  if (date.text !== undefined) out.text = date.text;
  return out;
}

/** The highest of some markings: an object that shows several claims carries the strictest of them. */
export function strictestMarking(markings: Iterable<TlpMarking>): TlpMarking {
  let strictest: TlpMarking = 'TLP:CLEAR';
  for (const marking of markings) if (markingRank(marking) > markingRank(strictest)) strictest = marking;
  return strictest;
}

/** One claim as it travels in Tessera's knowledge extension: nothing of it is lost. */
export function claimToStix(claim: Claim, refs: StixRefs): Record<string, unknown> {
  const out: Record<string, unknown> = {
    claim_id: claim.id,
    kind: claim.kind,
    status: claim.status,
    author: claim.author.version === null ? { kind: claim.author.kind, name: claim.author.name } : { kind: claim.author.kind, name: claim.author.name, version: claim.author.version },
    source_reliability: claim.sourceReliability,
    information_credibility: claim.informationCredibility,
    marking: claim.marking,
    recorded_at: claim.recordedAt,
  };
  if (claim.hedge !== null) out.hedge = claim.hedge.band === null ? { text: claim.hedge.text, kind: claim.hedge.kind } : { text: claim.hedge.text, kind: claim.hedge.kind, band: claim.hedge.band };
  if (claim.validFrom !== null) out.valid_from = fuzzyDateToStix(claim.validFrom);
  if (claim.validTo !== null) out.valid_to = fuzzyDateToStix(claim.validTo);
  if (claim.confidence !== null) out.confidence = claim.confidence;
  if (claim.evidence !== null) {
    const evidence = claim.evidence;
    out.evidence = {
      document_ref: refs.document(evidence.documentId),
      span_start: evidence.start,
      span_end: evidence.end,
      quote: evidence.quote,
      cited_notes: evidence.citedNotes,
    };
  }
  switch (claim.kind) {
    case 'name':
      out.name =
        claim.name.language === null
          ? { value: claim.name.value, kind: claim.name.kind, script: claim.name.script }
          : { value: claim.name.value, kind: claim.name.kind, script: claim.name.script, language: claim.name.language };
      break;
    case 'attribute':
      out.attribute = claim.attribute;
      out.value = claim.value;
      break;
    case 'relation':
      out.relation_type = claim.relationType;
      out.target_ref = refs.entity(claim.targetEntityId);
      break;
    case 'event':
      out.event_ref = refs.event(claim.eventId);
      if (claim.field !== null) out.field = claim.field;
      break;
    case 'same_as':
      out.target_ref = refs.entity(claim.targetEntityId);
      break;
    case 'quantity':
      out.quantity = claim.quantity;
      break;
  }
  return out;
}
