import { hash } from 'node:crypto';

/** The namespace of Tessera's deterministic STIX ids (a random UUID fixed once, for ever). */
export const TESSERA_STIX_NAMESPACE = '5d1f4a7c-3b0e-4f7a-9c61-2b8e0d9a4e17';

const namespaceBytesOf = (namespace: string) => Buffer.from(namespace.replace(/-/g, ''), 'hex');
const TESSERA_NAMESPACE_BYTES = namespaceBytesOf(TESSERA_STIX_NAMESPACE);

/** Tessera's namespace followed by room for a name: the bytes an id is hashed from, written in place. */
const scratch = Buffer.alloc(1024);
TESSERA_NAMESPACE_BYTES.copy(scratch);

/** The bytes `namespace` + `name` (in the scratch buffer when they fit: an export derives an id or more per object). */
function nameBytes(name: string, namespace: string): Buffer {
  if (namespace === TESSERA_STIX_NAMESPACE && name.length * 3 <= scratch.length - 16) return scratch.subarray(0, 16 + scratch.write(name, 16, 'utf8'));
  return Buffer.concat([namespaceBytesOf(namespace), Buffer.from(name, 'utf8')]);
}

/** RFC 4122 version-5 UUID (SHA-1 over namespace and name): the same key always gives the same id. */
export function uuidV5(name: string, namespace: string = TESSERA_STIX_NAMESPACE): string {
  // one-shot hash: createHash costs twice as much
  const digest = hash('sha1', nameBytes(name, namespace), 'buffer');
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A STIX identifier `<type>--<uuid>` derived from a stable key (Tessera's own id of the thing,
 * or its natural key), so that exporting the same knowledge twice gives the same ids.
 */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidV5(`${type}:${key}`)}`;
}

/** An instant as toISOString writes it (milliseconds, Z), which stixTimestamp returns as it is. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** STIX timestamps carry milliseconds and end in Z (core.json rejects `…:54Z`). */
export function stixTimestamp(iso: string): string {
  // the store's instants are already written so (an export converts two an object)
  return ISO_INSTANT.test(iso) ? iso : new Date(iso).toISOString();
}
