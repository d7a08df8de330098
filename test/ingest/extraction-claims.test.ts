import { describe, expect, it } from 'vitest';
import { measure } from './extract-helpers.js';

/** Claims of responsibility (sentences we wrote): the claimant is the attack's perpetrator, not a release of propaganda. */
describe('claims of responsibility', () => {
  it('makes the claimant of a bare claim an actor of the attack, with no propaganda event', () => {
    const out = measure('On 11 April 2023, a suicide bomber struck a Taliban checkpoint in Jalalabad, Afghanistan, killing six guards. ISKP claimed the attack the same day.');
    expect(out.events.map((e) => e.type)).toEqual(['attack']);
    expect(out.events[0]?.actors.join(' ')).toMatch(/ISKP|Khorasan/);
    expect(out.events[0]?.actors).not.toContain('Taliban');
  });

  it('keeps a claim carried by an outlet as a release', () => {
    const out = measure('On 11 April 2023, a suicide bomber struck a Taliban checkpoint in Jalalabad, Afghanistan. The Islamic State claimed the attack through Amaq the same day.');
    expect(out.events.map((e) => e.type)).toEqual(expect.arrayContaining(['attack', 'propaganda']));
  });
});
