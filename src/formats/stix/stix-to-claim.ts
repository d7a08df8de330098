import { unknownDate, type Claim, type EventDate, type FuzzyDate } from '../../model/index.js';

/**
 * The reverse of claimToStix: one claim as it travels in Tessera's knowledge extension, back into a
 * claim. Refs to other objects are STIX ids there; `resolve` turns them into Tessera ids (null when
 * the object is neither in the bundle nor known). Lists STIX forbids empty were dropped on export:
 * an absent list is empty. The result is checked by ClaimSchema where it is stored.
 */
export interface ClaimRefResolver {
  entity(stixId: string): string | null;
  event(stixId: string): string | null;
  document(stixId: string): string | null;
}

type Json = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function fuzzyDateFromStix(value: unknown): FuzzyDate | null {
  if (typeof value !== 'object' || value === null) return null;
  const date = value as Json;
  return {
    start: String(date.start),
    end: String(date.end),
    precision: date.precision as FuzzyDate['precision'],
    ...(typeof date.text === 'string' ? { text: date.text } : {}),
  };
}

/** An event's date from the extension: precision `unknown` carries no interval (eventDateToStix). */
export function eventDateFromStix(value: unknown): EventDate | null {
  if (typeof value === 'object' && value !== null && (value as Json).precision === 'unknown') {
    const text = (value as Json).text;
    return unknownDate(typeof text === 'string' ? text : undefined);
  }
  return fuzzyDateFromStix(value);
}

/** What a claim is about when its own fields do not say: the entity or event of the object carrying it. */
export interface ClaimSubject {
  entityId?: string;
  eventId?: string;
}

export class UnresolvedRefError extends Error {
  constructor(readonly ref: string, readonly property: string) {
    super(`${property} ${ref} is not in the bundle`);
  }
}

/** A claim from the knowledge extension; throws UnresolvedRefError when a ref the claim needs resolves nowhere. */
export function claimFromStix(raw: Json, subject: ClaimSubject, resolve: ClaimRefResolver): { claim: Claim; droppedEvidence: string | null } {
  const author = (raw.author ?? {}) as Json;
  const hedge = raw.hedge as Json | undefined;
  const evidence = raw.evidence as Json | undefined;
  let droppedEvidence: string | null = null;
  let evidenceValue: Claim['evidence'] = null;
  if (evidence !== undefined) {
    const documentRef = String(evidence.document_ref);
    const documentId = resolve.document(documentRef);
    if (documentId === null) droppedEvidence = documentRef;
    else {
      evidenceValue = {
        documentId,
        start: Number(evidence.span_start),
        end: Number(evidence.span_end),
        quote: String(evidence.quote ?? ''),
        citedNotes: Array.isArray(evidence.cited_notes) ? (evidence.cited_notes as number[]) : [],
      };
    }
  }
  const base = {
    id: String(raw.claim_id),
    status: raw.status,
    author: { kind: author.kind, name: author.name, version: str(author.version) },
    sourceReliability: raw.source_reliability,
    informationCredibility: raw.information_credibility,
    marking: raw.marking,
    recordedAt: raw.recorded_at,
    hedge: hedge === undefined ? null : { text: hedge.text, kind: hedge.kind, band: str(hedge.band) },
    validFrom: fuzzyDateFromStix(raw.valid_from),
    validTo: fuzzyDateFromStix(raw.valid_to),
    confidence: typeof raw.confidence === 'number' ? raw.confidence : null,
    evidence: evidenceValue,
  };
  const entity = (property: string): string => {
    const ref = String(raw[property]);
    const id = resolve.entity(ref);
    if (id === null) throw new UnresolvedRefError(ref, property);
    return id;
  };
  const subjectEntity = (): string => {
    if (subject.entityId === undefined) throw new UnresolvedRefError('(no entity)', 'entity');
    return subject.entityId;
  };
  switch (raw.kind) {
    case 'name': {
      const name = raw.name as Json;
      return {
        claim: { ...base, kind: 'name', entityId: subjectEntity(), name: { value: name.value, kind: name.kind, script: name.script, language: str(name.language) } } as Claim,
        droppedEvidence,
      };
    }
    case 'attribute':
      return { claim: { ...base, kind: 'attribute', entityId: subjectEntity(), attribute: raw.attribute, value: raw.value } as Claim, droppedEvidence };
    case 'relation':
      return {
        claim: { ...base, kind: 'relation', entityId: subjectEntity(), relationType: raw.relation_type, targetEntityId: entity('target_ref') } as Claim,
        droppedEvidence,
      };
    case 'event': {
      const ref = String(raw.event_ref);
      const eventId = resolve.event(ref) ?? subject.eventId ?? null;
      if (eventId === null) throw new UnresolvedRefError(ref, 'event_ref');
      return { claim: { ...base, kind: 'event', eventId, field: str(raw.field) } as Claim, droppedEvidence };
    }
    case 'same_as':
      return { claim: { ...base, kind: 'same_as', entityId: subjectEntity(), targetEntityId: entity('target_ref') } as Claim, droppedEvidence };
    case 'quantity':
      return { claim: { ...base, kind: 'quantity', entityId: subject.entityId ?? null, quantity: raw.quantity } as Claim, droppedEvidence };
    default:
      throw new Error(`claim ${String(raw.claim_id)}: unknown kind "${String(raw.kind)}"`);
  }
}
