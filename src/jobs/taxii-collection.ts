import { bundleHeaderObjects, dropEmptyListsOf, StixValidator, tlpMarkingOfRef, uuidV5, type StixObject } from '../formats/index.js';
import {
  markingRank,
  TesseraError,
  type TaxiiAddResult,
  type TaxiiEntry,
  type TaxiiQuery,
  type TlpMarking,
} from '../model/index.js';
import { insertPostedStixObjects, listPostedStixObjects, listWorkspaceIds, readChangeMarker, type Store } from '../store/index.js';
import { streamStixObjects } from './export-stix.js';

/**
 * The workspace's STIX objects for the store's viewer as collection entries, with the bundle's
 * header objects first. Each object is kept only as its JSON, UTF-8 encoded: the object graphs of a
 * 100,000-object export held 1.3 GB, and a page would serialise them again at every request.
 */
async function exportedEntries(store: Store): Promise<TaxiiEntry[]> {
  // marking definitions above the viewer's clearance are left out: a reader below RED never meets "TLP:RED"
  const entries: TaxiiEntry[] = bundleHeaderObjects()
    .filter((object) => object.type !== 'marking-definition' || (tlpMarkingOfRef(object.id) !== null && markingRank(tlpMarkingOfRef(object.id)!) <= markingRank(store.viewer.clearance)))
    .map((object) => entryOf(dropEmptyListsOf(object)));
  await store.transaction(async (tx) => {
    for await (const object of streamStixObjects(tx, {})) entries.push(entryOf(dropEmptyListsOf(object)));
  });
  return entries;
}

function entryOf(object: StixObject | Record<string, unknown>, dateAdded?: string): TaxiiEntry {
  const version = String(object.modified ?? object.created ?? '1970-01-01T00:00:00.000Z');
  return {
    id: String(object.id),
    type: String(object.type),
    version,
    specVersion: String(object.spec_version ?? '2.1'),
    dateAdded: dateAdded ?? version,
    json: Buffer.from(JSON.stringify(object)),
  };
}

/** A collection's entries as last read, for one workspace and clearance, with the change markers they were read at. */
interface CollectionSnapshot {
  knowledgeMarker: string;
  postedMarker: string;
  exported: TaxiiEntry[];
  /** Exported and posted entries in date-added order (byDateAdded). */
  all: TaxiiEntry[];
  /** Each object's latest version of its latest spec_version, in date-added order (the default view), built when first asked. */
  latest: TaxiiEntry[] | null;
}

/** The collection's order (TAXII: by date added), made total by id and version; pages are keyed by it. */
const byDateAdded = (a: Pick<TaxiiEntry, 'dateAdded' | 'id' | 'version'>, b: Pick<TaxiiEntry, 'dateAdded' | 'id' | 'version'>) =>
  a.dateAdded === b.dateAdded ? (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0) : a.dateAdded < b.dateAdded ? -1 : 1;

/** Each object's last version of its latest spec_version, keeping date-added order. */
function latestView(all: readonly TaxiiEntry[]): TaxiiEntry[] {
  const best = new Map<string, TaxiiEntry>();
  for (const entry of all) {
    const known = best.get(entry.id);
    if (known === undefined || entry.specVersion > known.specVersion || (entry.specVersion === known.specVersion && entry.version > known.version)) best.set(entry.id, entry);
  }
  return layOutInOrder(all.filter((entry) => best.get(entry.id) === entry));
}

/** The most bytes of JSON laid out in one buffer. */
const SEGMENT_BYTES = 16 * 1024 * 1024;

/**
 * Copies the entries' JSON one after another, a comma between two, into buffers of up to 16 MB,
 * and points each entry's `json` at its place there: consecutive entries of a view are then one
 * slice of a buffer (contiguousJson), which a page is sent from without joining 1.7 MB again at
 * each request. The entries' own buffers are left to the collector. Returns the entries.
 */
