import { describe, expect, it } from 'vitest';
import { eventsOf } from './extract-helpers.js';

/** Negated, denied, failed and future statements report no event that happened (sentences we wrote). */
const violent = (text: string, published?: string): string[] =>
  eventsOf(text, published).filter((e) => /^(?:attack|clash|killing|arrest)\b/.test(e));

describe('negation and modality', () => {
  it('reads "no attacks were recorded" as no attack', () => {
    expect(violent('No large-scale terrorist attacks were recorded in 2022 across the three republics of Central Asia, Kyrgyzstan among them.')).toEqual([]);
    expect(violent('In 2021, there were no suicide bombings in Tajikistan for the first time in a decade.')).toEqual([]);
  });

  it('reads "did not attack" and "never attacked" as no attack', () => {
    expect(violent('Contrary to early rumours, the Jundallah cell did not attack the border post at Ishkashim, Tajikistan, in April 2019.')).toEqual([]);
    expect(violent('The faction never attacked Chinese workers in Badakhshan, Afghanistan, in 2020.')).toEqual([]);
  });

  it('reads a denial as no attack', () => {
    expect(violent('On 14 June 2023, provincial officials denied reports that militants had bombed a mosque in Jowzjan, Afghanistan.')).toEqual([]);
  });

  it('reads "failed to" and "without" as no attack', () => {
    expect(violent('In October 2019 the fighters failed to storm the prison in Vahdat, Tajikistan.')).toEqual([]);
    expect(violent('The convoy crossed Khatlon, Tajikistan, in May 2020 without incident or attack.')).toEqual([]);
  });

  it('reads plans and forecasts as no attack that happened', () => {
    expect(violent('In 2024 the group plans to attack Western embassies in Dushanbe, Tajikistan.')).toEqual([]);
    expect(violent('ISKP will likely attack Shia gatherings in Mazar-i-Sharif, Afghanistan, during Muharram in 2025.')).toEqual([]);
    expect(violent('In March 2024, the cell looked set to strike a concert hall in Almaty, Kazakhstan.')).toEqual([]);
  });

  it('still reads the attack a negation sits beside', () => {
    expect(violent('On 3 May 2022, gunmen attacked a police post in Khorog, Tajikistan; no group claimed it.')).toContain('attack 2022-05-03 TJ');
    expect(violent('On 3 May 2022, not far from the border, gunmen attacked a police post in Khorog, Tajikistan.')).toContain('attack 2022-05-03 TJ');
    expect(violent('On 3 May 2022, gunmen attacked a police post in Khorog, Tajikistan, killing no fewer than five officers.')).toContain('attack 2022-05-03 TJ');
  });
});

describe('attacks spoken of, not told', () => {
  it('reads a possible attack, attacks urged or justified, and a trend as no attack', () => {
    expect(violent('In May 2023, officials warned Dushanbe about a possible attack on the airport in Tajikistan.')).toEqual([]);
    expect(violent('On 4 June 2023, the outlet released a pamphlet justifying attacks on Tajik officials in Dushanbe, Tajikistan.')).toEqual([]);
    expect(violent('In 2023, the group remained capable of mass-casualty attacks in Kabul, Afghanistan.')).toEqual([]);
    expect(violent('Cross-border attacks into Tajikistan have increased sharply since 2022.')).toEqual([]);
    expect(violent('In 2019 the faction carried out a handful of raids and attacks in Badakhshan, Afghanistan.')).toEqual([]);
  });
});

describe('warnings of an attack (issue 8)', () => {
  it('does not read warnings of a plot received before an attack as a plot', () => {
    const text = 'On 21 April 2019, bombers struck three churches in Colombo, Sri Lanka. The authorities had received specific warnings of the plot in early April 2019 from a neighbouring state.';
    expect(eventsOf(text).filter((e) => e.startsWith('plot'))).toEqual([]);
  });
});

describe('negations that the first one does not reveal (issue 8)', () => {
  it('reads the negation nearest the trigger, past an earlier one a comma closes off', () => {
    expect(violent('Beijing has not protested to Kabul, and there is no evidence that Chinese drones have struck the camps in Badakhshan, Afghanistan, in 2024.')).toEqual([]);
  });

  it('reads a denied plan as no plot, and an attack talked about as no attack', () => {
    const text = 'On 3 March 2025, the Danish service said that it had no information about planned attacks in Aarhus, Denmark.';
    expect(eventsOf(text).filter((e) => e.startsWith('plot'))).toEqual([]);
    expect(violent('On 4 March 2025, two of the detained men had allegedly discussed shooting at tax officials in Linz, Austria.').filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('reads the anniversary of an attack as no attack on that date', () => {
    expect(violent('Chile banned the movement in May 2021, on the eve of the 30th anniversary of the Valparaiso bombing.')).toEqual([]);
  });

  it('reads "no group claimed responsibility" as no claim, and shots fired at a building as an attack', () => {
    const found = eventsOf('On 3 September 2025, a gunman fired several rounds at a ranger station near Ely, Minnesota. No one was injured, and no group claimed responsibility.');
    expect(found).toEqual(['attack 2025-09-03 US']);
  });
});

describe('what is told about an event, not an event of its own (issue 8)', () => {
  it('reads a trend, a conviction and a year after which as no occasion', () => {
    expect(eventsOf('In March 2024, the Front has both increasingly targeted Malaysia in its videos and Malaysian workers for attacks in Sabah, Malaysia.')).toEqual([]);
    expect(eventsOf('One of the men, a 30-year-old from Boras, was convicted in 2020 of assault during a march in Boras, Sweden.')).toEqual([]);
    expect(eventsOf("The Front has pledged allegiance to the Taliban's emir, a bond it renewed publicly after 2021.")).toEqual([]);
  });

  it('reads a release made "later" as not of the day the sentence gives, and officials speaking as no release', () => {
    expect(eventsOf('On 4 May 2016, its fighters attacked a police post in Arish, Egypt, killing eight officers; the group later released a video of the attack.'))
      .toEqual(['attack 2016-05-04 EG']);
    expect(eventsOf('On 2 March 2025, five men were arrested in raids in Malmo, Sweden, the police said in a statement.')).toEqual(['arrest 2025-03-02 SE']);
  });

  it('reads a pledge a video shows as the video, and a victim dying of wounds as the attack', () => {
    expect(eventsOf('On 9 June 2024, the Islamic State published a video in which a masked man, reportedly the attacker, pledged allegiance to the group.'))
      .toEqual(['propaganda 2024-06-09 -']);
    expect(eventsOf('On 31 May 2024, a man stabbed five people at a rally in Mannheim, Germany; a police officer, Karl Brandt, died of his wounds two days later.'))
      .toEqual(['attack 2024-05-31 DE']);
  });
});

describe('a report the sentence refutes (issue 8)', () => {
  it('reads "reports that he had been killed … proved false" as no killing', () => {
    expect(eventsOf('Reports in 2012 that Abu Talha had been killed by a U.S. drone strike in Kunar, Afghanistan, proved false; he reappeared in a video in 2015.')).toEqual([]);
    expect(eventsOf('In 2012 Abu Talha was killed by a drone strike in Kunar, Afghanistan, officials said.')).toEqual(['killing 2012 AF']);
  });
});
