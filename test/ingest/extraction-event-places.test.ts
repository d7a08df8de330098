import { describe, expect, it } from 'vitest';
import { eventsOf, measure } from './extract-helpers.js';

/**
 * Where, what kind and how often an event happened, as an analyst reads it (sentences we wrote in
 * the genre's manner): the side that struck is no place, a state's force fights rather than attacks,
 * a retelling is the same event, and tallies or suppositions are no event.
 */
describe('the place of a violent event', () => {
  it('places a strike by a named force where it struck, not in the striking state', () => {
    expect(eventsOf('Abu Salim al-Tikriti was killed on 9 March 2021 in a U.S. special forces raid in Atmeh, Idlib province, near the Turkish border.'))
      .toContain('killing 2021-03-09 SY');
    expect(eventsOf('The death of Abu Salim al-Tikriti in a United States strike on a compound in Kandahar, Afghanistan, on 2 June 2021 changed little.'))
      .toContain('killing 2021-06-02 AF');
  });

  it('takes the paragraph’s country when a foreign force strikes an unnamed place', () => {
    const text = 'Galmudug forces retook two villages from al-Shabaab in Somalia in January 2021. ' +
      'U.S. forces carried out airstrikes against al-Shabaab positions in the hills on 3 February 2021.';
    expect(eventsOf(text)).toContain('clash 2021-02-03 SO');
    expect(eventsOf(text).some((e) => / US$/.test(e))).toBe(false);
  });

  it('places a release about an attack where the attack was', () => {
    const text = 'On 4 April 2021, gunmen attacked the Grand Bazaar Hall in Almaty, Kazakhstan, killing 12 people. ' +
      'Police closed the market for a week. Traders protested the closure. ' +
      'After the Grand Bazaar Hall attack, the outlet released a pamphlet on 9 April 2021 praising the gunmen.';
    expect(eventsOf(text)).toContain('propaganda 2021-04-09 KZ');
  });

  it('gives no place to a pledge made online', () => {
    const e = measure('Prosecutors said the teenager had pledged allegiance to the Islamic State online in May 2021 in Graz, Austria.').events.find((x) => x.type === 'pledge');
    expect(e?.country ?? null).toBeNull();
  });
});

describe('the kind of a violent event', () => {
  it('reads a raid by state forces that kills militants as a clash, not an attack', () => {
    const found = eventsOf('On 14 May 2021, a joint raid by Iraqi forces and U.S. troops in Anbar, Iraq, killed nine Islamic State militants.');
    expect(found).toContain('clash 2021-05-14 IQ');
    expect(found).not.toContain('attack 2021-05-14 IQ');
  });

  it('reads a bomber or a strike that kills a named figure as the killing alone', () => {
    const bomber = eventsOf('On 6 July 2021, an ISKP suicide bomber killed the Taliban governor of Kunduz province, Mawlawi Abdul Sattar Haqmal, in his office in Kunduz, Afghanistan.');
    expect(bomber).toContain('killing 2021-07-06 AF');
    expect(bomber).not.toContain('attack 2021-07-06 AF');
    const strike = eventsOf('Khalid al-Masri led the cell from Idlib. On 8 May 2021, a U.S. drone strike in Idlib, Syria, killed al-Masri and another senior member.');
    expect(strike).toContain('killing 2021-05-08 SY');
    expect(strike).not.toContain('clash 2021-05-08 SY');
  });

  it('keeps the attack when the bombing that killed a figure killed others too', () => {
    expect(eventsOf('On 6 July 2021, an ISKP suicide bomber killed the Taliban governor of Kunduz province, Mawlawi Abdul Sattar Haqmal, in Kunduz, Afghanistan, killing 14 others.'))
      .toContain('attack 2021-07-06 AF');
  });

  it('reads an attack a group "was responsible for" as an attack it carried out', () => {
    const e = measure('The group was responsible for the twin bombings in Herat, Afghanistan, on 11 October 2021, which killed 40 people.').events.find((x) => x.type === 'attack');
    expect(e ? `${e.date} ${e.country}` : null).toBe('2021-10-11 AF');
  });
});

