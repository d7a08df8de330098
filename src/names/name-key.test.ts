import { describe, it, expect } from 'vitest';
import { skeletonKey, variantKey } from './name-key.js';

describe('variantKey', () => {
  it.each([
    ['Sergej', 'Sergey'],
    ['Andrej', 'Andrey'],
  ])('reads a Slavic glide j as y: %s = %s', (a, b) => {
    expect(variantKey(a.toLowerCase())).toBe(variantKey(b.toLowerCase()));
  });

  it.each([
    ['haj', 'hajj'],
    ['taj', 'tadj'],
    ['siraj', 'siradj'],
  ])('keeps the j of an Arabic aj: %s = %s', (a, b) => {
    expect(variantKey(a)).toBe(variantKey(b));
  });

  it.each([
    ['najm', 'naim'],
    ['fajr', 'fair'],
    ['majd', 'maid'],
  ])('does not read an Arabic aj as ay: %s is not %s', (a, b) => {
    expect(variantKey(a)).not.toBe(variantKey(b));
    expect(skeletonKey(a)).not.toBe(skeletonKey(b));
  });

  it('keeps gh apart from kh, h and k, and folds its spellings alike', () => {
    expect(variantKey('ghulam')).toBe(variantKey('gholam'));
    expect(variantKey('ghani')).not.toBe(variantKey('hani'));
    expect(variantKey('ghani')).not.toBe(variantKey('khani'));
    expect(variantKey('ghani')).not.toBe(variantKey('kani'));
  });
});
