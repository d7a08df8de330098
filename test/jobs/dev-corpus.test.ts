import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, listReviewItems, type IngestFileResult } from '../../src/jobs/index.js';
import { listCitedWorks, listSentences, openStore, type Store } from '../../src/store/index.js';
import { sharedPath } from '../shared-data.js';

const first = sharedPath('corpus/dev/000_ea3dfa41585ddbbc.txt');
const corpus = first === null ? null : dirname(first);

describe.skipIf(corpus === null)('ingesting the dev reports of ../shared/corpus/dev', () => {
  let store: Store;
  let results: IngestFileResult[];
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
    results = await ingestFiles(store, [corpus!]);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('ingests both reports', () => {
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.every((r) => r.ok && (r.claims ?? 0) > 0)).toBe(true);
  });

  it('splits the CTC report into body and its numbered citations, each body note found in a sentence', async () => {
    const ctc = results.find((r) => r.path.endsWith('000_ea3dfa41585ddbbc.txt'))!;
    const works = await listCitedWorks(store, ctc.documentId!);
    expect(works.length).toBeGreaterThanOrEqual(50);
    const sentences = await listSentences(store, ctc.documentId!);
    const cited = new Set(sentences.flatMap((s) => s.citedNotes));
    // nearly every numbered note is carried by some body sentence
    const carried = works.filter((w) => cited.has(w.noteNumber)).length;
    expect(carried / works.length).toBeGreaterThan(0.9);
    expect(works.filter((w) => w.language === 'Tajik').length).toBeGreaterThan(3);
  });

  it('makes claims reviewable with evidence and citation chain', async () => {
    for (const result of results) {
      const items = await listReviewItems(store, { document: result.documentId!, limit: 5000 });
      expect(items.length).toBe(result.claims);
      expect(items.every((i) => i.quote !== null && i.quote.length > 0 && i.document?.id === result.documentId)).toBe(true);
    }
    const ctc = results.find((r) => r.path.endsWith('000_ea3dfa41585ddbbc.txt'))!;
    const items = await listReviewItems(store, { document: ctc.documentId!, limit: 5000 });
    const withChain = items.filter((i) => i.citations.length > 0);
    expect(withChain.length / items.length).toBeGreaterThan(0.3);
    expect(withChain.some((i) => i.citations.some((c) => c.authors.length > 0 && c.title !== null && c.date !== null))).toBe(true);
  });
});
