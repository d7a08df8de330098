import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { spoolToFile } from './spooled-file.js';

describe('spoolToFile', () => {
  it('gives what was written, its byte length and the writer\'s result, and removes the file once read', async () => {
    const spooled = await spoolToFile(async (sink) => {
      await sink('Абу Усама, ');
      await sink('x'.repeat(100_000));
      return 'done';
    });
    expect(spooled.result).toBe('done');
    expect(spooled.size).toBe(Buffer.byteLength('Абу Усама, ') + 100_000);
    const dir = dirname(String(spooled.stream.path));
    expect(existsSync(dir)).toBe(true);
    expect(await text(spooled.stream)).toBe(`Абу Усама, ${'x'.repeat(100_000)}`);
    // removed once the stream has closed (asynchronously, after the read ends)
    for (let waited = 0; existsSync(dir) && waited < 5_000; waited += 20) await new Promise((done) => setTimeout(done, 20));
    expect(existsSync(dir)).toBe(false);
  });

  it('passes a writer\'s failure on and leaves no file behind', async () => {
    const base = mkdtempSync(join(tmpdir(), 'tessera-spool-test-'));
    try {
      const failing = spoolToFile(async (sink) => {
        await sink('part of it');
        throw new Error('store failed');
      }, base);
      await expect(failing).rejects.toThrow('store failed');
      expect(readdirSync(base)).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
