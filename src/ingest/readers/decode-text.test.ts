import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTextBytes, firstInvalidUtf8Offset } from './decode-text.js';

const arabic = 'أسامة بن لادن قائد تنظيم القاعدة. ';
const russian = 'Исламское государство Хорасан взяло на себя ответственность за нападение. ';

function caught(run: () => unknown): { code?: string; details?: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; details?: Record<string, unknown> };
  }
  throw new Error('expected an error');
}

describe('decodeTextBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(arabic);
    expect(decodeTextBytes(bytes, 'a.txt')).toMatchObject({ text: arabic, encoding: 'utf-8', warning: null });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeTextBytes(withBom, 'a.txt').text).toBe(arabic);
  });

  it('reads UTF-16 by its byte-order mark, and without one by its zero bytes', () => {
    const le = iconv.encode(`\uFEFF${russian} Kabul`, 'utf-16le');
    expect(decodeTextBytes(le, 'a.txt')).toMatchObject({ text: `${russian} Kabul`, encoding: 'utf-16le' });
    const be = iconv.encode(`\uFEFF${arabic}`, 'utf-16be');
    expect(decodeTextBytes(be, 'a.txt').text).toBe(arabic);
    const bare = iconv.encode('ISKP claimed the attack in Kabul on 26 August 2021.', 'utf-16le');
    const decoded = decodeTextBytes(bare, 'a.txt');
    expect(decoded.text).toBe('ISKP claimed the attack in Kabul on 26 August 2021.');
    expect(decoded.warning).toMatch(/UTF-16LE/);
  });

  it('refuses UTF-8 with one bad byte, naming its offset, instead of garbling the Arabic as Latin-1', () => {
    const good = new TextEncoder().encode(arabic.repeat(5));
    const bytes = new Uint8Array([...good.subarray(0, 40), 0xff, ...good.subarray(40)]);
    const error = caught(() => decodeTextBytes(bytes, 'report.txt'));
    expect(error.code).toBe('corrupt_file');
    expect(error.details?.byteOffset).toBe(40);
  });

  it('reads a legacy single-byte file by detection, with a warning naming the encoding', () => {
    const bytes = iconv.encode(russian.repeat(20), 'windows-1251');
    const decoded = decodeTextBytes(bytes, 'report.txt');
    expect(decoded.text).toBe(russian.repeat(20));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.warning).toMatch(/windows-1251/);
  });

  it('refuses a close call between legacy encodings, naming the candidates, rather than garble the names', () => {
    const bytes = iconv.encode(arabic.repeat(3), 'windows-1256');
    const error = caught(() => decodeTextBytes(bytes, 'report.txt'));
    expect(error.code).toBe('corrupt_file');
    expect(error.details?.candidates).toContain('windows-1256');
  });

  it('uses the encoding it is told, and refuses an unknown one', () => {
    const bytes = iconv.encode(arabic, 'windows-1256');
    expect(decodeTextBytes(bytes, 'a.txt', { encoding: 'windows-1256' })).toMatchObject({ text: arabic, warning: null });
    expect(caught(() => decodeTextBytes(bytes, 'a.txt', { encoding: 'klingon-8' })).code).toBe('invalid_input');
  });

  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('Kabul'))).toBeNull();
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
  });
});
