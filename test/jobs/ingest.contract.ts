import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractKnowledge } from '../../src/ingest/index.js';
import { ingestFiles } from '../../src/jobs/ingest-files.js';
import { newId } from '../../src/model/index.js';
import { ensureWorkspace, listCitedWorks, listClaims, listEntities, type Store } from '../../src/store/index.js';
import { buildDocx, buildPdf } from '../ingest/document-builders.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/documents');

/** Every row count a document touches, to compare before and after. */
export async function countRows(store: Store): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['document', 'document_sentence', 'cited_work', 'entity', 'event', 'event_actor', 'claim']) {
    const rows = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [store.workspaceId]);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

/** A folder of reports of every format, a nested one, and bad files. */
export async function makeReportFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-ingest-'));
  for (const name of ['report.txt', 'report.md', 'report.html']) copyFileSync(join(fixtures, name), join(dir, name));
  const nested = join(dir, 'nested');
  (await import('node:fs')).mkdirSync(nested);
  writeFileSync(
    join(nested, 'route.pdf'),
    await buildPdf([
      [
        { text: 'The Northern Route', size: 16 },
        { text: 'Jamaat Ansarullah fighters crossed from Badakhshan into Tajikistan in', gapBefore: 6 },
        { text: 'March 2021, officials said.', note: 1 },
      ],
      [{ text: 'Notes', size: 14 }, { text: '1 “Border Incident,” Asia-Plus, May 5, 2021.', size: 8 }],
    ]),
  );
  writeFileSync(
    join(nested, 'networks.docx'),
    await buildDocx([
      { text: 'Tajik Networks', heading: true },
      {
        text: 'In 2017, Russian authorities arrested three Tajik nationals in Moscow who were planning an attack for the Islamic State.',
        footnote: '“Three Detained,” RFE/RL, August 16, 2017 (in Tajik).',
      },
    ]),
  );
  writeFileSync(join(nested, 'notes.csv'), 'not,a,report\n'); // skipped when expanding a folder
  return dir;
}

export function runIngestContract(name: string, openBase: () => Promise<Store>): void {
  describe(`ingestFiles: ${name}`, () => {
    let base: Store;
    let folder: string;
    beforeAll(async () => {
      base = await openBase();
      folder = await makeReportFolder();
    });
    afterAll(async () => {
      await base?.close();
    });
    const freshStore = async () => {
      const store = base.inWorkspace(`ingest-${newId().slice(0, 8)}`);
      await ensureWorkspace(store);
      return store;
    };

    it('ingests every supported file of a folder, recursively, with claims', async () => {
      const store = await freshStore();
      const progress: number[] = [];
      const results = await ingestFiles(store, [folder], { onProgress: (p) => progress.push(p.done) });
      expect(results.map((r) => r.path.split('/').pop()).sort()).toEqual(
        ['networks.docx', 'report.html', 'report.md', 'report.txt', 'route.pdf'].sort(),
      );
      expect(results.every((r) => r.ok && r.skipped === undefined)).toBe(true);
      expect(results.every((r) => (r.claims ?? 0) > 0)).toBe(true);
      expect(progress.at(-1)).toBe(5);
      const counts = await countRows(store);
      expect(counts.document).toBe(5);
      expect(counts.claim).toBe(results.reduce((n, r) => n + (r.claims ?? 0), 0));
    });

    it('is idempotent: ingesting the same files again changes nothing', async () => {
      const store = await freshStore();
      await ingestFiles(store, [folder]);
      const before = await countRows(store);
      const again = await ingestFiles(store, [folder, join(folder, 'report.txt')]);
      expect(again.every((r) => r.ok && r.skipped === 'duplicate')).toBe(true);
      expect(await countRows(store)).toEqual(before);
    });

    it('gives bad files their error, leaves the store unchanged for them and goes on', async () => {
      const store = await freshStore();
      const before = await countRows(store);
      const results = await ingestFiles(store, [
        join(fixtures, 'empty.txt'),
        join(fixtures, 'corrupt.pdf'),
        join(fixtures, 'corrupt.docx'),
        join(fixtures, 'table.csv'),
        join(fixtures, 'no-such-file.txt'),
      ]);
      expect(results.map((r) => [r.ok, r.error?.code])).toEqual([
        [false, 'not_found'],
        [false, 'invalid_input'],
        [false, 'corrupt_file'],
        [false, 'corrupt_file'],
        [false, 'unsupported_format'],
      ]);
      for (const r of results) expect(r.error?.message).toContain(r.path.split('/').pop());
      expect(await countRows(store)).toEqual(before);
      const mixed = await ingestFiles(store, [join(fixtures, 'empty.txt'), join(fixtures, 'report.txt')]);
      expect(mixed.map((r) => r.ok)).toEqual([false, true]);
    });

    it('writes a document in one transaction: a failure midway leaves nothing of it', async () => {
      const store = await freshStore();
      const before = await countRows(store);
      const results = await ingestFiles(store, [join(fixtures, 'report.txt')], {
        // an event the database refuses (country code too long) after the document row is written
        extract: (input, options) => {
          const extraction = extractKnowledge(input, options);
          const event = extraction.events[0];
          if (event) event.location = { ...event.location, country: 'XXX' };
          return extraction;
        },
      });
      expect(results[0]?.ok).toBe(false);
      expect(await countRows(store)).toEqual(before);
    });

    it('ties claims to their evidence sentence and the works it cites', async () => {
      const store = await freshStore();
      const [result] = await ingestFiles(store, [join(fixtures, 'report.txt')]);
      const claims = await listClaims(store, { documentId: result!.documentId! });
      expect(claims.length).toBe(result!.claims);
      expect(claims.every((c) => c.status === 'proposed' && c.author.kind === 'extractor' && c.evidence !== null)).toBe(true);
      const cited = claims.filter((c) => (c.evidence?.citedNotes.length ?? 0) > 0);
      expect(cited.length).toBeGreaterThan(0);
      const kerman = claims.find((c) => c.evidence?.quote.startsWith('On January 3, 2024, two suicide bombers'));
      expect(kerman?.evidence?.citedNotes).toEqual([1]);
      expect(kerman?.evidence?.quote).not.toMatch(/people\.1$/);
      const works = await listCitedWorks(store, result!.documentId!, kerman!.evidence!.citedNotes);
      expect(works[0]).toMatchObject({ noteNumber: 1, outlet: 'IRNA', language: 'Persian' });
    });

    it('links entities of a later document to those already in the store', async () => {
      const store = await freshStore();
      await ingestFiles(store, [join(fixtures, 'report.md')]);
      const before = await listEntities(store, { labelContains: 'Ansarullah' });
      expect(before).toHaveLength(1);
      await ingestFiles(store, [join(folder, 'nested', 'route.pdf')]);
      const after = await listEntities(store, { labelContains: 'Ansarullah' });
      expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
      const names = await listClaims(store, { kind: 'name', entityId: before[0]!.id });
      expect(new Set(names.map((c) => c.evidence?.documentId)).size).toBe(2);
    });
  });
}
