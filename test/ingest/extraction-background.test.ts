import { describe, expect, it } from 'vitest';
import { eventsOf } from './extract-helpers.js';

/**
 * Events a sentence speaks of without telling them (issue 8): an arrest that ends a period ("until his
 * arrest"), a plot named as the charge of a trial, people a participle describes as held. Sentences we
 * wrote in the genre's manner.
 */
describe('events spoken of, not told', () => {
  it('does not date an arrest that ends a period by the founding or the trial around it', () => {
    expect(eventsOf('Stewart Vale, who founded the Free Rangers in 2009 and led it until his arrest, was convicted in November 2022.')).toEqual([]);
    // (its own date right by it still dates it)
    expect(eventsOf('He led the cell until his arrest in March 2020 in Kano, Nigeria.')).toEqual(['arrest 2020-03 NG']);
  });

  it('does not date a plot by the year its plotter was convicted', () => {
    expect(eventsOf('An older brother had been convicted in 2019 for his role in a plot against the palace in Rabat.')).toEqual([]);
    expect(eventsOf('Two men were jailed in May 2021 over the bombing of a bus in Quetta, Pakistan.').filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('does not read people a count describes as held for their arrest', () => {
    expect(eventsOf('In the 2004 incident, 78 detained protesters suffocated in army trucks in Yala, Thailand.').filter((e) => e.startsWith('arrest'))).toEqual([]);
    // (a unit's number is no count: "Densus 88 detained four men")
    expect(eventsOf('In September 2024, Densus 88 detained four men in Poso, Indonesia.')).toEqual(['arrest 2024-09 ID']);
  });
});

describe('a time the text does not give (issue 8)', () => {
  it('does not lend the date before to an arrest made "weeks earlier"', () => {
    const text = 'On 4 July 2024, the army said it had killed two gunmen in Grozny, Russia. Rights groups said the men had been detained weeks earlier.';
    expect(eventsOf(text).filter((e) => e.startsWith('arrest'))).toEqual([]);
  });
});
