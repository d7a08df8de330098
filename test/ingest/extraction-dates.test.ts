import { describe, expect, it } from 'vitest';
import { eventsOf } from './extract-helpers.js';
import { findDates } from '../../src/ingest/extract/find-dates.js';

/** Dates as an analyst reads them (sentences we wrote). */
describe('year anchoring', () => {
  it('never takes the year of a "since" period in the clause before', () => {
    const text = 'Washington has struck militant camps in Yemen since 2011. On August 28, a U.S. drone strike killed an AQAP commander in Shabwa, Yemen.';
    expect(eventsOf(text, '2023-10-02').join(' ')).toMatch(/2023-08-28 YE/);
    expect(eventsOf(text, '2023-10-02').join(' ')).not.toMatch(/2011/);
  });

  it('never takes a decade for the year of a day', () => {
    const text = 'The movement has fought the state since the 1990s. On March 22, its fighters attacked a police station in Khost, Afghanistan.';
    expect(eventsOf(text, '2024-05-01')).toContain('attack 2024-03-22 AF');
  });

  it('takes the year of an explicit date in the same paragraph', () => {
    const text = 'In January 2019 the cell moved to Herat. On March 3, its members attacked a bus in Herat, Afghanistan.';
    expect(eventsOf(text, '2024-05-01')).toContain('attack 2019-03-03 AF');
  });

  it('puts a day after the publication date in the year before', () => {
    const text = 'On November 14, gunmen attacked a checkpoint in Rasht, Tajikistan.';
    expect(eventsOf(text, '2024-02-10')).toContain('attack 2023-11-14 TJ');
  });

  it('does not date "On Sunday" without an anchor, nor lend it the previous event date', () => {
    const text = 'On 2 June 2022, gunmen attacked a mosque in Kunduz, Afghanistan. On Sunday, gunmen attacked a shrine in Kabul, Afghanistan.';
    expect(eventsOf(text).filter((e) => e.includes('2022-06-02'))).toHaveLength(1);
  });

  it('resolves "On Sunday" against a day-precise publication date', () => {
    // 2024-03-13 is a Wednesday: the Sunday before is 10 March
    expect(eventsOf('On Sunday, gunmen attacked a shrine in Kabul, Afghanistan.', '2024-03-13')).toContain('attack 2024-03-10 AF');
  });

  it('reads "this past year" in a review published late in the year as that year', () => {
    const dates = findDates('Attacks fell this past year.', { published: { start: '2023-12-15', end: '2023-12-15', precision: 'day' } });
    expect(dates[0]?.date.start.slice(0, 4)).toBe('2023');
  });
});

describe('the date of the trigger’s own clause (issue 8)', () => {
  it('does not take the date of the clause before ", and that …" when its own clause gives one', () => {
    const text = 'One state reported that a few fighters had moved to Bajaur district in Pakistan in late 2024, and that some had been arrested by the Counter Terrorism Department of Khyber Pakhtunkhwa in February 2025.';
    expect(eventsOf(text)).toEqual(['arrest 2025-02 PK']);
  });
});

describe('dates of the clause and the periodical (issue 8)', () => {
  it('dates a release in a periodical’s month issue by that month, not by the attack before it', () => {
    const text = 'On 5 March 2016, militants bombed a ferry off Hurghada, Egypt, killing 40. The group claimed the bombing, and its weekly magazine printed a photograph of the device in its April issue.';
    expect(eventsOf(text)).toEqual(['attack 2016-03-05 EG', 'propaganda 2016-04 EG']);
  });

  it('does not lend a date past ", and" and a clause with its own subject to the trigger before it', () => {
    // (the same subject going on, ", and then killed six … on 9 May", keeps the date)
    expect(eventsOf('In May 2016, gunmen stormed a hotel in Bamako, Mali, and then killed six guests on 9 May 2016.')).toEqual(['attack 2016-05-09 ML']);
  });
});

describe('a later step without a date of its own (issue 8)', () => {
  it('does not lend a "later" step the day the sentence before told', () => {
    expect(eventsOf('On 3 May 2018, police arrested Omar Haddad in Ciudad del Este, Paraguay. He was later extradited to Brazil.')).toEqual(['arrest 2018-05-03 PY']);
  });
});

describe('the running year of the narrative (issue 8, item 2)', () => {
  it('dates a day told without its year by the dated story its paragraph goes on telling', () => {
    const story = 'On 4 February 2023, gunmen freed a commander from the central prison in Kandahar, Afghanistan. Riots broke out in two other prisons, and guards were taken hostage.';
    expect(eventsOf(`${story} Two days later, on 6 February, gunmen attacked a police station in Kandahar, Afghanistan.`, '2024-09-01')).toContain('attack 2023-02-06 AF');
    expect(eventsOf(`${story} On 9 February, gunmen attacked a police station in Kandahar, Afghanistan.`, '2024-09-01')).toContain('attack 2023-02-09 AF');
  });

  it('reads it in the publication year when the sentences between speak of the present', () => {
    const text = 'The front split in May 2023. Its loyalists have since attacked police posts across the south. On 2 March, a car bomb exploded outside a police station in Kandahar, Afghanistan.';
    expect(eventsOf(text, '2025-04-01')).toContain('attack 2025-03-02 AF');
  });

  it('takes the year of the section’s date heading', () => {
    const text = 'Attacks in 2023\n\nOn 3 March, gunmen attacked a bus in Kunduz, Afghanistan.\n\nOutlook\n\nOn 9 April, gunmen attacked a shrine in Herat, Afghanistan.';
    expect(eventsOf(text, '2024-06-01')).toEqual(['attack 2023-03-03 AF', 'attack 2024-04-09 AF']);
  });

  it('reads "July last year" against the publication, whatever its month', () => {
    expect(eventsOf('In July last year, gunmen attacked a shrine in Herat, Afghanistan.', '2025-09-01')).toContain('attack 2024-07 AF');
  });

  it('dates arrests "in the following weeks" after the day before, not on it', () => {
    const text = 'On 2 November 2024, a bomb exploded outside a police station in Athens, Greece. Four suspects were arrested in Athens, Greece in the following weeks.';
    expect(eventsOf(text)).toContain('arrest 2024-11 GR');
    expect(eventsOf(text)).not.toContain('arrest 2024-11-02 GR');
  });
});

describe('a date in an aside (issue 8, item 2)', () => {
  it('does not date the event of the clause around it', () => {
    const text = 'The provincial council, which banned the movement in June 2021, said police arrested four organisers in Lahore, Pakistan, on 16 May.';
    expect(eventsOf(text, '2025-05-20')).toContain('arrest 2025-05-16 PK');
    expect(eventsOf('Police arrested Omar Haddad, who had fought in Syria in 2015, in Lahore, Pakistan.', '2025-05-20')).not.toContain('arrest 2015 PK');
  });

  it('still dates an event the aside itself tells', () => {
    expect(eventsOf('Its worst attack remains the assault on the town of Palma, Mozambique, which began on 24 March 2021.', '2025-01-10')).toContain('attack 2021-03-24 MZ');
  });
});
