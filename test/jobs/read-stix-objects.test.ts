import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStixObjects } from '../../src/jobs/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tessera-read-stix-'));

async function readAll(path: string, readBytes: number): Promise<unknown[]> {
  const objects: unknown[] = [];
  for await (const object of readStixObjects(path, { wholeFileBytes: 0, readBytes })) objects.push(object);
  return objects;
}

/** Objects of varied lengths, some longer than a read, some with non-ASCII text. */
const objects = Array.from({ length: 40 }, (_, i) => ({
  type: 'threat-actor',
  spec_version: '2.1',
  id: `threat-actor--00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Группа «${i}» ${'x'.repeat((i * 37) % 300)}`,
  description: 'é–ü'.repeat(i % 5 === 0 ? 200 : 1),
}));

function bundleText(lineEnd: string, trailing: string): string {
  return `{"type":"bundle","id":"bundle--1","objects":[${lineEnd}${objects.map((o) => JSON.stringify(o)).join(`,${lineEnd}`)}${lineEnd}]}${trailing}`;
}

describe('readStixObjects: a bundle written an object per line, read line by line', () => {
  it.each([
    ['LF, final line feed', '\n', '\n'],
    ['CRLF, final line feed', '\r\n', '\r\n'],
    ['LF, no final line feed', '\n', ''],
  ])('gives every object whatever the read size (%s)', async (_name, lineEnd, trailing) => {
    const path = join(dir, `bundle-${JSON.stringify(lineEnd).length}-${trailing.length}.json`);
    writeFileSync(path, bundleText(lineEnd, trailing));
    // reads shorter than a line (the buffer grows), splitting lines and multi-byte characters, and longer than the file
    for (const readBytes of [7, 64, 333, 1 << 20]) expect(await readAll(path, readBytes)).toEqual(objects);
  });

  it('names the line that is not JSON', async () => {
    const path = join(dir, 'corrupt.json');
    const lines = bundleText('\n', '\n').split('\n');
    lines[5] = lines[5]!.slice(0, 20);
    writeFileSync(path, lines.join('\n'));
    await expect(readAll(path, 64)).rejects.toThrow(/corrupt\.json line 6: not a JSON object/);
  });

  it('refuses a large file not written an object per line', async () => {
    const path = join(dir, 'one-line.json');
    writeFileSync(path, JSON.stringify({ type: 'bundle', id: 'bundle--1', objects }));
    await expect(readAll(path, 64)).rejects.toThrow(/not written an object per line/);
  });
});