function layOutInOrder(entries: TaxiiEntry[]): TaxiiEntry[] {
  let start = 0;
  while (start < entries.length) {
    let end = start;
    let bytes = 0;
    while (end < entries.length && (end === start || bytes + 1 + entries[end]!.json.length <= SEGMENT_BYTES)) {
      bytes += (end === start ? 0 : 1) + entries[end]!.json.length;
      end += 1;
    }
    const segment = Buffer.allocUnsafeSlow(bytes);
    let at = 0;
    for (let i = start; i < end; i += 1) {
      const entry = entries[i]!;
      if (i > start) segment[at++] = COMMA;
      segment.set(entry.json, at);
      entry.json = segment.subarray(at, at + entry.json.length);
      at += entry.json.length;
    }
    start = end;
  }
  return entries;
}

const COMMA = 0x2c;

/**
 * The JSON of some entries joined by commas as one view of the buffer they were laid out in
 * (layOutInOrder), or null when they do not lie one after another there.
 */
export function contiguousJson(entries: readonly TaxiiEntry[]): Uint8Array | null {
  if (entries.length === 0) return null;
  const first = entries[0]!.json;
  const buffer = new Uint8Array(first.buffer);
  let end = first.byteOffset + first.length;
  for (let i = 1; i < entries.length; i += 1) {
    const json = entries[i]!.json;
    if (json.buffer !== first.buffer || json.byteOffset !== end + 1 || buffer[end] !== COMMA) return null;
    end = json.byteOffset + json.length;
  }
  return buffer.subarray(first.byteOffset, end);
}

/** A query the default view answers: no match[…] filter beyond the defaults, no added_after. */
function isDefaultView(query: TaxiiQuery): boolean {
  return (
    query.added_after === undefined &&
    query['match[id]'] === undefined &&
    query['match[type]'] === undefined &&
    query['match[spec_version]'] === undefined &&
    (query['match[version]'] === undefined || query['match[version]'] === 'last')
  );
}

/**
 * A workspace's objects as TAXII serves them, per clearance: Tessera's knowledge exported for the
 * viewer and the objects other tools posted, ordered by date added. Each request reads the
 * workspace's change markers (one index read, readChangeMarker) and exports again only when the
 * knowledge the viewer may see changed; posted objects are read again when theirs did. One cache
 * serves a server's life; pass it in.
 */
export class TaxiiCollectionCache {
  private readonly snapshots = new Map<string, CollectionSnapshot>();
  /** Exports under way, so that concurrent first requests share one. */
  private readonly exporting = new Map<string, Promise<TaxiiEntry[]>>();

  private async snapshot(store: Store): Promise<CollectionSnapshot> {
    const key = `${store.workspaceId}\u0000${store.viewer.clearance}`;
    // read before the rows: a change committed meanwhile only makes them look older than they are
    const knowledgeMarker = await readChangeMarker(store, 'knowledge');
    const postedMarker = await readChangeMarker(store, 'posted');
    let snapshot = this.snapshots.get(key);
    if (snapshot?.knowledgeMarker !== knowledgeMarker) {
      const exportKey = `${key}\u0000${knowledgeMarker}`;
      let exporting = this.exporting.get(exportKey);
      if (exporting === undefined) {
        exporting = exportedEntries(store).finally(() => this.exporting.delete(exportKey));
        this.exporting.set(exportKey, exporting);
      }
      const exported = await exporting;
      snapshot = this.snapshots.get(key);
      if (snapshot?.knowledgeMarker !== knowledgeMarker) {
        snapshot = { knowledgeMarker, postedMarker: '', exported, all: exported, latest: null };
        this.snapshots.set(key, snapshot);
      }
    }
    if (postedMarker !== snapshot.postedMarker) {
      // a kept object's version and spec_version are the stored ones (a STIX 2.0 object carries no spec_version)
      const posted = (await listPostedStixObjects(store)).map((row) => ({ ...entryOf(row.body, new Date(row.dateAdded).toISOString()), version: row.version, specVersion: row.specVersion }));
      snapshot.all = [...snapshot.exported, ...posted].sort(byDateAdded);
      snapshot.latest = null;
      snapshot.postedMarker = postedMarker;
    }
    return snapshot;
  }

