import {
  EntityViewInputSchema,
  parseInput,
  SCRIPTS,
  type Claim,
  type ClaimSource,
  type EntityAttribute,
  type EntityName,
  type EntityView,
  type EntityViewInput,
  type Id,
} from '../model/index.js';
import { getEntity, listClaims, listDocuments, listEntityEvents, type Store } from '../store/index.js';
import { findEntity } from './find-entity.js';
import { listReviewItems } from './review-claims.js';

function addSource(sources: ClaimSource[], claim: Claim, documents: Map<Id, { title: string | null; path: string }>): void {
  const documentId = claim.evidence?.documentId ?? null;
  const document = documentId === null ? undefined : documents.get(documentId);
  const label = document ? (document.title ?? document.path) : claim.author.name;
  if (!sources.some((s) => s.documentId === documentId && s.label === label)) sources.push({ documentId, label });
}

/**
 * An entity page: what the workspace says about one entity — its names by script with their
 * sources, attributes, relations, events and the entities merged with it — over its accepted
 * claims (and its proposed ones too with `includeProposed`).
 */
export async function viewEntity(store: Store, input: EntityViewInput): Promise<EntityView> {
  const { ref, includeProposed } = parseInput(EntityViewInputSchema, input, 'entity');
  const entity = await findEntity(store, ref);
  const statuses = includeProposed ? (['accepted', 'proposed'] as const) : (['accepted'] as const);
  const claims = (await listClaims(store, { entityId: entity.id })).filter((c) => (statuses as readonly string[]).includes(c.status));
  const documents = new Map((await listDocuments(store)).map((d) => [d.id, d]));
  const names = new Map<string, EntityName>();
  const attributes = new Map<string, EntityAttribute>();
  const sameAs: EntityView['sameAs'] = [];
  for (const claim of claims) {
    if (claim.kind === 'name' && claim.entityId === entity.id) {
      const entry = names.get(claim.name.value) ?? {
        value: claim.name.value,
        kind: claim.name.kind,
        script: claim.name.script,
        language: claim.name.language,
        claims: 0,
        statuses: [],
        sources: [],
      };
      entry.claims += 1;
      if (!entry.statuses.includes(claim.status)) entry.statuses.push(claim.status);
      addSource(entry.sources, claim, documents);
      names.set(claim.name.value, entry);
    } else if (claim.kind === 'attribute' && claim.entityId === entity.id) {
      const key = `${claim.attribute}\u0000${String(claim.value)}`;
      const entry = attributes.get(key) ?? { attribute: claim.attribute, value: String(claim.value), claims: 0, statuses: [], sources: [] };
      entry.claims += 1;
      if (!entry.statuses.includes(claim.status)) entry.statuses.push(claim.status);
      addSource(entry.sources, claim, documents);
      attributes.set(key, entry);
    } else if (claim.kind === 'same_as' && claim.status === 'accepted') {
      const otherId = claim.entityId === entity.id ? claim.targetEntityId : claim.entityId;
      const other = await getEntity(store, otherId);
      if (other !== null) sameAs.push({ id: other.id, type: other.type, label: other.label, claimId: claim.id });
    }
  }
  const relations = [];
  for (const status of statuses) relations.push(...(await listReviewItems(store, { entity: entity.id, kind: 'relation', status, limit: 10_000 })));
  const events = await listEntityEvents(store, entity.id);
  const scriptOrder = (script: EntityName['script']) => SCRIPTS.indexOf(script);
  return {
    entity,
    names: [...names.values()].sort((a, b) => scriptOrder(a.script) - scriptOrder(b.script) || b.claims - a.claims),
    attributes: [...attributes.values()],
    relations,
    events,
    sameAs,
  };
}
