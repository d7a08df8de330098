import { describe, expect, it } from 'vitest';
import { PersonRegistry } from './person-registry.js';

describe('PersonRegistry', () => {
  const registry = (): PersonRegistry => {
    const r = new PersonRegistry();
    r.add('person:abu talha qasimi', ['abu', 'talha', 'qasimi']);
    r.add('person:nurali rahimov', ['nurali', 'rahimov']);
    return r;
  };

  it('joins a later partial name to the person first named in full', () => {
    const r = registry();
    expect(r.find(['qasimi'])).toBe('person:abu talha qasimi');
    expect(r.find(['abu', 'talha'])).toBe('person:abu talha qasimi');
    expect(r.find(['rahimov'])).toBe('person:nurali rahimov');
  });

  it('meets a short ending either way, and spellings that fold alike', () => {
    const r = registry();
    // Qasim / Qasimi: one the other plus a short ending
    expect(r.find(['talha', 'qasim'])).toBe('person:abu talha qasimi');
    expect(r.find(['rahimovich'])).toBeNull();
    expect(r.find(['rahimova'])).toBe('person:nurali rahimov');
    // vowels folded: Rahimov / Rakhimov are not equal once folded, Nurali / Nuraly are
    expect(r.find(['nuraly', 'rahimov'])).toBe('person:nurali rahimov');
  });

  it('keeps a word two people share ambiguous, and the latest person named for a full match', () => {
    const r = registry();
    r.add('person:talha said', ['talha', 'said']);
    expect(r.find(['talha'])).toBeNull();
    expect(r.find(['talha', 'said'])).toBe('person:talha said');
    expect(r.find(['qasimi'])).toBe('person:abu talha qasimi');
    r.add('person:talha al-qasimi', ['talha', 'al', 'qasimi']);
    expect(r.find(['talha', 'qasimi'])).toBe('person:talha al-qasimi');
  });

  it('adds the words of a later mention to a known person', () => {
    const r = registry();
    r.add('person:nurali rahimov', ['nurali', 'rahimovich', 'rahimov']);
    expect(r.find(['rahimovich'])).toBe('person:nurali rahimov');
    expect(r.hasWord('rahimovich')).toBe(true);
    expect(r.hasWord('rahim')).toBe(false);
  });

  it('joins spellings that fold alike only when they open alike: "Bakura" is no "Abubakar", "Osama" is "Usama"', () => {
    const r = new PersonRegistry();
    r.add('person:abubakar shekau', ['abubakar', 'shekau']);
    r.add('person:usama haddad', ['usama', 'haddad']);
    expect(r.find(['bakura'])).toBeNull();
    expect(r.find(['osama', 'haddad'])).toBe('person:usama haddad');
  });
});
