import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8Offset } from './decode-text.js';
import { readTextFile } from './read-text-file.js';
import { decodeText } from './read-txt.js';

const dir = mkdtempSync(join(tmpdir(), 'tessera-read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Arabic, Cyrillic, typographic quotes and a four-byte character, CR LF and lone CR line ends, trailing blanks. */
const line = (i: number) => `${i} أسامة بن لادن “Исламское государство” 𝔸 Kabul \t \r\n${i % 3 === 0 ? 'ISKP  \r' : ''}`;
const text = Array.from({ length: 90 }, (_, i) => line(i)).join('') + 'end   ';

let files = 0;
function write(bytes: Uint8Array): string {
  const path = join(dir, `f${(files += 1)}.txt`);
  writeFileSync(path, bytes);
  return path;
}

/** readTextFile at many chunk sizes gives what decodeText gives for the whole file, and the file's hash. */
async function expectSameAsWhole(bytes: Uint8Array, options: { encoding?: string } = {}): Promise<void> {
  const path = write(bytes);
  const whole = decodeText(bytes, 'f.txt', options);
  const hash = createHash('sha256').update(bytes).digest('hex');
  for (const chunk of [1, 2, 3, 7, 1000, 1 << 20]) {
    expect(await readTextFile(path, 'f.txt', options, chunk)).toEqual({ ...whole, contentHash: hash });
  }
}

describe('readTextFile', () => {
  it('reads UTF-8, with and without a byte-order mark, as the whole-file decoding does, whatever falls on a chunk boundary', async () => {
    const utf8 = new TextEncoder().encode(text);
    expect(utf8.length).toBeGreaterThan(6000);
    await expectSameAsWhole(utf8);
    await expectSameAsWhole(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
    expect((await readTextFile(write(utf8), 'f.txt', {}, 3)).text).not.toMatch(/[ \t]\n|\r/);
  });

  it('reads UTF-16 by its byte-order mark or its zero bytes, and a named encoding', async () => {
    await expectSameAsWhole(iconv.encode(`\uFEFF${text}`, 'utf-16le'));
    await expectSameAsWhole(iconv.encode(`\uFEFF${text}`, 'utf-16be'));
    await expectSameAsWhole(iconv.encode(text.replace(/[^\t\n\r -~]/g, 'x'), 'utf-16le'));
    const cyrillic = text.replace(/[^\t\n\r -~\u0400-\u04ff]/g, '?');
    await expectSameAsWhole(iconv.encode(cyrillic, 'windows-1251'), { encoding: 'windows-1251' });
  });

  it('a file that is not UTF-8 is decoded whole: the same warning, or the same refusal naming the first bad byte', async () => {
    const latin = iconv.encode(`${'Déclaration de l’État islamique au Khorassan. '.repeat(300)}`, 'windows-1252');
    const path = write(latin);
    const read = await readTextFile(path, 'f.txt', {}, 5);
    expect(read).toEqual({ ...decodeText(latin, 'f.txt'), contentHash: createHash('sha256').update(latin).digest('hex') });
    expect(read.warnings[0]).toMatch(/windows-1252/);

    const utf8 = new TextEncoder().encode(text);
    const bad = new Uint8Array([...utf8.subarray(0, 5000), 0xff, ...utf8.subarray(5000)]);
    const error = await readTextFile(write(bad), 'f.txt', {}, 7).catch((e: unknown) => e);
    const offset = firstInvalidUtf8Offset(bad);
    expect(offset).toBeGreaterThan(4000);
    expect(error).toMatchObject({ code: 'corrupt_file', details: { byteOffset: offset } });
  });

  it('refuses binary content past the first chunk', async () => {
    const bytes = new TextEncoder().encode(`${text}\u0000${text}`);
    await expect(readTextFile(write(bytes), 'f.txt', {}, 1000)).rejects.toMatchObject({ code: 'corrupt_file' });
  });
});
