import type { Claim, Event, Id } from '../model/index.js';
import { getEvent, listClaims, moveClaimEvidence, moveEventToDocument, recordNewVersion, type Store } from '../store/index.js';

/** What the new version of a document writes once the older version's decisions are carried over. */
export interface NewVersionWrites {
  claims: Claim[];
  events: Event[];
  /** Proposed claims of the older version now 'superseded'. */
  superseded: number;
  /** Accepted or rejected claims of the older version moved onto the same sentence in the new one. */
  carried: number;
}

/** What a claim asserts, on which sentence: equal for the same claim read from two versions. */
function claimKey(claim: Claim, event: Event | null | undefined): string {
  const quote = claim.evidence?.quote ?? '';
  switch (claim.kind) {
    case 'name':
      return JSON.stringify([claim.kind, quote, claim.entityId, claim.name.value, claim.name.kind]);
    case 'attribute':
      return JSON.stringify([claim.kind, quote, claim.entityId, claim.attribute, claim.value]);
    case 'relation':
      return JSON.stringify([claim.kind, quote, claim.entityId, claim.relationType, claim.targetEntityId]);
    case 'same_as':
      return JSON.stringify([claim.kind, quote, claim.entityId, claim.targetEntityId]);
    case 'quantity':
      return JSON.stringify([claim.kind, quote, claim.entityId, claim.quantity]);
    case 'event':
      return JSON.stringify([claim.kind, quote, claim.field, event?.type, event?.date.start, event?.location.country, event?.location.place]);
  }
}

/**
 * Makes `nextId` (already inserted) the version after `previousId`, inside the ingest
 * transaction: the older version's proposed claims become 'superseded'; its accepted and
 * rejected claims whose sentence the new version still has move onto it (the analyst's decision
 * stands, the new version's identical proposed claim is not written), an event claim taking its
 * event along. Returns the new version's claims and events that remain to be written.
 */
export async function carryOverDecisions(
  tx: Store,
  previousId: Id,
  nextId: Id,
  next: { claims: readonly Claim[]; events: readonly Event[] },
): Promise<NewVersionWrites> {
  const newEvents = new Map(next.events.map((e) => [e.id, e]));
  const byKey = new Map<string, Claim[]>();
  for (const claim of next.claims) {
    if (claim.evidence === null) continue;
    const key = claimKey(claim, claim.kind === 'event' ? newEvents.get(claim.eventId) : undefined);
    byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  }
  const dropped = new Set<Id>();
  // a new event replaced by the older version's event it repeats
  const eventOf = new Map<Id, Id>();
  let carried = 0;
  const decided = [
    ...(await listClaims(tx, { documentId: previousId, status: 'accepted' })),
    ...(await listClaims(tx, { documentId: previousId, status: 'rejected' })),
  ];
  for (const old of decided) {
    if (old.evidence === null) continue;
    const oldEvent = old.kind === 'event' ? await getEvent(tx, old.eventId) : undefined;
    const match = byKey.get(claimKey(old, oldEvent))?.shift();
    if (match?.evidence == null) continue;
    await moveClaimEvidence(tx, old.id, { ...match.evidence, documentId: nextId });
    dropped.add(match.id);
    carried += 1;
    if (old.kind === 'event' && match.kind === 'event' && !eventOf.has(match.eventId)) {
      await moveEventToDocument(tx, old.eventId, nextId);
      eventOf.set(match.eventId, old.eventId);
    }
  }
  const superseded = await recordNewVersion(tx, previousId, nextId);
  const claims = next.claims
    .filter((c) => !dropped.has(c.id))
    .map((c) => (c.kind === 'event' && eventOf.has(c.eventId) ? { ...c, eventId: eventOf.get(c.eventId)! } : c));
  return { claims, events: next.events.filter((e) => !eventOf.has(e.id)), superseded, carried };
}
