import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestFilesOptions, type IngestProgress } from '../../src/jobs/index.js';
import { createExtractionReference, extractKnowledge, splitEndnotes } from '../../src/ingest/index.js';
import { getEntities, listClaims, listDocuments, openStore, type Store } from '../../src/store/index.js';
import type { Claim } from '../../src/model/index.js';

const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples/reports/isk-external-operations.txt');

/** Every claim as text: its kind, evidence span and what it says, entities by label. */
async function claimLines(store: Store): Promise<string[]> {
  const claims = await listClaims(store, {});
  const ids = claims.flatMap((c) => [...('entityId' in c && c.entityId ? [c.entityId] : []), ...(c.kind === 'relation' ? [c.targetEntityId] : [])]);
  const entities = await getEntities(store, ids);
  const label = (id: string | null) => (id === null ? '' : (entities.get(id)?.label ?? id));
  const what = (c: Claim): string => {
    switch (c.kind) {
      case 'name':
        return `${label(c.entityId)} = ${c.name.value} (${c.name.kind})`;
      case 'attribute':
        return `${label(c.entityId)} ${c.attribute} = ${String(c.value)}`;
      case 'relation':
        return `${label(c.entityId)} ${c.relationType} ${label(c.targetEntityId)}`;
      case 'quantity':
        return `${label(c.entityId)} ${JSON.stringify(c.quantity)}`;
      case 'event':
        return `${JSON.stringify(c.validFrom)}`;
      default:
        return '';
    }
  };
  return claims.map((c) => `${c.evidence?.start}-${c.evidence?.end} ${c.kind} ${what(c)} [${c.evidence?.citedNotes.join(',')}]`).sort();
}

describe('a long document is ingested in sections (issue 9 item 8)', { timeout: 240_000 }, () => {
  let dir: string;
  let path: string;
  let text: string;
  /** Characters of one copy of the report body: each copy is one section when sections are that long. */
  let copyLength: number;
  const reference = createExtractionReference();
  const ingest = async (options: IngestFilesOptions = {}) => {
    const store = await openStore({ dataDir: null });
    const progress: IngestProgress[] = [];
    const results = await ingestFiles(store, [path], { reference: null, extractionReference: reference, onProgress: (p) => progress.push(p), ...options });
    return { store, results, progress };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-large-'));
    const sample = readFileSync(SAMPLE, 'utf8');
    const { bodyEnd } = splitEndnotes(sample);
    const body = `${sample.slice(0, bodyEnd).trim()}\n\n`;
    copyLength = body.length;
    // one report's body told three times, then its endnotes once: every section cites the same notes
    text = `${body}${body}${body}${sample.slice(bodyEnd).trim()}\n`;
    path = join(dir, 'long-report.txt');
    writeFileSync(path, text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same claims as a one-piece ingest, one document, with progress per section', async () => {
    const whole = await ingest();
    const sectioned = await ingest({ sectionChars: copyLength - 20 });
    try {
      const within = sectioned.progress.flatMap((p) => (p.within === undefined ? [] : [p.within]));
      expect(within).toHaveLength(3);
      expect(within.map((w) => w.unit)).toEqual(['bytes', 'bytes', 'bytes']);
      expect(within.at(-1)).toEqual({ done: Buffer.byteLength(text), total: Buffer.byteLength(text), unit: 'bytes' });
      expect(whole.progress.some((p) => p.within !== undefined)).toBe(false);

      const [one] = whole.results;
      const [many] = sectioned.results;
      expect(many).toMatchObject({ ok: true, claims: one?.claims, entities: one?.entities, events: one?.events });
      expect(await claimLines(sectioned.store)).toEqual(await claimLines(whole.store));
      const documents = await listDocuments(sectioned.store);
      expect(documents).toHaveLength(1);
      // the sentences, written a section at a time, are the whole document's
      const sentences = (store: Store) =>
        store.query<{ n: number; last: number }>('SELECT count(*)::int AS n, max(sentence_index)::int AS last FROM document_sentence WHERE workspace_id = $1', [store.workspaceId]);
      expect(await sentences(sectioned.store)).toEqual(await sentences(whole.store));
      expect((await sentences(sectioned.store))[0]?.n).toBeGreaterThan(60);
    } finally {
      await whole.store.close();
      await sectioned.store.close();
    }
  });

  it('small sections: every claim quotes its own sentence of the whole document', async () => {
    const { store, results, progress } = await ingest({ sectionChars: 600 });
    try {
      expect(results[0]?.ok).toBe(true);
      expect(progress.filter((p) => p.within !== undefined).length).toBeGreaterThan(10);
      const claims = await listClaims(store, {});
      expect(claims.length).toBeGreaterThan(50);
      for (const claim of claims) {
        const evidence = claim.evidence!;
        expect(text.slice(evidence.start, evidence.end).replace(/\s+/g, ' ').replace(/(\D)\d{1,2}\b/g, '$1')).toContain(
          evidence.quote.replace(/\s+/g, ' ').replace(/(\D)\d{1,2}\b/g, '$1').trim(),
        );
      }
    } finally {
      await store.close();
    }
  });

  it('a section that fails leaves nothing of the document', async () => {
    let calls = 0;
    const { store, results } = await ingest({
      sectionChars: 600,
      extract: (input, options) => {
        calls += 1;
        if (calls === 3) throw new Error('extractor failed on the third section');
        return extractKnowledge(input, options);
      },
    });
    try {
      expect(results[0]).toMatchObject({ ok: false });
      expect(await listDocuments(store)).toHaveLength(0);
      expect(await listClaims(store, {})).toHaveLength(0);
    } finally {
      await store.close();
    }
  });

  it('a file over the size limit is refused before anything is written, naming the file, its size and the flag', async () => {
    const { store, results } = await ingest({ maxBytes: 5_000 });
    try {
      expect(results[0]).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const message = results[0]?.error?.message ?? '';
      expect(message).toContain('long-report.txt');
      expect(message).toContain(`${(Buffer.byteLength(text) / 1000).toFixed(1)} kB`);
      expect(message).toContain('5 kB');
      expect(message).toContain('--max-size');
      expect(await listDocuments(store)).toHaveLength(0);
    } finally {
      await store.close();
    }
  });
});
