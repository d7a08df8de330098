import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readDocument, readDocumentContent } from '../../src/ingest/read-document.js';
import { splitEndnotes } from '../../src/ingest/split-endnotes.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';
import { buildDocx, buildPdf, buildScannedPdf } from './document-builders.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/documents');
const fixture = (name: string) => join(fixtures, name);

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code ?? 'untyped';
  }
}

/** Body sentences with their notes, and the cited works, as the ingest job sees them. */
function structure(text: string) {
  const { bodyEnd, citedWorks } = splitEndnotes(text);
  const sentences = splitSentences(text, bodyEnd, { noteNumbers: new Set(citedWorks.map((w) => w.noteNumber)) });
  return { sentences: sentences.map((s) => ({ text: text.slice(s.start, s.end), notes: s.citedNotes })), citedWorks };
}

describe('readDocument', () => {
  it('reads a text report with its title, date, body notes and endnotes', async () => {
    const doc = await readDocument(fixture('report.txt'));
    expect(doc.format).toBe('txt');
    expect(doc.title).toBe("Kerman and After: Khorasan Province's Reach Westward");
    expect(doc.published).toMatchObject({ start: '2024-01-15', precision: 'day' });
    const { sentences, citedWorks } = structure(doc.text);
    expect(citedWorks.map((w) => w.noteNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(citedWorks[0]).toMatchObject({ outlet: 'IRNA', language: 'Persian' });
    expect(sentences.find((s) => s.text.startsWith('Islamic State Khorasan Province'))?.notes).toEqual([2]);
  });

  it('strips Markdown to text and turns footnotes into numbered notes', async () => {
    const doc = await readDocument(fixture('report.md'));
    expect(doc).toMatchObject({ format: 'md', title: 'Jamaat Ansarullah After 2015' });
    expect(doc.published).toMatchObject({ start: '2023-06-01' });
    expect(doc.text).not.toMatch(/\*\*|\]\(|^#/m);
    expect(doc.text).toContain('reportedly pledged allegiance to Islamic State Khorasan in 2017.[1]');
    const { sentences, citedWorks } = structure(doc.text);
    expect(citedWorks.map((w) => w.authors)).toEqual([['Sam Writer'], []]);
    expect(sentences.find((s) => s.text.startsWith('Its founder'))?.notes).toEqual([2]);
  });

  it('reads the article of a web page without navigation or footer, keeping its notes', async () => {
    const doc = await readDocument(fixture('report.html'));
    expect(doc).toMatchObject({ format: 'html', title: 'The Moscow Plot of 2017' });
    expect(doc.published).toMatchObject({ start: '2018-09-01' });
    expect(doc.text).not.toMatch(/Subscribe|Copyright|About us/);
    const { sentences, citedWorks } = structure(doc.text);
    expect(citedWorks).toHaveLength(3);
    expect(citedWorks[0]).toMatchObject({ title: 'Three Tajiks Detained in Moscow Plot', language: 'Tajik' });
    expect(sentences.find((s) => s.text.startsWith('Investigators'))?.notes).toEqual([2]);
  });

  it('reads the text layer of a PDF, gluing raised note numbers to their line', async () => {
    const pdf = await buildPdf(
      [
        [
          { text: 'The Northern Route', size: 16 },
          { text: 'Militants crossed from Badakhshan into the Rasht valley in', gapBefore: 6 },
          { text: '2021, officials said.', note: 1 },
          { text: 'A second group followed in spring.', note: 2 },
        ],
        [{ text: 'Notes', size: 14 }, { text: '1 “Border Incident,” Asia-Plus, May 5, 2021.', size: 8 }, { text: '2 Ibid.', size: 8 }],
        [{ text: 'About the author: a researcher.' }],
      ],
      'The Northern Route',
    );
    const doc = await readDocumentContent('northern-route.pdf', pdf);
    expect(doc).toMatchObject({ format: 'pdf', title: 'The Northern Route' });
    expect(doc.text).toContain('Militants crossed from Badakhshan into the Rasht valley in 2021, officials said.1');
    expect(doc.text).not.toContain('Example Review | Page'); // running footer on every page
    const { sentences, citedWorks } = structure(doc.text);
    expect(sentences.find((s) => s.text.startsWith('Militants'))?.notes).toEqual([1]);
    expect(citedWorks.map((w) => w.noteNumber)).toEqual([1, 2]);
  });

  it('reads a two-column page column by column', async () => {
    const rows = [
      ['In 2019, militants crossed the border', 'The right column starts a new'],
      ['from Afghanistan into Tajikistan and', 'paragraph about Uzbek groups that'],
      ['attacked a border post near the', 'fight alongside al-Qaeda in'],
      ['Uzbek frontier.', 'northern Afghanistan.'],
    ];
    const pdf = await buildPdf([rows.map(([left, right]) => ({ text: left!, right: right! }))]);
    const doc = await readDocumentContent('columns.pdf', pdf);
    expect(doc.text).toContain('In 2019, militants crossed the border from Afghanistan into Tajikistan and attacked a border post near the Uzbek frontier.');
    expect(doc.text).toContain('The right column starts a new paragraph about Uzbek groups that fight alongside al-Qaeda in northern Afghanistan.');
  });

  it('reads a Word document with its footnotes as endnotes', async () => {
    const docx = await buildDocx([
      { text: 'Tajik Networks', heading: true },
      { text: 'Militants crossed from Badakhshan in 2021.', footnote: '“Border Incident,” Asia-Plus, May 5, 2021.' },
      { text: 'A second group followed.', footnote: 'Ibid.' },
    ]);
    const doc = await readDocumentContent('networks.docx', docx);
    expect(doc).toMatchObject({ format: 'docx', title: 'Tajik Networks' });
    const { sentences, citedWorks } = structure(doc.text);
    expect(sentences.map((s) => s.notes)).toEqual([[], [1], [2]]);
    expect(citedWorks[0]).toMatchObject({ outlet: 'Asia-Plus', title: 'Border Incident' });
  });

  it('names the file and the reason when it cannot read it', async () => {
    expect(await codeOf(readDocument(fixture('table.csv')))).toBe('unsupported_format');
    expect(await codeOf(readDocument(fixture('empty.txt')))).toBe('invalid_input');
    expect(await codeOf(readDocument(fixture('corrupt.docx')))).toBe('corrupt_file');
    expect(await codeOf(readDocument(fixture('corrupt.pdf')))).toBe('corrupt_file');
    expect(await codeOf(readDocumentContent('scan.pdf', await buildScannedPdf()))).toBe('unsupported_format');
    expect(await codeOf(readDocument(fixture('missing.txt')))).toBe('not_found');
    const dir = mkdtempSync(join(tmpdir(), 'tessera-read-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01, 0xff]));
    expect(await codeOf(readDocument(join(dir, 'binary.txt')))).toBe('corrupt_file');
    await expect(readDocumentContent('scan.pdf', await buildScannedPdf())).rejects.toThrow('scan.pdf: no text layer (scanned?)');
  });
});
