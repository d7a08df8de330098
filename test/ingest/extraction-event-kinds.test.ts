import { describe, expect, it } from 'vitest';
import { eventsOf, measure } from './extract-helpers.js';

/** Which kind of event a sentence tells, and whether it tells one: sentences we wrote in the genre's manner. */
describe('a state force striking is a clash', () => {
  it('reads aircraft, special forces and "forces loyal to" as the side that struck', () => {
    expect(eventsOf('On 14 March 2023, military aircraft struck two camps in Wajir County, Kenya, targeting al-Shabaab positions.', '2023-06')).toEqual(['clash 2023-03-14 KE']);
    expect(eventsOf('On 9 May 2022, Somali special forces killed six al-Shabaab fighters near Kismayo, Somalia.', '2022-06')).toEqual(['clash 2022-05-09 SO']);
    expect(eventsOf('On 2 June 2021, security forces loyal to the governor said they had killed three militants in Mosul, Iraq, who were preparing to attack a checkpoint.', '2021-08'))
      .toContain('clash 2021-06-02 IQ');
  });

  it('reads a killing "in a raid" as a security operation', () => {
    expect(eventsOf('On 3 April 2024, the interior ministry said its officers had detained two suspects in Homs, Syria, killing three gunmen in a raid.', '2024-06'))
      .toContain('clash 2024-04-03 SY');
  });

  it('keeps an attack on a force, or on a police post, an attack', () => {
    expect(eventsOf('On 4 April 2023, gunmen attacked a police station in Kano, Nigeria, killing three officers.', '2023-06')).toEqual(['attack 2023-04-04 NG']);
    expect(eventsOf('On 5 May 2023, coordinated attacks on a market and a police post in Gao, Mali, killed 12 people.', '2023-06')).toEqual(['attack 2023-05-05 ML']);
  });

  it('tells no clash of its own when a force kills the attackers at the end of an attack', () => {
    expect(eventsOf('On 6 July 2024, militants attacked a base near Menaka, Mali; the army said it had killed 30 attackers.', '2024-09')).toEqual(['attack 2024-07-06 ML']);
  });
});

describe('events the trigger words used to miss', () => {
  it('reads no killing in the anniversary of a death, now that the dead man is read as a person', () => {
    expect(eventsOf('On 5 February 2023, mourners gathered in Mosul, Iraq, for the third anniversary of the death of Faris Jaburi.', '2023-06')).toEqual([]);
  });

  it('reads "the killing of X in an air strike" as the killing, not a second strike', () => {
    expect(eventsOf('The killing of the group’s spokesman, Abu Qasim al-Tarabulsi, in an air strike in Sirte, Libya, on 2 March 2022 was confirmed by the group.', '2022-06'))
      .toEqual(['killing 2022-03-02 LY']);
  });

  it('reads "killed him" as the killing of the person the sentence before was about', () => {
    const events = measure('Abu Talha al-Kenyi ran the cell for three years. He led it until Kenyan police killed him in Mombasa, Kenya, in May 2019.', '2020-01').events;
    expect(events.map((e) => `${e.type} ${e.date} ${e.country}`)).toEqual(['killing 2019-05 KE']);
    expect(events[0]?.targets).toContain('Abu Talha al-Kenyi');
  });

  it('reads appointments told as "naming him as its emir", "was replaced by", "was inaugurated as President"', () => {
    expect(eventsOf('Abu Hamza al-Shishani pledged allegiance to the Islamic State, and in May 2016 the group announced a new province, naming him as its emir.', '2017-01'))
      .toContain('appointment 2016-05 -');
    expect(eventsOf('Mawlawi Karim ran the group’s finances until March 2021, when he was replaced by Qari Nasir Ahmad.', '2022-01')).toContain('appointment 2021-03 -');
    // (a state's office is the state's: the country the paragraph is about)
    expect(eventsOf('Zambia held a disputed election in August 2021. Hakainde Hichilema was inaugurated as President on 24 August 2021.', '2022-01'))
      .toContain('appointment 2021-08-24 ZM');
  });

  it('reads a revoked listing as a designation', () => {
    expect(eventsOf('In March 2019 the government of Canada revoked the listing of the group, citing a lack of evidence.', '2020-01')).toEqual(['designation 2019-03 CA']);
  });

  it('reads a disrupted plan and an explosive device prepared for an attack as plots, not attacks', () => {
    expect(eventsOf('On 3 May 2023, police in Niamey, Niger, announced that they had disrupted a plan by two militants to attack a church.', '2023-06'))
      .toEqual(['plot 2023-05-03 NE']);
    expect(eventsOf('In February 2022, investigators said three men in Kazan, Russia, had prepared an explosive device for an attack on a court.', '2022-06'))
      .toEqual(['plot 2022-02 RU']);
  });

  it('reads the sinking of a ship as an attack', () => {
    expect(eventsOf('In April 2024 the militia sank a cargo ship off Hodeidah, Yemen.', '2024-06')).toEqual(['attack 2024-04 YE']);
  });
});

