import { isoCountries } from '../event-file/country-code.js';
import {
  CitedWorkSchema,
  ClaimSchema,
  DocumentSchema,
  EntitySchema,
  EventSchema,
  fuzzyDateOf,
  RELATION_TYPES,
  type Claim,
  type CitedWork,
  type Document,
  type Entity,
  type EntityType,
  type Event,
  type InformationCredibility,
  type RelationType,
  type ReviewStatus,
  type StixImportTypeCount,
  type StixImportWarning,
  type TlpMarking,
} from '../../model/index.js';
import { detectScript } from '../../names/index.js';
import { uuidV5 } from './stix-id.js';
import { isWellKnownMarkingRef, strictestTlpOfObject } from './stix-markings.js';
import { claimFromStix, eventDateFromStix, fuzzyDateFromStix, UnresolvedRefError, type ClaimRefResolver } from './stix-to-claim.js';
import { TESSERA_CHANNEL_EXTENSION_ID, TESSERA_IDENTITY_ID, TESSERA_KNOWLEDGE_EXTENSION_ID } from './tessera-extension.js';
import { TLP2_MARKING_IDS } from './tlp-marking-objects.js';

type Json = Record<string, unknown>;

/** Another producer's object, kept exactly as sent, with the TAXII version and the marking it is read at. */
export interface RawStixObject {
  id: string;
  type: string;
  version: string;
  specVersion: string;
  marking: TlpMarking;
  body: Json;
}

/** Rows read from some of a bundle's objects, written in this order: entities, events, claims, kept objects. */
export interface StixImportRows {
  entities: Entity[];
  events: { event: Event; recordedAt: string }[];
  claims: Claim[];
  raw: RawStixObject[];
}

/** What an import reports besides what it wrote: counts by type, custom properties, warnings. */
export interface StixImportReport {
  byType: Record<string, StixImportTypeCount>;
  customProperties: Record<string, number>;
  warnings: StixImportWarning[];
}

export interface StixDecodeOptions {
  /** The marking of objects that carry no TLP marking. */
  defaultMarking: TlpMarking;
  /** The status of claims made from other producers' objects. */
  foreignStatus: Exclude<ReviewStatus, 'rejected'>;
  /** When the import runs (the recorded time of claims made from other producers' objects). */
  now: string;
}

/** The ids every Tessera bundle starts with: the producer, its extension definitions, the TLP 2.0 markings. */
const HEADER_IDS: ReadonlySet<string> = new Set([TESSERA_IDENTITY_ID, TESSERA_KNOWLEDGE_EXTENSION_ID, TESSERA_CHANNEL_EXTENSION_ID, ...Object.values(TLP2_MARKING_IDS)]);

/** STIX relationship types Tessera reads as its own relation types (relation-to-stix.ts, reversed). */
const RELATION_TYPE_OF: Record<string, RelationType> = {
  'affiliated-with': 'affiliated_with',
  'located-at': 'located_in',
  'authored-by': 'published_by',
  ...Object.fromEntries(RELATION_TYPES.map((type) => [type.replace(/_/g, '-'), type])),
};

/** Properties STIX 2.1 defines on some object: anything else not x_-prefixed is still reported as custom. */
const ALIAS_PROPERTIES = ['aliases', 'x_opencti_aliases', 'x_mitre_aliases'] as const;

const REF_PROPERTY = /_refs?$/;

function objectVersion(object: Json): string {
  return String(object.modified ?? object.created ?? '1970-01-01T00:00:00.000Z');
}

/** Every `*_ref(s)` value of an object, nested ones included. */
function refsOf(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsOf(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (REF_PROPERTY.test(key)) {
        for (const ref of Array.isArray(child) ? child : [child]) if (typeof ref === 'string' && ref.includes('--')) into.push(ref);
      } else if (key !== 'extensions' || typeof child === 'object') refsOf(child, into);
    }
  }
  return into;
}

