import { StixBundleDecoder, type RawStixObject, type StixImportRows } from '../formats/index.js';
import {
  markingRank,
  StixImportInputSchema,
  type CitedWork,
  type Claim,
  type Document,
  type Event,
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
  suspendClaimUpkeep,
  type Store,
} from '../store/index.js';
import { importMarking } from './default-marking.js';
import { readStixObjects } from './read-stix-objects.js';

export interface ImportStixOptions {
  /** Called every 1,000 objects written (the second pass over the file). */
  onProgress?: (objectsRead: number) => void;
}

/** Rows read before they are written: bounds the objects, rows and COPY text held at once. */
const WRITE_BATCH = 10_000;

type Written = StixImportResult['written'];
type EventRow = { event: Event; recordedAt: string };

/** The entity, event and document ids a claim needs to exist. */
function claimRefs(claim: Claim): { entities: Id[]; events: Id[]; documents: Id[] } {
  const entities: Id[] = [];
  if ('entityId' in claim && claim.entityId !== null) entities.push(claim.entityId);
  if ('targetEntityId' in claim) entities.push(claim.targetEntityId);
  return { entities, events: claim.kind === 'event' ? [claim.eventId] : [], documents: claim.evidence === null ? [] : [claim.evidence.documentId] };
}

/** The entity and document ids an event needs to exist. */
function eventRefs({ event }: EventRow): { entities: Id[]; events: Id[]; documents: Id[] } {
  const entities = event.actors.flatMap((actor) => (actor.entityId === null ? [] : [actor.entityId]));
  return { entities, events: [], documents: event.origin.kind === 'document' ? [event.origin.documentId] : [] };
}

const KINDS = ['entities', 'events', 'documents'] as const;
const TABLE_OF = { entities: 'entity', events: 'event', documents: 'document' } as const;

/**
 * Writes a bundle's rows a batch at a time inside the import's transaction, only those not yet
 * stored and within the importer's clearance (what is marked above it they could not read back).
 * A row is written once what it refers to is written or stored: a claim or event whose entity,
 * event or document has not come yet waits until the end, when the store is asked for what is
 * still missing, and what refers to nothing is skipped with a warning.
 */
class StixRowWriter {
  readonly written: Written = { documents: 0, entities: 0, events: 0, claims: 0, rawObjects: 0 };
  /** Ids written or found stored by this import. */
  private readonly present = { entities: new Set<Id>(), events: new Set<Id>(), documents: new Set<Id>() };
  /** A document of the bundle already stored under another id (same content) → that id. */
  private readonly documentAlias = new Map<Id, Id>();
  private waitingEvents: EventRow[] = [];
  private waitingClaims: Claim[] = [];

  constructor(
    private readonly tx: Store,
    private readonly warn: (id: string, message: string) => void,
  ) {}

  private isCleared(marking: TlpMarking, id: string): boolean {
    if (markingRank(marking) <= markingRank(this.tx.viewer.clearance)) return true;
    this.warn(id, `marked ${marking}, above ${this.tx.viewer.name}'s clearance: not imported`);
    return false;
  }

  private isReady(refs: { entities: Id[]; events: Id[]; documents: Id[] }): boolean {
    return KINDS.every((kind) => refs[kind].every((id) => this.present[kind].has(id)));
  }

  /** The bundle's documents, first: claims and events cite them. */
  async writeDocuments(documents: readonly { document: Document; citedWorks: CitedWork[] }[]): Promise<void> {
    const existing = await existingRowIds(this.tx, 'document', documents.map((d) => d.document.id));
    const byHash = await documentIdsByHash(this.tx, documents.filter((d) => !existing.has(d.document.id)).map((d) => d.document.contentHash));
    const rows = documents.filter(({ document }) => {
      if (existing.has(document.id)) return false;
      const sameContent = byHash.get(document.contentHash);
      if (sameContent !== undefined) {
        this.documentAlias.set(document.id, sameContent);
        this.warn(document.id, `document ${document.path} is already stored as ${sameContent}: its claims refer to that one`);
        return false;
      }
      return this.isCleared(document.marking, document.id);
    });
    for (let start = 0; start < rows.length; start += WRITE_BATCH) this.written.documents += await insertImportedDocuments(this.tx, rows.slice(start, start + WRITE_BATCH));
    for (const id of [...existing, ...this.documentAlias.values(), ...rows.map(({ document }) => document.id)]) this.present.documents.add(id);
  }