  /** Every entry of the collection for the store's viewer, in date-added order. */
  async entries(store: Store): Promise<TaxiiEntry[]> {
    return (await this.snapshot(store)).all;
  }

  /** One page of the collection after TAXII's filters (filterTaxiiEntries); the default view is precomputed. */
  async page(store: Store, query: TaxiiQuery, options: { maxLimit: number }): Promise<TaxiiPage> {
    const snapshot = await this.snapshot(store);
    if (!isDefaultView(query)) return filterTaxiiEntries(snapshot.all, query, options);
    snapshot.latest ??= latestView(snapshot.all);
    return pageOf(snapshot.latest, query, options.maxLimit);
  }
}

/** A page of TAXII entries after the filters, with the token of the next page. */
export interface TaxiiPage {
  entries: TaxiiEntry[];
  more: boolean;
  next: string | null;
}

const splitList = (value: string | undefined) => (value === undefined ? null : value.split(',').map((part) => part.trim()).filter((part) => part !== ''));

/**
 * Applies TAXII 2.1's filters: added_after, match[id|type|spec_version], match[version] (`last`
 * by default, `first`, `all` or exact versions), then limit and next (pageOf: a key into the
 * filtered list, so a client that pages sees every object once that was there throughout).
 */
export function filterTaxiiEntries(all: readonly TaxiiEntry[], query: TaxiiQuery, options: { defaultVersions?: 'last' | 'all'; maxLimit: number }): TaxiiPage {
  const ids = splitList(query['match[id]']);
  const types = splitList(query['match[type]']);
  const specVersions = splitList(query['match[spec_version]']);
  const versions = splitList(query['match[version]']) ?? [options.defaultVersions ?? 'last'];
  let entries = all.filter(
    (entry) =>
      (query.added_after === undefined || entry.dateAdded > new Date(query.added_after).toISOString()) &&
      (ids === null || ids.includes(entry.id)) &&
      (types === null || types.includes(entry.type)) &&
      (specVersions === null || specVersions.includes(entry.specVersion)),
  );
  if (specVersions === null) {
    // TAXII 2.1 §3.4.2: without match[spec_version], only each object's latest spec_version
    const latest = new Map<string, string>();
    for (const entry of entries) if ((latest.get(entry.id) ?? '') < entry.specVersion) latest.set(entry.id, entry.specVersion);
    entries = entries.filter((entry) => latest.get(entry.id) === entry.specVersion);
  }
  if (!versions.includes('all')) {
    const byId = new Map<string, TaxiiEntry[]>();
    for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
    const kept = new Set<TaxiiEntry>();
    for (const list of byId.values()) {
      const sorted = [...list].sort((a, b) => a.version.localeCompare(b.version));
      if (versions.includes('last')) kept.add(sorted[sorted.length - 1]!);
      if (versions.includes('first')) kept.add(sorted[0]!);
      for (const entry of sorted) if (versions.includes(entry.version)) kept.add(entry);
    }
    entries = entries.filter((entry) => kept.has(entry));
  }
  return pageOf(entries, query, options.maxLimit);
}

/** A page token: the key (date added, id, version) of the last entry of the page before, base64url. */
function nextToken(entry: TaxiiEntry): string {
  return Buffer.from(JSON.stringify([entry.dateAdded, entry.id, entry.version])).toString('base64url');
}

/** The key a page token names, or null when it is not one. */
function keyOfToken(token: string): Pick<TaxiiEntry, 'dateAdded' | 'id' | 'version'> | null {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(key) || key.length !== 3 || !key.every((part) => typeof part === 'string' && part !== '')) return null;
  const [dateAdded, id, version] = key as string[];
  return Number.isNaN(Date.parse(dateAdded!)) ? null : { dateAdded: dateAdded!, id: id!, version: version! };
}

