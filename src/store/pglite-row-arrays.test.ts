import { describe, expect, it } from 'vitest';
import { ReplyScratch, rowArraysOfReply } from './pglite-row-arrays.js';

const utf8 = new TextEncoder();
const TEXT_OID = 25;
const INT4_OID = 23;

/** A protocol message: its type byte, its length (int32, itself included), its body. */
function message(type: string, body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(5 + body.length);
  bytes[0] = type.charCodeAt(0);
  new DataView(bytes.buffer).setUint32(1, 4 + body.length);
  bytes.set(body, 5);
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

function rowDescription(columns: [name: string, typeOid: number][]): Uint8Array {
  const parts = [new Uint8Array([0, columns.length])];
  for (const [name, typeOid] of columns) {
    const field = new Uint8Array(18);
    new DataView(field.buffer).setUint32(6, typeOid);
    parts.push(utf8.encode(name), new Uint8Array([0]), field);
  }
  return message('T', concat(parts));
}

function dataRow(values: (string | null)[]): Uint8Array {
  const parts = [new Uint8Array([0, values.length])];
  for (const value of values) {
    const length = new Uint8Array(4);
    const text = value === null ? new Uint8Array() : utf8.encode(value);
    new DataView(length.buffer).setInt32(0, value === null ? -1 : text.length);
    parts.push(length, text);
  }
  return message('D', concat(parts));
}

describe('rowArraysOfReply', () => {
  it('reads each column as its type says, escaping text', () => {
    const reply = concat([rowDescription([['name', TEXT_OID], ['count', INT4_OID]]), dataRow(['say "hi"\n', '12']), dataRow([null, '-3'])]);
    expect(rowArraysOfReply(reply, new ReplyScratch())).toEqual([
      ['say "hi"\n', 12],
      [null, -3],
    ]);
  });

  it('writes into the scratch it is given, and leaves it the grown buffer for the next reply', () => {
    const scratch = new ReplyScratch();
    const first = scratch.take();
    const long = 'x'.repeat(first.length);
    const rows = rowArraysOfReply(concat([rowDescription([['name', TEXT_OID]]), dataRow([long])]), scratch);
    expect(rows).toEqual([[long]]);
    const kept = scratch.take();
    expect(kept.length).toBeGreaterThan(first.length);
    expect(rowArraysOfReply(concat([rowDescription([['name', TEXT_OID]]), dataRow(['short'])]), scratch)).toEqual([['short']]);
    expect(scratch.take()).toBe(kept);
  });
});

describe('ReplyScratch', () => {
  it('keeps a buffer up to 16 MB, and none once released', () => {
    const scratch = new ReplyScratch();
    const buffer = new Uint8Array(16 << 20);
    scratch.keep(buffer);
    expect(scratch.take()).toBe(buffer);
    scratch.keep(new Uint8Array((16 << 20) + 1));
    expect(scratch.take()).toBe(buffer);
    scratch.release();
    expect(scratch.take()).not.toBe(buffer);
    expect(scratch.take().length).toBe(1 << 20);
  });
});
