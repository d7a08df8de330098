import type { Claim, EntityType, Event, Id } from '../model/index.js';
import type { DocumentKnowledge, ExtractedEntity, Extraction } from '../ingest/index.js';
import type { EntityLinker } from './entity-linker.js';

const SYMMETRIC_RELATIONS = new Set(['merged_with', 'allied_with', 'rival_of', 'communicated_with', 'affiliated_with']);

/** What a claim says about which entity, whatever sentence it rests on; null for claims that never repeat (events, figures). */
function repeatKey(claim: Claim): string | null {
  switch (claim.kind) {
    case 'name':
      return JSON.stringify([claim.kind, claim.entityId, claim.name.value]);
    case 'attribute':
      return JSON.stringify([claim.kind, claim.entityId, claim.attribute, claim.value]);
    case 'relation': {
      const ends = [claim.entityId, claim.targetEntityId];
      return JSON.stringify([claim.kind, claim.relationType, ...(SYMMETRIC_RELATIONS.has(claim.relationType) ? ends.sort() : ends)]);
    }
    default:
      return null;
  }
}

/** The kind, country and month of an event, and for a killing the people killed: a later telling with the same is the same event. */
function eventKey(event: Event, entityTypes: ReadonlyMap<Id, EntityType>): string {
  const people = event.type === 'killing' ? event.actors.flatMap((a) => (a.entityId !== null && entityTypes.get(a.entityId) === 'person' ? [a.entityId] : [])).sort() : [];
  // (an undated event is the same only as one told in the same words)
  const month = event.date.start === null ? ['unknown', event.summary] : event.date.start.slice(0, 7);
  return JSON.stringify([event.type, event.location.country, month, people]);
}

const nameKey = (type: EntityType, name: string): string => `${type}\u0000${name.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/**
 * One document read in sections (document-sections.ts) as the extractor reads a whole one: an
 * entity met in an earlier section is the same entity later (by its reference entry or a name it
 * was given, before the store's linker is asked); a name, attribute or relation an earlier
 * section already claimed is not claimed again, and an event an earlier section told (same kind,
 * country and month, the same day when both give one, the same people killed) is not written
 * again: as mergeEvents keeps one event for a report's several tellings, though without taking in
 * the later telling's actors. Entities the document introduces are known only
 * here until its transaction commits; the linker learns them afterwards (`learnable`).
 */
export class DocumentScope {
  private readonly byReference = new Map<string, Id>();
  private readonly byName = new Map<string, Id>();
  private readonly claimed = new Set<string>();
  /** Events written by earlier sections, by eventKey: the day each was told with (null: less precise than a day). */
  private readonly told = new Map<string, (string | null)[]>();
  /** The name and reference claims written, and each entity's type: what the linker learns after the commit. */
  readonly learnable: Claim[] = [];
  readonly entityTypes = new Map<Id, EntityType>();

  constructor(private readonly linker: EntityLinker) {}

  resolve(entity: ExtractedEntity): Id | null {
    const known = (entity.referenceId === null ? undefined : this.byReference.get(entity.referenceId)) ??
      [entity.name, ...entity.names.map((n) => n.value)].map((name) => this.byName.get(nameKey(entity.type, name))).find((id) => id !== undefined);
    return known ?? this.linker.resolve(entity);
  }

  /**
   * Takes in one section's knowledge: records its entities, and returns it without the claims an
   * earlier section made (its entities are new only when `resolve` found none of them).
   */
  admit(extraction: Extraction, knowledge: DocumentKnowledge): DocumentKnowledge {
    for (const entity of extraction.entities) {
      const id = knowledge.entityIds.get(entity.key);
      if (id === undefined) continue;
      this.entityTypes.set(id, entity.type);
      if (entity.referenceId !== null && !this.byReference.has(entity.referenceId)) this.byReference.set(entity.referenceId, id);
      for (const name of [entity.name, ...entity.names.map((n) => n.value)]) {
        const key = nameKey(entity.type, name);
        if (!this.byName.has(key)) this.byName.set(key, id);
      }
    }
    const retold = new Set<Id>();
    const tellings: [string, string | null][] = [];
    for (const event of knowledge.events) {
      const key = eventKey(event, this.entityTypes);
      const day = event.date.precision === 'day' ? event.date.start : null;
      if ((this.told.get(key) ?? []).some((earlier) => earlier === null || day === null || earlier === day)) retold.add(event.id);
      else tellings.push([key, day]);
    }
    // (against earlier sections only: within one, the extractor has merged already)
    for (const [key, day] of tellings) this.told.set(key, [...(this.told.get(key) ?? []), day]);
    const events = knowledge.events.filter((e) => !retold.has(e.id));
    const repeated = new Set<string>();
    const claims = knowledge.claims.filter((claim) => {
      if (claim.kind === 'event' && retold.has(claim.eventId)) return false;
      const key = repeatKey(claim);
      if (key === null) return true;
      repeated.add(key);
      return !this.claimed.has(key);
    });
    for (const key of repeated) this.claimed.add(key);
    this.learnable.push(...claims.filter((c) => c.kind === 'name' || c.kind === 'attribute'));
    return { ...knowledge, claims, events };
  }
}
