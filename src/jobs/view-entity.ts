import {
  EntityViewInputSchema,
  parseInput,
  SCRIPTS,
  TesseraError,
  type Claim,
  type ClaimSource,
  type EntityAttribute,
  type EntityName,
  type EntityView,
  type EntityViewInput,
  type Id,
} from '../model/index.js';
import { readEntityPage, type Store } from '../store/index.js';
import { findEntity, isEntityId } from './find-entity.js';
import { reviewItemsOf } from './review-claims.js';

/** Relations of each status shown on a page (the review queue pages through the rest). */
const MAX_RELATIONS = 10_000;

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
  // an id is read with the page; a name is resolved first
  const entityId = isEntityId(ref) ? ref.toLowerCase() : (await findEntity(store, ref)).id;
  const statuses = includeProposed ? (['accepted', 'proposed'] as const) : (['accepted'] as const);
  // the entity, every claim about it (as subject or target), the documents and entities they
  // name and its events, in one read
  const page = await readEntityPage(store, entityId, statuses);
  if (page === null) throw new TesseraError('not_found', `entity ${ref}: not in workspace ${store.workspaceId}`);
  const { entity, claims, documents } = page;
  const others = new Map(page.entities).set(entity.id, entity);
  const names = new Map<string, EntityName>();
  const attributes = new Map<string, EntityAttribute>();
  const sameAsClaims: Extract<Claim, { kind: 'same_as' }>[] = [];
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
      sameAsClaims.push(claim);
    }
  }
  const sameAs: EntityView['sameAs'] = [];
  for (const claim of sameAsClaims) {
    const other = others.get(claim.entityId === entity.id ? claim.targetEntityId : claim.entityId);
    if (other !== undefined) sameAs.push({ id: other.id, type: other.type, label: other.label, claimId: claim.id });
  }
  // accepted relations first, then proposed ones, as the review queue lists them
  const relationClaims = statuses.flatMap((status) => claims.filter((c) => c.kind === 'relation' && c.status === status).slice(0, MAX_RELATIONS));
  const relations = await reviewItemsOf(store, relationClaims, { entities: others, documents });
  const scriptOrder = (script: EntityName['script']) => SCRIPTS.indexOf(script);
  return {
    entity,
    names: [...names.values()].sort((a, b) => scriptOrder(a.script) - scriptOrder(b.script) || b.claims - a.claims),
    attributes: [...attributes.values()],
    relations,
    events: page.events,
    sameAs,
  };
}
