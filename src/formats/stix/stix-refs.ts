import type { Id } from '../../model/index.js';
import { stixId } from './stix-id.js';

/** The STIX type each Tessera entity travels as; the id follows from it and the entity's own id. */
export type EntityStixType = 'threat-actor' | 'identity' | 'location' | 'channel';

/**
 * Turns Tessera ids into the STIX ids of the objects they travel as. Entities need their STIX type
 * (a person is a threat-actor or an identity), so the exporter registers each entity first.
 */
export class StixRefs {
  /** Each registered entity's STIX id (computed once: a relation or an actor refers to it again and again). */
  private readonly entityIds = new Map<Id, string>();
  /** Each document's STIX id, computed once: every claim's evidence refers to its document. */
  private readonly documentIds = new Map<Id, string>();

  registerEntity(entityId: Id, type: EntityStixType): string {
    const id = stixId(type, entityId);
    this.entityIds.set(entityId, id);
    return id;
  }

  /** The STIX id of an entity, or null when it is not in the export (e.g. above the reader's marking). */
  entity(entityId: Id): string | null {
    return this.entityIds.get(entityId) ?? null;
  }

  /** The last event's id and STIX id: an incident and each of its claims' event_ref ask for it in turn (derived once). */
  private lastEvent: { id: Id; stixId: string } | null = null;

  event(eventId: Id): string {
    if (this.lastEvent?.id !== eventId) this.lastEvent = { id: eventId, stixId: stixId('incident', eventId) };
    return this.lastEvent.stixId;
  }

  document(documentId: Id): string {
    let id = this.documentIds.get(documentId);
    if (id === undefined) {
      id = stixId('report', documentId);
      this.documentIds.set(documentId, id);
    }
    return id;
  }

  relation(claimId: Id): string {
    return stixId('relationship', claimId);
  }

  /** A Tessera-only statement about an object (a contradiction between claims). */
  note(key: string): string {
    return stixId('note', key);
  }
}
