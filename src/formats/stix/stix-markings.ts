import { markingRank, type TlpMarking } from '../../model/index.js';
import { tlpMarkingOfRef } from './tlp-marking-objects.js';

/** The TLP 1.0 marking-definition ids of STIX 2.1 §7.2.1.4 (OpenCTI and MISP still send them), as TLP 2.0. */
const TLP1_MARKINGS: Record<string, TlpMarking> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'TLP:CLEAR', // TLP:WHITE
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'TLP:GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'TLP:AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'TLP:RED',
};

/** The Tessera marking of a TLP marking-definition id, 2.0 or 1.0; null for any other marking. */
export function tlpOfMarkingRef(ref: string): TlpMarking | null {
  return tlpMarkingOfRef(ref) ?? TLP1_MARKINGS[ref] ?? null;
}

/** True for the well-known TLP marking ids (2.0 and 1.0): refs to them resolve without the object in the bundle. */
export function isWellKnownMarkingRef(ref: string): boolean {
  return tlpOfMarkingRef(ref) !== null;
}

/**
 * The strictest TLP marking among an object's `object_marking_refs` (2.0 or 1.0 ids), or null when
 * it carries none (the importer then applies the workspace's default).
 */
export function strictestTlpOfObject(object: Record<string, unknown>): TlpMarking | null {
  const refs = Array.isArray(object.object_marking_refs) ? (object.object_marking_refs as unknown[]) : [];
  let strictest: TlpMarking | null = null;
  for (const ref of refs) {
    const marking = typeof ref === 'string' ? tlpOfMarkingRef(ref) : null;
    if (marking !== null && (strictest === null || markingRank(marking) > markingRank(strictest))) strictest = marking;
  }
  return strictest;
}