describe('attacks spoken of, not told', () => {
  it('tells no attack from a purpose: "recruited gangs to attack", "calling on supporters to carry out attacks"', () => {
    expect(eventsOf('In 2023, Danish police accused a foreign state of hiring local criminals to attack Jewish targets in Copenhagen.', '2024-01')).toEqual([]);
    expect(eventsOf('In May 2024 the outlet released a video in Tajik calling on migrants in Germany to carry out attacks there.', '2024-06'))
      .not.toContain('attack 2024-05 DE');
  });

  it('tells no attack from attacks stopped or not halted: "did not, however, halt attacks on tankers"', () => {
    expect(eventsOf('The militia did not, however, halt attacks on tankers in the Gulf of Aden off Yemen in June 2024.', '2024-08')).toEqual([]);
  });
});

describe('who designates, claims dated apart, arrests in several countries', () => {
  it('reads a listing only the United States keeps (FTO, SDGT) as a US designation, wherever the group is', () => {
    expect(eventsOf('The former administration designated the movement a Foreign Terrorist Organization (FTO) in January 2021, days before it left office in Washington’s political calendar for Yemen.', '2021-06'))
      .toContain('designation 2021-01 US');
  });

  it('gives a designation by two states named together to the first of them', () => {
    expect(eventsOf('In October 2024, the United States and Canada designated Al-Noor Relief as a front for the group.', '2025-01')).toEqual(['designation 2024-10 US']);
  });

  it('reads a claim made "the following day" as a release of that day, not a second attack', () => {
    const events = eventsOf('On 11 February 2025, a suicide bomber targeted a bank in Kunduz city, Afghanistan. ISIL-K claimed responsibility the following day.', '2025-07');
    expect(events).toContain('attack 2025-02-11 AF');
    expect(events).toContain('propaganda 2025-02-12 AF');
    expect(events).not.toContain('attack 2025-02-12 AF');
  });

  it('keeps one arrest per country listed: "arrests in France and Belgium in 2024"', () => {
    expect(eventsOf('Member States noted that the cell had been weakened by arrests in France and Belgium in 2024.', '2025-07')).toEqual(['arrest 2024 FR', 'arrest 2024 BE']);
  });
});

