import { describe, expect, it } from 'vitest';
import { carriedActor, carriedPerson, lastNamedBefore, paragraphStart, subjectPronounBefore } from './carried-subject.js';

describe('carried subjects', () => {
  it('finds a pronoun that is the subject of the verb, and not one that has a verb of its own', () => {
    const text = 'Officials said that he had reportedly joined the cell.';
    expect(subjectPronounBefore(text, 0, text.indexOf('joined'))).toEqual({ start: 20, end: 22 });
    const other = 'He said the cell had joined the front.';
    expect(subjectPronounBefore(other, 0, other.indexOf('joined'))).toBeNull();
  });

  it('lets a second verb after "and" keep the pronoun as its subject', () => {
    const text = 'he had met a recruiter in Bursa and had sworn an oath';
    expect(subjectPronounBefore(text, 0, text.indexOf('sworn'))).not.toBeNull();
    const relative = 'he had met a man who sworn';
    expect(subjectPronounBefore(relative, 0, relative.indexOf('sworn'))).toBeNull();
  });

  it('finds the last name of a kind before a place, within the paragraph', () => {
    const named = [
      { m: { start: 0, end: 5 }, key: 'a', type: 'person' as const },
      { m: { start: 10, end: 15 }, key: 'g', type: 'group' as const },
      { m: { start: 30, end: 35 }, key: 'b', type: 'person' as const },
    ];
    expect(lastNamedBefore(named, ['person'], 29, 0)?.key).toBe('a');
    expect(lastNamedBefore(named, ['person'], 40, 0)?.key).toBe('b');
    expect(lastNamedBefore(named, ['person'], 29, 6)).toBeNull();
    expect(paragraphStart('one\n\ntwo', 7)).toBe(5);
  });

  it('takes for "he" the person named before one named as the owner of a thing, not that owner', () => {
    const text = 'On 7 August, police arrested a 19-year-old man, identified as Beran K., for planning an attack on one of Tara Lind’s concerts in Vienna. He had pledged allegiance online.';
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const named = [
      { m: at('Beran K'), key: 'beran', type: 'person' as const },
      { m: at('Tara Lind'), key: 'tara', type: 'person' as const },
      { m: at('Vienna'), key: 'vienna', type: 'location' as const },
    ];
    expect(carriedPerson(named, text, text.indexOf('He had'), 0)?.key).toBe('beran');
  });
});

describe('carried subjects and speakers', () => {
  it('carries no pronoun to a speaker named after another person, and none to an event when the sentence names a person first', () => {
    const text = 'Police held Omar Haddad. Franz Ruf said he had pledged allegiance.';
    const named = [
      { m: { start: 12, end: 23 }, key: 'haddad', type: 'person' as const },
      { m: { start: 25, end: 34 }, key: 'ruf', type: 'person' as const },
    ];
    expect(carriedPerson(named, text, text.indexOf(' he ') + 1, 0)).toBeNull();
    expect(carriedActor(named, text, 25, text.indexOf('pledged'))).toBeNull();
    const alone = 'Police held Omar Haddad. Officials said he had pledged allegiance.';
    expect(carriedActor(named.slice(0, 1), alone, 25, alone.indexOf('pledged'))?.key).toBe('haddad');
  });
});
