import { StixBundleDecoder, type StixImportPlan } from '../formats/index.js';
import {
  markingRank,
  StixImportInputSchema,
  type Claim,
  type Id,
  type StixImportInput,
  type StixImportResult,
  type TlpMarking,
} from '../model/index.js';
import {
  ANALYZE_AFTER_ROWS,
  appendAudit,
  documentIdsByHash,
  existingRowIds,
  findKeptStixIds,
  insertClaims,
  insertEntities,
  insertImportedDocuments,
  insertImportedEvents,
  insertRawStixObjects,
  refreshStatistics,
  type Store,
} from '../store/index.js';
import { importMarking } from './default-marking.js';
import { readStixObjects } from './read-stix-objects.js';

export interface ImportStixOptions {
  /** Called every 1,000 objects read. */
  onProgress?: (objectsRead: number) => void;
}

/** Rows per COPY: bounds the CSV text held at once. */
const COPY_BATCH = 10_000;

async function inBatches<T>(rows: readonly T[], write: (batch: readonly T[]) => Promise<number>): Promise<number> {
  let written = 0;
  for (let start = 0; start < rows.length; start += COPY_BATCH) written += await write(rows.slice(start, start + COPY_BATCH));
  return written;
}

/** The entity, event and document ids a claim needs to exist. */
function claimRefs(claim: Claim): { entities: Id[]; events: Id[]; documents: Id[] } {
  const entities: Id[] = [];
  if ('entityId' in claim && claim.entityId !== null) entities.push(claim.entityId);
  if ('targetEntityId' in claim) entities.push(claim.targetEntityId);
  return { entities, events: claim.kind === 'event' ? [claim.eventId] : [], documents: claim.evidence === null ? [] : [claim.evidence.documentId] };
}

/**
 * Leaves out of the plan what the importer may not write (marked above their clearance: they could
 * not read it back) and what is already stored, remapping a document already stored under another
 * id (same content) to that id. Returns the rows to write.
 */
async function newRows(store: Store, plan: StixImportPlan, warn: (id: string, message: string) => void) {
  const clearance = markingRank(store.viewer.clearance);
  const isCleared = (marking: TlpMarking, id: string) => {
    if (markingRank(marking) <= clearance) return true;
    warn(id, `marked ${marking}, above ${store.viewer.name}'s clearance: not imported`);
    return false;
  };
  const documentsSeen = new Set(plan.documents.map((d) => d.document.id));
  const existingDocuments = await existingRowIds(store, 'document', [...documentsSeen]);
  const byHash = await documentIdsByHash(store, plan.documents.filter((d) => !existingDocuments.has(d.document.id)).map((d) => d.document.contentHash));
  const documentAlias = new Map<Id, Id>();
  const documents = plan.documents.filter(({ document }) => {
    if (existingDocuments.has(document.id)) return false;
    const sameContent = byHash.get(document.contentHash);
    if (sameContent !== undefined) {
      documentAlias.set(document.id, sameContent);
      warn(document.id, `document ${document.path} is already stored as ${sameContent}: its claims refer to that one`);
      return false;
    }
    return isCleared(document.marking, document.id);
  });
  const entityIds = new Set(plan.entities.map((entity) => entity.id));
  const existingEntities = await existingRowIds(store, 'entity', [...entityIds]);
  const entities = plan.entities.filter((entity) => {
    if (existingEntities.has(entity.id)) return false;
    existingEntities.add(entity.id);
    return true;
  });
  const existingEvents = await existingRowIds(store, 'event', plan.events.map(({ event }) => event.id));
  const events = plan.events
    .map((row) => (row.event.origin.kind === 'document' && documentAlias.has(row.event.origin.documentId) ? { ...row, event: { ...row.event, origin: { kind: 'document' as const, documentId: documentAlias.get(row.event.origin.documentId)! } } } : row))
    .filter(({ event }) => !existingEvents.has(event.id) && isCleared(event.marking, event.id));
  const existingClaims = await existingRowIds(store, 'claim', plan.claims.map((claim) => claim.id));
  const remapped = plan.claims
    .filter((claim) => !existingClaims.has(claim.id))
    .map((claim) => (claim.evidence !== null && documentAlias.has(claim.evidence.documentId) ? { ...claim, evidence: { ...claim.evidence, documentId: documentAlias.get(claim.evidence.documentId)! } } : claim));
  // a claim whose entity, event or document is neither written now nor stored would break its foreign key
  const written = {
    entities: existingEntities,
    events: new Set([...events.map(({ event }) => event.id), ...existingEvents]),
    documents: new Set([...documents.map(({ document }) => document.id), ...existingDocuments, ...documentAlias.values()]),
  };
  const missing = { entities: new Set<Id>(), events: new Set<Id>(), documents: new Set<Id>() };
  for (const claim of remapped) {
    const refs = claimRefs(claim);
    for (const key of ['entities', 'events', 'documents'] as const) for (const id of refs[key]) if (!written[key].has(id)) missing[key].add(id);
  }
  const found = {
    entities: await existingRowIds(store, 'entity', [...missing.entities]),
    events: await existingRowIds(store, 'event', [...missing.events]),
    documents: await existingRowIds(store, 'document', [...missing.documents]),
  };
  const claims = remapped.filter((claim) => {
    const refs = claimRefs(claim);
    for (const key of ['entities', 'events', 'documents'] as const) {
      for (const id of refs[key]) {
        if (!written[key].has(id) && !found[key].has(id)) {
          warn(claim.id, `claim refers to ${key.slice(0, -1)} ${id}, which was not imported: claim skipped`);
          return false;
        }
      }
    }
    return isCleared(claim.marking, claim.id);
  });
  const raw = plan.raw.filter((object) => isCleared(object.marking, object.id));
  return { documents, entities, events, claims, raw };
}