describe('words that tell no event, and bans and orders that are policies (issue 8)', () => {
  it('does not read "attack" naming what serves attacks as an attack', () => {
    const text = 'On 9 May 2022, U.S. forces struck a compound in the Qandala hills, Somalia. The command said on 9 May 2022 that the strike targeted a senior attack planner and two attack cell leaders.';
    expect(eventsOf(text).filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('does not take what a single attack can bring about for an attack', () => {
    expect(eventsOf('The March 2023 strikes showed that a single mass-casualty attack by the front can trigger a war between neighbours.').filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('reads a ban on a group’s activities as a policy, a ban on the group as a designation', () => {
    expect(eventsOf('Austria banned all Hezbollah activity in April 2020.')).toEqual(['policy 2020-04 AT']);
    expect(eventsOf('The Ministry of Home Affairs of India banned Ansar Jihad under the Unlawful Activities (Prevention) Act in January 2023.')).toEqual(['designation 2023-01 IN']);
  });

  it('reads an executive order that directs a listing as a policy', () => {
    const events = eventsOf('An executive order of 9 May 2023 directed the re-designation of the Sons of Thunder as an FTO.');
    expect(events).toContain('policy 2023-05-09 US');
    expect(events.some((e) => e.startsWith('designation'))).toBe(false);
  });
});

describe('a pledge and the release that carries it (issue 8)', () => {
  it('reads a pledge made in a video as one pledge, not a pledge and a release', () => {
    expect(eventsOf('He had pledged allegiance to the caliph in a video released in mid-2014.')).toEqual(['pledge 2014 -']);
  });

  it('keeps a release told apart from the pledge', () => {
    const events = eventsOf('In June 2016, the cell pledged allegiance to the Islamic State, and its media office released a video of the fighters in July 2016.');
    expect(events).toContain('pledge 2016-06 -');
    expect(events).toContain('propaganda 2016-07 -');
  });
});

describe('killings told as a body found, and dates past a semicolon (issue 8)', () => {
  it('reads a named person found stabbed to death as a killing, and "that July" as that year’s July', () => {
    const events = eventsOf('The exiled blogger Karim Azaev was found stabbed to death in a flat in Lyon, France, in January 2020, and another critic, Salman Dudaev, was shot dead in Graz, Austria, that July.');
    expect(events).toContain('killing 2020-01 FR');
    expect(events).toContain('killing 2020-07 AT');
  });

  it('does not date an event by a date past a semicolon', () => {
    const events = eventsOf('In August 2015, the Northern Front was absorbed into the Islamic State; its rivals destroyed its last camp in the hills later that year.');
    expect(events).toContain('merger 2015-08 -');
    expect(events.some((e) => e.startsWith('merger 2015 '))).toBe(false);
  });
});

describe('one event told on by a participle, and an event named by its place (issue 8)', () => {
  it('does not make a second event of ", killing nine" placed by the words nearest it', () => {
    const events = eventsOf('On 14 May 2025, gunmen attacked a family gathering in Herat, Afghanistan, near the Turkmen Quarter of Tajikistan, killing nine people.');
    expect(events.filter((e) => e.startsWith('attack'))).toEqual(['attack 2025-05-14 AF']);
  });

  it('does not date an attack named by its place in a later sentence by the sentence before', () => {
    const text = 'On 3 January 2024, suicide bombers struck a procession in Kerman, Iran, and on 22 March 2024 gunmen attacked the Grand Concert Hall near Moscow, Russia. ' +
      'Several states attributed the planning of the Grand Concert Hall attack to an operative of Tajik origin in Kabul, Afghanistan.';
    expect(eventsOf(text)).toEqual(['attack 2024-01-03 IR', 'attack 2024-03-22 RU']);
  });
});

describe('more ways the genre tells an event (issue 8)', () => {
  it('reads "blew themselves up" as an attack', () => {
    expect(eventsOf('On 28 March 2021, a couple blew themselves up at the entrance of a cathedral in Makassar, Indonesia, wounding about 20 people.'))
      .toEqual(['attack 2021-03-28 ID']);
  });

  it('reads "captured … and executed in June" as an arrest and a killing', () => {
    expect(eventsOf('Its leader, Abdolmalek Rostami, was captured by Iran in February 2010 and executed in June 2010.'))
      .toEqual(['arrest 2010-02 IR', 'killing 2010-06 IR']);
  });

  it('reads an amended designation as a designation', () => {
    expect(eventsOf('The United States amended the designation of the Sons of Thunder in 2019 to include its new name.')).toEqual(['designation 2019 US']);
  });
});

describe('policies beyond laws and bans (issue 8)', () => {
  it('reads a raised alert level, a state of emergency and clemency as policies', () => {
    expect(eventsOf('On 2 May 2022, gunmen attacked a school in Lyon, France. The Government raised the national alert to its highest level that evening.'))
      .toContain('policy 2022-05-02 FR');
    expect(eventsOf('In March 2021, the government of Chad declared a state of emergency in the Lac province.')).toContain('policy 2021-03 TD');
    expect(eventsOf('In July 2022, the president of Kenya granted clemency to 40 men convicted over the riots.')).toContain('policy 2022-07 KE');
  });
});

describe('a raid and its end (issue 8)', () => {
  it('reads a force’s raid as a clash and what those it found did next as its end, not an attack', () => {
    expect(eventsOf('On 26 April 2019, security forces raided a safe house in Kalmunai, Sri Lanka. The occupants detonated explosives, killing 15 people.'))
      .toEqual(['clash 2019-04-26 LK']);
    // (militants raiding a village attack it)
    expect(eventsOf('On 3 May 2021, militants raided a village in Borno, Nigeria, killing 12 people.')).toEqual(['attack 2021-05-03 NG']);
  });
});

describe('a group whose name holds a force’s word (issue 8)', () => {
  it('reads an attack by a group named "… Army" on police posts as an attack, not a state force’s clash', () => {
    expect(eventsOf('On 3 May 2018, the Karen Liberation Army (KLA) attacked some 12 police posts in Kayin State, Myanmar, killing nine officers.')).toEqual(['attack 2018-05-03 MM']);
  });
});

describe('an attempt on a warship and its claim a week later (issue 8)', () => {
  it('reads an attempt to seize a warship as an attack, and a claim made "the following week" as a release of its own', () => {
    const text = 'On 9 October 2016, militants assisted by two sailors attempted to seize a warship at the naval base in Chittagong, Bangladesh. ' +
      'The attackers were repelled by the navy. The group claimed the operation the following week.';
    expect(eventsOf(text)).toEqual(['attack 2016-10-09 BD', 'propaganda 2016-10 BD']);
    // (a wish to seize one is none)
    expect(eventsOf('In May 2016, the group sought to seize a tanker off Aden, Yemen.')).toEqual([]);
  });
});

describe('background and passing mentions that tell no event (issue 8, precision)', () => {
  it('reads no arrest from an extradition, asked for or done, nor from drones or parcels intercepted', () => {
    expect(eventsOf('Ottawa has asked for his extradition, officials said on 4 March 2025.')).toEqual([]);
    expect(eventsOf('The cartel’s financier was extradited from Colombia to the United States in May 2023.')).toEqual([]);
    expect(eventsOf('In June 2024 the militias launched drones at Eilat, most of which Israel said were intercepted.').filter((e) => e.startsWith('arrest'))).toEqual([]);
    expect(eventsOf('In May 2024 a parcel bomb was sent to a prison governor in Sardinia; the device was intercepted.').filter((e) => e.startsWith('arrest'))).toEqual([]);
    expect(eventsOf('Police arrested the financier in Bogotá, Colombia, in May 2023.')).toEqual(['arrest 2023-05 CO']);
  });

  it('reads no attack from attacks that stopped, nor from a tally of "rocket and drone attacks"', () => {
    expect(eventsOf('After the strike of 3 March 2024, attacks on U.S. forces in Syria almost stopped.').filter((e) => e.startsWith('attack'))).toEqual([]);
    expect(eventsOf('In 2024 the militias carried out more than 90 rocket and drone attacks on bases in Syria.')).toEqual([]);
  });

  it('reads no clash from operations a speaker blames a government for continuing', () => {
    expect(eventsOf('The rebels’ negotiator said on 9 May 2025 that they were ready to talk but blamed Bogotá for continuing military operations.')).toEqual([]);
  });

  it('places a pledge of allegiance where the text places it, not where the pledging group is based', () => {
    expect(eventsOf('Al-Shabaab’s emir pledged allegiance to the Islamic State in March 2016.').filter((e) => e.startsWith('pledge'))).toEqual(['pledge 2016-03 -']);
  });

  it('places an arrest where it was made, not at a place inside an aside about the one arrested', () => {
    expect(eventsOf('Marta Ruiz, a Peruvian militant previously convicted in Spain for a bombing in Madrid, was arrested in Lima, Peru, in July 2021.')).toEqual(['arrest 2021-07 PE']);
    expect(eventsOf('Marta Ruiz, a Peruvian militant previously convicted in Spain for a bombing in Madrid, was arrested in July 2021 for sending parcel bombs.'))
      .toEqual(['arrest 2021-07 -']);
  });
});

describe('retellings, accidents, wars and vague later times that tell no event of their own (issue 8, precision)', () => {
  it('reads a killing retold after a reporting verb in the same sentence as the one killing, dated by the death', () => {
    const text = 'The rebel chief Ahmed Karimov and his deputy Yusuf Rahimov were killed in August 2022 in Leyte, Philippines; ' +
      'the party confirmed their deaths in April 2023 and said they had been killed by the military.';
    expect(eventsOf(text)).toEqual(['killing 2022-08 PH']);
  });

  it('dates no arrest "in the following weeks" or "some months later" by the day told before', () => {
    expect(eventsOf('On 3 March 2024, gunmen attacked a bus near Peshawar, Pakistan. Police arrested four suspects in the following weeks.'))
      .not.toContain('arrest 2024-03-03 PK');
    expect(eventsOf('On 3 March 2024, gunmen attacked a bus near Peshawar, Pakistan. Police arrested four suspects some months later.'))
      .toEqual(['attack 2024-03-03 PK']);
  });

  it('reads no attack from the dead of an accident or a disaster', () => {
    expect(eventsOf('The protests followed the rail disaster of February 2023 that killed 57 people near Larissa, Greece.')).toEqual([]);
  });

  it('reads no clash from a war named in passing', () => {
    expect(eventsOf('The strikes of 18 October 2023 were presented as a response to support for Israel’s war in Gaza.').filter((e) => e.startsWith('clash'))).toEqual([]);
  });
});

describe('one holder of an office shot dead is a targeted killing (issue 8)', () => {
  it('reads "shot dead a village councillor" and "the separatist leader was shot dead" as killings, a crowd shot as an attack', () => {
    expect(eventsOf('On 15 May 2025, unidentified gunmen shot dead a village councillor in Kaduna, Nigeria.').map((e) => e.split(' ')[0])).toEqual(['killing']);
    expect(eventsOf('The separatist leader was shot dead outside a temple in Surrey, British Columbia, on June 18, 2023.')).toEqual(['killing 2023-06-18 CA']);
    expect(eventsOf('On 15 May 2025, gunmen shot dead five villagers in Kaduna, Nigeria.').map((e) => e.split(' ')[0])).toEqual(['attack']);
  });
});
