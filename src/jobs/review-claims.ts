import { basename, resolve } from 'node:path';
import {
  formatFuzzyDate,
  TesseraError,
  type CitedWork,
  type Claim,
  type ClaimKind,
  type Entity,
  type Event,
  type Hedge,
  type Id,
  type ReviewStatus,
} from '../model/index.js';
import {
  getEntity,
  getEvent,
  listCitedWorks,
  listClaims,
  listDocuments,
  setClaimStatus,
  type ClaimFilter,
  type DocumentSummary,
  type Store,
} from '../store/index.js';
import { findEntity } from './find-entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which claims to review: every field narrows. */
export interface ReviewSelection {
  ids?: readonly Id[];
  /** A document id, or its path (absolute, relative or file name). */
  document?: string;
  /** Claims about this entity (as subject or target): its id or a name it is known by. */
  entity?: string;
  kind?: ClaimKind;
  status?: ReviewStatus;
  /** Case-insensitive text of the evidence quote. */
  contains?: string;
  limit?: number;
  offset?: number;
}

/** One claim as an analyst reviews it: what it asserts, on which words, citing which works. */
export interface ReviewItem {
  id: Id;
  kind: ClaimKind;
  status: ReviewStatus;
  /** The claim in one line: "Jamaat Ansarullah pledged_allegiance_to Islamic State Khorasan". */
  assertion: string;
  subject: Pick<Entity, 'id' | 'type' | 'label'> | null;
  predicate: string | null;
  object: string | null;
  target: Pick<Entity, 'id' | 'type' | 'label'> | null;
  event: Event | null;
  hedge: Hedge | null;
  validFrom: string | null;
  validTo: string | null;
  author: string;
  document: { id: Id; path: string; title: string | null } | null;
  span: { start: number; end: number } | null;
  quote: string | null;
  citedNotes: number[];
  /** The endnotes the evidence sentence carries, read as cited works. */
  citations: CitedWork[];
}

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
  if (matches.length === 0) throw new TesseraError('not_found', `document ${ref}: no ingested document has this id or path`);
  throw new TesseraError('conflict', `document ${ref}: ${matches.length} documents match; give the document id (tessera documents)`);
}

async function toFilter(store: Store, selection: ReviewSelection): Promise<ClaimFilter> {
  const filter: ClaimFilter = {};
  if (selection.ids !== undefined) {
    const bad = selection.ids.find((id) => !UUID.test(id));
    if (bad !== undefined) throw new TesseraError('invalid_input', `claim id ${bad}: not a claim id (expected a UUID)`);
    filter.ids = selection.ids.map((id) => id.toLowerCase());
  }
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
  return [event.type, formatFuzzyDate(event.date), where, actors ? `by/with ${actors}` : '', counts.join(', ')]
    .filter((part) => part !== '')
    .join(' · ');
}

/** Lists claims for review with what they assert, their evidence and citation chain. */
export async function listReviewItems(store: Store, selection: ReviewSelection = {}): Promise<ReviewItem[]> {
  const claims = await listClaims(store, await toFilter(store, { status: 'proposed', ...selection }));
  const entities = new Map<Id, Entity | null>();
  const entity = async (id: Id | null) => {
    if (id === null) return null;
    if (!entities.has(id)) entities.set(id, await getEntity(store, id));
    const found = entities.get(id) ?? null;
    return found === null ? null : { id: found.id, type: found.type, label: found.label };
  };
  const works = new Map<Id, Map<number, CitedWork>>();
  const documents = new Map((await listDocuments(store)).map((d) => [d.id, d]));
  const items: ReviewItem[] = [];
  for (const claim of claims) items.push(await toItem(store, claim, entity, works, documents));
  return items;
}

async function toItem(
  store: Store,
  claim: Claim,
  entity: (id: Id | null) => Promise<Pick<Entity, 'id' | 'type' | 'label'> | null>,
  works: Map<Id, Map<number, CitedWork>>,
  documents: Map<Id, DocumentSummary>,
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

/** A cited work in one line: authors, “title”, outlet, date, (in language), URL. */
export function formatCitation(work: CitedWork): string {
  const parts = [
    work.authors.length > 0 ? work.authors.join(', ') : null,
    work.title ? `“${work.title}”` : null,
    work.outlet,
    work.date ? formatFuzzyDate(work.date) : null,
    work.language ? `(in ${work.language})` : null,
    work.url,
  ].filter((p) => p !== null);
  return `[${work.noteNumber}] ${parts.length > 0 ? parts.join(', ') : work.text}`;
}

/**
 * Accepts or rejects claims: by id, or every claim a filter covers (proposed ones unless a
 * status is given). Returns how many changed status. A selection with neither ids nor a
 * filter is refused rather than read as "everything".
 */
export async function setReviewStatus(store: Store, selection: ReviewSelection, status: 'accepted' | 'rejected' | 'proposed'): Promise<number> {
  const hasFilter =
    selection.document !== undefined || selection.entity !== undefined || selection.kind !== undefined || (selection.contains ?? '') !== '';
  const hasIds = (selection.ids?.length ?? 0) > 0;
  if (!hasIds && !hasFilter) {
    throw new TesseraError('invalid_input', 'review: name claim ids, or a filter (--document, --entity, --kind, --contains)');
  }
  const filter = await toFilter(store, hasIds ? selection : { status: 'proposed', ...selection });
  delete filter.limit;
  delete filter.offset;
  return store.transaction((tx) => setClaimStatus(tx, filter, status));
}
