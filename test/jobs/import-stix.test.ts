import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStix, importStix, ingestFiles, openStore, type Store } from '../../src/jobs/index.js';
import { setClaimStatus } from '../../src/store/index.js';

const samples = resolve(import.meta.dirname, '..', '..', 'samples', 'reports');

/** JSON with keys sorted at every depth: two objects are the same iff their canonical texts are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function exportText(store: Store): Promise<string> {
  const chunks: string[] = [];
  await exportStix(store, { includeProposed: true }, (chunk) => void chunks.push(chunk));
  return chunks.join('');
}

const objectsOf = (text: string) => (JSON.parse(text) as { objects: Record<string, unknown>[] }).objects;

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['entity', 'claim', 'event', 'event_actor', 'document', 'cited_work', 'taxii_object']) {
    const rows = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [store.workspaceId]);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

describe('importStix: Tessera bundles round-trip (PGlite)', () => {
  let source: Store;
  let target: Store;
  let dir: string;
  let exported: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-stix-import-'));
    source = await openStore({ dataDir: null });
    await ingestFiles(source, [join(samples, 'isk-external-operations.txt'), join(samples, 'tajik-networks-europe.md')], { marking: 'TLP:GREEN' });
    await ingestFiles(source, [join(samples, 'khorasan-media.html')], { marking: 'TLP:AMBER' });
    // some accepted, some left proposed: the status of each claim travels too
    await setClaimStatus(source, { status: 'proposed', kind: 'relation' }, 'accepted');
    await setClaimStatus(source, { status: 'proposed', kind: 'name' }, 'accepted');
    exported = await exportText(source);
    writeFileSync(join(dir, 'bundle.json'), exported);
    target = await openStore({ dataDir: null });
  }, 180_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('export → import into an empty store → export gives the same objects, byte for byte after canonical JSON', async () => {
    const result = await importStix(target, join(dir, 'bundle.json'));
    expect(result.warnings).toEqual([]);
    expect(result.written.documents).toBe(3);
    expect(result.written.claims).toBeGreaterThan(100);
    expect(result.written.rawObjects).toBe(0);
    const again = await exportText(target);
    const before = objectsOf(exported);
    const after = objectsOf(again);
    const types = new Set(before.map((object) => object.type));
    for (const type of ['threat-actor', 'identity', 'location', 'relationship', 'incident', 'report', 'marking-definition', 'extension-definition']) expect(types).toContain(type);
    const markings = new Set(before.flatMap((object) => (object.object_marking_refs as string[] | undefined) ?? []));
    expect(markings.size).toBeGreaterThanOrEqual(2);
    expect(after.map(canonical)).toEqual(before.map(canonical));
    expect(again).toBe(exported);
  });

  it('is idempotent: importing the same bundle twice changes nothing', async () => {
    const counts = await tableCounts(target);
    const second = await importStix(target, join(dir, 'bundle.json'));
    expect(second.written).toEqual({ documents: 0, entities: 0, events: 0, claims: 0, rawObjects: 0 });
    expect(await tableCounts(target)).toEqual(counts);
    expect(await exportText(target)).toBe(exported);
  });

  it('audits each import', async () => {
    const rows = await target.query<{ action: string; detail: { objects: number } }>("SELECT action, detail FROM audit_log WHERE action = 'stix.import'");
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]!.detail.objects).toBe(objectsOf(exported).length);
  });
});