/** STIX confidence 0–100 as Admiralty information credibility (6: cannot be judged, when absent). */
function credibilityOf(confidence: unknown): InformationCredibility {
  if (typeof confidence !== 'number') return 6;
  if (confidence >= 85) return 2;
  if (confidence >= 65) return 3;
  if (confidence >= 40) return 4;
  return 5;
}

function dayDate(value: unknown): ReturnType<typeof fuzzyDateOf> | null {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})T/.exec(value) : null;
  return m ? fuzzyDateOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * Reads a STIX 2.1 bundle into Tessera's model in two passes over its objects, so the bundle is
 * never held whole: `scan` sees every object once and keeps only what resolves refs (which STIX id
 * is which entity, event or document) and the documents themselves (they must be written before
 * the claims citing them, and come last in Tessera's bundles); `read` then turns each object into
 * rows, taken a batch at a time with `takeRows`. Tessera's own objects (those that carry its
 * knowledge extension) come back as they were exported: entities, events, documents and every
 * claim with its id, evidence, reliability, hedge, dates, status and marking, so export → import →
 * export gives the same bundle. Other producers' objects are kept as sent (served again by TAXII)
 * and, where Tessera has a matching concept (threat-actor, intrusion-set, identity, location,
 * relationship between those), also read as entities and claims with deterministic ids, so
 * importing again adds nothing. Revoked and deprecated objects are kept but not read; OpenCTI's
 * alpha-3 countries are converted; dangling refs and custom properties are reported.
 */
export class StixBundleDecoder {
  private readonly byType: Record<string, StixImportTypeCount> = {};
  private readonly customProperties: Record<string, number> = {};
  private readonly warnings: StixImportWarning[] = [];
  private readonly ids = new Set<string>();
  private readonly outsideRefs = new Map<string, string>();
  /** STIX id → Tessera id of entities, events and documents in the bundle. */
  private readonly entityIds = new Map<string, string>();
  private readonly eventIds = new Map<string, string>();
  private readonly documentIds = new Map<string, string>();
  /** Documents read by `scan`, and the STIX ids of those that could not be. */
  private readonly documentRows: { document: Document; citedWorks: CitedWork[] }[] = [];
  private readonly unreadableDocuments = new Set<string>();
  /** Other producers' objects already read as an entity by `read` (a second version adds none). */
  private readonly foreignEntitiesRead = new Set<string>();
  private readonly resolve: ClaimRefResolver = {
    entity: (ref) => this.entityIds.get(ref) ?? null,
    event: (ref) => this.eventIds.get(ref) ?? null,
    document: (ref) => this.documentIds.get(ref) ?? null,
  };
  private rows: StixImportRows = { entities: [], events: [], claims: [], raw: [] };
  /** Claims the bundle's Tessera objects carry, counted by `scan`. */
  claimsInBundle = 0;

  constructor(private readonly options: StixDecodeOptions) {}

  private count(type: string, what: keyof StixImportTypeCount): void {
    const counts = (this.byType[type] ??= { imported: 0, keptRaw: 0, skipped: 0 });
    counts[what] += 1;
  }

  private warn(id: string, message: string): void {
    this.warnings.push({ id, message });
  }

