import {
  documentToStix,
  entityToStix,
  eventToStix,
  relationToStix,
  StixRefs,
  writeStixBundle,
  type StixObject,
  type TextSink,
} from '../formats/index.js';
import {
  StixExportInputSchema,
  type AttributeClaim,
  type Claim,
  type EventClaim,
  type Document,
  type Id,
  type NameClaim,
  type RelationClaim,
  type RelationType,
  type ReviewStatus,
  type StixExportInput,
  type StixExportResult,
} from '../model/index.js';
import {
  listCitedWorksOf,
  listRelationSubjects,
  refreshStaleStatistics,
  scanClaims,
  scanEntitiesWithClaims,
  scanEventClaims,
  scanEvents,
  streamDocumentsWithoutText,
  type Store,
} from '../store/index.js';

/** A person who is the subject of one of these relations acts for a group: a threat-actor, not an identity. */
const ADVERSARY_RELATIONS: ReadonlySet<RelationType> = new Set([
  'member_of',
  'leader_of',
  'pledged_allegiance_to',
  'directed',
  'recruited',
  'funded',
  'claimed',
]);

/** Documents whose cited works are read in one query. */
const DOCUMENT_PAGE = 500;

/** What each document supports: the STIX ids of the objects read from it, in the order they came. */
class DocumentRefs {
  private readonly byDocument = new Map<Id, string[]>();
  /**
   * Adds an object's claims' documents, object by object: an object's id is already last in a
   * document's list when another of its claims cited that document (no set needed).
   */
  add(claim: Claim, stixId: string | null): void {
    if (claim.evidence === null || stixId === null) return;
    const refs = this.byDocument.get(claim.evidence.documentId);
    if (refs === undefined) this.byDocument.set(claim.evidence.documentId, [stixId]);
    else if (refs[refs.length - 1] !== stixId) refs.push(stixId);
  }
  of(documentId: Id): string[] {
    return this.byDocument.get(documentId) ?? [];
  }
}

/**
 * The workspace's knowledge as STIX objects, one at a time: entities, relations, events read from
 * reports (dataset rows only when asked: their licences may forbid redistribution) and documents,
 * each with its claims in Tessera's knowledge extension and its TLP marking. Reads through the
 * store's viewer, so nothing above their clearance comes out. Ids are deterministic. Run it inside
 * `store.transaction`: the claims are read through cursors, each kind in one pass (export-cursor.ts),
 * from one snapshot of the workspace. The objects may hold empty lists: what writes them out drops
 * those (writeStixBundle, a TAXII collection's entries), once.
 */
export async function* streamStixObjects(store: Store, input: StixExportInput): AsyncGenerator<StixObject> {
  const options = StixExportInputSchema.parse(input);
  const statuses: ReviewStatus[] = options.includeProposed ? ['accepted', 'proposed'] : ['accepted'];
  const selection = { statuses };
  // keyset pages need the planner to know the tables' sizes (PGlite runs no autovacuum)
  await refreshStaleStatistics(store, ['entity', 'claim', 'event', 'event_actor']);
  const refs = new StixRefs();
  const documentRefs = new DocumentRefs();

  const adversaries = await listRelationSubjects(store, [...ADVERSARY_RELATIONS], selection);

  for await (const { entity, claims } of scanEntitiesWithClaims(store, selection)) {
    const names = claims.filter((claim): claim is NameClaim => claim.kind === 'name');
    const attributes = claims.filter((claim): claim is AttributeClaim => claim.kind === 'attribute');
    const object = entityToStix({ entity, names, attributes, isAdversary: adversaries.has(entity.id) }, refs);
    for (const claim of claims) documentRefs.add(claim, object.id);
    yield object;
  }
  for await (const claim of scanClaims(store, ['relation'], selection)) {
    const object = relationToStix(claim as RelationClaim, refs);
    if (object === null) continue;
    documentRefs.add(claim, object.id);
    yield object;
  }
  const sources = options.includeDatasetEvents ? {} : { sources: ['reports'] };
  const eventClaims = scanEventClaims(store, selection);
  try {
    for await (const { event, recordedAt } of scanEvents(store, sources)) {
      const claims = (await eventClaims.take(event.id)) as EventClaim[];
      const object = eventToStix({ event, claims, recordedAt }, refs);
      for (const claim of claims) documentRefs.add(claim, object.id);
      yield object;
    }
  } finally {
    await eventClaims.close();
  }
  // documents come last (each lists what was read from it); their cited works are read a page at a time
  let documents: Omit<Document, 'text'>[] = [];
  const documentPage = async function* () {
    if (documents.length === 0) return;
    const citedWorks = await listCitedWorksOf(store, documents.map((document) => document.id));
    for (const document of documents) {
      yield documentToStix({ document, citedWorks: citedWorks.get(document.id) ?? [], objectRefs: documentRefs.of(document.id) }, refs);
    }
    documents = [];
  };
  for await (const document of streamDocumentsWithoutText(store)) {
    documents.push(document);
    if (documents.length === DOCUMENT_PAGE) yield* documentPage();
  }
  yield* documentPage();
}

/** Exports the workspace as a STIX 2.1 bundle streamed to `sink` (see streamStixObjects); counts by type. */
export async function exportStix(store: Store, input: StixExportInput, sink: TextSink): Promise<StixExportResult> {
  const options = StixExportInputSchema.parse(input);
  const byType: Record<string, number> = {};
  async function* counted(tx: Store): AsyncGenerator<StixObject> {
    for await (const object of streamStixObjects(tx, options)) {
      byType[object.type] = (byType[object.type] ?? 0) + 1;
      yield object;
    }
  }
  const statuses = options.includeProposed ? 'accepted+proposed' : 'accepted';
  const written = await store.transaction((tx) => writeStixBundle(counted(tx), sink, `${store.workspaceId}:${statuses}`));
  return { objects: written, byType };
}
