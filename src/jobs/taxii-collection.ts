import { bundleHeaderObjects, dropEmptyListsOf, StixValidator, tlpMarkingOfRef, uuidV5, type StixObject } from '../formats/index.js';
import {
  markingRank,
  TesseraError,
  type TaxiiAddResult,
  type TaxiiEntry,
  type TaxiiQuery,
  type TlpMarking,
} from '../model/index.js';
import { insertPostedStixObjects, knowledgeFingerprint, listPostedStixObjects, listWorkspaceIds, type Store } from '../store/index.js';
import { streamStixObjects } from './export-stix.js';

/** The workspace's STIX objects for the store's viewer, with the bundle's header objects first. */
async function exportObjects(store: Store): Promise<StixObject[]> {
  // marking definitions above the viewer's clearance are left out: a reader below RED never meets "TLP:RED"
  const objects: StixObject[] = bundleHeaderObjects()
    .filter((object) => object.type !== 'marking-definition' || (tlpMarkingOfRef(object.id) !== null && markingRank(tlpMarkingOfRef(object.id)!) <= markingRank(store.viewer.clearance)))
    .map(dropEmptyListsOf);
  for await (const object of streamStixObjects(store, {})) objects.push(object);
  return objects;
}

function entryOf(object: Record<string, unknown>, dateAdded?: string): TaxiiEntry {
  const version = String(object.modified ?? object.created ?? '1970-01-01T00:00:00.000Z');
  return {
    id: String(object.id),
    type: String(object.type),
    version,
    specVersion: String(object.spec_version ?? '2.1'),
    dateAdded: dateAdded ?? version,
    object,
  };
}

/**
 * A workspace's objects as TAXII serves them, per clearance: Tessera's knowledge exported for the
 * viewer (reused while the workspace is unchanged) and the objects other tools posted, ordered by
 * date added. One cache serves a server's life; pass it in.
 */
export class TaxiiCollectionCache {
  private readonly exports = new Map<string, { fingerprint: string; entries: TaxiiEntry[] }>();

  async entries(store: Store): Promise<TaxiiEntry[]> {
    const key = `${store.workspaceId}\u0000${store.viewer.clearance}`;
    const fingerprint = await knowledgeFingerprint(store);
    let cached = this.exports.get(key);
    if (cached?.fingerprint !== fingerprint) {
      cached = { fingerprint, entries: (await exportObjects(store)).map((object) => entryOf(object)) };
      this.exports.set(key, cached);
    }
    // a kept object's version and spec_version are the stored ones (a STIX 2.0 object carries no spec_version)
    const posted = (await listPostedStixObjects(store)).map((row) => ({ ...entryOf(row.body, new Date(row.dateAdded).toISOString()), version: row.version, specVersion: row.specVersion }));
    return [...cached.entries, ...posted].sort((a, b) => (a.dateAdded === b.dateAdded ? (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version.localeCompare(b.version)) : a.dateAdded < b.dateAdded ? -1 : 1));
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
 * by default, `first`, `all` or exact versions), then limit and next. `next` is the offset into
 * the filtered list, so a client that pages while nothing changes sees every object once.
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
  const offset = query.next === undefined ? 0 : Number.parseInt(query.next, 10);
  if (!Number.isInteger(offset) || offset < 0 || offset > entries.length) {
    throw new TesseraError('invalid_input', `next: "${query.next}" is not a page token of this collection`);
  }
  const limit = Math.min(query.limit ?? options.maxLimit, options.maxLimit);
  const page = entries.slice(offset, offset + limit);
  const more = offset + page.length < entries.length;
  return { entries: page, more, next: more ? String(offset + page.length) : null };
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
