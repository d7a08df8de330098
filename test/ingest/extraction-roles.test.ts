import { describe, expect, it } from 'vitest';
import { eventsOf, measure } from './extract-helpers.js';

/** Who did what to whom: sentences we wrote in the genre's manner. */
const event = (text: string, type: string, published?: string) => {
  const found = measure(text, published).events.find((e) => e.type === type);
  if (!found) throw new Error(`no ${type} event in: ${text}`);
  return found;
};

describe('event roles', () => {
  it('puts the subject among the actors and the object among the targets: "X killed Y"', () => {
    const e = event('On 4 May 2023, Taliban fighters killed Qari Jawad Omari, a senior ISKP commander, in Kunduz.', 'killing');
    expect(e.actors).toEqual(['Taliban']);
    expect(e.targets).toContain('Qari Jawad Omari');
    expect(e.actors).not.toContain('Qari Jawad Omari');
  });

  it('reads the passive: "Y was killed by X"', () => {
    const e = event('Qari Jawad Omari was killed by Taliban intelligence officers in Kunduz in May 2023.', 'killing');
    expect(e.targets).toContain('Qari Jawad Omari');
    expect(e.actors).not.toContain('Qari Jawad Omari');
  });

  it('reads "a US drone strike on ISIS-K" as the US acting on ISIS-K', () => {
    const e = event('On 12 June 2022, a U.S. drone strike on ISIS-K positions near Jalalabad, Afghanistan, killed four fighters.', 'clash');
    expect(e.targets.join(' ')).toMatch(/ISIS-K|Khorasan/);
    expect(e.actors.join(' ')).not.toMatch(/ISIS-K|Khorasan/);
  });

  it('never takes a bracketed citation or a quoted source for an actor', () => {
    const e = event('On 9 February 2024, a suicide bomber attacked a market in Kandahar, Afghanistan, killing 11 people (The Kabul Chronicle, February 10).', 'attack');
    expect(e.actors.join(' ')).not.toMatch(/Chronicle/);
    const f = event('According to Reuters, gunmen attacked a police post in Balochistan, Pakistan, on 3 March 2024.', 'attack');
    expect(f.actors).not.toContain('Reuters');
  });

  it('keeps the possessor of a victim among the targets: "killed the Taliban’s governor"', () => {
    const e = event('On 9 March 2023, ISKP killed the Taliban’s governor of Balkh, Mohammad Dawood Muzammil, in Mazar-i-Sharif, Afghanistan.', 'killing');
    expect(e.actors.join(' ')).toMatch(/ISKP|Khorasan/);
    expect(e.actors).not.toContain('Taliban');
    expect(e.actors).not.toContain('Mohammad Dawood Muzammil');
  });

  it('does not make the subject of the main clause a party to a killing told in a "when" clause', () => {
    const killing = event('Abu Ubaida has led al-Shabaab since September 2014, when his predecessor Ahmed Godane was killed in a U.S. airstrike in Somalia.', 'killing', '2020-01-01');
    expect(killing.targets).toContain('Ahmed Godane');
    expect(killing.actors).not.toEqual(expect.arrayContaining(['Abu Ubaida']));
    expect(killing.actors).not.toEqual(expect.arrayContaining(['al-Shabaab']));
  });

  it('does not lend the claimant of one clause to an arrest in the next', () => {
    const e = event('After gunmen attacked a church in Izmir, Turkey, on 2 April 2024 – an attack claimed by the Islamic State – police detained 12 suspects.', 'attack');
    expect(e.actors).toContain('Islamic State');
    const a = event('After gunmen attacked a church in Izmir, Turkey, on 2 April 2024 – an attack claimed by the Islamic State – police detained 12 suspects.', 'arrest');
    expect(a.actors).not.toContain('Islamic State');
  });
});

describe('event roles carried by "its fighters" and "the group"', () => {
  it('gives the attack to the group the paragraph is about', () => {
    const e = event('Jamaat Ansarullah grew in Badakhshan after 2015. On 6 May 2019, its fighters stormed a border post in Ishkashim, Tajikistan.', 'attack');
    expect(e.actors.join(' ')).toMatch(/Ansarullah/);
  });
  it('does not carry the group across a paragraph break', () => {
    const e = event('Jamaat Ansarullah grew in Badakhshan after 2015.\n\nOn 6 May 2019, its fighters stormed a border post in Ishkashim, Tajikistan.', 'attack');
    expect(e.actors.join(' ')).not.toMatch(/Ansarullah/);
  });
});

describe('armed groups fighting each other (issue 8)', () => {
  it('puts the group that holds what was struck among the targets', () => {
    const [event] = measure('On 16 January 2025, fighters of the Popular Liberation Army attacked positions held by the Red Flag Brigade near Cúcuta, Colombia.').events;
    expect(event?.actors).toEqual(['Popular Liberation Army']);
    expect(event?.targets).toEqual(['Red Flag Brigade']);
  });

  it('reads one armed group striking another as a clash, an attack on others as an attack', () => {
    expect(eventsOf('On 16 January 2025, fighters of the Popular Liberation Army attacked positions held by the Red Flag Brigade near Cúcuta, Colombia.'))
      .toEqual(['clash 2025-01-16 CO']);
    expect(eventsOf('On 16 January 2025, fighters of the Popular Liberation Army attacked a police station near Cúcuta, Colombia.'))
      .toEqual(['attack 2025-01-16 CO']);
  });
});