/**
 * `limit` entries after the key `next` names (keyset paging over the date-added order, found by
 * binary search), and the token of the page after. A token stays valid while the collection
 * changes: the next page starts after the last entry the client saw, whatever was added or removed.
 */
function pageOf(entries: readonly TaxiiEntry[], query: TaxiiQuery, maxLimit: number): TaxiiPage {
  let start = 0;
  if (query.next !== undefined) {
    const after = keyOfToken(query.next);
    if (after === null) throw new TesseraError('invalid_input', `next: "${query.next}" is not a page token of this collection`);
    let high = entries.length;
    while (start < high) {
      const middle = (start + high) >>> 1;
      if (byDateAdded(entries[middle]!, after) <= 0) start = middle + 1;
      else high = middle;
    }
  }
  const limit = Math.min(query.limit ?? maxLimit, maxLimit);
  const page = entries.slice(start, start + limit);
  const more = start + page.length < entries.length;
  return { entries: page, more, next: more ? nextToken(page[page.length - 1]!) : null };
}

/** The strictest TLP 2.0 marking an object carries (TLP:CLEAR when none; a non-TLP marking counts as TLP:AMBER). */
function postedMarking(object: Record<string, unknown>): TlpMarking {
  const refs = Array.isArray(object.object_marking_refs) ? (object.object_marking_refs as unknown[]) : [];
  let strictest: TlpMarking = 'TLP:CLEAR';
  for (const ref of refs) {
    const marking = typeof ref === 'string' ? (tlpMarkingOfRef(ref) ?? 'TLP:AMBER') : 'TLP:AMBER';
    if (markingRank(marking) > markingRank(strictest)) strictest = marking;
  }
  return strictest;
}

/**
 * Adds posted STIX objects to a workspace's collection: each is checked against the OASIS schemas
 * (errors fail that object, warnings do not), kept as sent with its marking, and reported in the
 * TAXII status. An object marked above the poster's clearance is refused: they could not read it back.
 */
export async function addTaxiiObjects(store: Store, objects: readonly Record<string, unknown>[], validator: StixValidator = new StixValidator()): Promise<TaxiiAddResult> {
  const result: TaxiiAddResult = { successes: [], failures: [] };
  const accepted: Parameters<typeof insertPostedStixObjects>[1][number][] = [];
  for (const object of objects) {
    const id = typeof object.id === 'string' ? object.id : '(no id)';
    const errors = validator.validateObject(object).filter((problem) => problem.severity === 'error');
    const entry = entryOf(object);
    if (errors.length > 0) {
      result.failures.push({ id, version: entry.version, message: errors.map((e) => `${e.path || '/'} ${e.message}`).slice(0, 5).join('; ') });
      continue;
    }
    const marking = postedMarking(object);
    if (markingRank(marking) > markingRank(store.viewer.clearance)) {
      result.failures.push({ id, version: entry.version, message: `marked ${marking}, above ${store.viewer.name}'s clearance` });
      continue;
    }
    accepted.push({ id, version: entry.version, type: entry.type, specVersion: entry.specVersion, marking, body: object });
    result.successes.push({ id, version: entry.version });
  }
  if (accepted.length > 0) await store.transaction((tx) => insertPostedStixObjects(tx, accepted));
  return result;
}

/** A workspace's TAXII collection id: a UUID fixed by its key. */
export function taxiiCollectionId(workspaceId: string): string {
  return uuidV5(`taxii-collection:${workspaceId}`);
}

/** The collections a viewer may open: one per workspace of theirs. */
export async function listTaxiiCollections(store: Store): Promise<{ id: string; workspaceId: string }[]> {
  const workspaces = await listWorkspaceIds(store);
  return workspaces
    .filter((workspaceId) => store.viewer.workspaces === null || store.viewer.workspaces.includes(workspaceId))
    .map((workspaceId) => ({ id: taxiiCollectionId(workspaceId), workspaceId }));
}
