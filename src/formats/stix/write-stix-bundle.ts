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
 * `bundleKey` makes the bundle id deterministic. A chunk is made while the sink takes the one
 * before (one at a time: the sink's back-pressure holds), so the export does not stand idle while
 * a file is written: the bench's 100,000-object export waited for ~2,700 writes otherwise.
 * Returns how many objects were written.
 */
export async function writeStixBundle(objects: AsyncIterable<StixObject> | Iterable<StixObject>, sink: TextSink, bundleKey: string): Promise<number> {
  let text = `{"type":"bundle","id":"${stixId('bundle', bundleKey)}","objects":[\n`;
  let count = 0;
  const add = (object: unknown) => {
    text += `${count === 0 ? '' : ',\n'}${JSON.stringify(dropEmptyLists(object))}`;
    count += 1;
  };
  // the chunk the sink is taking while the next one is made (a file's write, a reply's drain)
  let taking: Promise<void> = Promise.resolve();
  for (const object of bundleHeaderObjects()) add(object);
  try {
    for await (const object of objects) {
      add(object);
      if (text.length >= CHUNK_CHARS) {
        const chunk = text;
        text = '';
        await taking;
        taking = Promise.resolve(sink(chunk));
        // its failure is met at the next await; until then it is not an unhandled rejection
        taking.catch(() => undefined);
      }
    }
    await taking;
  } finally {
    // the objects failed: the chunk under way is taken (or fails) before the caller hears of it
    await taking.catch(() => undefined);
  }
  await sink(`${text}\n]}\n`);
  return count;
}
