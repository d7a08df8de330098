import type { z } from 'zod';
import { basename, resolve } from 'node:path';
import {
  formatEventDate,
  formatFuzzyDate,
  parseInput,
  ReviewDecisionInputSchema,
  ReviewSelectionSchema,
  TesseraError,
  type CitedWork,
  type Claim,
  type Entity,
  type Event,
  type Id,
  type DocumentSummary,
  type ReviewDecisionInput,
  REVIEW_STATUSES,
  type ReviewDecisionResult,
  type ReviewItem,
  type ReviewSelection,
} from '../model/index.js';
import {
  getEntities,
  getEvent,
  listCitedWorks,
  listClaims,
  listDocuments,
  appendAudit,
  countClaims,
  updateClaimStatus,
  type ClaimFilter,
  type Store,
} from '../store/index.js';
import { findEntity } from './find-entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The document a `--document` value names: its id, or a path that matches one stored document. */
export async function findDocumentRef(store: Store, ref: string): Promise<DocumentSummary> {
  const documents = await listDocuments(store);
  if (UUID.test(ref)) {
    const byId = documents.find((d) => d.id === ref.toLowerCase());
    if (byId) return byId;
    throw new TesseraError('not_found', `document ${ref}: not in workspace ${store.workspaceId}`);
  }
  const absolute = resolve(ref);
  const exact = documents.filter((d) => d.path === absolute || d.path === ref);
  const matches = exact.length > 0 ? exact : documents.filter((d) => d.path.endsWith(`/${ref}`) || basename(d.path) === ref);
  if (matches.length === 1) return matches[0]!;
  // versions of one document share its path: the path names the latest (documents versions lists them all)
  if (matches.length > 1 && matches.every((d) => d.path === matches[0]!.path)) {
    return matches.reduce((latest, d) => (d.ingestedAt > latest.ingestedAt ? d : latest));
  }
  if (matches.length === 0) throw new TesseraError('not_found', `document ${ref}: no ingested document has this id or path`);
  throw new TesseraError('conflict', `document ${ref}: ${matches.length} documents match; give the document id (tessera documents)`);
}

async function toFilter(store: Store, selection: z.output<typeof ReviewSelectionSchema>): Promise<ClaimFilter> {
  const filter: ClaimFilter = {};
  if (selection.ids !== undefined) filter.ids = selection.ids;
  if (selection.document !== undefined) filter.documentId = (await findDocumentRef(store, selection.document)).id;
  if (selection.entity !== undefined) filter.entityId = (await findEntity(store, selection.entity)).id;
  if (selection.kind !== undefined) filter.kind = selection.kind;
  if (selection.status !== undefined) filter.status = selection.status;
  if (selection.contains !== undefined && selection.contains !== '') filter.quoteContains = selection.contains;
  if (selection.limit !== undefined) filter.limit = selection.limit;
  if (selection.offset !== undefined) filter.offset = selection.offset;
  return filter;
}

function describeEvent(event: Event): string {
  const where = [event.location.place, event.location.admin1, event.location.country].filter((v) => v !== null).join(', ');
  const counts = [
    event.counts.fatalities !== null ? `${event.counts.fatalities} killed` : null,
    event.counts.wounded !== null ? `${event.counts.wounded} wounded` : null,
    event.counts.arrested !== null ? `${event.counts.arrested} arrested` : null,
  ].filter((v) => v !== null);
  const actors = event.actors.map((a) => a.text).join(', ');
  return [event.type, formatEventDate(event.date) || 'date unknown', where, actors ? `by/with ${actors}` : '', counts.join(', ')]
    .filter((part) => part !== '')
    .join(' · ');
}

/** How many claims the selection covers in all (listReviewItems shows a page of them). */
export async function countReviewItems(store: Store, input: ReviewSelection = {}): Promise<number> {
  const selection = parseInput(ReviewSelectionSchema, input, 'review');
  return countClaims(store, await toFilter(store, { status: 'proposed', ...selection }));
}

