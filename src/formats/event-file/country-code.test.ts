import { describe, it, expect } from 'vitest';
import { countryCodeOfName, countryCodeOfNumeric } from './country-code.js';

describe('country codes', () => {
  it('maps ISO numeric codes and dataset spellings to alpha-2', () => {
    expect(countryCodeOfNumeric('4')).toBe('AF');
    expect(countryCodeOfNumeric('586')).toBe('PK');
    expect(countryCodeOfNumeric('0')).toBeNull();
    expect(countryCodeOfName('Kosovo')).toBe('XK');
    expect(countryCodeOfName('DR Congo (Zaire)')).toBe('CD');
    expect(countryCodeOfName('Yemen (North Yemen)')).toBe('YE');
    expect(countryCodeOfName('Tajikistan')).toBe('TJ');
    expect(countryCodeOfName('Atlantis')).toBeNull();
  });
});
