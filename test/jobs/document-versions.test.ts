import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countEventPeriods,
  decideClaims,
  ingestFiles,
  listDocumentVersions,
  listReviewItems,
  summariseEventSources,
  getWorkspaceStatus,
  listDocumentPage,
} from '../../src/jobs/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples/reports/isk-external-operations.txt');

async function totalEvents(store: Store): Promise<number> {
  const result = await countEventPeriods(store, { by: 'year', fill: false });
  return result.rows.reduce((n, r) => n + r.events, 0);
}

/** Appends a sentence to the first long line: a report edited by one line. */
function editOneLine(path: string): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.length > 200);
  lines[i] = `${lines[i]} This line was revised.`;
  writeFileSync(path, lines.join('\n'));
}

describe('document versions (issue 9 item 5)', { timeout: 240_000 }, () => {
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    dir = mkdtempSync(join(tmpdir(), 'tessera-versions-'));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a report edited by one line and ingested again is a new version: counts unchanged, decisions kept', async () => {
    const path = join(dir, 'report.txt');
    copyFileSync(SAMPLE, path);
    const [first] = await ingestFiles(store, [path]);
    expect(first?.ok).toBe(true);
    const eventsBefore = await totalEvents(store);
    expect(eventsBefore).toBeGreaterThan(0);
    // the analyst accepts a few claims and rejects one
    const items = await listReviewItems(store, { document: path, limit: 500 });
    const accepted = items.filter((i) => i.kind === 'relation').slice(0, 3);
    const eventClaim = items.find((i) => i.kind === 'event')!;
    const rejected = items.find((i) => i.kind === 'name')!;
    await decideClaims(store, { ids: [...accepted.map((i) => i.id), eventClaim.id], decision: 'accepted' });
    await decideClaims(store, { ids: [rejected.id], decision: 'rejected' });

    editOneLine(path);
    const [second] = await ingestFiles(store, [path]);
    expect(second?.ok).toBe(true);
    expect(second?.skipped).toBeUndefined();
    expect(second?.newVersionOf?.documentId).toBe(first?.documentId);
    expect(second?.newVersionOf?.carried).toBe(5);

    // counts never include both versions
    expect(await totalEvents(store)).toBe(eventsBefore);
    expect((await summariseEventSources(store)).find((s) => s.source === 'reports')?.events).toBe(eventsBefore);
    const status = await getWorkspaceStatus(store);
    expect(status.documents).toBe(1);
    expect(status.events).toBe(eventsBefore);

    // the document list shows the current version; every version when asked
    expect((await listDocumentPage(store)).items.map((d) => d.id)).toEqual([second!.documentId]);
    expect((await listDocumentPage(store, { allVersions: true })).total).toBe(2);
    const versions = await listDocumentVersions(store, { document: path });
    expect(versions.map((v) => [v.version, v.id, v.isCurrent])).toEqual([
      [1, first!.documentId, false],
      [2, second!.documentId, true],
    ]);
    // the old version's proposed claims are superseded; none of them is proposed any more
    expect(versions[0]!.claims).toMatchObject({ proposed: 0, accepted: 0, rejected: 0 });
    expect(versions[0]!.claims.superseded).toBe(items.length - 5);
    // decided claims moved onto the new version, with no proposed twin beside them
    const now = await listReviewItems(store, { document: path, status: 'accepted', limit: 500 });
    expect(now.map((i) => i.id).sort()).toEqual([...accepted.map((i) => i.id), eventClaim.id].sort());
    expect(now.every((i) => i.document?.id === second?.documentId)).toBe(true);
    const proposed = await listReviewItems(store, { document: path, limit: 1000 });
    expect(proposed.every((i) => i.document?.id === second?.documentId)).toBe(true);
    expect(proposed.some((i) => i.assertion === accepted[0]!.assertion && i.quote === accepted[0]!.quote)).toBe(false);
    expect(proposed.length).toBe(items.length - 5);
  });
});