/**
 * Imports a STIX 2.1 bundle file into the workspace (formats/stix/stix-to-tessera.ts reads it):
 * Tessera's own bundles give back the knowledge they were exported from, ids and all; other
 * producers' objects are kept as sent and, where Tessera has the concept, read as proposed
 * entities and claims. Objects without a TLP marking get `input.marking`, else the workspace's
 * default. Only rows not yet stored are written, in one audited transaction, so importing the
 * same bundle twice changes nothing. Returns per-type counts, custom properties and warnings.
 */
export async function importStix(store: Store, path: string, input: StixImportInput = {}, options: ImportStixOptions = {}): Promise<StixImportResult> {
  const parsed = StixImportInputSchema.parse(input);
  const defaultMarking = await importMarking(store, parsed.marking);
  const decoder = new StixBundleDecoder({ defaultMarking, foreignStatus: parsed.foreignStatus, now: new Date().toISOString() });
  let objects = 0;
  for await (const object of readStixObjects(path)) {
    decoder.add(object);
    objects += 1;
    if (objects % 1_000 === 0) options.onProgress?.(objects);
  }
  options.onProgress?.(objects);
  const plan = decoder.finish(await findKeptStixIds(store, decoder.refsOutsideBundle()));
  const warnings = plan.warnings;
  const warn = (id: string, message: string) => void warnings.push({ id, message });
  const written = await store.transaction(async (tx) => {
    const rows = await newRows(tx, plan, warn);
    const counts = {
      documents: await inBatches(rows.documents, (batch) => insertImportedDocuments(tx, batch)),
      entities: await inBatches(rows.entities, (batch) => insertEntities(tx, batch)),
      events: await inBatches(rows.events, (batch) => insertImportedEvents(tx, batch)),
      claims: await inBatches(rows.claims, (batch) => insertClaims(tx, batch)),
      rawObjects: await insertRawStixObjects(tx, rows.raw),
    };
    await appendAudit(tx, {
      action: 'stix.import',
      targetIds: [],
      detail: { file: path, objects, written: counts, warnings: warnings.length },
    });
    return counts;
  });
  // PGlite runs no autovacuum: without fresh statistics the next export or TAXII page is planned as on an empty store
  if (written.entities + written.events + written.claims >= ANALYZE_AFTER_ROWS) await refreshStatistics(store, ['entity', 'claim', 'event', 'event_actor']);
  return { file: path, objects, byType: plan.byType, customProperties: plan.customProperties, written, warnings };
}
