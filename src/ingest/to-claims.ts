import {
  newId,
  unknownDate,
  type Author,
  type Claim,
  type Entity,
  type Event,
  type Evidence,
  type Hedge,
  type Id,
  type InformationCredibility,
  type Sentence,
  type SourceReliability,
  type TlpMarking,
} from '../model/index.js';
import type { ExtractedEntity, Extraction, TextSpan } from './extraction.js';

/** The attribute claim that ties an entity to its reference-pack or gazetteer entry ("ref:isk", "geo:TJ"). */
export const REFERENCE_ID_ATTRIBUTE = 'reference_id';

export interface ToClaimsInput {
  documentId: Id;
  /** The document text as stored: evidence spans index into it. */
  text: string;
  /** The text the quotes are cut from: the same text with note markers blanked (same length). */
  quoteText?: string;
  sentences: readonly Sentence[];
  extraction: Extraction;
  /** The stored entity an extracted one is, when it is already known; null makes a new entity. */
  resolveEntity: (entity: ExtractedEntity) => Id | null;
  sourceReliability?: SourceReliability;
  informationCredibility?: InformationCredibility;
  marking?: TlpMarking;
  /** Transaction time of the claims (ISO); now when absent. */
  recordedAt?: string;
}

export interface DocumentKnowledge {
  /** Entities the document introduces (not yet in the store). */
  newEntities: Entity[];
  /** Extracted entity key → stored entity id, for every extracted entity. */
  entityIds: Map<string, Id>;
  events: Event[];
  claims: Claim[];
  /** Events kept with an unknown date: the text tells them but nothing places them in time. */
  undatedEvents: number;
}

/** The sentence a span lies in: its own index when valid, else the one containing its start. */
function sentenceOf(sentences: readonly Sentence[], span: TextSpan): Sentence | null {
  const byIndex = sentences[span.sentence];
  if (byIndex && byIndex.start <= span.start && span.start <= byIndex.end) return byIndex;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (span.start < s.start) high = mid - 1;
    else if (span.start > s.end) low = mid + 1;
    else return s;
  }
  return null;
}

/**
 * Turns what the extractor read out of one document into the rows the store keeps: new
 * entities, events and proposed claims, each claim with its evidence (document, the sentence's
 * span and quote, the endnotes that sentence cites), hedge and valid time. Names the text gives
 * become name claims; a reference-pack link becomes a `reference_id` attribute claim, so later
 * documents can find the same entity. Pure: no store access.
 */
