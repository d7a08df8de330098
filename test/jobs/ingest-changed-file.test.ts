import { createHash } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/jobs/index.js';
import { TEXT_CHUNK_BYTES } from '../../src/ingest/readers/read-text-file.js';
import { listClaims, listDocuments, openStore, type Store } from '../../src/store/index.js';

/**
 * `store`, except that once the ingest has hashed the file and looks its hash up (the query on
 * content_hash), `change()` runs before the answer returns: the file changes between the hashing
 * and the reading, as when an editor saves it during an ingest.
 */
function changingAfterHashLookup(store: Store, hash: string, change: () => void): { store: Store; changed: () => boolean } {
  let done = false;
  const wrapped = new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property !== 'query' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return async (sql: string, params?: readonly unknown[]) => {
        const rows: unknown = await target.query(sql, params);
        if (!done && /content_hash = \$2/.test(sql) && params?.[1] === hash) {
          done = true;
          change();
        }
        return rows;
      };
    },
  });
  return { store: wrapped, changed: () => done };
}

describe('a text file changed between hashing and reading is refused (read a chunk at a time)', () => {
  let dir: string;
  let path: string;
  let original: Buffer;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-changed-'));
    path = join(dir, 'edited-report.txt');
    const paragraph = 'Zarafshon Battalion, a cell of Islamic State Khorasan Province, was founded in Khujand in March 2023.\n\n';
    // more than one chunk, so the byte that changes is read in the second one
    original = Buffer.from(paragraph.repeat(Math.ceil((TEXT_CHUNK_BYTES * 1.25) / paragraph.length)));
    writeFileSync(path, original);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file with a conflict error and writes nothing', async () => {
    expect(original.length).toBeGreaterThan(TEXT_CHUNK_BYTES);
    const hash = createHash('sha256').update(original).digest('hex');
    // one byte past the first chunk, the file's size unchanged: "2023" becomes "2024"
    const at = original.indexOf('2023', TEXT_CHUNK_BYTES + 10) + 3;
    expect(at).toBeGreaterThan(TEXT_CHUNK_BYTES);
    const inner = await openStore({ dataDir: null });
    try {
      const { store, changed } = changingAfterHashLookup(inner, hash, () => {
        const file = openSync(path, 'r+');
        writeSync(file, '4', at);
        closeSync(file);
      });
      const [result] = await ingestFiles(store, [path], { reference: null });
      expect(changed()).toBe(true);
      expect(readFileSync(path).length).toBe(original.length);
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(result?.error?.message).toMatch(/edited-report\.txt: changed while it was read; ingest it again/);
      expect(await listDocuments(inner)).toHaveLength(0);
      expect(await listClaims(inner, {})).toHaveLength(0);
    } finally {
      await inner.close();
    }
  });
});
