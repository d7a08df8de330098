import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StixValidator } from '../../src/formats/index.js';
import { exportStix, ingestFiles } from '../../src/jobs/index.js';
import type { Viewer } from '../../src/model/index.js';
import { openStore, setClaimStatus, type Store } from '../../src/store/index.js';

const samples = resolve(import.meta.dirname, '..', '..', 'samples', 'reports');
const greenReader: Viewer = { userId: 'u1', name: 'green', role: 'reader', clearance: 'TLP:GREEN', workspaces: null };

async function exportBundle(store: Store, includeProposed = false) {
  const chunks: string[] = [];
  const result = await exportStix(store, { includeProposed }, (chunk) => void chunks.push(chunk));
  return { result, text: chunks.join(''), bundle: JSON.parse(chunks.join('')) as { objects: Record<string, unknown>[] } };
}

describe('exportStix on the sample reports (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    await ingestFiles(store, [join(samples, 'isk-external-operations.txt'), join(samples, 'tajik-networks-europe.md')], { marking: 'TLP:GREEN' });
    await ingestFiles(store, [join(samples, 'khorasan-media.html')], { marking: 'TLP:RED' });
    await setClaimStatus(store, { status: 'proposed' }, 'accepted');
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('exports every kind of knowledge, valid against the OASIS schemas, with every ref resolved', async () => {
    const { result, bundle } = await exportBundle(store);
    expect(result.byType['threat-actor']).toBeGreaterThan(0);
    expect(result.byType.relationship).toBeGreaterThan(0);
    expect(result.byType.report).toBe(3);
    expect(result.byType.incident).toBeGreaterThan(0);
    expect(new StixValidator().validateBundle(bundle)).toEqual([]);
  });

  it('is deterministic: the same store exports the same bundle, byte for byte', async () => {
    const first = await exportBundle(store);
    const second = await exportBundle(store);
    expect(second.text).toBe(first.text);
  });

  it('exports nothing above the reader’s clearance', async () => {
    const { bundle, text } = await exportBundle(store.asViewer(greenReader));
    const reports = bundle.objects.filter((object) => object.type === 'report');
    expect(reports).toHaveLength(2);
    const facts = bundle.objects.filter((object) => object.type !== 'marking-definition');
    expect(JSON.stringify(facts)).not.toContain('TLP:RED');
    expect(text).not.toContain('khorasan-media.html');
    const markingRefs = bundle.objects.flatMap((object) => (object.object_marking_refs as string[] | undefined) ?? []);
    expect(markingRefs).not.toContain('marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1');
    expect(new StixValidator().validateBundle(bundle)).toEqual([]);
  });
});
