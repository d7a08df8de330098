import { describe, expect, it } from 'vitest';
import { formatByteSize, parseByteSize } from './byte-size.js';

describe('byte sizes', () => {
  it('reads the sizes an analyst writes', () => {
    expect(parseByteSize('100MB', '--max-size')).toBe(100_000_000);
    expect(parseByteSize('1.5 GB', '--max-size')).toBe(1_500_000_000);
    expect(parseByteSize('512KiB', '--max-size')).toBe(524_288);
    expect(parseByteSize('2000', '--max-size')).toBe(2000);
    expect(() => parseByteSize('lots', '--max-size')).toThrow(/^--max-size lots: not a size/);
    expect(() => parseByteSize('0', '--max-size')).toThrow(/not a size/);
  });
  it('writes them back readably', () => {
    expect(formatByteSize(812)).toBe('812 bytes');
    expect(formatByteSize(4_200)).toBe('4.2 kB');
    expect(formatByteSize(100_000_000)).toBe('100 MB');
    expect(formatByteSize(51_300_000)).toBe('51.3 MB');
  });
});
