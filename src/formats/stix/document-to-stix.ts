import type { CitedWork, Document } from '../../model/index.js';
import { fuzzyDateToStix } from './claim-to-stix.js';
import { stixTimestamp } from './stix-id.js';
import type { StixObject } from './stix-object.js';
import type { StixRefs } from './stix-refs.js';
import { TESSERA_IDENTITY_ID, TESSERA_KNOWLEDGE_EXTENSION_ID } from './tessera-extension.js';
import { TLP2_MARKING_IDS } from './tlp-marking-objects.js';

/** A document (without its text) with its cited works and the STIX ids of what was read from it. */
export interface StixDocumentRecord {
  document: Omit<Document, 'text'>;
  citedWorks: CitedWork[];
  /** STIX ids of the objects the document supports (entities, incidents, relationships). */
  objectRefs: string[];
}

function citedWorkReference(work: CitedWork): Record<string, unknown> {
  return {
    source_name: work.outlet ?? (work.authors.length > 0 ? work.authors.join(', ') : `note ${work.noteNumber}`),
    description: work.text,
    external_id: `note-${work.noteNumber}`,
    ...(work.url !== null && /^https?:\/\//.test(work.url) ? { url: work.url } : {}),
  };
}

function citedWorkToStix(work: CitedWork): Record<string, unknown> {
  return {
    note_number: work.noteNumber,
    text: work.text,
    authors: work.authors,
    ...(work.title === null ? {} : { title: work.title }),
    ...(work.outlet === null ? {} : { outlet: work.outlet }),
    ...(work.date === null ? {} : { date: fuzzyDateToStix(work.date) }),
    ...(work.language === null ? {} : { language: work.language }),
    ...(work.url === null ? {} : { url: work.url }),
  };
}

/**
 * A document as a STIX report: what was read from it as object_refs and every cited work as an
 * external reference; its hash, path, format, reliability and the cited works in full travel in the
 * knowledge extension. A report needs one ref at least, so a document that yielded nothing refers
 * to the producer's identity.
 */
export function documentToStix(record: StixDocumentRecord, refs: StixRefs): StixObject {
  const { document } = record;
  const created = stixTimestamp(document.ingestedAt);
  const objectRefs = [...new Set(record.objectRefs)];
  return {
    type: 'report',
    spec_version: '2.1',
    id: refs.document(document.id),
    created_by_ref: TESSERA_IDENTITY_ID,
    created,
    modified: created,
    name: document.title ?? document.path.split('/').pop() ?? document.path,
    report_types: ['threat-report'],
    published: document.published === null ? created : `${document.published.start}T00:00:00.000Z`,
    object_refs: objectRefs.length > 0 ? objectRefs : [TESSERA_IDENTITY_ID],
    object_marking_refs: [TLP2_MARKING_IDS[document.marking]],
    external_references: [
      { source_name: 'tessera-document', external_id: document.contentHash, description: `sha-256 of ${document.path}` },
      ...record.citedWorks.map(citedWorkReference),
    ],
    extensions: {
      [TESSERA_KNOWLEDGE_EXTENSION_ID]: {
        extension_type: 'property-extension',
        document: {
          document_id: document.id,
          content_hash: document.contentHash,
          path: document.path,
          format: document.format,
          ...(document.title === null ? {} : { title: document.title }),
          body_end: document.bodyEnd,
          ...(document.published === null ? {} : { published: fuzzyDateToStix(document.published) }),
          source_reliability: document.sourceReliability,
          marking: document.marking,
          ingested_at: document.ingestedAt,
          cited_works: record.citedWorks.map(citedWorkToStix),
        },
      },
    },
  };
}