describe('retellings, tallies and suppositions', () => {
  it('merges a retelling ("three days before the attack on …") and a telling without its place into the event told', () => {
    const text = 'On 7 June 2021, a gunman attacked a market in Osh, Kyrgyzstan, killing three people. ' +
      'Three days before the Osh attack on 4 June 2021, the gunman sent a message to a handler. ' +
      'The June 2021 attack followed months of warnings.';
    expect(eventsOf(text).filter((e) => e.startsWith('attack'))).toEqual(['attack 2021-06-07 KG']);
  });

  it('does not date a death by the sentence before when the death is only spoken of', () => {
    const text = 'Abu Umar al-Kurdi was killed in mid-May 2021 by rebels in Daraa, Syria. The circumstances of the death of his deputy, Abu Bakr al-Hamawi, are disputed.';
    expect(eventsOf(text).filter((e) => e.startsWith('killing'))).toEqual(['killing 2021-05 SY']);
  });

  it('reads people "arrested or killed in connection with plots and attacks" as a tally, not events', () => {
    expect(eventsOf('Of the men arrested or killed in connection with ISKP-linked plots and attacks in Europe between mid-2021 and mid-2022, most were Tajik citizens.'))
      .toEqual([]);
  });

  it('reads attacks in a trend ("has increasingly targeted … for attacks") or a supposition ("would indicate") as no attack', () => {
    expect(eventsOf('In 2021 the faction has increasingly targeted Chinese nationals in its videos and for attacks in Badakhshan, Afghanistan.').filter((e) => e.startsWith('attack'))).toEqual([]);
    expect(eventsOf('In July 2021, a campaign of attacks on Western targets in Dushanbe, Tajikistan, would indicate that the group had rebuilt its networks.').filter((e) => e.startsWith('attack'))).toEqual([]);
  });
});

describe('the place of a release', () => {
  it('places no release in the countries it threatens or addresses', () => {
    expect(eventsOf('In March 2021, the group’s spokesman released an audio message threatening that France, Italy and Spain would soon be attacked.', '2022-01-01'))
      .toContain('propaganda 2021-03 -');
    expect(eventsOf('In May 2022 Katibat al-Tawhid published a booklet calling on Uzbek migrants working in Kazakhstan to travel to Syria.', '2023-01-01'))
      .toContain('propaganda 2022-05 -');
  });

  it('places a release about an attack told two sentences before in the same paragraph where the attack was', () => {
    const text = 'On 3 June 2021 gunmen stormed a police station in Mopti, Mali, killing six officers. The raid was the deadliest in the region that year. ' +
      'Katiba Macina’s media arm circulated a video of the gunmen on the following day.';
    expect(eventsOf(text, '2022-01-01')).toContain('propaganda 2021-06-04 ML');
  });
});

describe('what a sentence does not tell as an event', () => {
  it('reads "X claimed that he had died in clashes" as how a party says someone died, not a clash', () => {
    expect(eventsOf('The Islamic State claimed in June 2022 that Abu Yasir al-Kunari had died in clashes with the Taliban in Kunar.', '2024-01-01')
      .some((e) => e.startsWith('clash'))).toBe(false);
  });

  it('does not date a later verb by the date of the one before "and later"', () => {
    expect(eventsOf('Katibat al-Tawhid left Hurras al-Din in March 2020 and later fought against it.', '2024-01-01')).not.toContain('clash 2020-03 -');
  });

  it('gives a pledge made online no country from the paragraph', () => {
    const events = eventsOf('Austrian police arrested a teenager in Graz on 3 June 2023. He had pledged allegiance to the Islamic State online in May 2023.', '2024-01-01');
    expect(events).toEqual(expect.arrayContaining(['arrest 2023-06-03 AT', 'pledge 2023-05 -']));
  });
});

