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

/** Bundle text gathered before it goes to the sink: one call per 64 KB rather than one per object. */
const CHUNK_CHARS = 1 << 16;

/**
 * Writes a STIX 2.1 bundle object by object: the producer's identity, Tessera's extension
 * definitions and the TLP 2.0 marking definitions first, then `objects` as they come, so a bundle
 * of any size never sits in memory as one string (an object a line, in chunks of about 64 KB).
 * `bundleKey` makes the bundle id deterministic. Returns how many objects were written.
 */
export async function writeStixBundle(objects: AsyncIterable<StixObject> | Iterable<StixObject>, sink: TextSink, bundleKey: string): Promise<number> {
  let text = `{"type":"bundle","id":"${stixId('bundle', bundleKey)}","objects":[\n`;
  let count = 0;
  const add = (object: unknown) => {
    text += `${count === 0 ? '' : ',\n'}${JSON.stringify(dropEmptyLists(object))}`;
    count += 1;
  };
  for (const object of bundleHeaderObjects()) add(object);
  for await (const object of objects) {
    add(object);
    if (text.length >= CHUNK_CHARS) {
      const chunk = text;
      text = '';
      await sink(chunk);
    }
  }
  await sink(`${text}\n]}\n`);
  return count;
}
