import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli } from '../cli-commands.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents');

describe('tessera ingest, review, documents (the CLI in process, one store)', { timeout: 240_000 }, () => {
  const cli = inProcessCli();
  const runTessera = (args: string[]) => cli.run(args);
  let reports: string;
  beforeAll(() => {
    reports = mkdtempSync(join(tmpdir(), 'tessera-cli-reports-'));
    for (const name of ['report.txt', 'report.md', 'report.html']) copyFileSync(join(fixtures, name), join(reports, name));
  });
  afterAll(async () => {
    await cli.close();
    rmSync(reports, { recursive: true, force: true });
  });

  it('ingests a folder, prints a summary table and exits 0', async () => {
    const result = await runTessera(['ingest', reports]);
    expect(result.stderr).not.toMatch(/^error:/m);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^file\s+status\s+claims/m);
    expect(result.stdout.match(/report\.(txt|md|html)\s+ingested\s+\d+/g)).toHaveLength(3);
    expect(result.stdout).toMatch(/3 ingested \(\d+ proposed claims\), 0 already there, 0 failed/);
  });

  it('says the files are already there on a second run', async () => {
    const result = await runTessera(['ingest', reports, '--format', 'json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { status: string; claims: number | null }[];
    expect(rows.map((r) => r.status)).toEqual(['already ingested', 'already ingested', 'already ingested']);
  });

  it('prints one error line per bad file, goes on, and exits 1', async () => {
    const result = await runTessera(['ingest', join(fixtures, 'empty.txt'), join(fixtures, 'corrupt.pdf'), join(fixtures, 'table.csv'), join(reports, 'report.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: empty\.txt: empty file$/m);
    expect(result.stderr).toMatch(/^error: corrupt\.pdf: not a readable PDF/m);
    expect(result.stderr).toMatch(/^error: table\.csv: unsupported file type \.csv/m);
    expect(result.stderr).toMatch(/^error: ingest: 3 of 4 files failed$/m);
    expect(result.stdout).toMatch(/report\.txt\s+already ingested/);
  });

  it('lists proposed claims with evidence and citation chain, and filters them', async () => {
    const result = await runTessera(['review', '--document', 'report.txt', '--contains', 'Kerman', '--format', 'json', '--limit', '500']);
    expect(result.code).toBe(0);
    const items = JSON.parse(result.stdout) as {
      status: string;
      quote: string;
      citations: { noteNumber: number; outlet: string | null }[];
      document: { path: string };
    }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.status === 'proposed' && i.quote.includes('Kerman') && i.document.path.endsWith('report.txt'))).toBe(true);
    const cited = items.find((i) => i.quote.startsWith('On January 3, 2024'));
    expect(cited?.citations.map((c) => [c.noteNumber, c.outlet])).toEqual([[1, 'IRNA']]);

    const text = await runTessera(['review', '--document', 'report.txt', '--limit', '2']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}evidence {2}“/m);
    expect(text.stdout).toMatch(/^claims 1–2 of (\d+); \d+ more: --offset 2\. /m);
  });

  it('accepts claims by id and by filter, printing how many changed', async () => {
    const listed = await runTessera(['review', '--kind', 'relation', '--format', 'csv', '--limit', '1']);
    const id = listed.stdout.split('\n')[1]!.split(',')[0]!;
    const accept = await runTessera(['review', 'accept', id]);
    expect(accept).toMatchObject({ code: 0, stdout: '1 claim accepted\n' });
    const again = await runTessera(['review', 'accept', id]);
    // a no-op says why
    expect(again.stdout).toBe('0 claims accepted; unchanged: 1 already accepted\n');
    const accepted = await runTessera(['review', '--status', 'accepted', '--format', 'json']);
    expect((JSON.parse(accepted.stdout) as { id: string }[]).map((i) => i.id)).toEqual([id]);

    const reject = await runTessera(['review', 'reject', '--document', 'report.md', '--kind', 'name']);
    expect(reject.code).toBe(0);
    expect(reject.stdout).toMatch(/^[1-9]\d* claims? rejected\n$/);
    const refused = await runTessera(['review', 'reject']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: review: name claim ids, or a filter/m);
    const unknown = await runTessera(['review', '--document', 'nothing-like-this.pdf']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: document nothing-like-this\.pdf: no ingested document/m);
  });

  it('lists the documents', async () => {
    const result = await runTessera(['documents', '--format', 'csv']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('id,title,format,claims,ingested,path');
    expect(lines).toHaveLength(4);
  });
});