describe('places that are not where the event happened (issue 8)', () => {
  it('does not place an attack where its perpetrator was born', () => {
    const text = 'On 3 March 2019, Rashid Omarov, a Belgian citizen born in Dagestan, stabbed two guards outside the courthouse in Antwerp.';
    expect(eventsOf(text)).toContain('attack 2019-03-03 BE');
    expect(eventsOf(text).some((e) => / RU$/.test(e))).toBe(false);
  });

  it('does not give a site the country of the state that struck it', () => {
    const text = 'The United States of America conducted air strikes against al-Shabaab in the Qarwaaq Mountains on 5 May 2022.';
    expect(eventsOf(text).filter((e) => e.startsWith('clash 2022-05-05'))).toHaveLength(1);
    expect(eventsOf(text).some((e) => / US$/.test(e))).toBe(false);
  });

  it('reads past the stops of "U.S." to the place an arrest was made', () => {
    const text = 'On 4 April 2022 in the countryside of Raqqa, U.S. forces reportedly killed a senior financier, Abu Karim al-Halabi, and detained two others.';
    expect(eventsOf(text)).toContain('arrest 2022-04-04 SY');
    expect(eventsOf(text)).not.toContain('arrest 2022-04-04 US');
  });

  it('reads which town of a name the division or country after the comma says', () => {
    expect(eventsOf('A fourth suspect was arrested in Toledo, Ohio, on 4 October 2025.')).toEqual(['arrest 2025-10-04 US']);
    expect(eventsOf('Police arrested a Syrian courier in Tripoli, Lebanon, in February 2025.')).toEqual(['arrest 2025-02 LB']);
  });

  it('does not place a plot where a funder is based', () => {
    const text = 'On 31 March 2024, police killed six militants in Nazran, Russia. Officials said the men had been planning attacks and had received funds from a Syria-based fighter on 31 March 2024.';
    expect(eventsOf(text).some((e) => / SY$/.test(e))).toBe(false);
  });

  it('places a release celebrating a killing told before where the killing was', () => {
    const text = 'On 11 December 2024, a suicide bomber killed the minister, Karim Wahidi, in Kabul, Afghanistan. The group’s magazine published a special issue in January 2025 celebrating the killing of Karim Wahidi.';
    expect(eventsOf(text)).toContain('propaganda 2025-01 AF');
  });

  it('gives a freeze by a national body the text names without its country the paragraph’s country', () => {
    const text = 'On 14 October 2024, police in Izmir, Turkey, arrested a courier who worked for a facilitator believed to be based in Afghanistan. Two days later, the Financial Crimes Investigation Board froze the assets of eleven people linked to the courier.';
    expect(eventsOf(text)).toContain('designation 2024-10-16 TR');
    // (a company's freeze, or a listing by a body above states, is no state's)
    expect(eventsOf('In Turkey, police arrested a courier on 14 October 2024. On 16 October 2024, the UN Security Council sanctions committee froze the assets of eleven people linked to him.'))
      .not.toContain('designation 2024-10-16 TR');
  });

  it('does not take a capital that speaks or acts for the place of an event', () => {
    const events = eventsOf('After the rebels seized the cargo ship Blue Heron in the Red Sea on 19 November 2023, Washington moved again.');
    expect(events.some((e) => / US$/.test(e))).toBe(false);
    expect(eventsOf('On 3 May 2024, gunmen attacked a convoy near Herat, Afghanistan; Tehran denied any role.')).toEqual(['attack 2024-05-03 AF']);
  });

  it('places an event on the side of the border the sentence names', () => {
    const text = 'Zahedan, Iran, was quiet in July 2024. In August 2024, the commander, Abdul Karim Baluch, was shot dead by unidentified gunmen in Mashkel, on the Pakistani side of the border.';
    expect(eventsOf(text)).toContain('killing 2024-08 PK');
    expect(eventsOf(text)).not.toContain('killing 2024-08 IR');
  });

  it('reads a town’s name several countries share as the one in the acting body’s country', () => {
    expect(eventsOf('The Lebanese Army arrested a Syrian courier in Tripoli in February 2025.')).toEqual(['arrest 2025-02 LB']);
    expect(eventsOf('Libyan police arrested a Syrian courier in Tripoli in February 2025.')).toEqual(['arrest 2025-02 LY']);
  });

  it('reads a district by the division named after "of"', () => {
    const text = 'The Somali army retook two villages in Somalia in 2023. On 16 August 2024, gunmen attacked a camp in Qarnaw district of Abyan, killing 16 soldiers.';
    expect(eventsOf(text)).toContain('attack 2024-08-16 YE');
    expect(eventsOf(text)).not.toContain('attack 2024-08-16 SO');
  });

  it('gives a listing by a government the text does not name the country the paragraph is about', () => {
    const text = 'On 21 April 2019, bombers struck three churches in Colombo, Sri Lanka. On 27 April 2019, the Government proscribed the Tawhid Front under emergency regulations.';
    expect(eventsOf(text)).toContain('designation 2019-04-27 LK');
  });

  it('places a clash with a state’s forces in that state when the sentence names no country', () => {
    const text = 'The militants killed three fishermen in Galle, Sri Lanka, on 2 May 2019. The new "Hind Province" claimed a clash with Indian security forces in the valley on 10 May 2019.';
    expect(eventsOf(text)).toContain('clash 2019-05-10 IN');
    // (a force that strikes may be far from home)
    expect(eventsOf('Galmudug forces retook two villages from al-Shabaab in Somalia in January 2021. U.S. forces carried out airstrikes against al-Shabaab positions in the hills on 3 February 2021.'))
      .toContain('clash 2021-02-03 SO');
  });

  it('places an arrest where the authorities named as its agent made it', () => {
    const text = 'Karimullah, who is accused of helping to plan the 2019 bombing at a hotel in Kabul that killed 20 people, had reportedly been detained by Pakistani authorities in early May 2022.';
    expect(eventsOf(text)).toContain('arrest 2022-05 PK');
  });
});