  private remapEvent(row: EventRow): EventRow {
    const origin = row.event.origin;
    if (origin.kind !== 'document' || !this.documentAlias.has(origin.documentId)) return row;
    return { ...row, event: { ...row.event, origin: { kind: 'document', documentId: this.documentAlias.get(origin.documentId)! } } };
  }

  private remapClaim(claim: Claim): Claim {
    if (claim.evidence === null || !this.documentAlias.has(claim.evidence.documentId)) return claim;
    return { ...claim, evidence: { ...claim.evidence, documentId: this.documentAlias.get(claim.evidence.documentId)! } };
  }

  /** Writes a batch of rows: those whose refs are not there yet wait for `finish`. */
  async write(rows: StixImportRows): Promise<void> {
    const entities = rows.entities.filter((entity) => {
      if (this.present.entities.has(entity.id)) return false;
      this.present.entities.add(entity.id);
      return true;
    });
    const storedEntities = await existingRowIds(this.tx, 'entity', entities.map((entity) => entity.id));
    this.written.entities += await insertEntities(this.tx, entities.filter((entity) => !storedEntities.has(entity.id)));
    const events: EventRow[] = [];
    for (const row of rows.events.map((r) => this.remapEvent(r))) {
      if (!this.isCleared(row.event.marking, row.event.id)) continue;
      if (this.isReady(eventRefs(row))) events.push(row);
      else this.waitingEvents.push(row);
    }
    await this.writeEvents(events);
    const claims: Claim[] = [];
    for (const claim of rows.claims.map((c) => this.remapClaim(c))) {
      if (this.isReady(claimRefs(claim))) claims.push(claim);
      else this.waitingClaims.push(claim);
    }
    await this.writeClaims(claims);
    await this.writeRaw(rows.raw);
  }

  private async writeEvents(events: readonly EventRow[]): Promise<void> {
    const stored = await existingRowIds(this.tx, 'event', events.map(({ event }) => event.id));
    const rows = events.filter(({ event }) => !stored.has(event.id) && !this.present.events.has(event.id));
    for (const { event } of events) this.present.events.add(event.id);
    this.written.events += await insertImportedEvents(this.tx, rows);
  }

  private async writeClaims(claims: readonly Claim[]): Promise<void> {
    const stored = await existingRowIds(this.tx, 'claim', claims.map((claim) => claim.id));
    this.written.claims += await insertClaims(this.tx, claims.filter((claim) => !stored.has(claim.id) && this.isCleared(claim.marking, claim.id)));
  }

  private async writeRaw(objects: readonly RawStixObject[]): Promise<void> {
    this.written.rawObjects += await insertRawStixObjects(this.tx, objects.filter((object) => this.isCleared(object.marking, object.id)));
  }

  /** Looks up in the store what the waiting rows refer to and is not written yet. */
  private async findStored(refs: readonly { entities: Id[]; events: Id[]; documents: Id[] }[]): Promise<void> {
    for (const kind of KINDS) {
      const missing = new Set<Id>();
      for (const ref of refs) for (const id of ref[kind]) if (!this.present[kind].has(id)) missing.add(id);
      for (const id of await existingRowIds(this.tx, TABLE_OF[kind], [...missing])) this.present[kind].add(id);
    }
  }

  private missingRef(refs: { entities: Id[]; events: Id[]; documents: Id[] }): string | null {
    for (const kind of KINDS) for (const id of refs[kind]) if (!this.present[kind].has(id)) return `${kind.slice(0, -1)} ${id}`;
    return null;
  }

