import type { Entity, Event, ReviewStatus } from '../model/index.js';
import { listClaims, listEntityEvents, type Store } from '../store/index.js';
import { findEntity } from './find-entity.js';
import { listReviewItems, type ReviewItem } from './review-claims.js';

export interface EntityView {
  entity: Entity;
  /** Every name claimed for it, with how many claims (documents) use it and their statuses. */
  names: { value: string; kind: string; script: string; claims: number; statuses: ReviewStatus[] }[];
  /** Each attribute value once, with how many claims state it. */
  attributes: { attribute: string; value: string; claims: number; statuses: ReviewStatus[] }[];
  /** Relations it is the subject or the target of, any status but rejected. */
  relations: ReviewItem[];
  /** Events it is an actor of. */
  events: Event[];
}

/** What the workspace says about one entity: names, attributes, relations and events, with their review status. */
export async function showEntity(store: Store, ref: string): Promise<EntityView> {
  const entity = await findEntity(store, ref);
  const claims = (await listClaims(store, { entityId: entity.id })).filter((c) => c.status !== 'rejected');
  const names = new Map<string, EntityView['names'][number]>();
  const attributes = new Map<string, EntityView['attributes'][number]>();
  for (const claim of claims) {
    if (claim.kind === 'name' && claim.entityId === entity.id) {
      const entry = names.get(claim.name.value) ?? { value: claim.name.value, kind: claim.name.kind, script: claim.name.script, claims: 0, statuses: [] };
      entry.claims += 1;
      if (!entry.statuses.includes(claim.status)) entry.statuses.push(claim.status);
      names.set(claim.name.value, entry);
    } else if (claim.kind === 'attribute' && claim.entityId === entity.id) {
      const key = `${claim.attribute}\u0000${String(claim.value)}`;
      const entry = attributes.get(key) ?? { attribute: claim.attribute, value: String(claim.value), claims: 0, statuses: [] };
      entry.claims += 1;
      if (!entry.statuses.includes(claim.status)) entry.statuses.push(claim.status);
      attributes.set(key, entry);
    }
  }
  const relations: ReviewItem[] = [];
  for (const status of ['accepted', 'proposed'] as const) {
    const items = await listReviewItems(store, { kind: 'relation', status, limit: 10_000 });
    relations.push(...items.filter((i) => i.subject?.id === entity.id || i.target?.id === entity.id));
  }
  const events = await listEntityEvents(store, entity.id);
  return { entity, names: [...names.values()].sort((a, b) => b.claims - a.claims), attributes: [...attributes.values()], relations, events };
}