describe('places as an analyst reads them (issue 8: mechanics every report shares)', () => {
  it('takes no place from a state that speaks or acts as a government', () => {
    // (the state that designates is the country of the listing, not of the attack the next sentence tells)
    const text = 'The insurgents turned on the army in Sinai, Egypt, in 2013. The United States designated the group a Foreign Terrorist Organization in April 2014. ' +
      'On 2 June 2014, its fighters attacked an army checkpoint at Bir Lahfan, killing 12 soldiers.';
    expect(eventsOf(text)).toContain('attack 2014-06-02 EG');
    expect(eventsOf(text)).toContain('designation 2014-04 US');
    expect(eventsOf(text).some((e) => e.startsWith('attack') && e.endsWith(' US'))).toBe(false);
  });

  it('reads a state named with another before an operation as a side, not a place', () => {
    expect(eventsOf('Abu Talha al-Hindi led the cell until he was killed in a joint United States and Afghan operation in Nad Ali district, Helmand province, on 4 May 2019.'))
      .toContain('killing 2019-05-04 AF');
  });

  it('places a participle where the event it goes on telling was, not at the next event of the sentence', () => {
    const text = 'The network was responsible for the twin suicide bombings at a shrine in Mashhad, Razavi Khorasan province, Iran, on 5 February 2024, ' +
      'which killed more than 30 people, and for the attack on a theatre near Kazan on 9 March 2024.';
    expect(eventsOf(text)).toContain('attack 2024-02-05 IR');
    expect(eventsOf(text)).not.toContain('attack 2024-02-05 RU');
  });

  it('takes no place from where something was carried to', () => {
    expect(eventsOf('In March 2012, unidentified militants bombed the power line that carried Egyptian electricity to Jordan near al-Arish.'))
      .toEqual(['attack 2012-03 EG']);
  });
});

describe('one happening told twice (issue 8)', () => {
  it('merges an attack only referred back to, placed by the report’s country, into the one told where it happened', () => {
    const text = 'This article asks how the front lost its cover after the attack on pilgrims at Tarsa on 3 May 2023.\n\n' +
      'On 3 May 2023, gunmen opened fire on pilgrims in Srinagar, killing nine people.\n\n' +
      'Officials in Pakistan, in Lahore and in Karachi denied any link to the front. Pakistan said the gunmen were local.';
    expect(eventsOf(text)).toEqual(['attack 2023-05-03 IN']);
  });

  it('reads gunmen firing on a bus as an attack', () => {
    expect(eventsOf('On 4 July 2023, gunmen fired on a bus carrying pilgrims near Kandahar, Afghanistan.')).toEqual(['attack 2023-07-04 AF']);
  });
});