export function toClaims(input: ToClaimsInput): DocumentKnowledge {
  const recordedAt = input.recordedAt ?? new Date().toISOString();
  const quoteText = input.quoteText ?? input.text;
  const { extraction } = input;
  const author: Author = { kind: 'extractor', name: extraction.extractor.name, version: extraction.extractor.version };
  const base = {
    sourceReliability: input.sourceReliability ?? 'F',
    informationCredibility: input.informationCredibility ?? 6,
    author,
    status: 'proposed' as const,
    marking: input.marking ?? 'TLP:CLEAR',
    recordedAt,
    confidence: null,
  };
  const evidenceOf = (span: TextSpan | null): Evidence | null => {
    if (span === null) return null;
    const sentence = sentenceOf(input.sentences, span);
    const start = sentence?.start ?? span.start;
    const end = sentence?.end ?? span.end;
    return {
      documentId: input.documentId,
      start,
      end,
      quote: quoteText.slice(start, end).replace(/\s+/g, ' ').trim(),
      citedNotes: sentence ? [...sentence.citedNotes] : [],
    };
  };

  const newEntities: Entity[] = [];
  const entityIds = new Map<string, Id>();
  const claims: Claim[] = [];
  for (const entity of extraction.entities) {
    const known = input.resolveEntity(entity);
    const id = known ?? newId();
    entityIds.set(entity.key, id);
    if (known === null) newEntities.push({ id, type: entity.type, label: entity.name, createdAt: recordedAt });
    const firstMention = entity.mentions[0] ?? null;
    // the names this text gives, once each; the primary name rests on the first mention
    const seen = new Set<string>();
    for (const name of entity.names) {
      const span = name.span ?? (name.value === entity.name ? firstMention : null);
      if (span === null || seen.has(name.value)) continue;
      seen.add(name.value);
      claims.push({
        ...base,
        id: newId(),
        kind: 'name',
        entityId: id,
        name: { value: name.value, kind: name.kind, script: name.script, language: null },
        evidence: evidenceOf(span),
        hedge: null,
        validFrom: null,
        validTo: null,
      });
    }
    if (!seen.has(entity.name) && firstMention !== null) {
      claims.push({
        ...base,
        id: newId(),
        kind: 'name',
        entityId: id,
        name: { value: entity.name, kind: 'primary', script: entity.names[0]?.script ?? 'latin', language: null },
        evidence: evidenceOf(firstMention),
        hedge: null,
        validFrom: null,
        validTo: null,
      });
    }
    if (entity.referenceId !== null && firstMention !== null) {
      claims.push({
        ...base,
        id: newId(),
        kind: 'attribute',
        entityId: id,
        attribute: REFERENCE_ID_ATTRIBUTE,
        value: entity.referenceId,
        evidence: evidenceOf(firstMention),
        hedge: null,
        validFrom: null,
        validTo: null,
      });
    }
    for (const attribute of entity.attributes) {
      claims.push({
        ...base,
        id: newId(),
        kind: 'attribute',
        entityId: id,
        attribute: attribute.attribute,
        value: attribute.value,
        evidence: evidenceOf(attribute.span ?? firstMention),
        hedge: null,
        validFrom: null,
        validTo: null,
      });
    }
  }

  for (const relation of extraction.relations) {
    const source = entityIds.get(relation.sourceKey);
    const target = entityIds.get(relation.targetKey);
    if (source === undefined || target === undefined || source === target) continue;
    claims.push({
      ...base,
      id: newId(),
      kind: 'relation',
      entityId: source,
      relationType: relation.type,
      targetEntityId: target,
      evidence: evidenceOf(relation.span),
      hedge: relation.hedge,
      validFrom: relation.start,
      validTo: relation.end,
    });
  }

  const events: Event[] = [];
  let undatedEvents = 0;
  for (const extracted of extraction.events) {
    // an event the text tells without anything placing it in time: kept, its date unknown (the evidence keeps the words)
    if (extracted.date === null) undatedEvents += 1;
    const evidence = evidenceOf(extracted.span);
    const event: Event = {
      id: newId(),
      type: extracted.type,
      datasetType: null,
      datasetSubtype: null,
      date: extracted.date ?? unknownDate(),
      location: extracted.location,
      // the sides datasets use (actor-side.ts): who acted, and who or what was acted on
      actors: [
        ...extracted.actorKeys.map((key) => ({ key, role: 'initiator' })),
        ...extracted.targetKeys.map((key) => ({ key, role: 'target' })),
      ].map(({ key, role }) => {
        const entity = extraction.entities.find((e) => e.key === key);
        return { text: entity?.name ?? key, entityId: entityIds.get(key) ?? null, role };
      }),
      counts: extracted.counts,
      summary: extracted.summary,
      notes: null,
      sourceText: evidence && evidence.citedNotes.length > 0 ? `notes ${evidence.citedNotes.join(', ')}` : null,
      origin: { kind: 'document', documentId: input.documentId },
      marking: base.marking,
    };
    events.push(event);
    claims.push({
      ...base,
      id: newId(),
      kind: 'event',
      eventId: event.id,
      field: null,
      evidence,
      hedge: extracted.hedge as Hedge | null,
      validFrom: extracted.date,
      validTo: extracted.date,
    });
  }

  for (const stated of extraction.quantities) {
    claims.push({
      ...base,
      id: newId(),
      kind: 'quantity',
      entityId: stated.entityKey === null ? null : (entityIds.get(stated.entityKey) ?? null),
      quantity: stated.quantity,
      evidence: evidenceOf(stated.span),
      hedge: null,
      validFrom: null,
      validTo: null,
    });
  }
  return { newEntities, entityIds, events, claims, undatedEvents };
}
