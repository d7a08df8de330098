import { TLP_MARKINGS } from '../../model/index.js';
import { dropEmptyLists } from './drop-empty-lists.js';

export { dropEmptyLists as dropEmptyListsOf };
import { stixId } from './stix-id.js';
import type { StixObject } from './stix-object.js';
import { tesseraExtensionDefinitions, tesseraIdentityObject } from './tessera-extension.js';
import { tlpMarkingObject } from './tlp-marking-objects.js';

/** Where bundle text goes, chunk by chunk (a file stream, an HTTP reply); awaited for back-pressure. */
export type TextSink = (chunk: string) => void | Promise<void>;

/** The objects every Tessera bundle and collection starts with: the producer, its extension definitions, the TLP 2.0 markings. */
export function bundleHeaderObjects(): StixObject[] {
  return [tesseraIdentityObject(), ...tesseraExtensionDefinitions(), ...TLP_MARKINGS.map(tlpMarkingObject)] as StixObject[];
}

/**
 * Writes a STIX 2.1 bundle object by object: the producer's identity, Tessera's extension
 * definitions and the TLP 2.0 marking definitions first, then `objects` as they come, so a bundle
 * of any size never sits in memory as one string. `bundleKey` makes the bundle id deterministic.
 * Returns how many objects were written.
 */
export async function writeStixBundle(objects: AsyncIterable<StixObject> | Iterable<StixObject>, sink: TextSink, bundleKey: string): Promise<number> {
  await sink(`{"type":"bundle","id":"${stixId('bundle', bundleKey)}","objects":[\n`);
  let count = 0;
  const writeObject = async (object: unknown) => {
    await sink(`${count === 0 ? '' : ',\n'}${JSON.stringify(dropEmptyLists(object))}`);
    count += 1;
  };
  for (const object of bundleHeaderObjects()) await writeObject(object);
  for await (const object of objects) await writeObject(object);
  await sink('\n]}\n');
  return count;
}
