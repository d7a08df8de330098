import {
  fuzzyDateOf,
  newId,
  toItemError,
  type AttributeClaim,
  type Claim,
  type ImportWatchlistResult,
  type InformationCredibility,
  type NameClaim,
  type TlpMarking,
} from '../model/index.js';
import type { WatchlistName, WatchlistRecord } from '../formats/index.js';
import {
  ANALYZE_AFTER_ROWS,
  appendAudit,
  findWatchlistEntries,
  insertClaims,
  listNameRecords,
  refreshStatistics,
  upsertWatchlistEntries,
  type Store,
} from '../store/index.js';
import { importMarking } from './default-marking.js';


export interface ImportWatchlistOptions {
  /** Records written per transaction. */
  batchSize?: number;
  onProgress?: (done: number) => void;
  /** The entries' and their claims' marking; the workspace's default marking when omitted. */
  marking?: TlpMarking;
}

/** How much the list itself trusts an alias: UN "Low" and OFAC "weak" aliases are doubtful. */
function credibilityOf(name: WatchlistName): InformationCredibility {
  const q = (name.quality ?? '').toLowerCase();
  if (q === 'low' || q === 'weak') return 4;
  if (name.kind === 'primary' || q === 'good' || q === 'strong' || q === 'original script') return 2;
  return 3;
}

function isoDate(value: string | null): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function claimsOf(record: WatchlistRecord, entityId: string, names: WatchlistName[], withAttributes: boolean, marking: TlpMarking): Claim[] {
  const recordedAt = new Date().toISOString();
  const listed = isoDate(record.listedOn);
  const base = {
    evidence: null,
    sourceReliability: 'A' as const,
    hedge: null,
    author: { kind: 'importer' as const, name: record.list, version: record.listDate },
    status: 'accepted' as const,
    marking,
    validFrom: listed ? fuzzyDateOf(listed.year, listed.month, listed.day) : null,
    validTo: null,
    recordedAt,
    confidence: null,
  };
  const claims: Claim[] = names.map(
    (name): NameClaim => ({
      ...base,
      id: newId(),
      informationCredibility: credibilityOf(name),
      kind: 'name',
      entityId,
      name: { value: name.value, kind: name.kind, script: name.script, language: null },
    }),
  );
  if (withAttributes) {
    for (const a of record.attributes) {
      claims.push({
        ...base,
        id: newId(),
        informationCredibility: 2,
        kind: 'attribute',
        entityId,
        attribute: a.attribute,
        value: a.value,
      } satisfies AttributeClaim);
    }
  }
  return claims;
}

/**
 * Imports watch-list records as entities: each name (primary, aliases, original script) a name
 * claim by the list's importer, listing reference, dates and other facts attribute claims, and the
 * list entry remembered so a re-import adds only what is new. Batches commit one transaction each;
 * a batch that fails is reported per record and the import goes on.
 */
export async function importWatchlist(
  store: Store,
  records: AsyncIterable<WatchlistRecord>,
  options: ImportWatchlistOptions = {},
): Promise<ImportWatchlistResult> {
  const batchSize = options.batchSize ?? 250;
  const marking = await importMarking(store, options.marking);
  const result: ImportWatchlistResult = { lists: [], created: 0, updated: 0, unchanged: 0, names: 0, attributes: 0, failed: [] };
  let batch: WatchlistRecord[] = [];
  let done = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    try {
      const counts = await store.transaction((tx) => importBatch(tx, current, marking));
      result.created += counts.created;
      result.updated += counts.updated;
      result.unchanged += counts.unchanged;
      result.names += counts.names;
      result.attributes += counts.attributes;
    } catch (error) {
      const itemError = toItemError(error);
      for (const record of current) result.failed.push({ externalId: record.externalId, error: itemError });
    }
    done += current.length;
    options.onProgress?.(done);
  };
  for await (const record of records) {
    const seen = result.lists.find((l) => l.list === record.list && l.version === record.listDate);
    if (seen) seen.entries += 1;
    else result.lists.push({ list: record.list, version: record.listDate, entries: 1 });
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (result.created + result.updated >= ANALYZE_AFTER_ROWS) await refreshStatistics(store, ['entity', 'claim', 'watchlist_entry']);
  return result;
}

async function importBatch(
  store: Store,
  records: WatchlistRecord[],
  marking: TlpMarking,
): Promise<{ created: number; updated: number; unchanged: number; names: number; attributes: number }> {
  const counts = { created: 0, updated: 0, unchanged: 0, names: 0, attributes: 0 };
  const byList = new Map<string, WatchlistRecord[]>();
  for (const r of records) byList.set(r.list, [...(byList.get(r.list) ?? []), r]);
  const claims: Claim[] = [];
  const entities: unknown[][] = [];
  const entries: Parameters<typeof upsertWatchlistEntries>[1][number][] = [];
  for (const [list, listRecords] of byList) {
    const existing = await findWatchlistEntries(store, list, listRecords.map((r) => r.externalId));
    const known = await listNameRecords(store, {
      entityIds: [...existing.values()].map((e) => e.entityId),
      isRejectedIncluded: true,
    });
    const knownNames = new Set(known.map((n) => `${n.entityId}\u0000${n.value}`));
    const now = new Date().toISOString();
    for (const record of listRecords) {
      const entry = existing.get(record.externalId);
      const entityId = entry?.entityId ?? newId();
      const names = entry ? record.names.filter((n) => !knownNames.has(`${entityId}\u0000${n.value}`)) : record.names;
      if (!entry) {
        entities.push([store.workspaceId, entityId, record.type, record.names[0]!.value, now]);
        counts.created += 1;
      } else if (names.length > 0) counts.updated += 1;
      else counts.unchanged += 1;
      const recordClaims = claimsOf(record, entityId, names, !entry, marking);
      counts.names += names.length;
      counts.attributes += recordClaims.length - names.length;
      claims.push(...recordClaims);
      entries.push({
        list,
        externalId: record.externalId,
        entityId,
        reference: record.reference,
        listedOn: record.listedOn,
        programs: record.programs,
        listDate: record.listDate,
        marking,
      });
    }
  }
  await store.copyRows('entity', ['workspace_id', 'entity_id', 'type', 'label', 'created_at'], entities);
  await insertClaims(store, claims);
  await upsertWatchlistEntries(store, entries);
  await appendAudit(store, {
    action: 'watchlist.import',
    targetIds: entries.map((e) => e.entityId),
    after: { marking },
    detail: { lists: [...byList.keys()], ...counts },
  });
  return counts;
}