/** Lists claims for review with what they assert, their evidence and citation chain. */
export async function listReviewItems(store: Store, input: ReviewSelection = {}): Promise<ReviewItem[]> {
  const selection = parseInput(ReviewSelectionSchema, input, 'review');
  const claims = await listClaims(store, await toFilter(store, { status: 'proposed', ...selection }));
  return reviewItemsOf(store, claims);
}

/** A document as a review item names it. */
type CitedDocument = Pick<DocumentSummary, 'id' | 'path' | 'title'>;

/** Entities and documents a caller has already read for the claims (the entity page reads them with the claims). */
export interface ReviewItemContext {
  entities: ReadonlyMap<Id, Pick<Entity, 'id' | 'type' | 'label'>>;
  documents: ReadonlyMap<Id, CitedDocument>;
}

/**
 * Claims as review items: what each asserts, about which entities (as the viewer may see them),
 * with its evidence and citation chain. The entities and documents the claims name are read in
 * one query each, unless the caller passes them as read for the same viewer.
 */
export async function reviewItemsOf(store: Store, claims: readonly Claim[], context?: ReviewItemContext): Promise<ReviewItem[]> {
  const entityIds: Id[] = [];
  for (const claim of claims) {
    if ('entityId' in claim && claim.entityId !== null) entityIds.push(claim.entityId);
    if ('targetEntityId' in claim && claim.targetEntityId !== null) entityIds.push(claim.targetEntityId);
  }
  const entities = context?.entities ?? (await getEntities(store, entityIds));
  const entity = async (id: Id | null) => {
    const found = id === null ? undefined : entities.get(id);
    return found === undefined ? null : { id: found.id, type: found.type, label: found.label };
  };
  const works = new Map<Id, Map<number, CitedWork>>();
  const documentIds = claims.flatMap((claim) => (claim.evidence === null ? [] : [claim.evidence.documentId]));
  const documents = context?.documents ?? new Map((await listDocuments(store, documentIds)).map((d) => [d.id, d]));
  const items: ReviewItem[] = [];
  for (const claim of claims) items.push(await toItem(store, claim, entity, works, documents));
  return items;
}

async function toItem(
  store: Store,
  claim: Claim,
  entity: (id: Id | null) => Promise<Pick<Entity, 'id' | 'type' | 'label'> | null>,
  works: Map<Id, Map<number, CitedWork>>,
  documents: ReadonlyMap<Id, CitedDocument>,
): Promise<ReviewItem> {
  let subject: ReviewItem['subject'] = null;
  let target: ReviewItem['target'] = null;
  let event: Event | null = null;
  let predicate: string | null = null;
  let object: string | null = null;
  let assertion: string;
  switch (claim.kind) {
    case 'name':
      subject = await entity(claim.entityId);
      predicate = claim.name.kind === 'primary' ? 'is named' : `has ${claim.name.kind}`;
      object = claim.name.value;
      assertion = `${subject?.label ?? claim.entityId} (${subject?.type ?? '?'}) ${predicate} “${object}”`;
      break;
    case 'attribute':
      subject = await entity(claim.entityId);
      predicate = claim.attribute;
      object = String(claim.value);
      assertion = `${subject?.label ?? claim.entityId} ${predicate} = ${object}`;
      break;
    case 'relation':
    case 'same_as':
      subject = await entity(claim.entityId);
      target = await entity(claim.targetEntityId);
      predicate = claim.kind === 'relation' ? claim.relationType : 'same_as';
      object = target?.label ?? claim.targetEntityId;
      assertion = `${subject?.label ?? claim.entityId} ${predicate} ${object}`;
      break;
    case 'event':
      event = await getEvent(store, claim.eventId);
      predicate = claim.field ?? 'happened';
      assertion = event === null ? `event ${claim.eventId}` : describeEvent(event);
      break;
    case 'quantity':
      subject = await entity(claim.entityId);
      predicate = 'figure';
      object = claim.quantity.text;
      assertion = `${subject ? `${subject.label}: ` : ''}${claim.quantity.text} (${claim.quantity.low === claim.quantity.high ? claim.quantity.low : `${claim.quantity.low}–${claim.quantity.high}`} ${claim.quantity.unit})`;
      break;
  }
  const evidence = claim.evidence;
  let citations: CitedWork[] = [];
  if (evidence !== null && evidence.citedNotes.length > 0) {
    let byNote = works.get(evidence.documentId);
    if (byNote === undefined) {
      byNote = new Map((await listCitedWorks(store, evidence.documentId)).map((w) => [w.noteNumber, w]));
      works.set(evidence.documentId, byNote);
    }
    citations = evidence.citedNotes.map((n) => byNote.get(n)).filter((w): w is CitedWork => w !== undefined);
  }
  const document = evidence === null ? undefined : documents.get(evidence.documentId);
  return {
    id: claim.id,
    kind: claim.kind,
    status: claim.status,
    assertion,
    subject,
    predicate,
    object,
    target,
    event,
    hedge: claim.hedge,
    validFrom: claim.validFrom === null ? null : formatFuzzyDate(claim.validFrom),
    validTo: claim.validTo === null ? null : formatFuzzyDate(claim.validTo),
    author: `${claim.author.name}${claim.author.version ? ` ${claim.author.version}` : ''}`,
    document: document ? { id: document.id, path: document.path, title: document.title } : null,
    span: evidence ? { start: evidence.start, end: evidence.end } : null,
    quote: evidence?.quote ?? null,
    citedNotes: evidence?.citedNotes ?? [],
    citations,
  };
}

