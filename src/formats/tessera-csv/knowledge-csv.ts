import { stringify } from 'csv-stringify/sync';
import { formatFuzzyDate, type Claim, type Entity, type FuzzyDate, type RelationClaim } from '../../model/index.js';

/** Tessera's entity table: one row per entity, its visible names joined (` | `). */
export const ENTITY_CSV_COLUMNS = ['entity_id', 'type', 'label', 'names', 'attributes', 'claims'] as const;

/** Tessera's relation table: one row per relation claim, both ends labelled, with its sourcing. */
export const RELATION_CSV_COLUMNS = [
  'claim_id', 'source_id', 'source_label', 'relation_type', 'target_id', 'target_label', 'valid_from', 'valid_to',
  'status', 'source_reliability', 'information_credibility', 'hedge', 'probability_band', 'marking', 'document_id', 'quote',
] as const;

/** Tessera's claim table: every kind of claim in one layout, what it asserts in `subject_id` and `assertion`. */
export const CLAIM_CSV_COLUMNS = [
  'claim_id', 'kind', 'subject_id', 'assertion', 'status', 'source_reliability', 'information_credibility', 'hedge',
  'probability_band', 'marking', 'valid_from', 'valid_to', 'recorded_at', 'author', 'document_id', 'quote',
] as const;

type Row<C extends readonly string[]> = Record<C[number], string | number | null>;

function line<C extends readonly string[]>(columns: C, values: Row<C>): string {
  return stringify([columns.map((c: C[number]) => values[c] ?? '')]);
}

const dateText = (date: FuzzyDate | null): string | null => (date === null ? null : formatFuzzyDate(date));

/** The header line of one of the tables above. */
export function csvHeader(columns: readonly string[]): string {
  return stringify([[...columns]]);
}

/** An entity as a row of the entity table, from its visible name and attribute claims. */
export function entityCsvLine(entity: Entity, claims: readonly Claim[]): string {
  const names = [...new Set(claims.flatMap((c) => (c.kind === 'name' ? [c.name.value] : [])))];
  const attributes = claims.flatMap((c) => (c.kind === 'attribute' ? [`${c.attribute}=${String(c.value)}`] : []));
  return line(ENTITY_CSV_COLUMNS, {
    entity_id: entity.id,
    type: entity.type,
    label: entity.label,
    names: names.join(' | '),
    attributes: attributes.join(' | '),
    claims: claims.length,
  });
}

/** A relation claim as a row of the relation table; `labelOf` names its ends (null when unknown to the reader). */
export function relationCsvLine(claim: RelationClaim, labelOf: (entityId: string) => string | null): string {
  return line(RELATION_CSV_COLUMNS, {
    claim_id: claim.id,
    source_id: claim.entityId,
    source_label: labelOf(claim.entityId),
    relation_type: claim.relationType,
    target_id: claim.targetEntityId,
    target_label: labelOf(claim.targetEntityId),
    valid_from: dateText(claim.validFrom),
    valid_to: dateText(claim.validTo),
    status: claim.status,
    source_reliability: claim.sourceReliability,
    information_credibility: claim.informationCredibility,
    hedge: claim.hedge?.text ?? null,
    probability_band: claim.hedge?.band ?? null,
    marking: claim.marking,
    document_id: claim.evidence?.documentId ?? null,
    quote: claim.evidence?.quote ?? null,
  });
}

/** What a claim asserts, in words a spreadsheet can hold. */
function assertionOf(claim: Claim): { subject: string | null; assertion: string } {
  switch (claim.kind) {
    case 'name':
      return { subject: claim.entityId, assertion: `name (${claim.name.kind}): ${claim.name.value}` };
    case 'attribute':
      return { subject: claim.entityId, assertion: `${claim.attribute} = ${String(claim.value)}` };
    case 'relation':
      return { subject: claim.entityId, assertion: `${claim.relationType} ${claim.targetEntityId}` };
    case 'event':
      return { subject: claim.eventId, assertion: claim.field === null ? 'event' : `event ${claim.field}` };
    case 'same_as':
      return { subject: claim.entityId, assertion: `same_as ${claim.targetEntityId}` };
    case 'quantity':
      return { subject: claim.entityId, assertion: `quantity: ${claim.quantity.text}` };
  }
}

/** Any claim as a row of the claim table. */
export function claimCsvLine(claim: Claim): string {
  const { subject, assertion } = assertionOf(claim);
  return line(CLAIM_CSV_COLUMNS, {
    claim_id: claim.id,
    kind: claim.kind,
    subject_id: subject,
    assertion,
    status: claim.status,
    source_reliability: claim.sourceReliability,
    information_credibility: claim.informationCredibility,
    hedge: claim.hedge?.text ?? null,
    probability_band: claim.hedge?.band ?? null,
    marking: claim.marking,
    valid_from: dateText(claim.validFrom),
    valid_to: dateText(claim.validTo),
    recorded_at: claim.recordedAt,
    author: claim.author.version ? `${claim.author.name} ${claim.author.version}` : claim.author.name,
    document_id: claim.evidence?.documentId ?? null,
    quote: claim.evidence?.quote ?? null,
  });
}