  /** Writes the rows that waited, once the whole bundle is written; skips with a warning those that refer to nothing. */
  async finish(): Promise<Written> {
    const events = this.waitingEvents;
    this.waitingEvents = [];
    await this.findStored(events.map(eventRefs));
    await this.writeEvents(
      events.filter((row) => {
        const missing = this.missingRef(eventRefs(row));
        if (missing !== null) this.warn(row.event.id, `event refers to ${missing}, which was not imported: event skipped`);
        return missing === null;
      }),
    );
    const claims = this.waitingClaims;
    this.waitingClaims = [];
    const stored = await existingRowIds(this.tx, 'claim', claims.map((claim) => claim.id));
    const unstored = claims.filter((claim) => !stored.has(claim.id));
    await this.findStored(unstored.map(claimRefs));
    await this.writeClaims(
      unstored.filter((claim) => {
        const missing = this.missingRef(claimRefs(claim));
        if (missing !== null) this.warn(claim.id, `claim refers to ${missing}, which was not imported: claim skipped`);
        return missing === null;
      }),
    );
    return this.written;
  }
}

/**
 * Imports a STIX 2.1 bundle file into the workspace (formats/stix/stix-to-tessera.ts reads it) in
 * two passes over the file, so a large bundle is never held whole: the first learns what its refs
 * resolve to and reads its documents; the second reads and writes the rest a batch at a time.
 * Tessera's own bundles give back the knowledge they were exported from, ids and all; other
 * producers' objects are kept as sent and, where Tessera has the concept, read as proposed
 * entities and claims. Objects without a TLP marking get `input.marking`, else the workspace's
 * default. Only rows not yet stored are written, in one audited transaction (an error leaves
 * nothing written), so importing the same bundle twice changes nothing. Returns per-type counts,
 * custom properties and warnings.
 */
export async function importStix(store: Store, path: string, input: StixImportInput = {}, options: ImportStixOptions = {}): Promise<StixImportResult> {
  const parsed = StixImportInputSchema.parse(input);
  const defaultMarking = await importMarking(store, parsed.marking);
  const decoder = new StixBundleDecoder({ defaultMarking, foreignStatus: parsed.foreignStatus, now: new Date().toISOString() });
  let objects = 0;
  for await (const object of readStixObjects(path)) {
    decoder.scan(object);
    objects += 1;
  }
  decoder.checkOutsideRefs(await findKeptStixIds(store, decoder.refsOutsideBundle()));
  const { warnings } = decoder.report();
  const warn = (id: string, message: string) => void warnings.push({ id, message });
  const written = await store.transaction(async (tx) => {
    const restoreClaimUpkeep = await suspendClaimUpkeep(tx, decoder.claimsInBundle);
    const writer = new StixRowWriter(tx, warn);
    await writer.writeDocuments(decoder.documents());
    let read = 0;
    for await (const object of readStixObjects(path)) {
      decoder.read(object);
      read += 1;
      if (read % 1_000 === 0) options.onProgress?.(read);
      if (decoder.pendingRows() >= WRITE_BATCH) await writer.write(decoder.takeRows());
    }
    await writer.write(decoder.takeRows());
    const counts = await writer.finish();
    await restoreClaimUpkeep();
    await appendAudit(tx, {
      action: 'stix.import',
      targetIds: [],
      detail: { file: path, objects, written: counts, warnings: warnings.length },
    });
    return counts;
  });
  options.onProgress?.(objects);
  // PGlite runs no autovacuum: without fresh statistics the next export or TAXII page is planned as on an empty store
  if (written.entities + written.events + written.claims >= ANALYZE_AFTER_ROWS) await refreshStatistics(store, ['entity', 'claim', 'event', 'event_actor']);
  const { byType, customProperties } = decoder.report();
  return { file: path, objects, byType, customProperties, written, warnings };
}