/**
 * Accepts or rejects claims (or reopens them as proposed): by id, or every claim a filter covers
 * (proposed ones unless a status is given). Returns how many changed status. A selection with
 * neither ids nor a filter is refused rather than read as "everything".
 */
export async function decideClaims(store: Store, input: ReviewDecisionInput): Promise<ReviewDecisionResult> {
  const { decision, ...selection } = parseInput(ReviewDecisionInputSchema, input, 'review');
  const hasFilter =
    selection.document !== undefined || selection.entity !== undefined || selection.kind !== undefined || (selection.contains ?? '') !== '';
  const hasIds = (selection.ids?.length ?? 0) > 0;
  if (!hasIds && !hasFilter) {
    throw new TesseraError('invalid_input', 'review: name claim ids, or a filter (--document, --entity, --kind, --contains)');
  }
  const filter = await toFilter(store, hasIds ? selection : { status: 'proposed', ...selection });
  const changed = await store.transaction(async (tx) => {
    const rows = await updateClaimStatus(tx, filter, decision);
    if (rows.length > 0) {
      const before: Record<string, number> = {};
      for (const row of rows) before[row.previous] = (before[row.previous] ?? 0) + 1;
      await appendAudit(tx, {
        action: 'claim.review',
        targetIds: rows.map((row) => row.claimId),
        // the statuses the claims had, counted; each id is in targetIds
        before: { status: before },
        after: { status: decision },
        detail: hasIds ? { by: 'ids' } : { by: 'filter', filter: selection },
      });
    }
    return rows.length;
  });
  // say why nothing (or less than named) changed: the claims were already decided, or are not there
  const unchanged: ReviewDecisionResult['unchanged'] = {};
  const { status: selectedStatus, ...unrestricted } = filter;
  for (const status of REVIEW_STATUSES) {
    if (!hasIds && status === selectedStatus) continue;
    const n = (await countClaims(store, { ...unrestricted, status })) - (status === decision ? changed : 0);
    if (n > 0) unchanged[status] = n;
  }
  const named = hasIds ? new Set(selection.ids).size : 0;
  const notFound = hasIds ? Math.max(0, named - changed - Object.values(unchanged).reduce((a, b) => a + b, 0)) : 0;
  return { decision, changed, unchanged, notFound };
}