  /** The object, its STIX id and type; null when it is not an object with a STIX id. */
  private identify(value: unknown): { object: Json; id: string | null; type: string } | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const object = value as Json;
    const type = typeof object.type === 'string' ? object.type : '(no type)';
    return { object, id: typeof object.id === 'string' && object.id.includes('--') ? object.id : null, type };
  }

  private knowledgeOf(object: Json): Json | undefined {
    const knowledge = ((object.extensions ?? {}) as Json)[TESSERA_KNOWLEDGE_EXTENSION_ID] as Json | undefined;
    return knowledge !== undefined && typeof knowledge === 'object' && knowledge !== null ? knowledge : undefined;
  }

  /** First pass: what refs resolve to, the documents, and the refs that point outside the bundle. */
  scan(value: unknown): void {
    const seen = this.identify(value);
    if (seen === null || seen.id === null) return;
    const { object, id, type } = seen;
    this.ids.add(id);
    if (HEADER_IDS.has(id)) return;
    const knowledge = this.knowledgeOf(object);
    if (knowledge !== undefined) {
      const entity = knowledge.entity as Json | undefined;
      const event = knowledge.event as Json | undefined;
      const document = knowledge.document as Json | undefined;
      if (entity !== undefined) this.entityIds.set(id, String(entity.entity_id));
      else if (event !== undefined) this.eventIds.set(id, String(event.event_id));
      else if (document !== undefined) {
        this.documentIds.set(id, String(document.document_id));
        try {
          this.documentRows.push(documentFromStix(object, document));
        } catch (error) {
          this.unreadableDocuments.add(id);
          this.count(type, 'skipped');
          this.warn(id, `not readable as Tessera knowledge: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      if (Array.isArray(knowledge.claims)) this.claimsInBundle += knowledge.claims.length;
      return;
    }
    for (const ref of refsOf(object)) if (!isWellKnownMarkingRef(ref) && !this.outsideRefs.has(ref)) this.outsideRefs.set(ref, id);
    if (object.revoked === true || object.x_mitre_deprecated === true || type === 'relationship') return;
    if (foreignEntityType(object) !== null && typeof object.name === 'string' && object.name.trim() !== '') this.entityIds.set(id, uuidV5(`stix-import:${id}`));
  }

  /** Refs of other producers' objects that point outside the bundle (the caller checks which the store knows). */
  refsOutsideBundle(): string[] {
    return [...this.outsideRefs.keys()].filter((ref) => !this.ids.has(ref));
  }

  /**
   * Warns of the refs outside the bundle that the store does not hold either (`knownIds`); call
   * after `scan`. Lets go of the bundle's ids: held through the second pass, a 100,000-object
   * bundle's ids kept the heap that much larger, and V8 lets the heap grow by a multiple of what it
   * holds before a full collection.
   */
  checkOutsideRefs(knownIds: ReadonlySet<string>): void {
    for (const [ref, from] of this.outsideRefs) {
      if (!this.ids.has(ref) && !knownIds.has(ref)) this.warn(from, `refers to ${ref}, which is neither in the bundle nor in the store (kept as sent)`);
    }
    this.outsideRefs.clear();
    this.ids.clear();
  }

  /** The bundle's documents, read by `scan`: written before anything cites them. */
  documents(): readonly { document: Document; citedWorks: CitedWork[] }[] {
    return this.documentRows;
  }

  /** Second pass: the rows one object gives, added to those `takeRows` returns. */
  read(value: unknown): void {
    const seen = this.identify(value);
    if (seen === null) {
      this.count('(not an object)', 'skipped');
      this.warn('(unknown)', 'not a JSON object: skipped');
      return;
    }
    const { object, id, type } = seen;
    if (id === null) {
      this.count(type, 'skipped');
      this.warn(String(object.id ?? '(no id)'), `a ${type} without a STIX id: skipped`);
      return;
    }
    if (HEADER_IDS.has(id)) {
      this.count(type, 'skipped');
      return;
    }
    const knowledge = this.knowledgeOf(object);
    if (knowledge !== undefined) {
      if (!this.unreadableDocuments.has(id)) this.readTessera(object, knowledge);
      return;
    }
    this.readForeign(object, type, id);
  }

  /** Rows read since the last call, and how many. */
  pendingRows(): number {
    return this.rows.entities.length + this.rows.events.length + this.rows.claims.length + this.rows.raw.length;
  }

  takeRows(): StixImportRows {
    const rows = this.rows;
    this.rows = { entities: [], events: [], claims: [], raw: [] };
    return rows;
  }

  report(): StixImportReport {
    return { byType: this.byType, customProperties: this.customProperties, warnings: this.warnings };
  }

  private readForeign(object: Json, type: string, id: string): void {
    const marking = strictestTlpOfObject(object) ?? this.options.defaultMarking;
    this.rows.raw.push({ id, type, version: objectVersion(object), specVersion: String(object.spec_version ?? '2.1'), marking, body: object });
    this.count(type, 'keptRaw');
    for (const key of Object.keys(object)) if (key.startsWith('x_')) this.customProperties[key] = (this.customProperties[key] ?? 0) + 1;
    for (const key of Object.keys((object.extensions ?? {}) as Json)) {
      const name = `extensions.${key}`;
      this.customProperties[name] = (this.customProperties[name] ?? 0) + 1;
    }
    if (object.revoked === true) {
      this.warn(id, `revoked ${type}: kept as sent, not read as knowledge`);
      return;
    }
    if (object.x_mitre_deprecated === true) {
      this.warn(id, `deprecated ${type} (x_mitre_deprecated): kept as sent, not read as knowledge`);
      return;
    }
    if (type === 'relationship') {
      this.readForeignRelation(object, marking);
      return;
    }
    const entityType = foreignEntityType(object);
    if (entityType !== null && typeof object.name === 'string' && object.name.trim() !== '' && !this.foreignEntitiesRead.has(id)) {
      this.foreignEntitiesRead.add(id);
      this.readForeignEntity(object, entityType, marking);
    }
  }

  private readTessera(object: Json, extension: Json): void {
    const resolve = this.resolve;
    const rows = this.rows;
    const id = String(object.id);
    const type = String(object.type);
    try {
      const entity = extension.entity as Json | undefined;
      const event = extension.event as Json | undefined;
      const document = extension.document as Json | undefined;
      let subject: { entityId?: string; eventId?: string } = {};
      if (entity !== undefined) {
        const parsed = EntitySchema.parse({ id: entity.entity_id, type: entity.entity_type, label: entity.label, createdAt: entity.created_at });
        rows.entities.push(parsed);
        subject = { entityId: parsed.id };
      } else if (event !== undefined) {
        const parsed = eventFromStix(object, event, resolve, (message) => this.warn(id, message));
        if (parsed === null) {
          this.count(type, 'skipped');
          return;
        }
        rows.events.push({ event: parsed, recordedAt: String(event.recorded_at) });
        subject = { eventId: parsed.id };
      } else if (document !== undefined) {
        // read by `scan`: only the claims it may carry are left
      } else if (type === 'relationship') {
        const source = resolve.entity(String(object.source_ref));
        if (source === null) throw new UnresolvedRefError(String(object.source_ref), 'source_ref');
        subject = { entityId: source };
      }
      const claims = Array.isArray(extension.claims) ? (extension.claims as Json[]) : [];
      for (const raw of claims) {
        try {
          const { claim, droppedEvidence } = claimFromStix(raw, subject, resolve);
          if (droppedEvidence !== null) this.warn(id, `claim ${claim.id}: its evidence document ${droppedEvidence} is not in the bundle; imported without evidence`);
          rows.claims.push(ClaimSchema.parse(claim));
        } catch (error) {
          this.warn(id, `claim ${String(raw.claim_id)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; skipped`);
        }
      }
      this.count(type, 'imported');
    } catch (error) {
      this.count(type, 'skipped');
      this.warn(id, `not readable as Tessera knowledge: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  private foreignClaimBase(object: Json, marking: TlpMarking) {
    return {
      evidence: null,
      sourceReliability: 'F' as const,
      informationCredibility: credibilityOf(object.confidence),
      hedge: null,
      author: { kind: 'importer' as const, name: 'stix', version: typeof object.created_by_ref === 'string' ? object.created_by_ref : null },
      status: this.options.foreignStatus,
      marking,
      validFrom: null,
      validTo: null,
      recordedAt: this.options.now,
      confidence: typeof object.confidence === 'number' ? Math.min(1, Math.max(0, object.confidence / 100)) : null,
    };
  }

  private readForeignEntity(object: Json, entityType: EntityType, marking: TlpMarking): void {
    const rows = this.rows;
    const id = String(object.id);
    const entityId = uuidV5(`stix-import:${id}`);
    const name = String(object.name).trim();
    const created = typeof object.created === 'string' && !Number.isNaN(Date.parse(object.created)) ? new Date(object.created).toISOString() : this.options.now;
    rows.entities.push({ id: entityId, type: entityType, label: name, createdAt: created });
    const base = this.foreignClaimBase(object, marking);
    const claimId = (key: string) => uuidV5(`stix-import:${id}:${key}`);
    const names = new Set<string>([name]);
    for (const property of ALIAS_PROPERTIES) {
      const list = object[property];
      if (Array.isArray(list)) for (const alias of list) if (typeof alias === 'string' && alias.trim() !== '') names.add(alias.trim());
    }
    for (const value of names) {
      rows.claims.push({
        ...base,
        id: claimId(`name:${value}`),
        kind: 'name',
        entityId,
        name: { value, kind: value === name ? 'primary' : 'alias', script: detectScript(value), language: null },
      });
    }
    const attributes: Record<string, string | number> = { stix_id: id };
    if (entityType === 'location') Object.assign(attributes, this.locationAttributes(object));
    for (const [attribute, value] of Object.entries(attributes)) {
      rows.claims.push({ ...base, id: claimId(`attribute:${attribute}:${value}`), kind: 'attribute', entityId, attribute, value });
    }
    this.count(String(object.type), 'imported');
  }

  /** A location's country (ISO alpha-2; OpenCTI's alpha-3 converted with a warning), point and level. */
  private locationAttributes(object: Json): Record<string, string | number> {
    const id = String(object.id);
    const out: Record<string, string | number> = {};
    const country = typeof object.country === 'string' ? object.country.trim().toUpperCase() : null;
    if (country !== null && country !== '') {
      if (/^[A-Z]{2}$/.test(country)) out.country = country;
      else if (/^[A-Z]{3}$/.test(country) && isoCountries().alpha3ToAlpha2(country) !== undefined) {
        out.country = isoCountries().alpha3ToAlpha2(country)!;
        this.warn(id, `country "${country}" is ISO alpha-3; read as ${out.country}`);
      } else this.warn(id, `country "${country}" is not an ISO 3166 code; left out`);
    }
    if (typeof object.latitude === 'number' && typeof object.longitude === 'number') {
      out.latitude = object.latitude;
      out.longitude = object.longitude;
    }
    const openctiType = typeof object.x_opencti_location_type === 'string' ? object.x_opencti_location_type.toLowerCase() : null;
    const level =
      typeof object.city === 'string' || openctiType === 'city'
        ? 'city'
        : typeof object.administrative_area === 'string' || openctiType === 'administrative-area'
          ? 'admin1'
          : openctiType === 'country' || (country !== null && object.region === undefined)
            ? 'country'
            : openctiType === 'region' || typeof object.region === 'string'
              ? 'region'
              : null;
    if (level !== null) out.level = level;
    return out;
  }

  private readForeignRelation(object: Json, marking: TlpMarking): void {
    const resolve = this.resolve;
    const rows = this.rows;
    const relationType = RELATION_TYPE_OF[String(object.relationship_type)];
    const source = resolve.entity(String(object.source_ref));
    const target = resolve.entity(String(object.target_ref));
    if (relationType === undefined || source === null || target === null) return;
    const id = String(object.id);
    rows.claims.push({
      ...this.foreignClaimBase(object, marking),
      id: uuidV5(`stix-import:${id}:relation`),
      kind: 'relation',
      entityId: source,
      relationType,
      targetEntityId: target,
      validFrom: dayDate(object.start_time),
      validTo: dayDate(object.stop_time),
    });
    this.count('relationship', 'imported');
  }
}

/** The Tessera entity type another producer's object stands for, or null when Tessera has none. */
function foreignEntityType(object: Json): EntityType | null {
  switch (object.type) {
    case 'threat-actor':
      return object.resource_level === 'individual' ? 'person' : 'group';
    case 'intrusion-set':
      return 'group';
    case 'identity':
      return object.identity_class === 'individual' ? 'person' : object.identity_class === 'organization' || object.identity_class === 'group' ? 'organization' : null;
    case 'location':
      return 'location';
    case 'channel':
      return 'media';
    default:
      return null;
  }
}

function eventFromStix(object: Json, event: Json, resolve: ClaimRefResolver, warn: (message: string) => void): Event | null {
  const location = (event.location ?? {}) as Json;
  const counts = (event.counts ?? {}) as Json;
  const origin = (event.origin ?? {}) as Json;
  const nullable = (value: unknown) => (value === undefined ? null : value);
  let eventOrigin: Event['origin'];
  if (origin.kind === 'dataset') eventOrigin = { kind: 'dataset', dataset: String(origin.dataset), datasetEventId: String(origin.dataset_event_id) };
  else {
    const documentId = resolve.document(String(origin.document_ref));
    if (documentId === null) {
      warn(`its document ${String(origin.document_ref)} is not in the bundle: event skipped`);
      return null;
    }
    eventOrigin = { kind: 'document', documentId };
  }
  const actors = (Array.isArray(event.actors) ? (event.actors as Json[]) : []).map((actor) => {
    let entityId: string | null = null;
    if (typeof actor.entity_ref === 'string') {
      entityId = resolve.entity(actor.entity_ref);
      if (entityId === null) warn(`actor "${String(actor.text)}": ${actor.entity_ref} is not in the bundle; kept as text`);
    }
    return { text: actor.text, entityId, role: nullable(actor.role) };
  });
  return EventSchema.parse({
    id: event.event_id,
    type: event.event_type,
    datasetType: nullable(event.dataset_type),
    datasetSubtype: nullable(event.dataset_subtype),
    date: eventDateFromStix(event.date),
    location: {
      country: nullable(location.country),
      admin1: nullable(location.admin1),
      admin2: nullable(location.admin2),
      place: nullable(location.place),
      latitude: nullable(location.latitude),
      longitude: nullable(location.longitude),
      geoPrecision: nullable(location.geo_precision),
    },
    actors,
    counts: { fatalities: nullable(counts.fatalities), wounded: nullable(counts.wounded), arrested: nullable(counts.arrested) },
    summary: typeof object.description === 'string' ? object.description : null,
    notes: nullable(event.notes),
    sourceText: nullable(event.source_text),
    origin: eventOrigin,
    marking: event.marking,
  });
}

function documentFromStix(object: Json, document: Json): { document: Document; citedWorks: CitedWork[] } {
  const path = String(document.path);
  const fileName = path.split('/').pop() ?? path;
  // bundles from before the title travelled in the extension: a name other than the file name is the title
  const title = typeof document.title === 'string' ? document.title : typeof object.name === 'string' && object.name !== fileName ? object.name : null;
  const works = Array.isArray(document.cited_works) ? (document.cited_works as Json[]) : [];
  return {
    document: DocumentSchema.parse({
      id: document.document_id,
      contentHash: document.content_hash,
      path,
      format: document.format,
      title,
      // the text does not travel: evidence keeps its quotes and spans
      text: '',
      bodyEnd: document.body_end,
      published: fuzzyDateFromStix(document.published),
      sourceReliability: document.source_reliability,
      marking: document.marking,
      ingestedAt: document.ingested_at,
    }),
    citedWorks: works.map((work) =>
      CitedWorkSchema.parse({
        noteNumber: work.note_number,
        text: work.text,
        authors: Array.isArray(work.authors) ? work.authors : [],
        title: work.title ?? null,
        outlet: work.outlet ?? null,
        date: fuzzyDateFromStix(work.date),
        language: work.language ?? null,
        url: work.url ?? null,
      }),
    ),
  };
}
