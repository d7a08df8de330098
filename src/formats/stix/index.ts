/** STIX 2.1: Tessera's knowledge as STIX objects and bundles, and the OASIS schemas to check them. */
export { stixId, uuidV5, stixTimestamp, TESSERA_STIX_NAMESPACE } from './stix-id.js';
export type { StixObject } from './stix-object.js';
export { StixRefs, type EntityStixType } from './stix-refs.js';
export { TLP2_MARKING_IDS, tlpMarkingObject, tlpMarkingOfRef } from './tlp-marking-objects.js';
export { TESSERA_KNOWLEDGE_EXTENSION_ID, TESSERA_CHANNEL_EXTENSION_ID, TESSERA_IDENTITY_ID } from './tessera-extension.js';
export { claimToStix, stixConfidence } from './claim-to-stix.js';
export { entityToStix, entityStixType, type StixEntityRecord } from './entity-to-stix.js';
export { relationToStix, stixRelationshipType } from './relation-to-stix.js';
export { eventToStix, type StixEventRecord } from './event-to-stix.js';
export { documentToStix, type StixDocumentRecord } from './document-to-stix.js';
export { writeStixBundle, bundleHeaderObjects, dropEmptyListsOf, type TextSink } from './write-stix-bundle.js';
export { StixValidator, type StixProblem } from './validate-stix.js';
export { StixBundleDecoder, type StixImportRows, type StixImportReport, type RawStixObject, type StixDecodeOptions } from './stix-to-tessera.js';
export { claimFromStix, fuzzyDateFromStix, type ClaimRefResolver } from './stix-to-claim.js';
export { tlpOfMarkingRef, strictestTlpOfObject, isWellKnownMarkingRef } from './stix-markings.js';
